/**
 * A compact encoding of the runtime index for the content-script bundle.
 *
 * Same data, fewer bytes: records become tuples; organizations and initiatives
 * are referenced by position; roles and types by their index in `vocab.ts`;
 * source URLs, cohorts and dates by their index in a table; aliases sit inside
 * the record they name (plain text when they carry no flags); memberships are
 * grouped by initiative; and an organization id that is just its name in
 * kebab-case is left out. `unpackIndex(packIndex(x))` deep-equals `x` for any
 * index in the order `compileIndex` produces (checked by the data tests).
 */
import { ORG_TYPES, ROLES } from './vocab';
import type { Alias, Initiative, Membership, Organization, RuntimeIndex } from './types';

/** Alias flags. */
const CASE_SENSITIVE = 1;
const FORMER = 2;
const SEARCH_ONLY = 4;
const SAME_AS_NAME = 0;

/**
 * A name: plain text when it has no flags, else [text, flags, unlessPrecededBy | 0, unlessFollowedBy].
 * The text 0 stands for the display name of the record the alias sits in.
 */
type AliasText = string | typeof SAME_AS_NAME;
export type PackedAlias =
  | AliasText
  | [text: AliasText, flags: number, unlessPrecededBy?: string[] | 0, unlessFollowedBy?: string[]];

/** The id of an organization written as "" in a PackedOrg: its name in kebab-case ("Hugging Face" → "hugging-face"). */
export function idFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type PackedOrg = [
  /** "" when the id is idFromName(name). */
  id: string,
  name: string,
  type: number,
  country: string | null,
  domain: string | null,
  aliases: PackedAlias[],
  /** Position of the parent organization, or -1; left out when nothing follows. */
  parent?: number,
  formerNames?: [name: string, until?: string][],
];

export type PackedInitiative = [
  id: string,
  name: string,
  nameFr: string | null,
  description: string,
  descriptionFr: string | null,
  founded: string,
  homepage: string,
  aliases: PackedAlias[],
];

/**
 * Flags: 1 joinedVerified, 2 confirmed. Joined is a position in `dates` or -1
 * for null; source one in `sources`; cohort one in `cohorts` (and the same in
 * `cohortsFr`), or -1.
 */
export type PackedMember = [
  org: number,
  role: number,
  joined: number,
  flags: number,
  source: number,
  cohort?: number,
  left?: string,
];

export interface PackedIndex {
  format: 1;
  asOf: string;
  orgs: PackedOrg[];
  initiatives: PackedInitiative[];
  sources: string[];
  cohorts: string[];
  /** The French form of each of `cohorts`, position for position. */
  cohortsFr: string[];
  dates: string[];
  /** members[i] are the members of initiatives[i]. */
  members: PackedMember[][];
}

/** Builds a table of distinct strings and returns each string's position. */
function table() {
  const list: string[] = [];
  const positions = new Map<string, number>();
  return {
    list,
    at(value: string): number {
      let i = positions.get(value);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        positions.set(value, i);
      }
      return i;
    },
  };
}

function indexOf<T>(list: readonly T[], value: T, what: string): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`packIndex: unknown ${what} "${String(value)}"`);
  return i;
}

function packAlias(
  name: string,
  alias: string,
  flags: number,
  before?: string[],
  after?: string[],
): PackedAlias {
  const text = alias === name ? SAME_AS_NAME : alias;
  if (flags === 0 && !before && !after) return text;
  if (after) return [text, flags, before ?? 0, after];
  if (before) return [text, flags, before];
  return [text, flags];
}

export function packIndex(index: RuntimeIndex): PackedIndex {
  const orgPos = new Map(index.organizations.map((o, i) => [o.id, i]));
  const initPos = new Map(index.initiatives.map((x, i) => [x.id, i]));
  const orgCount = index.organizations.length;
  const orgAliases: PackedAlias[][] = index.organizations.map(() => []);
  const initAliases: PackedAlias[][] = index.initiatives.map(() => []);

  // Aliases must come grouped by target, organizations first, in index order:
  // that is the order unpacking rebuilds them in.
  const bucketOf = (a: { kind: Alias['kind']; target: string }, what: string, n: number) => {
    const i = a.kind === 'org' ? orgPos.get(a.target) : initPos.get(a.target);
    if (i === undefined)
      throw new Error(`packIndex: ${what}[${n}] names unknown ${a.kind} "${a.target}"`);
    return a.kind === 'org'
      ? { name: index.organizations[i]!.name, list: orgAliases[i]! }
      : { name: index.initiatives[i]!.name, list: initAliases[i]! };
  };
  const checkGrouped = (list: readonly { kind: Alias['kind']; target: string }[], what: string) => {
    let last = -1;
    list.forEach((a, n) => {
      const pos =
        a.kind === 'org' ? (orgPos.get(a.target) ?? -1) : orgCount + (initPos.get(a.target) ?? -1);
      if (pos < last)
        throw new Error(
          `packIndex: ${what} must be grouped by target in index order (at ${what}[${n}])`,
        );
      last = pos;
    });
  };
  checkGrouped(index.aliases, 'aliases');
  checkGrouped(index.searchOnlyNames, 'searchOnlyNames');
  index.aliases.forEach((a, n) => {
    const flags = (a.caseSensitive ? CASE_SENSITIVE : 0) | (a.former ? FORMER : 0);
    const { name, list } = bucketOf(a, 'aliases', n);
    list.push(packAlias(name, a.text, flags, a.unlessPrecededBy, a.unlessFollowedBy));
  });
  index.searchOnlyNames.forEach((s, n) => {
    const { name, list } = bucketOf(s, 'searchOnlyNames', n);
    list.push(packAlias(name, s.text, SEARCH_ONLY));
  });

  const orgs = index.organizations.map((o, i): PackedOrg => {
    const parent = o.parent === undefined ? -1 : orgPos.get(o.parent);
    if (parent === undefined)
      throw new Error(`packIndex: organization "${o.id}" names unknown parent "${o.parent}"`);
    const id = o.id === idFromName(o.name) ? '' : o.id;
    const row: PackedOrg = [
      id,
      o.name,
      indexOf(ORG_TYPES, o.type, 'type'),
      o.country,
      o.domain,
      orgAliases[i]!,
    ];
    if (parent >= 0 || o.formerNames) row.push(parent);
    if (o.formerNames)
      row.push(o.formerNames.map((f) => (f.until === undefined ? [f.name] : [f.name, f.until])));
    return row;
  });

  const initiatives = index.initiatives.map((x, i): PackedInitiative => [
    x.id,
    x.name,
    x.nameFr ?? null,
    x.description,
    x.descriptionFr ?? null,
    x.founded,
    x.homepage,
    initAliases[i]!,
  ]);

  const sources = table();
  const cohorts = table();
  const dates = table();
  const members: PackedMember[][] = index.initiatives.map(() => []);
  let lastInit = -1;
  index.memberships.forEach((m: Membership, n) => {
    const i = initPos.get(m.initiative);
    if (i === undefined)
      throw new Error(`packIndex: memberships[${n}] names unknown initiative "${m.initiative}"`);
    if (i < lastInit)
      throw new Error(
        `packIndex: memberships must be grouped by initiative in index order (at memberships[${n}])`,
      );
    lastInit = i;
    const org = orgPos.get(m.org);
    if (org === undefined)
      throw new Error(`packIndex: memberships[${n}] names unknown organization "${m.org}"`);
    const flags = (m.joinedVerified ? 1 : 0) | (m.confirmed ? 2 : 0);
    const joined = m.joined === null ? -1 : dates.at(m.joined);
    const row: PackedMember = [
      org,
      indexOf(ROLES, m.role, 'role'),
      joined,
      flags,
      sources.at(m.source),
    ];
    if (m.cohort !== undefined || m.left !== undefined)
      // One entry per English and French pair.
      row.push(
        m.cohort === undefined ? -1 : cohorts.at(JSON.stringify([m.cohort, m.cohortFr ?? ''])),
      );
    if (m.left !== undefined) row.push(m.left);
    members[i]!.push(row);
  });

  const cohortPairs = cohorts.list.map((key) => JSON.parse(key) as [string, string]);
  return {
    format: 1,
    asOf: index.asOf,
    orgs,
    initiatives,
    sources: sources.list,
    cohorts: cohortPairs.map(([en]) => en),
    cohortsFr: cohortPairs.map(([, fr]) => fr),
    dates: dates.list,
    members,
  };
}

export function unpackIndex(packed: PackedIndex): RuntimeIndex {
  const aliases: Alias[] = [];
  const searchOnlyNames: RuntimeIndex['searchOnlyNames'] = [];
  const unpackAliases = (
    list: PackedAlias[],
    kind: Alias['kind'],
    target: string,
    name: string,
  ) => {
    for (const entry of list) {
      const [packedText, flags, before, after] = Array.isArray(entry) ? entry : [entry, 0];
      const text = packedText === SAME_AS_NAME ? name : packedText;
      if (flags & SEARCH_ONLY) {
        searchOnlyNames.push({ text, kind, target });
        continue;
      }
      const alias: Alias = { text, kind, target, caseSensitive: (flags & CASE_SENSITIVE) !== 0 };
      if (flags & FORMER) alias.former = true;
      if (before) alias.unlessPrecededBy = before;
      if (after) alias.unlessFollowedBy = after;
      aliases.push(alias);
    }
  };

  const orgIds = packed.orgs.map(([id, name]) => id || idFromName(name));
  const organizations = packed.orgs.map(
    ([, name, type, country, domain, names, parent, formerNames], i): Organization => {
      const id = orgIds[i]!;
      unpackAliases(names, 'org', id, name);
      const org: Organization = { id, name, type: ORG_TYPES[type]!, country, domain };
      if (parent !== undefined && parent >= 0) org.parent = orgIds[parent]!;
      if (formerNames)
        org.formerNames = formerNames.map(([n, until]) =>
          until === undefined ? { name: n } : { name: n, until },
        );
      return org;
    },
  );

  const initiatives = packed.initiatives.map(
    ([id, name, nameFr, description, descriptionFr, founded, homepage, names]): Initiative => {
      unpackAliases(names, 'initiative', id, name);
      return {
        id,
        name,
        ...(nameFr !== null && { nameFr }),
        description,
        ...(descriptionFr !== null && { descriptionFr }),
        founded,
        homepage,
      };
    },
  );

  const memberships = packed.members.flatMap((rows, i) =>
    rows.map(([org, role, joined, flags, source, cohort, left]): Membership => ({
      org: orgIds[org]!,
      initiative: packed.initiatives[i]![0],
      role: ROLES[role]!,
      ...(cohort !== undefined &&
        cohort >= 0 && {
          cohort: packed.cohorts[cohort]!,
          ...(packed.cohortsFr[cohort] && { cohortFr: packed.cohortsFr[cohort] }),
        }),
      joined: joined < 0 ? null : packed.dates[joined]!,
      joinedVerified: (flags & 1) !== 0,
      ...(left !== undefined && { left }),
      source: packed.sources[source]!,
      confirmed: (flags & 2) !== 0,
    })),
  );

  return { asOf: packed.asOf, organizations, initiatives, memberships, aliases, searchOnlyNames };
}

/**
 * The slice of the dataset the content script carries: what it needs to find
 * names and to honour the "initiatives to show" filter, nothing more. The
 * content script runs in every frame of every page, so cards (names,
 * memberships, sources, descriptions) stay in the background, which answers
 * for them on hover (`lib/card-service.ts`).
 *
 * Packed as one tuple per target, aliases inside it (plain text when they
 * carry no flags), initiatives by position. `unpackContentIndex` inverts
 * `packContentIndex` exactly (unit-tested on the real data).
 */
import type { Alias, RuntimeIndex } from './types';

export interface ContentIndex {
  asOf: string;
  aliases: Alias[];
  /** Initiative ids each organization belongs to. */
  orgInitiatives: Record<string, string[]>;
}

const CASE_SENSITIVE = 1;
const FORMER = 2;

type PackedContentAlias =
  | string
  | [text: string, flags: number, unlessPrecededBy?: string[] | 0, unlessFollowedBy?: string[]];

type PackedTarget = [
  /** 0 for an organization, 1 for an initiative. */
  kind: 0 | 1,
  id: string,
  /** Positions in `initiatives` of the organization's initiatives. */
  memberOf: number[],
  aliases: PackedContentAlias[],
];

export interface PackedContentIndex {
  asOf: string;
  initiatives: string[];
  targets: PackedTarget[];
}

export function toContentIndex(index: RuntimeIndex): ContentIndex {
  const orgInitiatives: Record<string, string[]> = {};
  for (const org of index.organizations) orgInitiatives[org.id] = [];
  for (const membership of index.memberships) {
    const list = (orgInitiatives[membership.org] ??= []);
    if (!list.includes(membership.initiative)) list.push(membership.initiative);
  }
  return { asOf: index.asOf, aliases: index.aliases, orgInitiatives };
}

export function packContentIndex(content: ContentIndex): PackedContentIndex {
  const initiatives = [...new Set(Object.values(content.orgInitiatives).flat())].sort();
  const targets = new Map<string, PackedTarget>();
  const targetOf = (kind: Alias['kind'], id: string): PackedTarget => {
    const key = `${kind}:${id}`;
    let target = targets.get(key);
    if (!target) {
      const memberOf =
        kind === 'org' ? (content.orgInitiatives[id] ?? []).map((i) => initiatives.indexOf(i)) : [];
      target = [kind === 'org' ? 0 : 1, id, memberOf, []];
      targets.set(key, target);
    }
    return target;
  };
  // Organizations without any alias still carry their memberships.
  for (const id of Object.keys(content.orgInitiatives)) targetOf('org', id);
  for (const alias of content.aliases) {
    const flags = (alias.caseSensitive ? CASE_SENSITIVE : 0) | (alias.former ? FORMER : 0);
    const before = alias.unlessPrecededBy;
    const after = alias.unlessFollowedBy;
    let packed: PackedContentAlias = alias.text;
    if (after) packed = [alias.text, flags, before ?? 0, after];
    else if (before) packed = [alias.text, flags, before];
    else if (flags) packed = [alias.text, flags];
    targetOf(alias.kind, alias.target)[3].push(packed);
  }
  return { asOf: content.asOf, initiatives, targets: [...targets.values()] };
}

/**
 * Aliases come back grouped by target, in the order they were packed within
 * each target; the matcher does not depend on alias order.
 */
export function unpackContentIndex(packed: PackedContentIndex): ContentIndex {
  const aliases: Alias[] = [];
  const orgInitiatives: Record<string, string[]> = {};
  for (const [kindCode, id, memberOf, packedAliases] of packed.targets) {
    const kind = kindCode === 0 ? 'org' : 'initiative';
    if (kind === 'org') orgInitiatives[id] = memberOf.map((i) => packed.initiatives[i]!);
    for (const entry of packedAliases) {
      if (typeof entry === 'string') {
        aliases.push({ text: entry, kind, target: id, caseSensitive: false });
        continue;
      }
      const [text, flags, before, after] = entry;
      const alias: Alias = {
        text,
        kind,
        target: id,
        caseSensitive: (flags & CASE_SENSITIVE) !== 0,
      };
      if (flags & FORMER) alias.former = true;
      if (before) alias.unlessPrecededBy = before;
      if (after) alias.unlessFollowedBy = after;
      aliases.push(alias);
    }
  }
  return { asOf: packed.asOf, aliases, orgInitiatives };
}

/**
 * The slice of the dataset the content script carries: what it needs to find
 * names and to honour the "initiatives to show" filter, nothing more. The
 * content script runs in every frame of every page, so cards (names,
 * memberships, sources, descriptions) stay in the background, which answers
 * for them on hover (`lib/card-service.ts`).
 *
 * Packed as one string, with no quotes or brackets to carry:
 *
 *     asOf
 *     number of organizations
 *     members|id|alias|alias…      one line per organization, then per initiative
 *
 * - `members`: the organization's initiatives as a bit mask over the
 *   initiative lines (bit k: the k-th initiative line), in base 36; empty on
 *   initiative lines. Initiatives are in id order.
 * - `id`: empty when it is `idFromName` of the first alias.
 * - an alias: `~` if it is a former name, `!` if it is case-sensitive, its
 *   text, then `<` and its `unlessPrecededBy` words, then `>` and its
 *   `unlessFollowedBy` words, each list comma-separated.
 *
 * `packContentIndex` refuses text that would read back differently (an alias
 * holding `|`, `<` or `>`, a context word holding `,`…), so the build fails
 * rather than ship a wrong index. `unpackContentIndex` inverts it exactly
 * (unit-tested on the real data).
 */
import { idFromName } from './pack';
import type { Alias, RuntimeIndex } from './types';

export interface ContentIndex {
  asOf: string;
  aliases: Alias[];
  /** Initiative ids each organization belongs to, in id order. */
  orgInitiatives: Record<string, string[]>;
}

export type PackedContentIndex = string;

/** Parts of a packed alias: former, case-sensitive, text, words before, words after. */
const PACKED_ALIAS = /^(~?)(!?)([^<>]*)(?:<([^>]*))?(?:>(.*))?$/;

/** Initiative positions fit in a mask read exactly as a double. */
const MAX_INITIATIVES = 52;

export function toContentIndex(index: RuntimeIndex): ContentIndex {
  const orgInitiatives: Record<string, string[]> = {};
  for (const org of index.organizations) orgInitiatives[org.id] = [];
  for (const membership of index.memberships) {
    const list = (orgInitiatives[membership.org] ??= []);
    if (!list.includes(membership.initiative)) list.push(membership.initiative);
  }
  for (const list of Object.values(orgInitiatives)) list.sort();
  return { asOf: index.asOf, aliases: index.aliases, orgInitiatives };
}

/** `s`, after checking that it holds none of `reserved` (nor a line break). */
function checked(s: string, reserved: RegExp, what: string): string {
  if (reserved.test(s) || s.includes('\n')) {
    throw new Error(`content index: ${what} ${JSON.stringify(s)} holds a reserved character`);
  }
  return s;
}

function packAlias(alias: Alias): string {
  let out =
    (alias.former ? '~' : '') +
    (alias.caseSensitive ? '!' : '') +
    checked(alias.text, /[|<>]|^[~!]/, 'alias');
  const words = (list: string[]) =>
    list.map((w) => checked(w, /[|<>,]|^$/, `context word of ${alias.text}:`)).join(',');
  if (alias.unlessPrecededBy?.length) out += `<${words(alias.unlessPrecededBy)}`;
  if (alias.unlessFollowedBy?.length) out += `>${words(alias.unlessFollowedBy)}`;
  return out;
}

export function packContentIndex(content: ContentIndex): PackedContentIndex {
  const orgs = new Map<string, string[]>();
  const initiatives = new Map<string, string[]>();
  // Organizations without any alias still carry their memberships.
  for (const id of Object.keys(content.orgInitiatives)) orgs.set(id, []);
  for (const id of [...new Set(Object.values(content.orgInitiatives).flat())]) {
    initiatives.set(id, []);
  }
  for (const alias of content.aliases) {
    const targets = alias.kind === 'org' ? orgs : initiatives;
    let list = targets.get(alias.target);
    if (!list) targets.set(alias.target, (list = []));
    list.push(packAlias(alias));
  }
  const initiativeIds = [...initiatives.keys()].sort();
  if (initiativeIds.length > MAX_INITIATIVES) {
    throw new Error(`content index: more than ${MAX_INITIATIVES} initiatives`);
  }
  const line = (members: string, id: string, aliases: string[]) => {
    const first = aliases[0] && PACKED_ALIAS.exec(aliases[0])![3]!;
    const shownId = first !== undefined && idFromName(first) === id ? '' : checked(id, /\|/, 'id');
    return [members, shownId, ...aliases].join('|');
  };
  const lines = [content.asOf, String(orgs.size)];
  for (const [id, aliases] of orgs) {
    let mask = 0;
    for (const initiative of content.orgInitiatives[id] ?? []) {
      mask += 2 ** initiativeIds.indexOf(initiative);
    }
    lines.push(line(mask.toString(36), id, aliases));
  }
  for (const id of initiativeIds) lines.push(line('', id, initiatives.get(id)!));
  return lines.join('\n');
}

/**
 * Aliases come back grouped by target, organizations first, in the order
 * they were packed within each target; the matcher does not depend on the
 * order of different names.
 */
export function unpackContentIndex(packed: PackedContentIndex): ContentIndex {
  const [asOf, orgCount, ...lines] = packed.split('\n');
  const aliases: Alias[] = [];
  const orgInitiatives: Record<string, string[]> = {};
  const initiativeIds: string[] = [];
  const masks: [string, number][] = [];
  lines.forEach((line, n) => {
    const [members, shownId, ...entries] = line.split('|');
    const kind = n < +orgCount! ? 'org' : 'initiative';
    let id = shownId!;
    for (const entry of entries) {
      const [, former, caseSensitive, text, before, after] = PACKED_ALIAS.exec(entry)!;
      id ||= idFromName(text!);
      const alias: Alias = { text: text!, kind, target: id, caseSensitive: !!caseSensitive };
      if (former) alias.former = true;
      if (before) alias.unlessPrecededBy = before.split(',');
      if (after) alias.unlessFollowedBy = after.split(',');
      aliases.push(alias);
    }
    if (kind === 'org') masks.push([id, parseInt(members!, 36)]);
    else initiativeIds.push(id);
  });
  for (const [id, mask] of masks) {
    orgInitiatives[id] = initiativeIds.filter((_, k) => Math.floor(mask / 2 ** k) % 2);
  }
  return { asOf: asOf!, aliases, orgInitiatives };
}

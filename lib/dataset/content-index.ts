/**
 * The slice of the dataset the content script carries: what it needs to find
 * names and to honour the "initiatives to show" filter, nothing more. The
 * content script runs in every frame of every page, so cards (names,
 * memberships, sources, descriptions) stay in the background, which answers
 * for them on hover (`lib/card-service.ts`).
 *
 * Packed as one string, with no quotes or brackets to carry:
 *
 *     dictionary
 *     asOf
 *     matcher mix
 *     number of organizations
 *     members|id|alias|alias…      one line per organization, then per initiative
 *
 * - `dictionary`: comma-separated entries, each a character the rest never
 *   uses followed by the words it stands for there ("#University"); picked
 *   at build time as the frequent words that save the most.
 * - `matcher mix`: the word-hash multiplier `tuneMatcher` chose for all the
 *   aliases, in base 36. Chosen here, at build time, so that the word list
 *   it is chosen against stays out of the content script.
 * - `members`: the organization's initiatives as a bit mask over the
 *   initiative lines (bit k: the k-th initiative line), in base 36; empty on
 *   initiative lines. Initiatives are in id order.
 * - `id`: empty when it is `idFromName` of the first alias, `.k` when it is
 *   that of alias k.
 * - an alias: `~` if it is a former name, `!` if it is case-sensitive, its
 *   text, then `<` and its `unlessPrecededBy` words, then `>` and its
 *   `unlessFollowedBy` words, each list comma-separated.
 *
 * `packContentIndex` refuses text that would read back differently (an alias
 * holding `|`, `<` or `>`, a context word holding `,`…), so the build fails
 * rather than ship a wrong index. `unpackContentIndex` inverts it exactly
 * (unit-tested on the real data).
 */
import { tuneMatcher } from '../matcher';
import { idFromName } from './pack';
import type { Alias, RuntimeIndex } from './types';

export interface ContentIndex {
  asOf: string;
  aliases: Alias[];
  /** Initiative ids each organization belongs to, in id order. */
  orgInitiatives: Record<string, string[]>;
  /** `tuneMatcher(all alias texts).mix`. */
  matcherMix: number;
}

export type PackedContentIndex = string;

/** Parts of a packed alias, for the packer: former, case-sensitive, text, words before, words after. */
const PACKED_ALIAS = /^(~?)(!?)([^<>]*)(?:<([^>]*))?(?:>(.*))?$/;

/** Characters that may stand for dictionary words, when the index does not use them. */
const TOKEN = /[#$%()+/:;=?@[\]^_{}]/g;
/** Longest phrase a dictionary entry stands for, in words. */
const PHRASE_WORDS = 2;

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
  return {
    asOf: index.asOf,
    aliases: index.aliases,
    orgInitiatives,
    matcherMix: tuneMatcher(index.aliases.map((alias) => alias.text)).mix,
  };
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
    const k = aliases.findIndex((alias) => idFromName(PACKED_ALIAS.exec(alias)![3]!) === id);
    const shownId = k < 0 ? checked(id, /\||^\./, 'id') : k > 0 ? `.${k}` : '';
    return [members, shownId, ...aliases].join('|');
  };
  const lines = [content.asOf, (content.matcherMix >>> 0).toString(36), String(orgs.size)];
  for (const [id, aliases] of orgs) {
    let mask = 0;
    for (const initiative of content.orgInitiatives[id] ?? []) {
      mask += 2 ** initiativeIds.indexOf(initiative);
    }
    lines.push(line(mask.toString(36), id, aliases));
  }
  for (const id of initiativeIds) lines.push(line('', id, initiatives.get(id)!));
  return withDictionary(lines.join('\n'));
}

/**
 * `body` with its most profitable words and two-word phrases replaced by
 * token characters it does not use, after the dictionary line.
 */
function withDictionary(body: string): string {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const dictionary: string[] = [];
  for (let c = 0x21; c < 0x7f; c++) {
    const token = String.fromCharCode(c);
    if (!token.match(TOKEN) || body.includes(token)) continue;
    const counts = new Map<string, number>();
    for (const segment of body.split(/[|<>,\n]/)) {
      const words = segment.split(' ');
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= PHRASE_WORDS && i + n <= words.length; n++) {
          const phrase = words.slice(i, i + n).join(' ');
          if (phrase.length > 3 && !phrase.match(TOKEN)) {
            counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
          }
        }
      }
    }
    let best = '';
    let bestSaving = 0;
    for (const [phrase, count] of counts) {
      const size = bytes(phrase);
      // Each use shrinks to one byte; the entry costs the phrase, its token and a comma.
      const saving = (size - 1) * count - size - 2;
      if (saving > bestSaving) [best, bestSaving] = [phrase, saving];
    }
    if (!best) break;
    dictionary.push(token + best);
    body = body.split(best).join(token);
  }
  return `${dictionary.join(',')}\n${body}`;
}

/**
 * Aliases come back grouped by target, organizations first, in the order
 * they were packed within each target; the matcher does not depend on the
 * order of different names.
 */
export function unpackContentIndex(packed: PackedContentIndex): ContentIndex {
  // Runs in every frame at load, mostly before the engine optimizes it:
  // indexes and indexOf rather than destructuring, iterators and regexes.
  const nl = packed.indexOf('\n');
  const words = new Map<string, string>();
  for (const entry of packed.slice(0, nl).split(',')) words.set(entry[0]!, entry.slice(1));
  const lines = packed
    .slice(nl + 1)
    .replace(TOKEN, (token) => words.get(token) ?? token)
    .split('\n');
  const matcherMix = parseInt(lines[1]!, 36) | 0;
  const orgCount = +lines[2]!;
  const aliases: Alias[] = [];
  const orgInitiatives: Record<string, string[]> = {};
  const initiativeIds: string[] = [];
  const orgIds: string[] = [];
  const masks: number[] = [];
  for (let n = 3; n < lines.length; n++) {
    const fields = lines[n]!.split('|');
    const kind = n - 3 < orgCount ? 'org' : 'initiative';
    const start = aliases.length;
    for (let f = 2; f < fields.length; f++) {
      const entry = fields[f]!;
      const former = entry[0] === '~';
      const caseSensitive = entry[+former] === '!';
      let end = entry.length;
      const after = entry.indexOf('>');
      if (after >= 0) end = after;
      const before = entry.lastIndexOf('<', end);
      const alias: Alias = {
        text: entry.slice(+former + +caseSensitive, before >= 0 ? before : end),
        kind,
        target: '',
        caseSensitive,
      };
      if (former) alias.former = true;
      if (before >= 0) alias.unlessPrecededBy = entry.slice(before + 1, end).split(',');
      if (after >= 0) alias.unlessFollowedBy = entry.slice(after + 1).split(',');
      aliases.push(alias);
    }
    const shownId = fields[1]!;
    const id =
      !shownId || shownId[0] === '.'
        ? idFromName(aliases[start + +shownId.slice(1)]!.text)
        : shownId;
    for (let k = start; k < aliases.length; k++) aliases[k]!.target = id;
    if (kind === 'org') {
      orgIds.push(id);
      masks.push(parseInt(fields[0]!, 36));
    } else {
      initiativeIds.push(id);
    }
  }
  for (let n = 0; n < orgIds.length; n++) {
    const list: string[] = [];
    for (let k = 0, mask = masks[n]!; mask > 0; k++, mask = Math.floor(mask / 2)) {
      if (mask % 2) list.push(initiativeIds[k]!);
    }
    orgInitiatives[orgIds[n]!] = list;
  }
  return { asOf: lines[0]!, aliases, orgInitiatives, matcherMix };
}

/**
 * Finds organization and initiative names in a string. Browser-free.
 *
 * Matching rules
 * - Leftmost-longest, non-overlapping: "Google DeepMind" beats "Google".
 * - Whole words: a name whose first (last) character is a word character
 *   (letter, digit, mark of any script) must not be preceded (followed) by
 *   one. Letters of scripts written without spaces (Han, Kana, Hangul,
 *   Thai…) are boundaries, so "由Google开发" and "DeepMind的" match, and a
 *   name written in those scripts ("智谱AI") matches wherever it occurs.
 * - Loose equivalences, for every name: case; accents ("Universite" finds
 *   "Université"); NFD vs NFC (except Hangul syllables spelled as conjoining
 *   jamo); fullwidth ASCII; ’ ‘ ʼ ′ ´ as '; any run of Unicode spaces or
 *   newlines as one space; soft hyphens and joiners ignored. Offsets always
 *   point into the original string.
 * - A `caseSensitive` name must also equal the text exactly once spaces,
 *   apostrophes and normalization are unified: same letters, same case,
 *   same accents ("Meta" finds neither "meta" nor "META").
 * - Not inside URLs, e-mail addresses, domains, hashtags, tags: no match
 *   directly after `<` `/` `@` `.` `#`, nor directly before `@`, `.` + word
 *   character, `/` + word character ("ibm.com", "#Meta"; "IBM." matches).
 * - A `caseSensitive` name is not matched inside a hyphenated compound:
 *   "Meta-posts", "pre-Meta" (letter + hyphen on either side). Others are:
 *   "IBM-backed".
 * - `unlessPrecededBy` / `unlessFollowedBy`: the whole word(s) right before
 *   (after) the name, across whitespace, compared ignoring case ("the Big
 *   Apple", "Amazon rainforest", "Amazon River": a context word is often
 *   capitalized as part of a proper noun). Possessives and elisions need nothing
 *   special: "IBM's" and "d'OpenAI" match, since ' is not a word character.
 *
 * Design. Names go into a trie over their loose keys (see `text/fold.ts`),
 * built from the sorted keys straight into flat typed arrays (children of a
 * node are a sorted run of edges). One Uint16Array of 65,536 entries maps
 * each UTF-16 code unit of the text to its boundary class, an ATTENTION bit
 * and its symbol in the names' alphabet (0 when no name uses it); an entry
 * is worked out the first time the scan meets its code unit (a page uses a
 * few hundred).
 * The scan is a fast pass with a slow path. The fast pass reads each code
 * unit once through that table and hashes words as it goes; with no branch
 * at word starts and ends, it costs a few arithmetic steps and two table
 * loads per character. It stops only where a name may begin: after a word
 * whose hash is in a bloom bitmap of the names' first words, or at a code
 * unit with ATTENTION. Before a space, a stop needs the word in a second
 * bloom too, of the first words a name ends with or goes on from across a
 * space. The slow path then takes that word from its start: it looks the
 * hash up in a small open-addressing table of first words,
 * confirms a hit entry by entry, and resumes the trie walk after that word.
 * Walks record every name end they pass; the longest one that passes the
 * boundary and context checks wins. Nothing is allocated per character.
 *
 * Size for 2,000 names: about 0.8 MB (the 128 KB table, the two 32 KB blooms,
 * the trie, the first-word table); compiling takes a few milliseconds once warm.
 */
import {
  CLASS_BITS,
  CLASS_WORD,
  CLASS_LOW,
  CLASS_SKIP,
  CLASS_SPACE,
  HYPHEN,
  SPACE,
  classAt,
  classOf,
  foldUnit,
  isWordClass,
  looseKey,
  strictForm,
} from './text/fold';
import { FREQUENT_WORDS } from './text/frequent-words';

export interface MatcherPattern {
  text: string;
  /** Caller's identifier for what the pattern names; returned in matches. */
  id: number;
  caseSensitive: boolean;
  unlessPrecededBy?: string[];
  unlessFollowedBy?: string[];
}

export interface Match {
  start: number;
  end: number;
  id: number;
}

export interface Matcher {
  /**
   * All non-overlapping matches, leftmost-longest, in text order; appended
   * to `out` when given (so that many short texts cost no array each).
   */
  findAll(text: string, out?: Match[]): Match[];
}

export interface MatcherStats {
  patterns: number;
  nodes: number;
  edges: number;
  /** Distinct loose characters in the names. */
  alphabet: number;
  /** Typed arrays plus an estimate of the per-pattern strings and objects. */
  approxBytes: number;
  /** Frequent words (not first words of names) the bloom lets through: each costs a slow step. */
  frequentWordsInBloom: string[];
  /** The bloom's multiplier (see `MatcherTuning`). */
  mix: number;
}

/** Trie-node flags. */
const TERMINAL = 1;
/** The name ends with a word character: the next one must not be. */
const NEEDS_RIGHT_BOUNDARY = 2;

/** Symbol of every space character; symbols of name characters follow. */
const SPACE_SYMBOL = 1;

/**
 * Table entry layout: boundary class (low CLASS_BITS bits), the ATTENTION
 * bit, then the symbol. ATTENTION marks what the fast pass cannot pass by:
 * marks and low surrogates (they belong to the character before), code
 * units not learnt yet, and punctuation or no-space-script letters that
 * begin a name. Word characters never carry it: words are judged by hash.
 */
const ATTENTION_SHIFT = CLASS_BITS;
const ATTENTION = 1 << ATTENTION_SHIFT;
const SYMBOL_SHIFT = CLASS_BITS + 1;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
/** Table entry of a code unit not seen yet: a class no code unit has, and ATTENTION. */
const UNKNOWN = 14 | ATTENTION;

/**
 * Word hash over table entries, from 0. The multiplier is even and word
 * entries are odd, so a word's hash is odd: 0 stays free to mean "no word
 * here". A shift in place of the multiply clashed more: with h << 3, "is"
 * had the hash of a first word of a name, whatever the bloom's mix.
 */
const HASH_FACTOR = 0x2e;
const hashStep = (h: number, t: number) => Math.imul(h, HASH_FACTOR) ^ t;
/**
 * The fast pass tests every word against a bitmap of its names' first words:
 * 2^BLOOM_BITS bits (32 KB) indexed by the top bits of hash * mix. With the
 * first words of 2 000 names (about 1 000), 1 random word in 250 passes wrongly.
 */
const BLOOM_BITS = 18;
const BLOOM_SHIFT = 32 - BLOOM_BITS;
const inBloom = (bloom: Int32Array, x: number) => ((bloom[x >>> 5]! >>> x) & 1) !== 0;
const addToBloom = (bloom: Int32Array, x: number) => {
  bloom[x >>> 5]! |= 1 << x;
};
/** Odd multipliers `tuneMatcher` tries in turn. */
const MIX_CANDIDATES = 64;
const FIRST_MIX = 0x9e3779b1 | 0;

interface CompiledPattern {
  id: number;
  /** Strict form for case-sensitive names, else null. */
  strict: string | null;
  before: readonly string[] | null;
  after: readonly string[] | null;
}

/**
 * Hashing fixed once for a whole set of names (at build time, for the
 * dataset), so that a matcher built for any subset of them (settings hide
 * some initiatives) hashes words alike and keeps its guarantees.
 */
export interface MatcherTuning {
  /** Every name of the set: their loose characters get symbols first, in this order. */
  names: readonly string[];
  /** Multiplier of word hashes into the bloom, from `tuneMatcher`. */
  mix: number;
}

const UNTUNED: MatcherTuning = { names: [], mix: FIRST_MIX };

/** Gives each loose character of `key` a symbol, if it has none yet. */
function addSymbols(symbolOf: Map<number, number>, key: string): void {
  for (let i = 0; i < key.length; i++) {
    const f = key.charCodeAt(i);
    if (!symbolOf.has(f)) symbolOf.set(f, symbolOf.size + 1);
  }
}

/**
 * Symbols for the loose characters of `names`, first seen first, and each
 * name's loose key, kept: the caller needs them again, and folding every
 * alias twice made the page's matcher take 0.9 ms to build instead of 0.7.
 */
function symbolsFor(names: readonly string[]): {
  symbolOf: Map<number, number>;
  keyOf: Map<string, string>;
} {
  const symbolOf = new Map<number, number>([[SPACE, SPACE_SYMBOL]]);
  const keyOf = new Map<string, string>();
  for (const name of names) {
    const key = looseKey(name);
    keyOf.set(name, key);
    addSymbols(symbolOf, key);
  }
  return { symbolOf, keyOf };
}

/**
 * Chooses the hashing for `names`: the bloom multiplier under which no
 * frequent English or French word passes for a first word of one of them.
 * Kept out of `compileMatcher` so that the content script carries neither
 * the word list nor the search.
 */
export function tuneMatcher(names: readonly string[]): MatcherTuning {
  const { symbolOf, keyOf } = symbolsFor(names);
  const firstWords = new Set<number>();
  for (const key of keyOf.values()) {
    const h = firstWordHash(symbolOf, key);
    if (h !== 0) firstWords.add(h);
  }
  const frequent = frequentWords(symbolOf, firstWords).map((w) => w.hash);
  return { names, mix: chooseMix([...firstWords], frequent) };
}

export function compileMatcher(
  patterns: readonly MatcherPattern[],
  tuning: MatcherTuning = UNTUNED,
): Matcher {
  // Loose keys, spelled in symbols: one per loose character, the tuning's
  // names' first, then first seen first.
  const { symbolOf, keyOf } = symbolsFor(tuning.names);
  const items: { key: string; symbols: string; index: number }[] = [];
  let keyChars = 0;
  const codes: number[] = [];
  patterns.forEach((p, index) => {
    const key = keyOf.get(p.text) ?? looseKey(p.text);
    if (key.length === 0) return;
    addSymbols(symbolOf, key);
    codes.length = 0;
    for (let i = 0; i < key.length; i++) codes.push(symbolOf.get(key.charCodeAt(i))!);
    items.push({ key, symbols: String.fromCharCode(...codes), index });
    keyChars += key.length;
  });
  const alphabet = symbolOf.size + 1;
  const wide = alphabet >= 1 << (16 - SYMBOL_SHIFT);

  // Sorted by symbols, then case-sensitive first (the more specific reading
  // of the text), then input order. Built from sorted keys, the trie gets
  // every node's children in increasing symbol order and its terminal nodes
  // in increasing id order.
  items.sort(
    (a, b) =>
      (a.symbols < b.symbols ? -1 : a.symbols > b.symbols ? 1 : 0) ||
      Number(patterns[b.index]!.caseSensitive) - Number(patterns[a.index]!.caseSensitive) ||
      a.index - b.index,
  );
  const maxNodes = keyChars + 1;
  const parent = new Int32Array(maxNodes);
  const symbol = new Uint16Array(maxNodes);
  const childCount = new Int32Array(maxNodes + 1);
  const termCount = new Int32Array(maxNodes + 1);
  const flagsAll = new Uint8Array(maxNodes);
  let maxKeyLength = 0;
  for (const { key } of items) maxKeyLength = Math.max(maxKeyLength, key.length);
  const path = new Int32Array(maxKeyLength + 1);
  // First words of names (see below): the node each leads to, and its symbols.
  const firstWordOf = new Map<number, string>();
  let nodeCount = 1;
  let previous = '';
  for (const { key, symbols } of items) {
    let lcp = 0;
    while (lcp < symbols.length && lcp < previous.length && symbols[lcp] === previous[lcp]) lcp++;
    for (let d = lcp; d < symbols.length; d++) {
      const node = nodeCount++;
      parent[node] = path[d]!;
      symbol[node] = symbols.charCodeAt(d);
      childCount[path[d]!]!++;
      path[d + 1] = node;
    }
    const terminal = path[symbols.length]!;
    termCount[terminal]!++;
    flagsAll[terminal] = TERMINAL;
    if (isWordClass(classOf(key.charCodeAt(key.length - 1)))) {
      flagsAll[terminal]! |= NEEDS_RIGHT_BOUNDARY;
    }
    if (classOf(key.charCodeAt(0)) === CLASS_WORD) {
      let w = 1;
      while (w < key.length && classOf(key.charCodeAt(w)) === CLASS_WORD) w++;
      firstWordOf.set(path[w]!, symbols.slice(0, w));
    }
    previous = symbols;
  }

  // Flat trie: children of node n are edges edgeStart[n] .. edgeStart[n + 1].
  const flags = flagsAll.slice(0, nodeCount);
  const edgeStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] = edgeStart[n]! + childCount[n]!;
  const edgeCount = nodeCount - 1;
  const edgeSymbol = new Uint16Array(Math.max(edgeCount, 1));
  const edgeTarget = new Int32Array(Math.max(edgeCount, 1));
  const fill = edgeStart.slice(0, nodeCount);
  for (let node = 1; node < nodeCount; node++) {
    const k = fill[parent[node]!]!++;
    edgeSymbol[k] = symbol[node]!;
    edgeTarget[k] = node;
  }
  // Patterns ending at node n: compiled[termStart[n] .. termStart[n + 1]].
  const termStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) termStart[n + 1] = termStart[n]! + termCount[n]!;
  const compiled: CompiledPattern[] = items.map(({ index }) => {
    const p = patterns[index]!;
    return {
      id: p.id,
      strict: p.caseSensitive ? strictForm(p.text) : null,
      before: p.unlessPrecededBy?.length ? p.unlessPrecededBy.map(lowerCase) : null,
      after: p.unlessFollowedBy?.length ? p.unlessFollowedBy.map(lowerCase) : null,
    };
  });

  // Root children, indexed by symbol.
  const root = new Int32Array(alphabet);
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) root[edgeSymbol[k]!] = edgeTarget[k]!;

  // Code unit → table entry (see ATTENTION), filled in as the scan meets
  // each code unit (`learn`). Spaces go by class (their symbol is
  // SPACE_SYMBOL), so that the scan passes them by at once.
  const table = (wide ? new Uint32Array(65536) : new Uint16Array(65536)).fill(UNKNOWN);

  // First words of names. The scan hashes each word of the text (the table
  // entries of its characters). The bloom bitmap turns most words away at
  // once; a word it lets through is looked up in an open-addressing table
  // at most 1/8 full, compared with the first word stored in the slot, and
  // the trie walk resumes from the node that word leads to. A word holding
  // a skipped character (NFD accent, soft hyphen) stops the hash short: it
  // is walked from its first character.
  const words = [...firstWordOf].map(([node, symbols]) => {
    const entries: number[] = [];
    for (let k = 0; k < symbols.length; k++) {
      entries.push((symbols.charCodeAt(k) << SYMBOL_SHIFT) | CLASS_WORD);
    }
    return { node, entries };
  });
  const hashes = words.map((w) => w.entries.reduce(hashStep, 0));
  const { mix } = tuning;
  const bloom = new Int32Array(1 << (BLOOM_BITS - 5));
  // The same for the first words a name ends with or goes on from across a
  // space: the others need a look only when something else follows them.
  const spacedBloom = new Int32Array(bloom.length);
  hashes.forEach((h, k) => {
    const x = Math.imul(h, mix) >>> BLOOM_SHIFT;
    addToBloom(bloom, x);
    const node = words[k]!.node;
    const edge = edgeStart[node]!;
    // Children are sorted by symbol and SPACE_SYMBOL is the smallest.
    if (
      flags[node]! & TERMINAL ||
      (edge < edgeStart[node + 1]! && edgeSymbol[edge] === SPACE_SYMBOL)
    )
      addToBloom(spacedBloom, x);
  });
  const hashBits = Math.max(4, Math.ceil(Math.log2(words.length * 8 + 1)));
  const slots = 1 << hashBits;
  const hashShift = 32 - hashBits;
  const hashMask = slots - 1;
  const wordHash = new Int32Array(slots);
  const wordNode = new Int32Array(slots);
  const slotWord = new Int32Array(slots).fill(-1);
  words.forEach((w, k) => {
    let slot = Math.imul(hashes[k]!, mix) >>> hashShift;
    while (wordHash[slot] !== 0) slot = (slot + 1) & hashMask;
    wordHash[slot] = hashes[k]!;
    wordNode[slot] = w.node;
    slotWord[slot] = k;
  });
  // Slot s holds the entries wordEntries[wordStart[s] .. wordStart[s + 1]].
  const wordStart = new Int32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) {
    const k = slotWord[slot]!;
    wordStart[slot + 1] = wordStart[slot]! + (k < 0 ? 0 : words[k]!.entries.length);
  }
  const wordEntries = wide
    ? new Uint32Array(wordStart[slots]!)
    : new Uint16Array(wordStart[slots]!);
  for (let slot = 0; slot < slots; slot++) {
    const k = slotWord[slot]!;
    if (k >= 0) wordEntries.set(words[k]!.entries, wordStart[slot]!);
  }

  return new TrieMatcher({
    symbolOf,
    table,
    root,
    mix,
    bloom,
    spacedBloom,
    hashShift,
    hashMask,
    wordHash,
    wordNode,
    wordStart,
    wordEntries,
    flags,
    edgeStart,
    edgeSymbol,
    edgeTarget,
    termStart,
    compiled,
    candNode: new Int32Array(maxKeyLength + 1),
    candEnd: new Int32Array(maxKeyLength + 1),
  });
}

/**
 * Size and shape of a compiled matcher, for tests and the benchmark. Worked
 * out on demand, so that the content script carries none of it.
 */
export function matcherStats(matcher: Matcher): MatcherStats {
  if (!(matcher instanceof TrieMatcher)) throw new Error('matcherStats: not from compileMatcher');
  const { trie } = matcher;
  let stringBytes = 0;
  for (const p of trie.compiled) {
    stringBytes += 64 + 2 * (p.strict?.length ?? 0);
    for (const w of [...(p.before ?? []), ...(p.after ?? [])]) stringBytes += 24 + 2 * w.length;
  }
  const typed = [
    trie.table,
    trie.root,
    trie.bloom,
    trie.spacedBloom,
    trie.wordHash,
    trie.wordNode,
    trie.wordStart,
    trie.wordEntries,
    trie.edgeStart,
    trie.edgeSymbol,
    trie.edgeTarget,
    trie.flags,
    trie.termStart,
  ];
  return {
    patterns: trie.compiled.length,
    nodes: trie.flags.length,
    edges: trie.flags.length - 1,
    alphabet: trie.symbolOf.size,
    approxBytes: typed.reduce((sum, a) => sum + a.byteLength, 0) + stringBytes,
    frequentWordsInBloom: frequentWords(trie.symbolOf, new Set(trie.wordHash))
      .filter(({ hash }) => inBloom(trie.bloom, Math.imul(hash, trie.mix) >>> BLOOM_SHIFT))
      .map(({ word }) => word),
    mix: trie.mix,
  };
}

/**
 * Frequent words of English and French prose that are not first words of
 * names, with their hashes as the scan will make them.
 */
function frequentWords(
  symbolOf: Map<number, number>,
  firstWords: Set<number>,
): { word: string; hash: number }[] {
  const found: { word: string; hash: number }[] = [];
  for (const word of FREQUENT_WORDS) {
    const hash = firstWordHash(symbolOf, looseKey(word));
    if (!firstWords.has(hash)) found.push({ word, hash });
  }
  return found;
}

/**
 * The scan's hash of the word that begins loose key `key`, 0 if none does.
 * A character no name uses has symbol 0, as in the scan's table.
 */
function firstWordHash(symbolOf: Map<number, number>, key: string): number {
  let h = 0;
  for (let w = 0; w < key.length && classOf(key.charCodeAt(w)) === CLASS_WORD; w++) {
    h = hashStep(h, ((symbolOf.get(key.charCodeAt(w)) ?? 0) << SYMBOL_SHIFT) | CLASS_WORD);
  }
  return h;
}

/**
 * The multiplier under which fewest frequent words share a bloom index with
 * a first word of a name, and no first word has index 0, the index of "no
 * word" (the fast pass would then stop after every space: still correct,
 * only slow). A clash is paid at every occurrence: before this choice, "of"
 * clashed by chance and one word in twenty of English prose took the slow
 * path.
 */
function chooseMix(firstWords: readonly number[], frequent: readonly number[]): number {
  let best = FIRST_MIX;
  let bestClashes = Infinity;
  for (let k = 0, mix = FIRST_MIX; k < MIX_CANDIDATES && bestClashes > 0; k++) {
    const taken = new Set(firstWords.map((h) => Math.imul(h, mix) >>> BLOOM_SHIFT));
    const clashes =
      (taken.has(0) ? frequent.length + 1 : 0) +
      frequent.filter((h) => taken.has(Math.imul(h, mix) >>> BLOOM_SHIFT)).length;
    if (clashes < bestClashes) [best, bestClashes] = [mix, clashes];
    mix = (mix + 0x6a09e668) | 1;
  }
  return best;
}

/** The tables `compileMatcher` builds; see its comments for what each holds. */
interface Trie {
  symbolOf: Map<number, number>;
  /** Code unit → table entry (see ATTENTION); UNKNOWN until learnt. */
  table: Uint16Array | Uint32Array;
  root: Int32Array;
  /** Multiplier of word hashes into bloom and slot indexes. */
  mix: number;
  /** Bit set: the bloom index of every first word of a name. */
  bloom: Int32Array;
  /** The bloom of the first words a name ends with or goes on from across a space. */
  spacedBloom: Int32Array;
  hashShift: number;
  hashMask: number;
  wordHash: Int32Array;
  wordNode: Int32Array;
  wordStart: Int32Array;
  wordEntries: Uint16Array | Uint32Array;
  flags: Uint8Array;
  edgeStart: Int32Array;
  edgeSymbol: Uint16Array;
  edgeTarget: Int32Array;
  termStart: Int32Array;
  compiled: CompiledPattern[];
  /** Scratch for `matchFrom`: the name ends a walk passed, by node and end. */
  candNode: Int32Array;
  candEnd: Int32Array;
}

/**
 * The scan, as methods rather than closures made by `compileMatcher`: all
 * matchers in a page then share one compiled copy of the code. A closure
 * made anew (a settings change builds a new matcher) started again from the
 * interpreter: its first pass over a 2.3 MB page took 56 ms in Chromium,
 * against 26 ms for a new matcher sharing the methods.
 */
class TrieMatcher implements Matcher {
  /** Id of the pattern `matchFrom` accepted last. */
  private found = 0;

  /** Read by `matcherStats` too. */
  constructor(readonly trie: Trie) {}

  /** Works out and stores the table entry of code unit `c`. */
  private learn(c: number): number {
    const { symbolOf, table, root } = this.trie;
    const k = classOf(c);
    const f = foldUnit(c);
    const s = f === SPACE ? 0 : (symbolOf.get(f) ?? 0);
    const attention =
      k === CLASS_SKIP || k === CLASS_LOW || (k !== CLASS_WORD && s !== 0 && root[s] !== 0);
    return (table[c] = k | (attention ? ATTENTION : 0) | (s << SYMBOL_SHIFT));
  }

  /** The table entry of code unit `c`, learning it if need be. */
  private entry(c: number): number {
    const t = this.trie.table[c]!;
    return t !== UNKNOWN ? t : this.learn(c);
  }

  /**
   * The trie node the word `text[start, end)` (hash `h`, home slot `slot`)
   * leads to when it is the first word of some name, else 0.
   */
  private firstWordNode(text: string, start: number, end: number, h: number, slot: number): number {
    const { wordHash, wordStart, wordEntries, wordNode, hashMask, table } = this.trie;
    for (let v = wordHash[slot]!; v !== 0; v = wordHash[slot]!) {
      if (v === h) {
        const from = wordStart[slot]!;
        if (wordStart[slot + 1]! - from === end - start) {
          let k = 0;
          while (start + k < end && table[text.charCodeAt(start + k)] === wordEntries[from + k])
            k++;
          if (start + k === end) return wordNode[slot]!;
        }
      }
      slot = (slot + 1) & hashMask;
    }
    return 0;
  }

  /**
   * The end of the name that begins with the word text[start, end) (hash
   * `h`), or -1.
   */
  private matchWord(text: string, start: number, end: number, h: number): number {
    const { mix, hashShift } = this.trie;
    const node = this.firstWordNode(text, start, end, h, Math.imul(h, mix) >>> hashShift);
    return node === 0 ? -1 : this.matchFrom(text, start, node, end);
  }

  /** Accepts the text between start and end for one compiled pattern. */
  private accepts(p: CompiledPattern, text: string, start: number, end: number): boolean {
    if (p.strict !== null) {
      if (!strictEquals(text, start, end, p.strict)) return false;
      if (inHyphenatedCompound(text, start, end)) return false;
    }
    if (p.before !== null && precededBy(text, start, p.before)) return false;
    if (p.after !== null && followedBy(text, end, p.after)) return false;
    return true;
  }

  /**
   * Walks the trie from `node`, which `text[start, from)` leads to; returns
   * the end of the accepted match and stores its pattern in `found`, or -1.
   */
  private matchFrom(text: string, start: number, node: number, from: number): number {
    const { flags, edgeStart, edgeSymbol, edgeTarget, termStart, compiled, candNode, candEnd } =
      this.trie;
    const n = text.length;
    let j = from;
    let count = 0;
    for (;;) {
      let t = 0;
      while (j < n) {
        t = this.entry(text.charCodeAt(j));
        if ((t & CLASS_MASK) !== CLASS_SKIP) break;
        j++;
      }
      if ((flags[node]! & TERMINAL) !== 0) {
        candNode[count] = node;
        candEnd[count] = j;
        count++;
      }
      if (j >= n) break;
      let s = t >>> SYMBOL_SHIFT;
      if (s === 0) {
        if ((t & CLASS_MASK) !== CLASS_SPACE) break;
        s = SPACE_SYMBOL;
      }
      // Child on symbol s: binary search down to a short linear scan.
      let lo = edgeStart[node]!;
      let hi = edgeStart[node + 1]!;
      while (hi - lo > 8) {
        const mid = (lo + hi) >>> 1;
        if (edgeSymbol[mid]! <= s) lo = mid;
        else hi = mid;
      }
      let next = 0;
      for (; lo < hi; lo++) {
        const ks = edgeSymbol[lo]!;
        if (ks >= s) {
          if (ks === s) next = edgeTarget[lo]!;
          break;
        }
      }
      if (next === 0) break;
      node = next;
      j++;
      if (s === SPACE_SYMBOL) {
        while (j < n) {
          const k = this.entry(text.charCodeAt(j)) & CLASS_MASK;
          if (k !== CLASS_SPACE && k !== CLASS_SKIP) break;
          j++;
        }
      }
    }
    if (count === 0) return -1;
    let leftChecked = false;
    while (count > 0) {
      count--;
      const node = candNode[count]!;
      const end = candEnd[count]!;
      if ((flags[node]! & NEEDS_RIGHT_BOUNDARY) !== 0 && end < n && isWordClass(classAt(text, end)))
        continue;
      if (!leftChecked) {
        if (start > 0 && isAddressBefore(text.charCodeAt(start - 1))) return -1;
        leftChecked = true;
      }
      if (isAddressAfter(text, end)) continue;
      for (let k = termStart[node]!, last = termStart[node + 1]!; k < last; k++) {
        const p = compiled[k]!;
        if (this.accepts(p, text, start, end)) {
          this.found = p.id;
          return end;
        }
      }
    }
    return -1;
  }

  findAll(text: string, out: Match[] = []): Match[] {
    // Locals, read once: the loop keeps them in registers.
    const { table: tab, bloom, spacedBloom, mix } = this.trie;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // The fast pass, from a boundary (i is 0, or text[i - 1] or text[i]
      // is not a word character). Per character: one table load, one hash
      // step that restarts from 0 after a non-word character, one bloom
      // load, and one branch, almost never taken. It stops after a word the
      // bloom lets through and at any code unit with ATTENTION. A loop that
      // branched at every word start and end ran at half the speed: word
      // lengths are too irregular for the branch predictor.
      const from = i;
      let h = 0;
      for (; i < n; i++) {
        const t = tab[text.charCodeAt(i)]!;
        // Bit x of the bloom (a shift count is taken modulo 32).
        const x = Math.imul(h, mix) >>> BLOOM_SHIFT;
        if ((((bloom[x >>> 5]! >>> x) & ~t) | (t >>> ATTENTION_SHIFT)) & 1) break;
        h = (Math.imul(h, HASH_FACTOR) ^ t) & -(t & 1);
      }
      const x = Math.imul(h, mix) >>> BLOOM_SHIFT;
      // At the end: a last word to look at, if the bloom lets it through.
      if (i >= n && (h === 0 || !inBloom(bloom, x))) break;
      const t = i < n ? tab[text.charCodeAt(i)]! : 0;
      // A space after a word no name ends with or goes on from across one:
      // nothing to look up, and the fast pass goes on past the space. Half
      // the stops on prose, at every "a" ("A*STAR" makes "a" a first word),
      // cost a lookup before this.
      if ((t & CLASS_MASK) === CLASS_SPACE && !inBloom(spacedBloom, x)) {
        i++;
        continue;
      }
      // Back to the start of the word that ends, or is cut, here.
      let start = i;
      while (start > from && (tab[text.charCodeAt(start - 1)]! & 1) !== 0) start--;
      if (start < i && (t & ATTENTION) === 0) {
        // A whole word the bloom let through: h is its hash.
        const end = this.matchWord(text, start, i, h);
        if (end >= 0) {
          out.push({ start, end, id: this.found });
          i = end;
        }
        continue;
      }
      i = this.step(text, start, out);
    }
    return out;
  }

  /**
   * The slow path: looks at the word starting at `i`, or at the one code
   * unit `i` when it is not a word character, and appends the name found
   * there, if any. Returns where the fast pass goes on: a boundary, past
   * `i`.
   */
  private step(text: string, i: number, out: Match[]): number {
    const { table: tab, root } = this.trie;
    const n = text.length;
    let t = this.entry(text.charCodeAt(i));
    if ((t & 1) !== 0) {
      // A word start: hash the word, learning its code units as it goes.
      const start = i;
      let h = 0;
      do {
        h = hashStep(h, t);
        t = ++i < n ? this.entry(text.charCodeAt(i)) : 0;
      } while ((t & 1) !== 0);
      let end = -1;
      if ((t & CLASS_MASK) === CLASS_SKIP) {
        const first = root[tab[text.charCodeAt(start)]! >>> SYMBOL_SHIFT]!;
        if (first !== 0) end = this.matchFrom(text, start, first, start + 1);
      } else {
        end = this.matchWord(text, start, i, h);
      }
      if (end < 0) return i;
      out.push({ start, end, id: this.found });
      return end;
    }
    const k = t & CLASS_MASK;
    if (k === CLASS_SKIP || k === CLASS_LOW) {
      // Marks have the class of their base, a low surrogate that of its
      // high surrogate: when that is a word, pass the rest of it by. The
      // whole run goes at once, so that a long run costs linear time.
      const inWord = classAt(text, i) === CLASS_WORD;
      while (++i < n) {
        const k2 = this.entry(text.charCodeAt(i)) & CLASS_MASK;
        if (k2 !== CLASS_SKIP && k2 !== CLASS_LOW && !(inWord && k2 === CLASS_WORD)) break;
      }
      return i;
    }
    // Punctuation or a no-space-script letter that may begin a name.
    const first = root[t >>> SYMBOL_SHIFT]!;
    const end = first === 0 ? -1 : this.matchFrom(text, i, first, i + 1);
    if (end < 0) return i + 1;
    out.push({ start: i, end, id: this.found });
    return end;
  }
}

const LT = 0x3c;
const SLASH = 0x2f;
const AT = 0x40;
const DOT = 0x2e;
const HASH = 0x23;

/** A character that puts what follows inside a tag, URL, address or hashtag. */
function isAddressBefore(c: number): boolean {
  return c === LT || c === SLASH || c === AT || c === DOT || c === HASH;
}

/** "@…", ".com", "/blog" right after the name. */
function isAddressAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const c = text.charCodeAt(end);
  if (c === AT) return true;
  if (c === DOT || c === SLASH) return isWordClass(classAt(text, end + 1));
  return false;
}

/** Letter + hyphen before, or hyphen + letter after ("Meta-posts"). */
function inHyphenatedCompound(text: string, start: number, end: number): boolean {
  if (end + 1 < text.length && foldUnit(text.charCodeAt(end)) === HYPHEN) {
    if (isWordClass(classAt(text, end + 1))) return true;
  }
  if (start >= 2 && foldUnit(text.charCodeAt(start - 1)) === HYPHEN) {
    if (isWordClass(classAt(text, start - 2))) return true;
  }
  return false;
}

/** Exact comparison, with the allocation-free path for plain ASCII. */
function strictEquals(text: string, start: number, end: number, strict: string): boolean {
  let plain = true;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0x80 || c < 0x20 || (c === 0x20 && text.charCodeAt(j + 1) === 0x20)) {
      plain = false;
      break;
    }
  }
  if (plain) return end - start === strict.length && text.startsWith(strict, start);
  return strictForm(text, start, end) === strict;
}

const lowerCase = (word: string) => word.toLowerCase();

/**
 * Whether `text` from `at` reads `word` (lower case) ignoring case. Most
 * calls are refused on their first character, without the lower-cased copy:
 * "Amazon" is followed by some word wherever it occurs, and those copies were
 * most of what matching a page allocated once its names were found.
 */
function readsIgnoringCase(text: string, at: number, word: string): boolean {
  const c = text.charCodeAt(at);
  // An ASCII character lower-cases alone, to one ASCII character.
  const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c < 0x80 && word.length > 0 && lower !== word.charCodeAt(0)) return false;
  return text.slice(at, at + word.length).toLowerCase() === word;
}

/** One of `words` (lower case), as whole words, right before `start` across whitespace. */
function precededBy(text: string, start: number, words: readonly string[]): boolean {
  let p = start;
  while (p > 0 && classOf(text.charCodeAt(p - 1)) === CLASS_SPACE) p--;
  if (p === start) return false;
  for (const w of words) {
    const s = p - w.length;
    if (s >= 0 && readsIgnoringCase(text, s, w) && !isWordClass(classAt(text, s - 1))) {
      return true;
    }
  }
  return false;
}

/** One of `words` (lower case), as whole words, right after `end` across whitespace. */
function followedBy(text: string, end: number, words: readonly string[]): boolean {
  let q = end;
  while (q < text.length && classOf(text.charCodeAt(q)) === CLASS_SPACE) q++;
  if (q === end) return false;
  for (const w of words) {
    if (readsIgnoringCase(text, q, w) && !isWordClass(classAt(text, q + w.length))) return true;
  }
  return false;
}

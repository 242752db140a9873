/**
 * Text folding for name matching. Browser-free.
 *
 * Every UTF-16 code unit has
 *
 * - a boundary class (`CHAR_CLASS`): a word character (letters, digits and
 *   marks of any script, `_`), a space, a letter of a script written without
 *   spaces between words (Han, Kana, Hangul, Thai…: these bound Latin names,
 *   "由Google开发"), a skipped character (combining marks, soft hyphen,
 *   joiners: part of the word they sit in, invisible to matching), a low
 *   surrogate (class of its high surrogate), or other (punctuation, symbols);
 * - a loose form (`foldUnit`): lower case, letters without their accents
 *   (é → e, Ł → l, Ά → α, グ → ク), fullwidth ASCII as ASCII, every apostrophe-like
 *   mark as `'`, hyphen variants as `-`, every space-like character as one
 *   space, skipped characters as `FOLD_SKIP`. So NFD text, accent-less text
 *   and NBSP-separated names all reach the same loose key.
 *
 * Loose keys only find candidates: a case-sensitive name is then checked
 * against the original text with `strictForm`, which keeps case and accents
 * but still unifies spaces, apostrophes and Unicode normalization.
 *
 * The class table is decoded at load from `CLASS_RUNS`, a run-length copy of
 * what the Unicode properties say (see `classLettersFromUnicode`): decoding
 * takes 1–2 ms, where asking the regex engine about 65,536 code units costs
 * 10–40 ms at every page load. A unit test checks the copy against the
 * runtime's Unicode data and prints a fresh one when they differ.
 */

export const CLASS_OTHER = 0;
/** Letters, digits, marks; the only class with bit 0 set. */
export const CLASS_WORD = 1;
export const CLASS_SPACE = 2;
/** Letter of a script written without spaces: a boundary for Latin names. */
export const CLASS_CJK = 4;
/** Combining mark, soft hyphen, joiner: inside words, skipped when matching. */
export const CLASS_SKIP = 6;
/** Low surrogate: has the class of the high surrogate before it. */
export const CLASS_LOW = 8;
/** Classes fit in the low 4 bits. */
export const CLASS_BITS = 4;

export const FOLD_SKIP = 0;
export const SPACE = 0x20;
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;

/** Read as `'`, and classed as punctuation (though ʼ, U+02BC, is a letter). */
const APOSTROPHES = [0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0x00b4, 0xff07];
const HYPHENS = [0x2010, 0x2011];
/** Invisible inside words: soft hyphen, CGJ, ZWNJ, ZWJ, word joiner, ZWNBSP. */
const INVISIBLE = [0x00ad, 0x034f, 0x200c, 0x200d, 0x2060, 0xfeff];
/** Blocks with letters that decompose into a letter and marks: Latin, Greek, Cyrillic, Kana. */
const DECOMPOSABLE: [number, number][] = [
  [0x00c0, 0x024f],
  [0x0370, 0x04ff],
  [0x1e00, 0x1fff],
  [0x3040, 0x30ff],
];
/** Latin letters with a stroke or other mark that NFD does not split off. */
const LATIN_EXTRA: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'l',
};

/*
 * Run-length class table. Each run is a class letter then its length in
 * base 36: O other, W word, U word that changes when lowercased, S space,
 * K skipped, C no-space script, L low surrogate.
 */
// prettier-ignore
export const CLASS_RUNS =
  'O9S5OiS1OfWaO7UqO4W1O1WqO11S1O9W1O2K1O4W2O1W1O3W2O1W3O1UnO1U7WoO1W8U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W2U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W2U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U2W1U1W1U1W3U2W1U1W1U2W1U3W2U4W1U2W1U3W3U2W1U2W1U1W1U1W1U2W1U1W2U' +
  '1W1U2W1U3W1U1W1U2W3U1W7U2W1U2W1U2W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W2U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W2U2W1U1W1U3W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W7U2W1U2W2U1W1U4W1U1W1U1W1U1W1U1W31O1W5O4W1C1W1' +
  'C3W6OeW5O7W1O1W1OhK34U1W1U1W2O1U1W1O2W4O1U1O6U1O1U3O1U1O1U2W1UhO1U9WzU1W8U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W5U1W1O1U1W1U2W2U1fW1cU1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1O1K7U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U2W1U1W1U1W1U1W1U1W1U1W1U1W2U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1O1U12O2W1O6' +
  'W15O8K19O1K1O1K2O1K2O1K1O8WrO4W4OtKbO5W17KlWaO4W2K1W2rO1W1K7O2K6W2K2O1K4WfO2W1OgW1K1WuKrO2W2' +
  'hKbW1OeW17K9W2O4W1O2K1O2WmK4W1K9W1K3W1K5OiWpK3O4WbO5WoO1W7O7K9W16KoO1KwW1jK1W1K1W4K8W4K1W3K7' +
  'WaK2O2WaO1WgK1W2O1W8O2W2O2WmO1W7O1W1O3W4O2K1W4K4O2W2O2W2K1W1O8W1O4W2O1W3K2O2WcO2W6O2W1O1K1O2' +
  'K2W1O1W6O4W2O2WmO1W7O1W2O1W2O1W2O2K1O1W3K2O4K2O2K3O3K1O7W4O1W1O7WaK2W3K1ObK2W1O1W9O1W3O1WmO1' +
  'W7O1W2O1W5O2K1W4K5O1K2W1O1W2K1O2W1OfW2K2O2WaO9W1K6O1K1W2O1W8O2W2O2WmO1W7O1W2O1W5O2K1W2K1W1K4' +
  'O2W2O2W2K1O7K2W1O4W2O1W3K2O2WaO1W7OaK1W1O1W6O3W3O1W4O3W2O1W1O1W2O3W2O3W3O3WcO4W2K1W2O3W3O1W3' +
  'K1O2W1O6W1OeWdOdK1W3K1W8O1W3O1WnO1WgO2K1W1K3W4O1K3O1K4O7K2O1W3O1W2O2W2K2O2WaO8W7O1W1K1W2O1W8' +
  'O1W3O1WnO1WaO1W5O2K1W2K1W5O1K1W2O1W2K2O7W2O5W3O1W2K2O2WaO1W3OcK2WbO1W3O1W15K2W4K4O1W3O1W3K1W' +
  '1O5WeK2O2WjO1W6O1K1W2O1WiO3WoO1W9O1W1O2W7O3K1O4W3K3O1K1O1W8O6WaO2W2OdC1cK1C2K7O5C7K8O1CaO13C' +
  '2O1C1O1C5O1CoO1C1O1CaK1C2K9C1O2C5O1C1O1K7O1CaO2C4OwW1OnK2O6WkO1K1O1K1O1K1O4WaO1W10O4KeW1K5O1' +
  'K2W5KbO1K10O9K1O1lC19K4C1K6C1K2C2K2CbO6C8K2C4K3CgK4CdK1C2K2C6K1CfK1O2U12O1U1O5U1O2W17O1W4C74' +
  'W21O1W4O2W7O1W1O1W4O2W15O1W4O2WxO1W4O2W7O1W1O1W4O2WfO1W1lO1W4O2W1vO2K3O9WkO3WgOgU2eO2W6O3Wh8' +
  'O2WhS1WqO5W23O3WbO7WiK3W1O9WjK2W1ObWiK2OcWdO1W3O1K2OcC1gK2C1K7C8K1C2KbO3C1O4C1K1O2CaO6CaOhK3' +
  'O1K1WaO6W2hO7W5K2WyK1W1O5W1yOaWvO1K3W4K2W3O4W2K1W6K3OaW14O2W5ObW18O4WqO6WbO11WnK2W2K1O4W1iK1' +
  'W1K7O1K1W1K1W2K8W6KaO2K1WaO6WaOdW1O8K1aO2KcOkK4W1cK1W1K5W1K1W5K1WaO3WaOhK9OcK2WwK4W2K2W1K3W1' +
  'kK1W1K2W3K1W1K3W2OcW18K8W2K2O8WaO3W1dO2W9U1W1O5U17O2U3OgK3O1KdW1K7W4K1W6K1W3K2W1O5W5cK1sU1W1' +
  'U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1' +
  'U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1' +
  'U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1' +
  'U1W1U1W1U1W1U1W1U1W9U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1' +
  'U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1' +
  'U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W9U8W6O2U6O2W8U8W8U8W6O2U6O2W8O1U1O1U1O1U1O1U1W8U8WeO2W8U8W8U8' +
  'W8U8W5O1W2U5O1W1O3W3O1W2U5O3W4O2W2U4O4W8U5O5W3O1W2U5O3SbO1K2OqS2O5S1O1bS1K1OfW2O2W6O5WbO6WdO' +
  '1fKxOhW1O4W1O2WaO1W1O3W5O6W1O1U1O1W1O1U2W2O1W3U1W7O2W4O5W5O4W1O1WgUgWjU1W6Ok6W1oO26WmOhiWuOv' +
  'gU1cW1cU1W1U3W2U1W1U1W1U1W1U4W1U1W2U1W8U3W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W2O6U1W1U1W1K3U1W1O9W1O2W12O1W1O5W1O2W1' +
  'kO7W1OfK1WnO9W7O1W7O1W7O1W7O1W7O1W7O1W7O1W7O1KwO1bW1OcwS1O4C3OpC9K4C2O1C5O2C5O4C2eO2K2O2C3O1' +
  'C2iO1C4O5C17O1C2mO3C4OaCwO1cCgOwCaOuW8O1WfOwCaO13WfO8wC534O1sCg74WwdO1vW1aO2W7hO3WsOkU1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W2K4O1KaO' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W3K2W28K2O11W9O2U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W3U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W' +
  '1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1WaU1W1U1W1U2W1U1W1U1W1U1W1U1W2O2U1W1U1W2U1W1U1W3U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U5W1U5W1U1W1U1W1U1W1U1W1U1W1U1W1U1W1U4W1U1W1U2W1U1W1U1W1U' +
  '1W1U1W1U1W1U1W1U1W1U1OkW4U1WcK1W3K1W4K1WpK2W1O4K1O3W6OaW1gOcW1wK2OaWaO6KiW6O3W1O1W2K1W12K8O2' +
  'WnKbW2OcCtO3K3W1cK1W2K4W2K2W3OeWbO6C5K1CpO1W15K6W2K2W2K2O9W3K1W8K1W1O2WaO6CnO3C2K1C3W1cK1W1K' +
  '3W2K2W5K2W1K1W1OoW3O2WcK2W2O2W4K1OaW6O2W6O2W6O9W7O1W7O1W17O1WeO6W39K1W2K1W2O1W1K1O2WaO6C8mcO' +
  'cCnO4C1dO4W1oO4C3kOn4LsgO4xsCa6O2C2yO12W7OcW5O5W1K1WaO1WdO1W5O1W1O1W2O1W2O1W30OxWa3OiW1sO2W1' +
  'iO14WcO4KgOgKgO1sW5O1W3rO2K1OgWaO7UqO6WqObC2hO3C6O2C6O2C6O2C3Oz';

const RUN_CLASS: Record<string, number> = {
  O: CLASS_OTHER,
  W: CLASS_WORD,
  U: CLASS_WORD,
  S: CLASS_SPACE,
  K: CLASS_SKIP,
  C: CLASS_CJK,
  L: CLASS_LOW,
};

/** Run letter of a surrogate, after the plane its high surrogate opens. */
function surrogateLetter(c: number): string {
  if (c >= 0xdc00) return 'L';
  if (c >= 0xd840 && c <= 0xd8bf) return 'C'; // planes 2–3: CJK ideographs
  if (c < 0xd83c) return 'W'; // plane 1 below U+1F000: mostly letters of scripts
  return 'O'; // emoji and symbols, planes 4–16
}

/**
 * The run letters for every code unit, from the runtime's Unicode data.
 * Used to produce and check `CLASS_RUNS`, never at page load.
 */
export function classLettersFromUnicode(): string[] {
  const word = /^[\p{L}\p{N}\p{M}_]$/u;
  const mark = /^[\p{Mn}\p{Me}]$/u;
  const space = /^[\s\p{Zs}]$/u;
  const upper = /^\p{Changes_When_Lowercased}$/u;
  const noSpaces =
    /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
  const letters: string[] = [];
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    let k: string;
    if (c >= 0xd800 && c <= 0xdfff) k = surrogateLetter(c);
    else if (INVISIBLE.includes(c) || mark.test(ch)) k = 'K';
    else if (APOSTROPHES.includes(c)) k = 'O';
    else if (space.test(ch)) k = 'S';
    else if (!word.test(ch)) k = 'O';
    else if (noSpaces.test(ch)) k = 'C';
    else if (upper.test(ch)) k = 'U';
    else k = 'W';
    letters.push(k);
  }
  return letters;
}

/** Encodes run letters as `CLASS_RUNS`. */
export function encodeClassRuns(letters: readonly string[]): string {
  let out = '';
  for (let i = 0; i < letters.length;) {
    let j = i + 1;
    while (j < letters.length && letters[j] === letters[i]) j++;
    out += letters[i]! + (j - i).toString(36);
    i = j;
  }
  return out;
}

function decodeClassRuns(runs: string): { cls: Uint8Array; upper: number[]; spaces: number[] } {
  const cls = new Uint8Array(65536);
  const upper: number[] = [];
  const spaces: number[] = [];
  let pos = 0;
  for (let i = 0; i < runs.length;) {
    const letter = runs[i]!;
    let j = i + 1;
    while (j < runs.length && !(runs.charCodeAt(j) >= 0x41 && runs.charCodeAt(j) <= 0x5a)) j++;
    const len = parseInt(runs.slice(i + 1, j), 36);
    const k = RUN_CLASS[letter];
    if (k === undefined || !(len > 0)) throw new Error(`bad class run at ${i}`);
    cls.fill(k, pos, pos + len);
    if (letter === 'U') for (let c = pos; c < pos + len; c++) upper.push(c);
    if (letter === 'S') for (let c = pos; c < pos + len; c++) spaces.push(c);
    pos += len;
    i = j;
  }
  if (pos !== 65536) throw new Error(`class runs cover ${pos} code units`);
  return { cls, upper, spaces };
}

function buildFold(upper: readonly number[]): Map<number, number> {
  const fold = new Map<number, number>();
  // Lower case: one native call over every unit that changes when lowercased.
  const src = String.fromCharCode(...upper.map((c) => (c === 0x130 ? 0x49 : c)));
  const lower = src.toLowerCase();
  if (lower.length === src.length) {
    for (let k = 0; k < upper.length; k++) fold.set(upper[k]!, lower.charCodeAt(k));
  } else {
    for (const c of upper) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) fold.set(c, l.charCodeAt(0));
    }
  }
  fold.set(0x130, 0x69); // İ
  fold.set(0x3c2, 0x3c3); // final sigma
  // Letters without their accents (é → e, Ά → α, й → и, グ → ク): whatever
  // canonically decomposes into a letter and combining marks folds to that
  // letter, so precomposed and decomposed text meet.
  const strip = (c: number) => {
    const extra = LATIN_EXTRA[String.fromCharCode(c)];
    if (extra !== undefined) return fold.set(c, extra.charCodeAt(0));
    const nfd = String.fromCharCode(c).normalize('NFD');
    if (nfd.length < 2) return;
    for (let k = 1; k < nfd.length; k++) if (CHAR_CLASS[nfd.charCodeAt(k)] !== CLASS_SKIP) return;
    const base = nfd.charCodeAt(0);
    fold.set(c, fold.get(base) ?? base);
  };
  for (const [from, to] of DECOMPOSABLE) for (let c = from; c <= to; c++) strip(c);
  // Fullwidth ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) fold.set(c, fold.get(c - 0xfee0) ?? c - 0xfee0);
  for (const c of APOSTROPHES) fold.set(c, APOSTROPHE);
  for (const c of HYPHENS) fold.set(c, HYPHEN);
  return fold;
}

const decoded = decodeClassRuns(CLASS_RUNS);

/** Boundary class of each UTF-16 code unit (`CLASS_*`). */
export const CHAR_CLASS: Uint8Array = decoded.cls;

/** Every code unit of class `CLASS_SPACE`. */
export const SPACE_UNITS: readonly number[] = decoded.spaces;

/** Loose form of letters and marks that differ from themselves. */
const FOLD_MAP = buildFold(decoded.upper);

/** `foldUnit` of the ASCII code units. */
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = foldUnit(c);

/** Loose form of one code unit; `FOLD_SKIP` for skipped ones, `SPACE` for spaces. */
export function foldUnit(c: number): number {
  const k = CHAR_CLASS[c]!;
  if (k === CLASS_SKIP) return FOLD_SKIP;
  if (k === CLASS_SPACE) return SPACE;
  return FOLD_MAP.get(c) ?? c;
}

let preimages: Map<number, number[]> | undefined;

/**
 * Code units other than `f` itself whose loose form is `f` (for `f` a
 * letter, digit or punctuation: spaces and skipped units go by class).
 */
export function foldPreimage(f: number): readonly number[] {
  if (preimages === undefined) {
    preimages = new Map();
    for (const [c, g] of FOLD_MAP) {
      const list = preimages.get(g);
      if (list) list.push(c);
      else preimages.set(g, [c]);
    }
  }
  return preimages.get(f) ?? [];
}

/**
 * Class of the code unit at `i` for word boundaries: a skipped character has
 * the class of the character it follows (a Thai tone mark is Thai), a low
 * surrogate that of its high surrogate; OTHER outside the text.
 */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return CLASS_OTHER;
  let k = CHAR_CLASS[text.charCodeAt(i)]!;
  while ((k === CLASS_SKIP || k === CLASS_LOW) && i > 0) k = CHAR_CLASS[text.charCodeAt(--i)]!;
  if (k === CLASS_SKIP) return CLASS_WORD;
  return k === CLASS_LOW ? CLASS_OTHER : k;
}

/** True for word characters, skipped ones included. */
export function isWordClass(k: number): boolean {
  return k === CLASS_WORD || k === CLASS_SKIP;
}

/**
 * The loose key of a string: loose forms, skipped units dropped, space runs
 * collapsed to one space, trimmed.
 */
export function looseKey(s: string): string {
  const codes: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x80 ? ASCII_FOLD[c]! : foldUnit(c);
    if (f === FOLD_SKIP) continue;
    if (f === SPACE) {
      pendingSpace = codes.length > 0;
      continue;
    }
    if (pendingSpace) {
      codes.push(SPACE);
      pendingSpace = false;
    }
    codes.push(f);
  }
  return String.fromCharCode(...codes);
}

/**
 * The strict form of `s.slice(start, end)`: case and accents kept, NFC,
 * fullwidth ASCII as ASCII, apostrophes as `'`, hyphen variants as `-`,
 * space runs as one space, invisible characters dropped, trimmed.
 */
export function strictForm(s: string, start = 0, end = s.length): string {
  let out = '';
  let pendingSpace = false;
  let needsNfc = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const k = CHAR_CLASS[c]!;
    if (k === CLASS_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (INVISIBLE.includes(c)) continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (c < 0x80) {
      out += s[i];
    } else if (APOSTROPHES.includes(c)) {
      out += "'";
    } else if (HYPHENS.includes(c)) {
      out += '-';
    } else if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
    } else {
      out += s[i];
      needsNfc = true;
    }
  }
  return needsNfc ? out.normalize('NFC') : out;
}

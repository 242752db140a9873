/**
 * Text folding for name matching. Browser-free.
 *
 * Every UTF-16 code unit has
 *
 * - a boundary class (`classOf`): a word character (letters, digits and
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
 * Both are worked out for a code unit the first time it is asked about, then
 * cached: a page uses a few hundred distinct code units, and asking the regex
 * engine about all 65,536 costs 10–40 ms at every page load. Latin, Greek,
 * Cyrillic, kana, CJK ideographs, Hangul syllables, common marks and symbols
 * are classed by plain character ranges, so that neither the dataset's names
 * nor most pages need the Unicode-property regexes (compiling them costs
 * 1–3 ms, once). A unit test checks every code unit against the runtime's
 * Unicode data.
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

/** `\s` is every Unicode space (Zs) plus tabs and line breaks, in any mode. */
const SPACE_CHAR = /\s/;
/** Word characters below U+0250: Latin-1 letters and digits, then only letters. */
const LATIN_WORD = /[\w\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\u024f]/;
/*
 * Shortcuts for common blocks, each exact for what it lists; the Unicode
 * properties decide the rest.
 */
/** Punctuation, currency, arrows, technical and geometric symbols: no letters, digits or marks. */
const SYMBOL = /[\u2000-\u206f\u20a0-\u20cf\u2190-\u245f\u2500-\u2775]/;
/** Combining diacritics (NFD Latin, Greek), Cyrillic and kana marks. */
const COMMON_MARK = /[\u0300-\u036f\u0483-\u0489\u3099\u309a]/;
/** Most Greek and Cyrillic letters. */
const GREEK_CYRILLIC =
  /[\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f]/;
/** Kana, CJK Unified Ideographs and Hangul syllables. */
const CJK_LETTER =
  /[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;
const MARK = /[\p{Mn}\p{Me}]/u;
const WORD = /[\p{L}\p{N}\p{M}_]/u;
const NO_SPACES =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/** Class of a code unit, from the rules and the Unicode properties. */
function unitClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c >= 0xdc00) return CLASS_LOW;
    if (c >= 0xd840 && c <= 0xd8bf) return CLASS_CJK; // planes 2–3: CJK ideographs
    return c < 0xd83c ? CLASS_WORD : CLASS_OTHER; // plane 1 below U+1F000: mostly letters of scripts
  }
  if (INVISIBLE.includes(c)) return CLASS_SKIP;
  if (APOSTROPHES.includes(c)) return CLASS_OTHER;
  const ch = String.fromCharCode(c);
  if (SPACE_CHAR.test(ch)) return CLASS_SPACE;
  if (c < 0x250) return LATIN_WORD.test(ch) ? CLASS_WORD : CLASS_OTHER;
  if (SYMBOL.test(ch)) return CLASS_OTHER;
  if (COMMON_MARK.test(ch)) return CLASS_SKIP;
  if (GREEK_CYRILLIC.test(ch)) return CLASS_WORD;
  if (CJK_LETTER.test(ch)) return CLASS_CJK;
  if (MARK.test(ch)) return CLASS_SKIP;
  if (!WORD.test(ch)) return CLASS_OTHER;
  return NO_SPACES.test(ch) ? CLASS_CJK : CLASS_WORD;
}

const UNKNOWN_CLASS = 0xff;
const classes = new Uint8Array(65536).fill(UNKNOWN_CLASS);

/** Boundary class (`CLASS_*`) of one UTF-16 code unit. */
export function classOf(c: number): number {
  const k = classes[c]!;
  return k !== UNKNOWN_CLASS ? k : (classes[c] = unitClass(c));
}

/** Loose form of a code unit, from the rules, case mapping and NFD. */
function unitFold(c: number): number {
  const k = classOf(c);
  if (k === CLASS_SKIP) return FOLD_SKIP;
  if (k === CLASS_SPACE) return SPACE;
  if (APOSTROPHES.includes(c)) return APOSTROPHE;
  if (HYPHENS.includes(c)) return HYPHEN;
  if (c >= 0xff01 && c <= 0xff5e) return foldUnit(c - 0xfee0); // fullwidth ASCII
  const ch = String.fromCharCode(c);
  // Letters without their accents (é → e, Ά → α, й → и, グ → ク, İ → i):
  // whatever canonically decomposes into a letter and combining marks folds
  // to that letter, so precomposed and decomposed text meet.
  if (DECOMPOSABLE.some(([from, to]) => c >= from && c <= to)) {
    const extra = LATIN_EXTRA[ch];
    if (extra !== undefined) return extra.charCodeAt(0);
    const nfd = ch.normalize('NFD');
    let marks = 1;
    while (marks < nfd.length && classOf(nfd.charCodeAt(marks)) === CLASS_SKIP) marks++;
    if (marks > 1 && marks === nfd.length) return foldUnit(nfd.charCodeAt(0));
  }
  if (c === 0x3c2) return 0x3c3; // final sigma
  if (k === CLASS_WORD) {
    const lower = ch.toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

const folds = new Map<number, number>();

/** Loose form of one code unit; `FOLD_SKIP` for skipped ones, `SPACE` for spaces. */
export function foldUnit(c: number): number {
  let f = folds.get(c);
  if (f === undefined) folds.set(c, (f = unitFold(c)));
  return f;
}

/**
 * Class of the code unit at `i` for word boundaries: a skipped character has
 * the class of the character it follows (a Thai tone mark is Thai), a low
 * surrogate that of its high surrogate; OTHER outside the text.
 */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return CLASS_OTHER;
  let k = classOf(text.charCodeAt(i));
  while ((k === CLASS_SKIP || k === CLASS_LOW) && i > 0) k = classOf(text.charCodeAt(--i));
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
    const f = foldUnit(c);
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
    if (classOf(c) === CLASS_SPACE) {
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

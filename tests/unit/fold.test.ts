/**
 * Text folding: the per-code-unit classes and loose forms the matcher reads,
 * and the loose and strict forms of names.
 */
import { describe, expect, it } from 'vitest';
import {
  CLASS_CJK,
  CLASS_LOW,
  CLASS_OTHER,
  CLASS_SKIP,
  CLASS_SPACE,
  CLASS_WORD,
  FOLD_SKIP,
  classAt,
  classOf,
  foldUnit,
  looseKey,
  strictForm,
} from '../../lib/text/fold';

const cls = (ch: string) => classOf(ch.charCodeAt(0));
const fold = (ch: string) => String.fromCharCode(foldUnit(ch.charCodeAt(0)));

/** The class of a code unit as the Unicode properties define it. */
function classFromUnicode(c: number): number {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c >= 0xdc00) return CLASS_LOW;
    if (c >= 0xd840 && c <= 0xd8bf) return CLASS_CJK; // planes 2–3: CJK ideographs
    if (c < 0xd83c) return CLASS_WORD; // plane 1 below U+1F000: mostly letters of scripts
    return CLASS_OTHER; // emoji and symbols, planes 4–16
  }
  const invisible = [0x00ad, 0x034f, 0x200c, 0x200d, 0x2060, 0xfeff];
  if (invisible.includes(c) || /^[\p{Mn}\p{Me}]$/u.test(ch)) return CLASS_SKIP;
  if ('’‘‛ʼ′´＇'.includes(ch)) return CLASS_OTHER;
  if (/^[\s\p{Zs}]$/u.test(ch)) return CLASS_SPACE;
  if (!/^[\p{L}\p{N}\p{M}_]$/u.test(ch)) return CLASS_OTHER;
  const noSpaces =
    /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
  return noSpaces.test(ch) ? CLASS_CJK : CLASS_WORD;
}

describe('classOf', () => {
  it('agrees with what this runtime says about Unicode, for every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const k = classOf(c);
      if (k !== classFromUnicode(c)) wrong.push(`U+${c.toString(16)}: ${k}`);
      // Asked again, from the cache.
      if (classOf(c) !== k) wrong.push(`U+${c.toString(16)}: unstable`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['a', CLASS_WORD],
    ['Z', CLASS_WORD],
    ['7', CLASS_WORD],
    ['_', CLASS_WORD],
    ['é', CLASS_WORD],
    ['ß', CLASS_WORD],
    ['ж', CLASS_WORD],
    ['١', CLASS_WORD],
    ['\u0301', CLASS_SKIP],
    ['\u00ad', CLASS_SKIP],
    ['\u200d', CLASS_SKIP],
    [' ', CLASS_SPACE],
    ['\n', CLASS_SPACE],
    ['\u00a0', CLASS_SPACE],
    ['\u202f', CLASS_SPACE],
    ['\u2009', CLASS_SPACE],
    ['\u3000', CLASS_SPACE],
    ['前', CLASS_CJK],
    ['の', CLASS_CJK],
    ['ソ', CLASS_CJK],
    ['ー', CLASS_CJK],
    ['한', CLASS_CJK],
    ['ก', CLASS_CJK],
    ["'", CLASS_OTHER],
    ['’', CLASS_OTHER],
    ['ʼ', CLASS_OTHER],
    ['-', CLASS_OTHER],
    ['.', CLASS_OTHER],
    ['、', CLASS_OTHER],
    ['\udc00', CLASS_LOW],
  ])('%j has class %i', (ch, k) => {
    expect(cls(ch)).toBe(k);
  });
});

describe('classAt', () => {
  it('gives a mark the class of its base and a low surrogate that of its high one', () => {
    expect(classAt('e\u0301', 1)).toBe(CLASS_WORD);
    expect(classAt('ที่', 2)).toBe(CLASS_CJK);
    expect(classAt('𝐀', 1)).toBe(CLASS_WORD);
    expect(classAt('😀', 1)).toBe(CLASS_OTHER);
    expect(classAt('𠀀', 1)).toBe(CLASS_CJK);
    expect(classAt('ab', -1)).toBe(CLASS_OTHER);
    expect(classAt('ab', 2)).toBe(CLASS_OTHER);
  });
});

describe('foldUnit', () => {
  it.each([
    ['A', 'a'],
    ['É', 'e'],
    ['é', 'e'],
    ['Ł', 'l'],
    ['ø', 'o'],
    ['Ǿ', 'o'],
    ['Ǻ', 'a'],
    ['İ', 'i'],
    ['ı', 'i'],
    ['ẞ', 'ß'],
    ['Ｍ', 'm'],
    ['ｍ', 'm'],
    ['Ά', 'α'],
    ['ς', 'σ'],
    ['Ж', 'ж'],
    ['グ', 'ク'],
    ['’', "'"],
    ['‘', "'"],
    ['ʼ', "'"],
    ['′', "'"],
    ['\u2011', '-'],
    ['\u00a0', ' '],
    ['\u3000', ' '],
    ['前', '前'],
  ])('%j → %j', (ch, to) => {
    expect(fold(ch)).toBe(to);
  });

  it('skips marks and invisible characters', () => {
    for (const ch of ['\u0301', '\u0308', '\u00ad', '\u200c', '\u200d', '\u2060']) {
      expect(foldUnit(ch.charCodeAt(0))).toBe(FOLD_SKIP);
    }
  });

  it('folds every case and accented form of a letter to it', () => {
    const a: string[] = [];
    for (let c = 0; c < 65536; c++) if (foldUnit(c) === 0x61) a.push(String.fromCharCode(c));
    expect(a).toEqual(expect.arrayContaining(['a', 'A', 'à', 'Á', 'ǻ', 'Ａ', 'ａ']));
    expect(a).not.toContain('b');
  });
});

describe('looseKey and strictForm', () => {
  it('folds names to the same loose key', () => {
    const key = looseKey('Université de Tokyo');
    expect(key).toBe('universite de tokyo');
    expect(looseKey('UNIVERSITE\u0301\u00a0 de\nTokyo ')).toBe(key);
    expect(looseKey(' Alliance pour l’IA')).toBe("alliance pour l'ia");
  });

  it('keeps case and accents in the strict form but unifies the rest', () => {
    expect(strictForm('Nestle\u0301')).toBe('Nestlé');
    expect(strictForm('Hugging\u00a0\n Face')).toBe('Hugging Face');
    expect(strictForm('L’Oréal')).toBe("L'Oréal");
    expect(strictForm('ＩＢＭ')).toBe('IBM');
    expect(strictForm('Deep\u00adMind')).toBe('DeepMind');
    expect(strictForm('xx Meta yy', 3, 7)).toBe('Meta');
    expect(strictForm('meta')).not.toBe('Meta');
  });
});

/**
 * Text folding: the per-code-unit tables the matcher reads, and the loose and
 * strict forms of names.
 */
import { describe, expect, it } from 'vitest';
import {
  CHAR_CLASS,
  CLASS_CJK,
  CLASS_LOW,
  CLASS_OTHER,
  CLASS_RUNS,
  CLASS_SKIP,
  CLASS_SPACE,
  CLASS_WORD,
  FOLD_SKIP,
  SPACE_UNITS,
  classAt,
  classLettersFromUnicode,
  encodeClassRuns,
  foldPreimage,
  foldUnit,
  looseKey,
  strictForm,
} from '../../lib/text/fold';

const cls = (ch: string) => CHAR_CLASS[ch.charCodeAt(0)];
const fold = (ch: string) => String.fromCharCode(foldUnit(ch.charCodeAt(0)));

describe('class table', () => {
  it('is the run-length copy of what this runtime says about Unicode', () => {
    const fresh = encodeClassRuns(classLettersFromUnicode());
    // On a mismatch, paste `fresh` into CLASS_RUNS in lib/text/fold.ts.
    expect(CLASS_RUNS).toBe(fresh);
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

  it('lists every space', () => {
    expect(SPACE_UNITS).toContain(0x20);
    expect(SPACE_UNITS).toContain(0xa0);
    expect(SPACE_UNITS.every((c) => CHAR_CLASS[c] === CLASS_SPACE)).toBe(true);
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

  it('has preimages that fold back', () => {
    const a = foldPreimage(0x61);
    expect(a.map((c) => String.fromCharCode(c))).toEqual(expect.arrayContaining(['A', 'à', 'Á']));
    expect(a.every((c) => foldUnit(c) === 0x61)).toBe(true);
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

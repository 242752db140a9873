/**
 * Every organization readers name, in its English and French forms, is found
 * by the same lookups the extension uses: the content script's name finder
 * (on the content index it actually ships) and the popup's search; and the
 * common words that share a name are left alone by that finder.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/dataset/compile';
import {
  packContentIndex,
  toContentIndex,
  unpackContentIndex,
} from '../../lib/dataset/content-index';
import { loadDataset } from '../../lib/dataset/load';
import { createNameFinder } from '../../lib/name-finder';
import { createDatasetSearch } from '../../lib/search';
import { ORG_FORMS } from './org-forms';

const index = compileIndex(loadDataset('data'));
const finder = createNameFinder(unpackContentIndex(packContentIndex(toContentIndex(index))));
const search = createDatasetSearch(index);

const rows = ORG_FORMS.flatMap(({ id, en, fr }) => [
  ...en.map((form) => ({ id, lang: 'en', form })),
  ...fr.map((form) => ({ id, lang: 'fr', form })),
]);

describe.each(rows)('$form ($lang)', ({ id, form, lang }) => {
  it('is marked on a page as the organization', () => {
    const sentence =
      lang === 'fr'
        ? `Selon ${form}, l'accord est signé.`
        : `According to ${form}, the deal is done.`;
    const found = finder.find(sentence);
    expect(found.map((f) => [sentence.slice(f.start, f.end), f.id])).toEqual([[form, id]]);
  });

  it('is the first popup search result', () => {
    expect(search.search(form)[0]).toMatchObject({ kind: 'org', id });
  });
});

/**
 * Phrases seen on the sample pages, and the usual traps, where a name is
 * only a word: the shipped finder must mark nothing in the first column and
 * exactly the listed names in the second.
 */
describe('common words that are also names, through the shipped finder', () => {
  it.each([
    ['Analyzing Snap Counts', []],
    ['a snap election was called', []],
    ['Nota Fiscal de Serviços Eletrônica', []],
    ['Nota bene: the Amazon rainforest, apple pie and the Oracle of Delphi', []],
    ['a meta-analysis of metadata', []],
    ['Brie & Golden Apple Panini', []],
    ['Vindman Claims He Discussed July Call with Intel Official', []],
    ['Intel officials briefed the committee', []],
    ['Snap reported earnings; Nota released a model', ['snap', 'nota']],
    ['Amazon and Apple shipped it', ['amazon', 'apple']],
    ['Intel officially launched the Intel Core i5', ['intel', 'intel']],
  ])('"%s"', (sentence, ids) => {
    expect(finder.find(sentence).map((f) => f.id)).toEqual(ids);
  });
});

import { describe, expect, it } from 'vitest';
import { createDatasetSearch, foldForSearch } from '../../lib/search';
import { SMALL_INDEX } from './fixtures/small-index';

const search = createDatasetSearch(SMALL_INDEX);
/** "kind:id" of every hit, best first. */
const hits = (query: string, limit?: number) =>
  search.search(query, limit).map((r) => `${r.kind}:${r.id}`);
const top = (query: string) => hits(query)[0];

describe('foldForSearch', () => {
  it('removes accents, lowers case and unifies apostrophes', () => {
    expect(foldForSearch('Université')).toBe('universite');
    expect(foldForSearch('ÉCOLE Nationale')).toBe('ecole nationale');
    expect(foldForSearch('l’IA')).toBe("l'ia");
    expect(foldForSearch('lʼIA')).toBe("l'ia");
    expect(foldForSearch('Zürich')).toBe('zurich');
  });
});

describe('createDatasetSearch', () => {
  it.each([
    ['universite de tokyo'],
    ['Université de Tokyo'],
    ['UNIVERSITÉ DE TOKYO'],
    ['university of tokyo'],
    ['tokyo'],
  ])('finds the University of Tokyo from %j', (query) => {
    expect(top(query)).toBe('org:university-of-tokyo');
  });

  it.each([["l'universite"], ['l’université de Tokyo'], ["L'UNIVERSITÉ"], ['l’univ']])(
    'drops a French elision: %j finds the University of Tokyo',
    (query) => {
      expect(top(query)).toBe('org:university-of-tokyo');
    },
  );

  it('finds an organization by a French alias', () => {
    expect(hits('fondation linux')).toEqual(['org:linux-foundation']);
    expect(hits('Fondation Linux')).toEqual(['org:linux-foundation']);
  });

  it('ignores case', () => {
    expect(hits('cern')).toEqual(['org:cern']);
    expect(hits('CERN')).toEqual(['org:cern']);
    expect(hits('Cern')).toEqual(['org:cern']);
  });

  it('matches the beginning of a word as the user types', () => {
    expect(top('hugg')).toBe('org:hugging-face');
    expect(top('Hugging F')).toBe('org:hugging-face');
    expect(top('front')).toBe('initiative:frontier-model-forum');
  });

  it('tolerates a typo in a longer word', () => {
    expect(top('Frontir Model Forum')).toBe('initiative:frontier-model-forum');
    expect(top('Fondatoin Linux')).toBe('org:linux-foundation');
  });

  it('does not take a typo in a short word for another name', () => {
    expect(hits('ibe')).toEqual([]);
    expect(hits('cren')).toEqual([]);
  });

  it('finds search-only names', () => {
    expect(hits('LF')).toEqual(['org:linux-foundation']);
    expect(hits('lf')).toEqual(['org:linux-foundation']);
    expect(hits('Todai')).toEqual(['org:university-of-tokyo']);
    expect(hits('FMF')).toEqual(['initiative:frontier-model-forum']);
  });

  it('finds a former name', () => {
    expect(hits('Facebook')).toEqual(['org:meta']);
  });

  it('finds initiatives by their French name, whatever the apostrophe', () => {
    expect(top("alliance pour l'ia")).toBe('initiative:ai-alliance');
    expect(top('Alliance pour l’IA')).toBe('initiative:ai-alliance');
  });

  it('returns organizations and initiatives together', () => {
    const results = search.search('f');
    expect(results.some((r) => r.kind === 'org')).toBe(true);
    expect(results.some((r) => r.kind === 'initiative')).toBe(true);
  });

  it('needs every word to match', () => {
    expect(hits('red hat')).toEqual(['org:red-hat']);
    expect(hits('red tokyo')).toEqual([]);
  });

  it('ranks a match on the name above one on another name', () => {
    // "Face" begins a word of Hugging Face's name and only of Meta's former name.
    expect(hits('face')).toEqual(['org:hugging-face', 'org:meta']);
  });

  it('gives scores best first and respects the limit', () => {
    const results = search.search('f');
    expect(results.length).toBeGreaterThan(2);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits('f', 2)).toHaveLength(2);
  });

  it.each([[''], ['   '], ['\t\n'], ["'"], ['--'], ["l'"]])(
    'returns nothing for %j, which has no word',
    (query) => {
      expect(search.search(query)).toEqual([]);
    },
  );

  it('returns nothing for a name it does not know', () => {
    expect(hits('OpenAI')).toEqual([]);
  });
});

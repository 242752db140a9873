/**
 * The popup's search over organizations (names, aliases in English and
 * French, former names, search-only acronyms) and initiatives. Accent-, case-
 * and apostrophe-insensitive ("universite de tokyo" finds « université de
 * Tokyo »), prefix-matching as the user types, and tolerant of a typo in
 * longer words. Built on MiniSearch (small, no dependencies). Browser-free.
 */
import MiniSearch from 'minisearch';
import type { RuntimeIndex } from './dataset/types';

export interface SearchResult {
  kind: 'org' | 'initiative';
  id: string;
  score: number;
}

interface SearchDocument {
  key: string;
  kind: 'org' | 'initiative';
  id: string;
  name: string;
  names: string;
}

/** Lower case, no accents, one apostrophe: the form both documents and queries are compared in. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ′`]/g, "'")
    .toLowerCase();
}

// Splits on anything that is not a letter or digit, so "Hugging Face" and
// "hugging-face" look the same.
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;

// French elided articles and pronouns (l', d', qu'…) are dropped rather than
// left as one-letter words: "l'universite" must find « université de Tokyo »,
// whose indexed words have no "l". Runs after folding, so ’ is already '.
const ELISION = /(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu)'/gu;

/** The words of a name or a query, as both are indexed and searched. */
function tokenize(text: string): string[] {
  return foldForSearch(text).replace(ELISION, ' ').split(TOKEN_SEPARATOR).filter(Boolean);
}

export interface DatasetSearch {
  search(query: string, limit?: number): SearchResult[];
}

export function createDatasetSearch(index: RuntimeIndex): DatasetSearch {
  const extraNames = new Map<string, string[]>();
  const addName = (key: string, text: string) => {
    const list = extraNames.get(key);
    if (list) list.push(text);
    else extraNames.set(key, [text]);
  };
  for (const alias of index.aliases) addName(`${alias.kind}:${alias.target}`, alias.text);
  for (const name of index.searchOnlyNames) addName(`${name.kind}:${name.target}`, name.text);

  const documents: SearchDocument[] = [
    ...index.organizations.map((org) => {
      const key = `org:${org.id}`;
      const former = org.formerNames?.map((f) => f.name) ?? [];
      return {
        key,
        kind: 'org' as const,
        id: org.id,
        name: org.name,
        names: [...(extraNames.get(key) ?? []), ...former].join(' | '),
      };
    }),
    ...index.initiatives.map((initiative) => {
      const key = `initiative:${initiative.id}`;
      return {
        key,
        kind: 'initiative' as const,
        id: initiative.id,
        name: initiative.name,
        names: [initiative.nameFr ?? '', ...(extraNames.get(key) ?? [])].join(' | '),
      };
    }),
  ];

  const miniSearch = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['name', 'names'],
    storeFields: ['kind', 'id'],
    tokenize,
    // Terms come out of `tokenize` already folded.
    processTerm: (term) => term || null,
    searchOptions: {
      boost: { name: 3 },
      prefix: true,
      // One edit per five letters, never on short words ("ibm" must not find "ibe").
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  miniSearch.addAll(documents);

  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      return miniSearch
        .search(trimmed)
        .slice(0, limit)
        .map((hit) => ({
          kind: hit.kind as SearchResult['kind'],
          id: hit.id as string,
          score: hit.score,
        }));
    },
  };
}

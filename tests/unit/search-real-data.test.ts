// The popup search over the dataset the extension ships, compiled from data/.
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/dataset/compile';
import { loadDataset } from '../../lib/dataset/load';
import { createDatasetSearch } from '../../lib/search';

const index = compileIndex(loadDataset('data'));
const search = createDatasetSearch(index);
const top = (query: string) => {
  const [first] = search.search(query);
  return first && `${first.kind}:${first.id}`;
};

describe('search over the shipped dataset', () => {
  it.each([
    ['universite de tokyo', 'org:university-of-tokyo'],
    ["l'université de Tokyo", 'org:university-of-tokyo'],
    ['fondation linux', 'org:linux-foundation'],
    ['cern', 'org:cern'],
    ['CERN', 'org:cern'],
    ['hugg', 'org:hugging-face'],
    ['LF', 'org:linux-foundation'],
    ['IBM', 'org:ibm'],
    ['Red Hat', 'org:red-hat'],
    ['facebook', 'org:meta'],
    ["alliance pour l'ia", 'initiative:ai-alliance'],
    ['Alliance pour l’IA', 'initiative:ai-alliance'],
    ['C2PA', 'initiative:c2pa'],
  ])('%j finds %s first', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('tolerates a typo: "Frontir Model Forum"', () => {
    const ids = search.search('Frontir Model Forum').map((r) => r.id);
    expect(ids.slice(0, 2)).toContain('frontier-model-forum');
  });

  it('finds every organization and initiative by its own name', () => {
    const missed = [
      ...index.organizations.map((o) => ({ kind: 'org', id: o.id, name: o.name })),
      ...index.initiatives.map((i) => ({ kind: 'initiative', id: i.id, name: i.name })),
    ].filter(
      ({ kind, id, name }) => !search.search(name, 100).some((r) => r.kind === kind && r.id === id),
    );
    expect(missed).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('')).toEqual([]);
  });
});

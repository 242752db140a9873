import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/dataset/compile';
import {
  packContentIndex,
  toContentIndex,
  unpackContentIndex,
} from '../../lib/dataset/content-index';
import { loadDataset } from '../../lib/dataset/load';
import type { Alias } from '../../lib/dataset/types';
import { SMALL_INDEX } from './fixtures/small-index';

const byKey = (a: Alias, b: Alias) =>
  `${a.kind}:${a.target}:${a.text}`.localeCompare(`${b.kind}:${b.target}:${b.text}`);

describe.each([
  ['the small fixture', () => SMALL_INDEX],
  ['the real dataset', () => compileIndex(loadDataset('data'))],
])('content index of %s', (_, makeIndex) => {
  const index = makeIndex();
  const content = toContentIndex(index);

  it('lists, for every organization, exactly the initiatives it is a member of', () => {
    for (const org of index.organizations) {
      const expected = [
        ...new Set(index.memberships.filter((m) => m.org === org.id).map((m) => m.initiative)),
      ];
      expect(content.orgInitiatives[org.id]?.sort()).toEqual(expected.sort());
    }
  });

  it('keeps every alias the page matcher uses', () => {
    expect([...content.aliases].sort(byKey)).toEqual([...index.aliases].sort(byKey));
  });

  it('packs and unpacks to the same content', () => {
    const round = unpackContentIndex(JSON.parse(JSON.stringify(packContentIndex(content))));
    expect(round.asOf).toBe(content.asOf);
    expect(round.orgInitiatives).toEqual(content.orgInitiatives);
    expect([...round.aliases].sort(byKey)).toEqual([...content.aliases].sort(byKey));
  });
});

it('carries no card text: no descriptions, sources or display names', () => {
  const index = compileIndex(loadDataset('data'));
  const packed = JSON.stringify(packContentIndex(toContentIndex(index)));
  expect(packed).not.toContain('https://');
  expect(packed).not.toContain(index.initiatives[0]!.description.slice(0, 30));
  // Small enough for a script injected into every frame.
  expect(packed.length).toBeLessThan(16_000);
});

/**
 * createDatasetQueries: the lookups the cards and the popup use.
 */
import { describe, expect, it } from 'vitest';
import { checkSourceFiles, loadDataset } from '../../lib/dataset/load';
import { compileIndex } from '../../lib/dataset/compile';
import { createDatasetQueries } from '../../lib/dataset/query';
import { smallDataset, toFiles, TODAY } from './data-fixture';

describe('createDatasetQueries on a small dataset', () => {
  const index = compileIndex(checkSourceFiles(toFiles(smallDataset()), { today: TODAY }));
  const q = createDatasetQueries(index);

  it('finds organizations and initiatives by id', () => {
    expect(q.orgById.get('acme-labs')?.name).toBe('Acme Labs');
    expect(q.initiativeById.get('alpha-pact')?.name).toBe('Alpha Pact');
    expect(q.orgById.get('nobody')).toBeUndefined();
  });

  it('lists memberships of an organization and members of an initiative', () => {
    expect(q.membershipsOf('acme-labs').map((m) => m.initiative)).toEqual(['alpha-pact']);
    expect(q.membersOf('alpha-pact').map((m) => m.org)).toEqual(['acme-labs', 'beta-university']);
  });

  it('lists children of a parent', () => {
    expect(q.childrenOf('acme').map((o) => o.id)).toEqual(['acme-labs']);
  });

  it('answers [] for unknown or empty ids', () => {
    expect(q.membershipsOf('acme')).toEqual([]);
    expect(q.membersOf('nothing')).toEqual([]);
    expect(q.childrenOf('beta-university')).toEqual([]);
  });

  it('returns the same objects as the index (built once, no copies)', () => {
    expect(q.membersOf('alpha-pact')[0]).toBe(index.memberships[0]);
    expect(q.orgById.get('acme')).toBe(index.organizations[0]);
  });
});

describe('createDatasetQueries on the real dataset', () => {
  const index = compileIndex(loadDataset('data'));
  const q = createDatasetQueries(index);

  it('accounts for every membership from both sides', () => {
    const byOrg = index.organizations.reduce((n, o) => n + q.membershipsOf(o.id).length, 0);
    const byInitiative = index.initiatives.reduce((n, i) => n + q.membersOf(i.id).length, 0);
    expect(byOrg).toBe(index.memberships.length);
    expect(byInitiative).toBe(index.memberships.length);
  });

  it('knows Red Hat is part of IBM and Google part of Alphabet', () => {
    expect(q.childrenOf('ibm').map((o) => o.id)).toContain('red-hat');
    expect(q.childrenOf('alphabet').map((o) => o.id)).toEqual(['google']);
  });

  it('lists IBM in the AI Alliance as a co-founder', () => {
    expect(q.membershipsOf('ibm').find((m) => m.initiative === 'ai-alliance')?.role).toBe(
      'co-founder',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { initiativeCardModel, initiativeDetailModel, orgCardModel } from '../../lib/cards';
import { createDatasetQueries } from '../../lib/dataset/query';
import type { Membership, RuntimeIndex } from '../../lib/dataset/types';
import { SMALL_INDEX } from './fixtures/small-index';

const queries = createDatasetQueries(SMALL_INDEX);
const showAll = { isInitiativeShown: () => true };
const hiding = (...hidden: string[]) => ({
  isInitiativeShown: (id: string) => !hidden.includes(id),
});
const names = (orgs: readonly { name: string }[]) => orgs.map((o) => o.name);

function withMemberships(...extra: Membership[]): RuntimeIndex {
  return { ...SMALL_INDEX, memberships: [...SMALL_INDEX.memberships, ...extra] };
}

function extraMembership(org: string, initiative: string, joined: string | null): Membership {
  return {
    org,
    initiative,
    role: 'member',
    joined,
    joinedVerified: true,
    source: 'https://example.org/extra',
    confirmed: true,
  };
}

describe('orgCardModel', () => {
  it('lists memberships oldest first, as a history', () => {
    const model = orgCardModel(queries, 'meta', showAll);
    expect(model?.rows.map((r) => [r.initiative.id, r.membership.joined])).toEqual([
      ['ai-alliance', '2023-12-05'],
      ['frontier-model-forum', '2024-05-20'],
      ['c2pa', '2024-09-04'],
    ]);
    expect(model?.hiddenCount).toBe(0);
  });

  it('puts memberships with an unknown join date last', () => {
    const model = orgCardModel(queries, 'hugging-face', showAll);
    expect(model?.rows.map((r) => r.initiative.id)).toEqual([
      'ai-alliance',
      'frontier-model-forum',
    ]);
  });

  it('orders memberships joined the same day by initiative name', () => {
    const index = withMemberships(extraMembership('ibm', 'frontier-model-forum', '2023-12-05'));
    const model = orgCardModel(createDatasetQueries(index), 'ibm', showAll);
    expect(model?.rows.map((r) => r.initiative.name)).toEqual([
      'AI Alliance',
      'Frontier Model Forum',
      'C2PA',
    ]);
  });

  it('leaves out hidden initiatives and counts them', () => {
    const model = orgCardModel(queries, 'meta', hiding('c2pa'));
    expect(model?.rows.map((r) => r.initiative.id)).toEqual([
      'ai-alliance',
      'frontier-model-forum',
    ]);
    expect(model?.hiddenCount).toBe(1);
  });

  it('counts memberships when every initiative is hidden', () => {
    const model = orgCardModel(queries, 'ibm', hiding('ai-alliance', 'c2pa'));
    expect(model?.rows).toEqual([]);
    expect(model?.hiddenCount).toBe(2);
  });

  it('gives the parent organization, without merging its memberships', () => {
    const model = orgCardModel(queries, 'red-hat', showAll);
    expect(model?.parent?.name).toBe('IBM');
    expect(model?.rows.map((r) => r.initiative.id)).toEqual(['ai-alliance']);
    expect(orgCardModel(queries, 'ibm', showAll)?.parent).toBeUndefined();
  });

  it('carries the former name the page used', () => {
    expect(orgCardModel(queries, 'meta', showAll, 'Facebook')?.formerName).toBe('Facebook');
    expect(orgCardModel(queries, 'meta', showAll)?.formerName).toBeUndefined();
  });

  it('keeps the membership facts the card shows', () => {
    const rows = orgCardModel(queries, 'linux-foundation', showAll)?.rows ?? [];
    expect(
      rows.map((r) => [r.initiative.id, r.membership.joinedVerified, r.membership.left]),
    ).toEqual([
      ['c2pa', true, '2024-06'],
      ['ai-alliance', false, undefined],
    ]);
  });

  it('is undefined for an unknown organization', () => {
    expect(orgCardModel(queries, 'openai', showAll)).toBeUndefined();
  });

  it('has no rows for an organization in no initiative', () => {
    const index: RuntimeIndex = {
      ...SMALL_INDEX,
      organizations: [
        ...SMALL_INDEX.organizations,
        { id: 'acme', name: 'Acme', type: 'company', country: 'FR', domain: null },
      ],
    };
    const model = orgCardModel(createDatasetQueries(index), 'acme', showAll);
    expect(model?.rows).toEqual([]);
    expect(model?.hiddenCount).toBe(0);
  });
});

describe('initiativeCardModel', () => {
  it('puts the members named on the page first, each group by name', () => {
    const model = initiativeCardModel(queries, 'ai-alliance', new Set(['meta', 'cern', 'openai']));
    expect(names(model?.membersOnPage ?? [])).toEqual(['CERN', 'Meta']);
    expect(names(model?.otherMembers ?? [])).toEqual([
      'Hugging Face',
      'IBM',
      'Linux Foundation',
      'Red Hat',
      'University of Tokyo',
    ]);
    expect(model?.memberCount).toBe(7);
  });

  it('has no members on page when the page names none', () => {
    const model = initiativeCardModel(queries, 'frontier-model-forum', new Set());
    expect(model?.membersOnPage).toEqual([]);
    expect(names(model?.otherMembers ?? [])).toEqual(['Hugging Face', 'Meta']);
  });

  it('counts an organization with two roles once', () => {
    const index = withMemberships(extraMembership('meta', 'c2pa', '2022-01'));
    const model = initiativeCardModel(createDatasetQueries(index), 'c2pa', new Set(['meta']));
    expect(model?.memberCount).toBe(3);
    expect(names(model?.membersOnPage ?? [])).toEqual(['Meta']);
  });

  it('counts only the members it can list', () => {
    const index = withMemberships(extraMembership('ghost', 'c2pa', '2024-01'));
    const model = initiativeCardModel(createDatasetQueries(index), 'c2pa', new Set());
    expect(names(model?.otherMembers ?? [])).toEqual(['IBM', 'Linux Foundation', 'Meta']);
    expect(model?.memberCount).toBe(3);
  });

  it('is undefined for an unknown initiative', () => {
    expect(initiativeCardModel(queries, 'nope', new Set())).toBeUndefined();
  });
});

describe('initiativeDetailModel', () => {
  it('groups members by role, roles in order of first join, members by name', () => {
    const model = initiativeDetailModel(queries, 'ai-alliance');
    expect(model?.byRole.map((g) => [g.role, names(g.members.map((m) => m.org))])).toEqual([
      ['founding-member', ['CERN', 'Hugging Face', 'Red Hat']],
      ['co-founder', ['IBM', 'Meta']],
      ['member', ['Linux Foundation', 'University of Tokyo']],
    ]);
    expect(model?.memberCount).toBe(7);
  });

  it('keeps each membership with its organization', () => {
    const model = initiativeDetailModel(queries, 'c2pa');
    const member = model?.byRole.find((g) => g.role === 'member')?.members;
    expect(member?.map((m) => [m.org.id, m.membership.org, m.membership.confirmed])).toEqual([
      ['ibm', 'ibm', false],
      ['linux-foundation', 'linux-foundation', true],
    ]);
  });

  it('puts members with an unknown join date in their role, not in the timeline', () => {
    const model = initiativeDetailModel(queries, 'frontier-model-forum');
    expect(model?.byRole.map((g) => [g.role, names(g.members.map((m) => m.org))])).toEqual([
      ['member', ['Meta']],
      ['partner', ['Hugging Face']],
    ]);
    expect(model?.timeline.map((p) => [p.period, names(p.orgs)])).toEqual([['2024-05', ['Meta']]]);
  });

  it('counts joins per month, oldest first, and per year when only the year is known', () => {
    expect(
      initiativeDetailModel(queries, 'ai-alliance')?.timeline.map((p) => [p.period, p.orgs.length]),
    ).toEqual([
      ['2023-12', 5],
      ['2024-02', 2],
    ]);
    expect(
      initiativeDetailModel(queries, 'c2pa')?.timeline.map((p) => [p.period, names(p.orgs)]),
    ).toEqual([
      ['2022', ['Linux Foundation']],
      ['2024-09', ['IBM', 'Meta']],
    ]);
  });

  it('is undefined for an unknown initiative', () => {
    expect(initiativeDetailModel(queries, 'nope')).toBeUndefined();
  });
});

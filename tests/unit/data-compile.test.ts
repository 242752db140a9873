/**
 * compileIndex: what goes into the runtime index and what stays in `data/`.
 */
import { describe, expect, it } from 'vitest';
import { checkSourceFiles, loadDataset } from '../../lib/dataset/load';
import { compileIndex } from '../../lib/dataset/compile';
import { smallDataset, toFiles, TODAY } from './data-fixture';

const small = compileIndex(checkSourceFiles(toFiles(smallDataset()), { today: TODAY }));

describe('compileIndex on a small dataset', () => {
  it('keeps only display fields of organizations, in id order', () => {
    expect(small.organizations).toStrictEqual([
      {
        id: 'acme',
        name: 'Acme',
        type: 'company',
        country: 'US',
        domain: 'acme.example',
        formerNames: [{ name: 'Acme Widgets', until: '2020-01' }],
      },
      {
        id: 'acme-labs',
        name: 'Acme Labs',
        type: 'research-lab',
        country: 'GB',
        domain: null,
        parent: 'acme',
      },
      {
        id: 'beta-university',
        name: 'Beta University',
        type: 'university',
        country: null,
        domain: 'beta.example',
      },
    ]);
  });

  it('keeps initiative descriptions but not notes or bookkeeping', () => {
    expect(small.initiatives).toStrictEqual([
      {
        id: 'alpha-pact',
        name: 'Alpha Pact',
        nameFr: "Pacte d'Alpha",
        description: 'A pact.',
        descriptionFr: 'Un pacte.',
        founded: '2023-01',
        homepage: 'https://alpha.example/',
      },
    ]);
  });

  it('flattens memberships with their initiative, without notes or bookkeeping', () => {
    expect(small.memberships).toStrictEqual([
      {
        org: 'acme-labs',
        initiative: 'alpha-pact',
        role: 'founding-member',
        cohort: 'first wave',
        cohortFr: 'première vague',
        joined: '2023-01-10',
        joinedVerified: true,
        left: '2024-02',
        source: 'https://alpha.example/launch',
        confirmed: true,
      },
      {
        org: 'beta-university',
        initiative: 'alpha-pact',
        role: 'member',
        joined: null,
        joinedVerified: false,
        source: 'https://alpha.example/members',
        confirmed: true,
      },
    ]);
  });

  it('sends matchable aliases and matched former names to the page matcher', () => {
    expect(small.aliases).toStrictEqual([
      {
        text: 'Acme',
        kind: 'org',
        target: 'acme',
        caseSensitive: true,
        unlessFollowedBy: ['anvil'],
      },
      { text: 'ACME', kind: 'org', target: 'acme', caseSensitive: true },
      { text: 'Acme Widgets', kind: 'org', target: 'acme', caseSensitive: false, former: true },
      { text: 'Acme Labs', kind: 'org', target: 'acme-labs', caseSensitive: false },
      { text: 'laboratoires Acme', kind: 'org', target: 'acme-labs', caseSensitive: false },
      { text: 'Beta University', kind: 'org', target: 'beta-university', caseSensitive: false },
      { text: "université d'Beta", kind: 'org', target: 'beta-university', caseSensitive: false },
      { text: 'Alpha Pact', kind: 'initiative', target: 'alpha-pact', caseSensitive: false },
      { text: "Pacte d'Alpha", kind: 'initiative', target: 'alpha-pact', caseSensitive: false },
    ]);
  });

  it('sends match:false aliases and unmatched former names to search only', () => {
    const data = smallDataset();
    data.organizations[0].formerNames.push({ name: 'Acme Tools' });
    const index = compileIndex(checkSourceFiles(toFiles(data), { today: TODAY }));
    expect(index.searchOnlyNames).toStrictEqual([
      { text: 'Acme Tools', kind: 'org', target: 'acme' },
      { text: 'AL', kind: 'org', target: 'acme-labs' },
    ]);
    expect(index.aliases.map((a) => a.text)).not.toContain('Acme Tools');
  });

  it('copies asOf', () => {
    expect(small.asOf).toBe('2024-05-31');
  });
});

describe('compileIndex on the real dataset', () => {
  const source = loadDataset('data');
  const index = compileIndex(source);
  const json = JSON.stringify(index);

  it('leaves every note, membership note and legal name out', () => {
    const privateTexts = [
      ...source.organizations.flatMap((o) => [o.note, o.legalName]),
      ...source.initiatives.flatMap((i) => [i.membershipNote, ...i.members.map((m) => m.note)]),
    ].filter((t): t is string => t !== undefined && t.length > 12);
    expect(privateTexts.length).toBeGreaterThan(50);
    const leaked = privateTexts.filter(
      (t) =>
        json.includes(JSON.stringify(t).slice(1, -1)) && !index.aliases.some((a) => a.text === t),
    );
    expect(leaked).toEqual([]);
  });

  it('uses only the runtime field names', () => {
    const keys = (list: object[]) => new Set(list.flatMap((x) => Object.keys(x)));
    expect([...keys(index.organizations)].sort()).toEqual([
      'country',
      'domain',
      'formerNames',
      'id',
      'name',
      'parent',
      'type',
    ]);
    expect([...keys(index.initiatives)].sort()).toEqual([
      'description',
      'descriptionFr',
      'founded',
      'homepage',
      'id',
      'name',
      'nameFr',
    ]);
    expect([...keys(index.memberships)].sort()).toEqual([
      'cohort',
      'cohortFr',
      'confirmed',
      'initiative',
      'joined',
      'joinedVerified',
      'left',
      'org',
      'role',
      'source',
    ]);
  });

  it('has one membership per source membership and every alias target exists', () => {
    expect(index.memberships).toHaveLength(
      source.initiatives.reduce((n, i) => n + i.members.length, 0),
    );
    const ids = {
      org: new Set(index.organizations.map((o) => o.id)),
      initiative: new Set(index.initiatives.map((i) => i.id)),
    };
    for (const a of [...index.aliases, ...index.searchOnlyNames])
      expect(ids[a.kind].has(a.target), a.target).toBe(true);
  });
});

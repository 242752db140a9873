/**
 * The real dataset in `data/`: every rule passes, the numbers hold, and the
 * curation rules the page matcher depends on are in the data.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/dataset/load';
import { compileIndex } from '../../lib/dataset/compile';
import { foldName } from '../../lib/dataset/fold';
import type { SourceAlias } from '../../lib/dataset/schema';
import type { Alias } from '../../lib/dataset/types';
import { ORG_FORMS } from './org-forms';

const source = loadDataset('data');
const index = compileIndex(source);
const orgs = new Map(source.organizations.map((o) => [o.id, o]));
const allMembers = source.initiatives.flatMap((i) =>
  i.members.map((m) => ({ ...m, initiative: i.id })),
);

function aliasOf(orgId: string, text: string): SourceAlias {
  const alias = orgs.get(orgId)?.aliases.find((a) => a.text === text);
  if (!alias) throw new Error(`no alias "${text}" on ${orgId}`);
  return alias;
}

function member(initiative: string, org: string) {
  const found = allMembers.filter((m) => m.initiative === initiative && m.org === org);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the dataset in data/', () => {
  it('passes every rule (files, schema, references, order, aliases, dates up to today)', () => {
    expect(() => loadDataset('data')).not.toThrow();
  });

  it('is big enough', () => {
    expect(source.initiatives.length).toBeGreaterThanOrEqual(13);
    expect(source.organizations.length).toBeGreaterThanOrEqual(170);
    expect(allMembers.length).toBeGreaterThanOrEqual(270);
  });

  it('has a confirmed https source for every membership', () => {
    const unsourced = allMembers.filter((m) => !m.confirmed || !m.source.startsWith('https://'));
    expect(unsourced).toEqual([]);
  });

  it('has every organization in some initiative or as the parent of one that is', () => {
    const used = new Set(allMembers.map((m) => m.org));
    const parents = new Set(
      source.organizations.filter((o) => used.has(o.id) && o.parent).map((o) => o.parent),
    );
    const loose = source.organizations
      .filter((o) => !used.has(o.id) && !parents.has(o.id))
      .map((o) => o.id);
    expect(loose).toEqual([]);
  });

  it('gives every initiative a French description and a short English one', () => {
    for (const i of source.initiatives) {
      expect(i.descriptionFr, i.id).toBeTruthy();
      expect(i.description.length, i.id).toBeLessThanOrEqual(300);
    }
  });

  it('reviewed the dataset on a real day', () => {
    expect(source.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('alias curation', () => {
  it.each([
    ['meta', 'Meta'],
    ['apple', 'Apple'],
    ['amazon', 'Amazon'],
    ['oracle', 'Oracle'],
    ['intel', 'Intel'],
    ['scale-ai', 'Scale AI'],
    ['together-ai', 'Together AI'],
    ['inflection-ai', 'Inflection'],
  ])('%s: "%s" matches only with its exact case', (org, text) => {
    expect(aliasOf(org, text).caseSensitive).toBe(true);
    expect(aliasOf(org, text).match).toBeUndefined();
  });

  it.each([
    ['linux-foundation', 'LF'],
    ['meta', 'FAIR'],
    ['x-corp', 'X'],
    ['silo-ai', 'Silo'],
    ['magic', 'Magic'],
    ['scale-ai', 'Scale'],
    ['arm', 'Arm'],
    ['uc-berkeley', 'Berkeley'],
    ['moc-alliance', 'MOC'],
    ['together-ai', 'Together'],
  ])('%s: "%s" is kept for search only', (org, text) => {
    expect(aliasOf(org, text).match).toBe(false);
    expect(index.aliases.some((a) => foldName(a.text) === foldName(text))).toBe(false);
    expect(index.searchOnlyNames).toContainEqual({ text, kind: 'org', target: org });
  });

  it('does not mark the Big Apple or apple pie', () => {
    const apple = aliasOf('apple', 'Apple');
    expect(apple.unlessPrecededBy).toContain('big');
    expect(apple.unlessFollowedBy).toEqual(
      expect.arrayContaining(['pie', 'juice', 'tree', 'trees', 'cider']),
    );
  });

  it('does not mark the Amazon river or rainforest', () => {
    expect(aliasOf('amazon', 'Amazon').unlessFollowedBy).toEqual(
      expect.arrayContaining(['rainforest', 'river', 'basin', 'jungle']),
    );
  });

  it('does not mark the Oracle of Delphi but keeps "the Oracle database"', () => {
    const oracle = aliasOf('oracle', 'Oracle');
    expect(oracle.unlessFollowedBy).toContain('of');
    expect(oracle.unlessPrecededBy ?? []).not.toContain('the');
  });

  it('keeps Meta Quest (a Meta product) but not Meta Knight', () => {
    const meta = aliasOf('meta', 'Meta');
    expect(meta.unlessFollowedBy).toEqual(expect.arrayContaining(['knight', 'ridley']));
    expect(meta.unlessFollowedBy).not.toContain('quest');
  });

  it('writes context words in lower case (they are compared ignoring case)', () => {
    for (const o of source.organizations) {
      for (const a of o.aliases) {
        for (const w of [...(a.unlessPrecededBy ?? []), ...(a.unlessFollowedBy ?? [])]) {
          expect(w, `${o.id} "${a.text}"`).toBe(w.toLowerCase());
        }
      }
    }
  });

  it('shows Facebook as the former name of Meta, matched on pages', () => {
    expect(orgs.get('meta')?.formerNames).toContainEqual({
      name: 'Facebook',
      until: '2021-10-28',
      match: true,
    });
    expect(index.aliases).toContainEqual<Alias>({
      text: 'Facebook',
      kind: 'org',
      target: 'meta',
      caseSensitive: false,
      former: true,
    });
  });

  it('links subsidiaries to their parents', () => {
    expect(orgs.get('red-hat')?.parent).toBe('ibm');
    expect(orgs.get('google')?.parent).toBe('alphabet');
    expect(orgs.get('google-deepmind')?.parent).toBe('google');
    expect(orgs.get('linkedin')?.parent).toBe('microsoft');
  });

  it('marks the French forms as French', () => {
    expect(aliasOf('linux-foundation', 'Fondation Linux').lang).toBe('fr');
    expect(aliasOf('sony-group', 'groupe Sony').lang).toBe('fr');
    const aiAlliance = source.initiatives.find((i) => i.id === 'ai-alliance')!;
    expect(aiAlliance.nameFr).toBe("Alliance pour l'IA");
    expect(aiAlliance.aliases).toContainEqual(
      expect.objectContaining({ text: "Alliance pour l'IA", lang: 'fr' }),
    );
  });

  it('uses display names a reader knows, not legal names', () => {
    expect(orgs.get('ibm')?.name).toBe('IBM');
    expect(orgs.get('meta')?.name).toBe('Meta');
    expect(orgs.get('hugging-face')?.name).toBe('Hugging Face');
    expect(orgs.get('cern')?.name).toBe('CERN');
    expect(orgs.get('university-of-tokyo')?.name).toBe('University of Tokyo');
    for (const o of source.organizations)
      expect(o.name, o.id).not.toMatch(/,? (Inc|Corporation|Ltd|LLC|plc|PBC)\.?$/);
  });
});

describe('English and French forms resolve through the page-matcher aliases', () => {
  // Simple normalized equality: case-blind aliases compare folded,
  // case-sensitive ones compare exactly (apostrophes folded either way).
  const resolves = (form: string, id: string) =>
    index.aliases.some(
      (a) =>
        a.kind === 'org' &&
        a.target === id &&
        (a.caseSensitive
          ? a.text === form.replace(/[\u2018\u2019]/g, "'")
          : foldName(a.text) === foldName(form)),
    );

  const rows = ORG_FORMS.flatMap(({ id, en, fr }) => [
    ...en.map((form) => [id, 'en', form] as const),
    ...fr.map((form) => [id, 'fr', form] as const),
  ]);

  it.each(rows)('%s (%s): "%s"', (id, _lang, form) => {
    expect(resolves(form, id)).toBe(true);
  });

  it('covers every organization of the table in both languages', () => {
    for (const { id, en, fr } of ORG_FORMS) {
      expect(orgs.has(id), id).toBe(true);
      expect(en.length, id).toBeGreaterThan(0);
      expect(fr.length, id).toBeGreaterThan(0);
    }
  });
});

describe('facts kept as the sources give them', () => {
  it('maps the roles onto the closed vocabulary', () => {
    expect(member('ai-alliance', 'ibm').role).toBe('co-founder');
    expect(member('ai-alliance', 'meta').role).toBe('co-founder');
    expect(member('c2pa', 'adobe')).toMatchObject({
      role: 'steering-committee',
      cohort: 'founding member',
    });
    expect(member('c2pa', 'arm').role).toBe('founding-member');
    expect(member('cosai', 'google').role).toBe('founding-premier-sponsor');
    expect(member('pytorch-foundation', 'intel').role).toBe('premier-member');
  });

  it('records who left and when', () => {
    expect(member('partnership-on-ai', 'baidu')).toMatchObject({
      role: 'partner',
      cohort: 'former for-profit partner',
      left: '2020-06',
    });
    expect(member('cosai', 'chainguard').left).toBe('2025-08-01');
    expect(member('cosai', 'wiz').left).toBe('2026-07-13');
  });

  it('marks dates that are proxies or were not confirmed', () => {
    expect(member('c2pa', 'openai').joinedVerified).toBe(false);
    expect(member('c2pa', 'amazon').joinedVerified).toBe(false);
    expect(member('cosai', 'meta').joinedVerified).toBe(false);
    expect(member('frontier-ai-safety-commitments', 'magic')).toMatchObject({
      joined: null,
      joinedVerified: false,
    });
    expect(member('partnership-on-ai', 'aaai')).toMatchObject({
      joined: null,
      joinedBefore: '2017-05-16',
    });
    expect(member('frontier-model-forum', 'amazon')).toMatchObject({
      joined: '2024-05',
      joinedVerified: true,
    });
  });

  it('does not list the companies that stayed out of the EU AI Pact', () => {
    const pact = new Set(allMembers.filter((m) => m.initiative === 'eu-ai-pact').map((m) => m.org));
    for (const absent of ['meta', 'apple', 'mistral-ai', 'tiktok', 'anthropic'])
      expect(pact.has(absent), absent).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { OrgType, Role } from '../../lib/dataset/types';
import { pickLocale, type Locale } from '../../lib/i18n';
import { createPageTranslator as createTranslator, type MessageKey } from '../../lib/i18n-pages';

// Spelled out with `satisfies` so the type checker flags a key added to the
// tables but not here, and the loops below cover every one.
const MESSAGE_KEYS = Object.keys({
  tooltipLabel: 1,
  initiativeTooltipLabel: 1,
  close: 1,
  noMemberships: 1,
  noMembershipsFiltered: 1,
  joined: 1,
  joinedOn: 1,
  left: 1,
  leftOn: 1,
  dateUnknown: 1,
  dateUnverified: 1,
  unverified: 1,
  unverifiedTitle: 1,
  source: 1,
  sourceTitle: 1,
  asOf: 1,
  partOf: 1,
  formerly: 1,
  founded: 1,
  foundedOn: 1,
  members: 1,
  alsoOnPage: 1,
  otherMembers: 1,
  homepage: 1,
  moreMembers: 1,
  searchPlaceholder: 1,
  searchLabel: 1,
  noResults: 1,
  onThisPage: 1,
  nothingOnPage: 1,
  pageUnavailable: 1,
  thisSite: 1,
  siteOn: 1,
  siteOff: 1,
  openOptions: 1,
  back: 1,
  timeline: 1,
  mentions: 1,
  matrixCaption: 1,
  initiativesOnPage: 1,
  matrixMember: 1,
  optionsTitle: 1,
  optEnabled: 1,
  optHighlightStyle: 1,
  styleUnderline: 1,
  styleBackground: 1,
  styleNone: 1,
  optHoverDelay: 1,
  optAmbiguous: 1,
  optBadge: 1,
  optShortcut: 1,
  shortcutNone: 1,
  changeShortcut: 1,
  changeShortcutLabel: 1,
  optInitiatives: 1,
  showAllInitiatives: 1,
  hideAllInitiatives: 1,
  optSites: 1,
  addSite: 1,
  removeSite: 1,
  sitePlaceholder: 1,
  reset: 1,
  saved: 1,
  menuLookUp: 1,
} satisfies Record<MessageKey, 1>) as MessageKey[];

const ROLES = Object.keys({
  'co-founder': 1,
  'founding-member': 1,
  member: 1,
  signatory: 1,
  partner: 1,
  sponsor: 1,
  'founding-sponsor': 1,
  'premier-sponsor': 1,
  'founding-premier-sponsor': 1,
  'premier-member': 1,
  'steering-committee': 1,
  'founding-board': 1,
  'reporting-organisation': 1,
} satisfies Record<Role, 1>) as Role[];

const ORG_TYPES = Object.keys({
  company: 1,
  university: 1,
  nonprofit: 1,
  'research-lab': 1,
  government: 1,
  'industry-body': 1,
} satisfies Record<OrgType, 1>) as OrgType[];

const LOCALES: Locale[] = ['en', 'fr'];
const en = createTranslator('en');
const fr = createTranslator('fr');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pickLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-FR', 'fr'],
    ['FR-be', 'fr'],
    ['fr_CH', 'fr'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['frr', 'en'],
    ['frp-IT', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j gives %s', (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
  });
});

describe('messages', () => {
  it.each(LOCALES)('%s has every key, none empty', (locale) => {
    const i18n = createTranslator(locale);
    for (const key of MESSAGE_KEYS) {
      expect(i18n.t(key), key).toBeTypeOf('string');
      expect(i18n.t(key).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(fr.t(key)), key).toEqual(placeholders(en.t(key)));
    }
  });

  it('really translates the interface into French', () => {
    const same = MESSAGE_KEYS.filter((key) => en.t(key) === fr.t(key));
    // Strings that read the same in both languages.
    expect(same.sort()).toEqual(['formerly', 'mentions', 'source']);
  });

  it('fills placeholders', () => {
    expect(en.t('partOf', { name: 'IBM' })).toBe('part of IBM');
    expect(fr.t('partOf', { name: 'IBM' })).toBe('fait partie de IBM');
    expect(en.t('members', { count: 7 })).toBe('7 members');
    expect(en.t('formerly', { former: 'Facebook', name: 'Meta' })).toBe('Facebook → Meta');
    expect(en.t('noResults', { query: 'x' })).toBe('No organization or initiative matches “x”.');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(en.t('partOf')).toBe('part of {name}');
    expect(en.t('partOf', { other: 'x' })).toBe('part of {name}');
  });

  it('never substitutes into a value already inserted', () => {
    expect(en.t('formerly', { former: '{name}', name: 'Meta' })).toBe('{name} → Meta');
    expect(en.t('noResults', { query: '{query}' })).toBe(
      'No organization or initiative matches “{query}”.',
    );
  });
});

describe('labels', () => {
  it.each(LOCALES)('%s has a label for every role and organization type', (locale) => {
    const i18n = createTranslator(locale);
    for (const role of ROLES) expect(i18n.role(role).trim(), role).not.toBe('');
    for (const type of ORG_TYPES) expect(i18n.orgType(type).trim(), type).not.toBe('');
  });

  it('labels roles in each language', () => {
    expect(en.role('co-founder')).toBe('co-founder');
    expect(en.role('founding-member')).toBe('founding member');
    expect(en.role('steering-committee')).toBe('steering committee');
    expect(fr.role('co-founder')).toBe('cofondateur');
    expect(fr.role('founding-member')).toBe('membre fondateur');
    expect(fr.role('signatory')).toBe('signataire');
  });

  it('gives every role a distinct label', () => {
    for (const i18n of [en, fr]) {
      const labels = ROLES.map((role) => i18n.role(role));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('labels organization types', () => {
    expect(en.orgType('research-lab')).toBe('research lab');
    expect(fr.orgType('university')).toBe('université');
  });
});

describe('dates', () => {
  it.each([
    ['en', '2023-12-05', '5 Dec 2023'],
    ['en', '2024-02', 'Feb 2024'],
    ['en', '2024', '2024'],
    ['en', '2024-01-31', '31 Jan 2024'],
    ['fr', '2023-12-05', '5 déc. 2023'],
    ['fr', '2024-02', 'févr. 2024'],
    ['fr', '2024', '2024'],
    ['fr', '2024-08-01', '1er août 2024'],
    ['fr', '2024-08-11', '11 août 2024'],
    ['en', '2024-08-01', '1 Aug 2024'],
  ] as const)('%s formats %s as %s', (locale, iso, text) => {
    expect(createTranslator(locale).date(iso)).toBe(text);
  });

  it('does not shift a day across time zones', () => {
    // Midnight UTC on the 1st is still the previous month west of Greenwich.
    expect(en.date('2024-03-01')).toBe('1 Mar 2024');
    expect(en.date('2024-03')).toBe('Mar 2024');
  });

  it.each([['2024-13'], ['2024-02-30'], ['2024-00'], ['2024-02-08T10:00'], ['soon'], ['']])(
    'shows the malformed date %j as given instead of throwing',
    (iso) => {
      expect(en.date(iso)).toBe(iso);
      expect(fr.date(iso)).toBe(iso);
    },
  );
});

describe('countries', () => {
  it('names countries in each language', () => {
    expect(en.country('JP')).toBe('Japan');
    expect(fr.country('JP')).toBe('Japon');
    expect(fr.country('CH')).toBe('Suisse');
  });

  it('falls back to the code it cannot name', () => {
    expect(en.country('XX')).toBe('XX');
    expect(en.country('not a code')).toBe('not a code');
  });
});

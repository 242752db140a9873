import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  MIGRATIONS,
  SETTINGS_VERSION,
  isSiteDisabled,
  migrateStoredSettings,
  normalizeSite,
  normalizeSettings,
  readSettings,
  sameValue,
  siteOf,
  storedVersion,
  toStoredSettings,
  type Settings,
  type SettingsMigrations,
} from '../../lib/settings';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

describe('readSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['null', null],
    ['a string', 'enabled'],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['an array', [{ enabled: false }]],
    ['a boolean', false],
    ['a function', () => ({ enabled: false })],
  ])('gives the defaults for %s without throwing', (_label, stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const stored = {
      version: 1,
      enabled: false,
      highlightStyle: 'background',
      hoverDelayMs: 750,
      matchAmbiguousNames: false,
      hiddenInitiatives: ['c2pa'],
      disabledSites: ['example.com'],
      showBadge: false,
    };
    expect(readSettings(stored)).toEqual({
      enabled: false,
      highlightStyle: 'background',
      hoverDelayMs: 750,
      matchAmbiguousNames: false,
      hiddenInitiatives: ['c2pa'],
      disabledSites: ['example.com'],
      showBadge: false,
    });
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const settings = readSettings({
      enabled: 'false',
      highlightStyle: 'blink',
      hoverDelayMs: 500,
      matchAmbiguousNames: 0,
      hiddenInitiatives: 'ai-alliance',
      disabledSites: ['news.example'],
      showBadge: null,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 500,
      disabledSites: ['news.example'],
    });
  });

  it('reads a truncated object: the fields present, defaults for the rest', () => {
    expect(readSettings({ version: 1, showBadge: false })).toEqual({
      ...DEFAULT_SETTINGS,
      showBadge: false,
    });
  });

  it('ignores unknown keys', () => {
    const settings = readSettings({ enabled: false, colour: 'red', showBadges: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('does not take fields from the prototype chain', () => {
    const stored = Object.create({ enabled: false }) as object;
    expect(readSettings(stored).enabled).toBe(true);
  });

  it.each([
    ['huge', 1e12],
    ['above the range', HOVER_DELAY_RANGE.max + 1],
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '300'],
  ])('falls back to the default hover delay when it is %s', (_label, hoverDelayMs) => {
    expect(readSettings({ hoverDelayMs }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('accepts the ends of the hover delay range and rounds fractions', () => {
    expect(readSettings({ hoverDelayMs: HOVER_DELAY_RANGE.min }).hoverDelayMs).toBe(0);
    expect(readSettings({ hoverDelayMs: HOVER_DELAY_RANGE.max }).hoverDelayMs).toBe(2000);
    expect(readSettings({ hoverDelayMs: 249.6 }).hoverDelayMs).toBe(250);
  });

  it('drops list items that are not strings and keeps the strings', () => {
    const settings = readSettings({
      hiddenInitiatives: ['c2pa', 7, null, { id: 'x' }, ['ai-alliance'], 'frontier-model-forum'],
      disabledSites: [true, 'example.com'],
    });
    expect(settings.hiddenInitiatives).toEqual(['c2pa', 'frontier-model-forum']);
    expect(settings.disabledSites).toEqual(['example.com']);
  });

  it('drops duplicate and empty list items', () => {
    const settings = readSettings({
      hiddenInitiatives: ['c2pa', 'c2pa', '', '  '],
      disabledSites: ['example.com', 'example.com', ''],
    });
    expect(settings.hiddenInitiatives).toEqual(['c2pa']);
    expect(settings.disabledSites).toEqual(['example.com']);
  });

  it('normalizes site entries: case, spaces, "www.", pasted URLs; duplicates after that merge', () => {
    const settings = readSettings({
      disabledSites: [
        '  Example.COM ',
        'www.example.com',
        'https://WWW.News.Example.org/path?q=1',
        'http://localhost:8080',
        'not a host',
        'ftp://files.example.net',
      ],
    });
    expect(settings.disabledSites).toEqual(['example.com', 'news.example.org', 'localhost']);
  });

  it('returns fresh lists, so a caller mutating them never edits the defaults', () => {
    const settings = readSettings(undefined);
    settings.disabledSites.push('example.com');
    settings.hiddenInitiatives.push('c2pa');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(readSettings(undefined).hiddenInitiatives).toEqual([]);
  });
});

describe('migrateStoredSettings', () => {
  it('has no migration yet: version 1 is the first shipped shape', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('has a step for every version below the current one', () => {
    for (let from = 1; from < SETTINGS_VERSION; from++) {
      expect(MIGRATIONS[from], `migration from version ${from}`).toBeTypeOf('function');
    }
  });

  it('treats an object without a version as version 1', () => {
    expect(storedVersion({ enabled: false })).toBe(1);
    expect(migrateStoredSettings({ enabled: false })).toEqual({ version: 1, enabled: false });
  });

  it.each([['2'], [0], [-3], [1.5], [Number.NaN], [null]])(
    'treats a malformed version (%s) as version 1',
    (version) => {
      expect(storedVersion({ version })).toBe(1);
    },
  );

  it('turns what is not an object into an empty current one', () => {
    expect(migrateStoredSettings('garbage')).toEqual({ version: SETTINGS_VERSION });
    expect(migrateStoredSettings([1, 2])).toEqual({ version: SETTINGS_VERSION });
  });

  it('leaves a newer stored object as it is, version included', () => {
    const newer = { version: SETTINGS_VERSION + 1, enabled: false, tooltipTheme: 'dark' };
    expect(migrateStoredSettings(newer)).toEqual(newer);
  });

  it('does not modify the stored object it is given', () => {
    const stored = Object.freeze({ enabled: false });
    const migrated = migrateStoredSettings(stored);
    expect(migrated).not.toBe(stored);
    expect(stored).toEqual({ enabled: false });
  });

  // The stepping is exercised with made-up steps towards a made-up version 3,
  // as the real list is empty.
  describe('with steps from older versions', () => {
    const steps: SettingsMigrations = {
      1: ({ underline, ...rest }) => ({
        ...rest,
        highlightStyle: underline === false ? 'none' : 'underline',
      }),
      2: ({ delaySeconds, ...rest }) => ({
        ...rest,
        hoverDelayMs: typeof delaySeconds === 'number' ? delaySeconds * 1000 : undefined,
      }),
    };

    it('runs every step from the stored version up, in order', () => {
      const migrated = migrateStoredSettings(
        { underline: false, delaySeconds: 0.5, showBadge: false },
        steps,
        3,
      );
      expect(migrated).toEqual({
        version: 3,
        highlightStyle: 'none',
        hoverDelayMs: 500,
        showBadge: false,
      });
    });

    it('starts from the stored version, skipping earlier steps', () => {
      const migrated = migrateStoredSettings(
        { version: 2, underline: false, delaySeconds: 1 },
        steps,
        3,
      );
      expect(migrated).toEqual({ version: 3, underline: false, hoverDelayMs: 1000 });
    });

    it('leaves an object already at the target version alone', () => {
      expect(migrateStoredSettings({ version: 3, delaySeconds: 1 }, steps, 3)).toEqual({
        version: 3,
        delaySeconds: 1,
      });
    });

    it('keeps going when a step throws, returns no object or is missing', () => {
      const broken: SettingsMigrations = {
        1: () => {
          throw new Error('bad step');
        },
        2: () => null as unknown as Record<string, unknown>,
      };
      expect(migrateStoredSettings({ enabled: false }, broken, 4)).toEqual({
        version: 4,
        enabled: false,
      });
    });
  });
});

describe('toStoredSettings', () => {
  it('writes only the version for the defaults', () => {
    expect(toStoredSettings(defaults())).toEqual({ version: SETTINGS_VERSION });
  });

  it('writes only the fields that differ from the defaults', () => {
    const settings = { ...defaults(), showBadge: false, disabledSites: ['example.com'] };
    expect(toStoredSettings(settings)).toEqual({
      version: SETTINGS_VERSION,
      showBadge: false,
      disabledSites: ['example.com'],
    });
  });

  it('drops a field set back to its default', () => {
    const previous = { version: 1, showBadge: false, enabled: false };
    expect(toStoredSettings({ ...defaults(), enabled: false }, previous)).toEqual({
      version: 1,
      enabled: false,
    });
  });

  it('drops keys of the same version that this release does not know', () => {
    expect(toStoredSettings(defaults(), { version: 1, junk: true })).toEqual({ version: 1 });
  });

  it('round-trips through readSettings', () => {
    const settings: Settings = {
      enabled: false,
      highlightStyle: 'none',
      hoverDelayMs: 0,
      matchAmbiguousNames: false,
      hiddenInitiatives: ['ai-alliance', 'c2pa'],
      disabledSites: ['example.com'],
      showBadge: false,
    };
    expect(readSettings(toStoredSettings(settings))).toEqual(settings);
  });

  it('never writes a value reading would reject', () => {
    const settings = {
      ...defaults(),
      hoverDelayMs: 99999,
      disabledSites: ['WWW.Example.com', 'example.com'],
    };
    expect(toStoredSettings(settings)).toEqual({ version: 1, disabledSites: ['example.com'] });
  });

  describe('over a value from a newer release', () => {
    const newer = {
      version: SETTINGS_VERSION + 1,
      enabled: false,
      highlightStyle: 'glow',
      tooltipTheme: 'dark',
      pinnedOrgs: ['ibm'],
    };

    it('reads the known fields, defaults for those it cannot interpret', () => {
      expect(readSettings(newer)).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    });

    it("keeps the newer keys and version, and the values this device didn't change", () => {
      const settings = { ...readSettings(newer), showBadge: false };
      expect(toStoredSettings(settings, newer)).toEqual({
        version: SETTINGS_VERSION + 1,
        enabled: false,
        highlightStyle: 'glow',
        tooltipTheme: 'dark',
        pinnedOrgs: ['ibm'],
        showBadge: false,
      });
    });

    it('writes the known fields this device changed', () => {
      const settings = { ...readSettings(newer), enabled: true, highlightStyle: 'background' };
      expect(toStoredSettings(settings as Settings, newer)).toEqual({
        version: SETTINGS_VERSION + 1,
        highlightStyle: 'background',
        tooltipTheme: 'dark',
        pinnedOrgs: ['ibm'],
      });
    });

    it('keeps a "__proto__" key as plain data', () => {
      const withProto = JSON.parse('{"version": 99, "__proto__": {"enabled": false}}') as unknown;
      const stored = toStoredSettings(defaults(), withProto);
      expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
      expect(Object.hasOwn(stored, '__proto__')).toBe(true);
      expect(readSettings(stored).enabled).toBe(true);
    });
  });
});

describe('normalizeSettings', () => {
  it('cleans current-shape settings like a stored value', () => {
    const messy = { ...defaults(), hoverDelayMs: Number.NaN, disabledSites: [' WWW.A.org '] };
    expect(normalizeSettings(messy)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.org'] });
  });
});

describe('sites', () => {
  it.each([
    ['https://www.example.com/page', 'example.com'],
    ['http://news.example.org:8080/', 'news.example.org'],
    ['https://wwwexample.com/', 'wwwexample.com'],
    ['https://www./', null],
    ['chrome://extensions/', null],
    ['file:///home/user/page.html', null],
    ['about:blank', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('siteOf(%s) is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'example.com'],
    ['https://www.example.com/path', 'example.com'],
    ['sub.example.com', 'sub.example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['   ', null],
    ['two words', null],
  ])('normalizeSite(%j) is %s', (entry, site) => {
    expect(normalizeSite(entry)).toBe(site);
  });

  it('matches a disabled site with or without "www." but not its subdomains', () => {
    const settings = { ...defaults(), disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'http://example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'https://blog.example.com')).toBe(false);
    expect(isSiteDisabled(settings, 'https://other.org')).toBe(false);
    expect(isSiteDisabled(settings, undefined)).toBe(false);
  });

  it('matches a page whose host is written in another script', () => {
    const settings = readSettings({ disabledSites: ['Bücher.de'] });
    expect(isSiteDisabled(settings, 'https://www.bücher.de/')).toBe(true);
  });
});

describe('sameValue', () => {
  it('compares JSON-like values whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(undefined, { version: 1 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});

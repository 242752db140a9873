/**
 * The user's settings: their shape, defaults, how a stored value is migrated
 * and read back, and the stored form written in return. Browser-free;
 * `utils/settings-store.ts` does the storage I/O.
 *
 * Stored form: one `storage.sync` item holding `{ version, ...changedFields }`.
 * Only fields that differ from the defaults are written, so a device that
 * never touched a setting never pushes its default over another device's
 * choice, and a future change of a default reaches everyone who kept it.
 *
 * Reading is forgiving field by field: a stored value of the wrong type or out
 * of range falls back to that field's default and every valid field is kept.
 *
 * Versions: `MIGRATIONS` upgrades an older stored object one version at a
 * time. A newer one (synced from a device running a later release) is read
 * for the fields this release knows, and writing back keeps everything this
 * release cannot interpret, so that device keeps its settings. For that to
 * hold, a later release that changes what a field means must give it a new
 * key (and migrate the old one), never reuse the key.
 */

export const SETTINGS_VERSION = 1;

export type HighlightStyle = 'underline' | 'background' | 'none';

export interface Settings {
  /** Master switch: no scanning, painting or tooltips anywhere when off. */
  enabled: boolean;
  /** How names are marked; with 'none' they are still hoverable. */
  highlightStyle: HighlightStyle;
  /** Pointer rest time before a card opens. */
  hoverDelayMs: number;
  /** Case-sensitive ambiguous names (Meta, Apple, Amazon…). */
  matchAmbiguousNames: boolean;
  /** Initiative ids the user chose not to see. */
  hiddenInitiatives: string[];
  /** Hostnames where the extension does nothing. */
  disabledSites: string[];
  /** Count of organizations on the toolbar button. */
  showBadge: boolean;
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  matchAmbiguousNames: true,
  hiddenInitiatives: [],
  disabledSites: [],
  showBadge: true,
});

// ── Migrations ──────────────────────────────────────────────────────────────

export type StoredSettings = Record<string, unknown>;

/** Turns a stored object of version `from` into one of version `from + 1`. */
export type SettingsMigration = (stored: Readonly<StoredSettings>) => StoredSettings;

/** Keyed by the version each step upgrades from. Version 1 is the first shipped shape. */
export type SettingsMigrations = Readonly<Record<number, SettingsMigration>>;

export const MIGRATIONS: SettingsMigrations = Object.freeze({});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version a stored value claims; without a valid one it is the first shape, 1. */
export function storedVersion(stored: unknown): number {
  const version = isRecord(stored) ? stored.version : undefined;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : 1;
}

/**
 * A copy of the stored value brought up to `SETTINGS_VERSION`, with its
 * `version` set (a newer one is left as it is). Anything that is not an object
 * becomes an empty current one. Never throws: a step that fails leaves the
 * object as it was, and reading then drops what it cannot use.
 */
export function migrateStoredSettings(
  stored: unknown,
  // Parameters so the stepping can be tested before any real migration exists.
  migrations: SettingsMigrations = MIGRATIONS,
  targetVersion: number = SETTINGS_VERSION,
): StoredSettings {
  if (!isRecord(stored)) return { version: targetVersion };
  let version = storedVersion(stored);
  let current: StoredSettings = { ...stored };
  while (version < targetVersion) {
    const step = migrations[version];
    try {
      const next: unknown = step?.(current);
      if (isRecord(next)) current = next;
    } catch {
      // Keep the unmigrated object: field-by-field reading salvages what it can.
    }
    version++;
  }
  return { ...current, version };
}

// ── Reading ─────────────────────────────────────────────────────────────────

type FieldReader<T> = (value: unknown) => T | undefined;

const readBoolean: FieldReader<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);

function readOneOf<T extends string>(...allowed: T[]): FieldReader<T> {
  return (v) => (allowed.includes(v as T) ? (v as T) : undefined);
}

const readDelay: FieldReader<number> = (v) =>
  typeof v === 'number' &&
  Number.isFinite(v) &&
  v >= HOVER_DELAY_RANGE.min &&
  v <= HOVER_DELAY_RANGE.max
    ? Math.round(v)
    : undefined;

/**
 * A list read item by item: entries that are not strings, or that `normalize`
 * rejects, are dropped and the rest kept, without duplicates.
 */
function readStringList(normalize: (item: string) => string | null): FieldReader<string[]> {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const items = new Set<string>();
    for (const item of v) {
      const normalized = typeof item === 'string' ? normalize(item) : null;
      if (normalized) items.add(normalized);
    }
    return [...items];
  };
}

const FIELD_READERS: { [K in keyof Settings]: FieldReader<Settings[K]> } = {
  enabled: readBoolean,
  highlightStyle: readOneOf('underline', 'background', 'none'),
  hoverDelayMs: readDelay,
  matchAmbiguousNames: readBoolean,
  hiddenInitiatives: readStringList((id) => id.trim() || null),
  disabledSites: readStringList(normalizeSite),
  showBadge: readBoolean,
};

const SETTINGS_KEYS = Object.keys(FIELD_READERS) as (keyof Settings)[];

function readFields(record: StoredSettings): Settings {
  const settings: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    const raw = Object.hasOwn(record, key) ? record[key] : undefined;
    const value = (FIELD_READERS[key] as FieldReader<unknown>)(raw);
    // Fresh arrays, so a caller mutating its settings never edits the defaults.
    settings[key] = value ?? structuredClone(DEFAULT_SETTINGS[key]);
  }
  return settings as unknown as Settings;
}

/** Settings from whatever storage held: never throws, never loses a valid field. */
export function readSettings(stored: unknown): Settings {
  return readFields(migrateStoredSettings(stored));
}

/**
 * Current-shape settings checked as a stored value would be (site entries
 * normalized, invalid fields back to defaults), without running migrations.
 */
export function normalizeSettings(settings: Settings): Settings {
  return readFields(settings as unknown as StoredSettings);
}

// ── Writing ─────────────────────────────────────────────────────────────────

/**
 * The stored form of `settings`: the version and only the fields that differ
 * from the defaults, normalized as reading would, so storage never holds a
 * value this release rejects. When `previous` (what storage holds now) comes
 * from a newer release, the result also keeps that release's version and
 * unknown keys, and the stored value of every known field this device did not
 * change, even one this release cannot read (a style added later).
 */
export function toStoredSettings(input: Settings, previous?: unknown): StoredSettings {
  const settings = normalizeSettings(input);
  const entries: [string, unknown][] = [];
  const prior = migrateStoredSettings(previous);
  const priorVersion = storedVersion(prior);
  const fromNewer = priorVersion > SETTINGS_VERSION;
  if (fromNewer) {
    const priorSettings = readFields(prior);
    for (const [key, value] of Object.entries(prior)) {
      if (key === 'version') continue;
      const known = (SETTINGS_KEYS as string[]).includes(key);
      const unchanged =
        known && sameValue(settings[key as keyof Settings], priorSettings[key as keyof Settings]);
      if (!known || unchanged) entries.push([key, value]);
    }
  }
  const kept = new Set(entries.map(([key]) => key));
  for (const key of SETTINGS_KEYS) {
    if (kept.has(key)) continue;
    if (!sameValue(settings[key], DEFAULT_SETTINGS[key])) entries.push([key, settings[key]]);
  }
  // fromEntries defines own properties, so a stored "__proto__" key stays plain data.
  return Object.fromEntries([['version', fromNewer ? priorVersion : SETTINGS_VERSION], ...entries]);
}

// ── Sites ───────────────────────────────────────────────────────────────────

/** The hostname a site rule is keyed by ("www." dropped): null for pages that are no site. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * A site rule in the form `siteOf` gives for pages: "  WWW.Example.com " and
 * "https://example.com/path" both give "example.com". Null when it names no host.
 */
export function normalizeSite(entry: string): string | null {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed) return null;
  return siteOf(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
}

export function isSiteDisabled(settings: Settings, url: string | undefined): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site);
}

/** Equality of JSON-like values, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
    );
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

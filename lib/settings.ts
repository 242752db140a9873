/**
 * The user's settings: their shape, defaults, and how a stored value is read
 * back. Browser-free; `utils/settings-store.ts` does the storage I/O.
 *
 * Stored form: one `storage.sync` item holding `{ version, ...changedFields }`.
 * Only fields that differ from the defaults are written, so a device that
 * never touched a setting never pushes its default over another device's
 * choice, and a future change of a default reaches everyone who kept it.
 *
 * Reading is forgiving field by field: a stored value of the wrong type or out
 * of range falls back to that field's default and every valid field is kept.
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

const readStringList: FieldReader<string[]> = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string') ? [...new Set(v)] : undefined;

const FIELD_READERS: { [K in keyof Settings]: FieldReader<Settings[K]> } = {
  enabled: readBoolean,
  highlightStyle: readOneOf('underline', 'background', 'none'),
  hoverDelayMs: readDelay,
  matchAmbiguousNames: readBoolean,
  hiddenInitiatives: readStringList,
  disabledSites: readStringList,
  showBadge: readBoolean,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings from whatever storage held: never throws, never loses a valid field. */
export function readSettings(stored: unknown): Settings {
  const record = isRecord(stored) ? stored : {};
  const settings = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of Object.keys(FIELD_READERS) as (keyof Settings)[]) {
    const value = (FIELD_READERS[key] as FieldReader<unknown>)(record[key]);
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}

/** The stored form: the version and only the fields that differ from defaults. */
export function toStoredSettings(settings: Settings): Record<string, unknown> {
  const stored: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!sameValue(settings[key], DEFAULT_SETTINGS[key])) stored[key] = settings[key];
  }
  return stored;
}

/** The hostname a site rule is keyed by ("www." dropped): null for pages that are no site. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function isSiteDisabled(settings: Settings, url: string | undefined): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

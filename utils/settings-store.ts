/**
 * Reads, writes and watches the settings item in `storage.sync`. The shape,
 * defaults, migrations and validation live in `lib/settings.ts`; this file
 * only does I/O.
 *
 * Every write reads the stored item first and merges into it (see
 * `toStoredSettings`), so keys written by a newer release on another device
 * survive, and writes that would change nothing are skipped: sync storage
 * limits writes per minute and every write reaches every device.
 */
import { browser } from 'wxt/browser';
import {
  normalizeSettings,
  readSettings,
  sameValue,
  toStoredSettings,
  type Settings,
} from '../lib/settings';

export const SETTINGS_KEY = 'settings';

async function readStored(): Promise<unknown> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY];
}

// Writes from this context run one after another, so an update never reads
// the item while an earlier write from the same page is still in flight.
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

async function write(settings: Settings, previous: unknown): Promise<void> {
  const next = toStoredSettings(settings, previous);
  if (sameValue(next, previous)) return;
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await readStored());
}

/** Stores `settings` whole (the options page's form state). */
export function saveSettings(settings: Settings): Promise<void> {
  return serialized(async () => write(settings, await readStored()));
}

/** Changes some fields of what is stored now and returns the resulting settings. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return serialized(async () => {
    const previous = await readStored();
    const next = { ...readSettings(previous), ...change };
    await write(next, previous);
    return normalizeSettings(next);
  });
}

/** Calls `onChange` with the new settings whenever any context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) {
      onChange(readSettings(changes[SETTINGS_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../lib/settings';
import {
  SETTINGS_KEY,
  loadSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../../utils/settings-store';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

async function rawStored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

async function putRaw(value: unknown): Promise<void> {
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: value });
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes only the version and the changed fields to sync', async () => {
    await saveSettings({ ...defaults(), hoverDelayMs: 600, hiddenInitiatives: ['c2pa'] });
    expect(await rawStored()).toEqual({
      version: SETTINGS_VERSION,
      hoverDelayMs: 600,
      hiddenInitiatives: ['c2pa'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('removes a key when its field is set back to the default', async () => {
    await saveSettings({ ...defaults(), enabled: false, showBadge: false });
    await saveSettings({ ...defaults(), showBadge: false });
    expect(await rawStored()).toEqual({ version: SETTINGS_VERSION, showBadge: false });
    await saveSettings(defaults());
    expect(await rawStored()).toEqual({ version: SETTINGS_VERSION });
  });

  it('loads back what it saved', async () => {
    const settings: Settings = {
      ...defaults(),
      highlightStyle: 'background',
      disabledSites: ['example.com'],
    };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual(settings);
  });

  it('skips a write that would change nothing', async () => {
    await saveSettings({ ...defaults(), enabled: false });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await saveSettings({ ...defaults(), enabled: false });
    await updateSettings({ enabled: false });
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it('normalizes site entries on the way in', async () => {
    await saveSettings({ ...defaults(), disabledSites: ['WWW.Example.com', 'example.com'] });
    expect(await rawStored()).toEqual({ version: 1, disabledSites: ['example.com'] });
  });

  describe('updateSettings', () => {
    it('changes the given fields and keeps the stored others', async () => {
      await putRaw({ version: 1, showBadge: false, disabledSites: ['a.org'] });
      const next = await updateSettings({ enabled: false });
      const expected = {
        ...defaults(),
        enabled: false,
        showBadge: false,
        disabledSites: ['a.org'],
      };
      expect(next).toEqual(expected);
      expect(await loadSettings()).toEqual(expected);
      expect(await rawStored()).toEqual({
        version: 1,
        enabled: false,
        showBadge: false,
        disabledSites: ['a.org'],
      });
    });

    it('returns the settings as stored, normalized', async () => {
      const next = await updateSettings({ disabledSites: [' News.Example.org '] });
      expect(next.disabledSites).toEqual(['news.example.org']);
    });

    it('loses no change when updates are started together', async () => {
      await Promise.all([
        updateSettings({ enabled: false }),
        updateSettings({ showBadge: false }),
        updateSettings({ hoverDelayMs: 100 }),
      ]);
      expect(await rawStored()).toEqual({
        version: 1,
        enabled: false,
        showBadge: false,
        hoverDelayMs: 100,
      });
    });

    it('keeps working after a failed write', async () => {
      const set = vi
        .spyOn(fakeBrowser.storage.sync, 'set')
        .mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
      await expect(updateSettings({ enabled: false })).rejects.toThrow('quota');
      await updateSettings({ showBadge: false });
      set.mockRestore();
      expect(await rawStored()).toEqual({ version: 1, showBadge: false });
    });
  });

  describe('with a value synced from a newer release', () => {
    const newer = {
      version: SETTINGS_VERSION + 1,
      highlightStyle: 'glow',
      hoverDelayMs: 450,
      tooltipTheme: 'dark',
      pinnedOrgs: ['ibm', 'meta'],
    };

    it('reads the fields this release knows', async () => {
      await putRaw(newer);
      expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 450 });
    });

    it('updateSettings keeps the newer keys, version and unread values', async () => {
      await putRaw(newer);
      await updateSettings({ showBadge: false });
      expect(await rawStored()).toEqual({ ...newer, showBadge: false });
    });

    it('saveSettings of the whole form keeps them too', async () => {
      await putRaw(newer);
      const settings = await loadSettings();
      await saveSettings({ ...settings, hoverDelayMs: 200 });
      expect(await rawStored()).toEqual({ ...newer, hoverDelayMs: 200 });
    });

    it('a known field changed to its default is removed', async () => {
      await putRaw(newer);
      await updateSettings({ hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
      const expected: Record<string, unknown> = { ...newer };
      delete expected.hoverDelayMs;
      expect(await rawStored()).toEqual(expected);
    });
  });

  describe('corrupt stored values', () => {
    it.each([
      ['a string', 'settings'],
      ['a number', 3],
      ['an array', [{ enabled: false }]],
      ['false', false],
    ])('loads the defaults when the item is %s', async (_label, value) => {
      await putRaw(value);
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    });

    it('falls back field by field', async () => {
      await putRaw({
        version: 'one',
        enabled: 'no',
        highlightStyle: 'background',
        hoverDelayMs: 1e9,
        matchAmbiguousNames: false,
        hiddenInitiatives: [1, 'c2pa', 'c2pa'],
        disabledSites: 'example.com',
        showBadge: {},
        extra: true,
      });
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        highlightStyle: 'background',
        matchAmbiguousNames: false,
        hiddenInitiatives: ['c2pa'],
      });
    });

    it('rewrites a corrupt item in clean form on the next update', async () => {
      await putRaw({ enabled: 'no', hoverDelayMs: -5, showBadge: false, extra: [1] });
      await updateSettings({ highlightStyle: 'none' });
      expect(await rawStored()).toEqual({ version: 1, showBadge: false, highlightStyle: 'none' });
    });
  });

  describe('watchSettings', () => {
    it('reports the new settings when they change', async () => {
      const onChange = vi.fn();
      watchSettings(onChange);
      await saveSettings({ ...defaults(), enabled: false });
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
    });

    it('reads a changed value through the validator', async () => {
      const onChange = vi.fn();
      watchSettings(onChange);
      await putRaw({ enabled: false, hoverDelayMs: 'slow', disabledSites: ['WWW.A.org'] });
      expect(onChange).toHaveBeenLastCalledWith({
        ...DEFAULT_SETTINGS,
        enabled: false,
        disabledSites: ['a.org'],
      });
    });

    it('reports the defaults when the item is removed', async () => {
      await saveSettings({ ...defaults(), enabled: false });
      const onChange = vi.fn();
      watchSettings(onChange);
      await fakeBrowser.storage.sync.remove(SETTINGS_KEY);
      expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    });

    it('ignores other keys and other storage areas', async () => {
      const onChange = vi.fn();
      watchSettings(onChange);
      await fakeBrowser.storage.sync.set({ somethingElse: 1 });
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
      expect(onChange).not.toHaveBeenCalled();
    });

    it('stops after unsubscribing', async () => {
      const onChange = vi.fn();
      const stop = watchSettings(onChange);
      stop();
      await saveSettings({ ...defaults(), enabled: false });
      expect(onChange).not.toHaveBeenCalled();
    });
  });
});

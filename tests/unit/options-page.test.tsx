/**
 * The options page's container on browsers that lack the commands API. The
 * form itself is tested in components.test.tsx, the page end to end in
 * Chromium and Firefox.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHOW_CARD_COMMAND } from '../../lib/messages';

// The bundled dataset is a build-time module; the page only needs its shape here.
vi.mock('../../utils/dataset', () => import('./fixtures/small-dataset-module'));

describe('options page', () => {
  const saved = { commands: fakeBrowser.commands };
  beforeEach(() => {
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
  });
  afterEach(() => {
    Object.assign(fakeBrowser, saved);
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  async function openPage() {
    await import('../../entrypoints/options/main');
    await vi.waitFor(() => expect(document.querySelector('input[name="enabled"]')).not.toBeNull());
  }

  it('shows the shortcut row where the browser has keyboard commands', async () => {
    Object.assign(fakeBrowser, {
      commands: {
        getAll: () => Promise.resolve([{ name: SHOW_CARD_COMMAND, shortcut: 'Alt+Shift+A' }]),
      },
    });
    await openPage();
    await vi.waitFor(() =>
      expect(document.querySelector('.shortcut kbd')?.textContent).toBe('Alt+Shift+A'),
    );
  });

  it('renders without the row where there are none, as on Firefox for Android', async () => {
    Object.assign(fakeBrowser, { commands: undefined });
    await openPage();
    expect(document.querySelector('.shortcut')).toBeNull();
  });
});

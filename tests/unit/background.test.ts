/**
 * The background's start-up on browsers that lack some APIs. Its behaviour
 * with a page (badge, menu, command) is covered end to end in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

// The bundled dataset is a build-time module; the background only needs its shape here.
vi.mock('../../utils/dataset', () => import('./fixtures/small-dataset-module'));

describe('background start-up', () => {
  const saved = { contextMenus: fakeBrowser.contextMenus, commands: fakeBrowser.commands };
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  });
  afterEach(() => {
    Object.assign(fakeBrowser, saved);
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('listens for the menu entry and the keyboard command where the browser has them', () => {
    const onClicked = vi.fn();
    const onCommand = vi.fn();
    Object.assign(fakeBrowser, {
      contextMenus: { create: vi.fn(), onClicked: { addListener: onClicked } },
      commands: { onCommand: { addListener: onCommand } },
    });
    background.main();
    expect(onClicked).toHaveBeenCalledTimes(1);
    expect(onCommand).toHaveBeenCalledTimes(1);
  });

  it('starts without context menus or keyboard commands, as on Firefox for Android', () => {
    Object.assign(fakeBrowser, { contextMenus: undefined, commands: undefined });
    expect(() => background.main()).not.toThrow();
  });
});

/**
 * Background: kept thin. It answers the content scripts' card requests (it
 * holds the one full copy of the dataset, so each frame carries only what
 * finds names), owns the toolbar badge (distinct organizations across all
 * frames of a tab), the "Look up in AI initiatives" context-menu entry and
 * the keyboard command; those two only forward to the tab's content script.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerCardRequest } from '../lib/card-service';
import { pickLocale } from '../lib/i18n';
import { createPageTranslator } from '../lib/i18n-pages';
import {
  parseToBackgroundMessage,
  SHOW_CARD_COMMAND,
  type ToContentMessage,
} from '../lib/messages';
import { dataset, queries } from '../utils/dataset';
import { loadSettings, watchSettings } from '../utils/settings-store';

const MENU_ID = 'look-up-selection';

export default defineBackground(() => {
  const locale = pickLocale(browser.i18n.getUILanguage());
  const i18n = createPageTranslator(locale);
  /** tab id → frame id → organization ids that frame shows. */
  const orgsByTab = new Map<number, Map<number, string[]>>();
  let showBadge = true;

  const refreshBadge = (tabId: number) => {
    const frames = orgsByTab.get(tabId);
    const distinct = new Set<string>();
    for (const ids of frames?.values() ?? []) for (const id of ids) distinct.add(id);
    const text = showBadge && distinct.size > 0 ? String(distinct.size) : '';
    browser.action.setBadgeText({ tabId, text }).catch(() => {
      // The tab closed meanwhile.
    });
  };

  void loadSettings().then((settings) => {
    showBadge = settings.showBadge;
  });
  watchSettings((settings) => {
    showBadge = settings.showBadge;
    for (const tabId of orgsByTab.keys()) refreshBadge(tabId);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseToBackgroundMessage(raw);
    if (message?.type === 'get-card') {
      return Promise.resolve(answerCardRequest(queries, dataset.asOf, message));
    }
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    let frames = orgsByTab.get(tabId);
    if (!frames) orgsByTab.set(tabId, (frames = new Map()));
    frames.set(sender.frameId ?? 0, message.orgIds);
    refreshBadge(tabId);
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => orgsByTab.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: its frames report afresh.
    if (change.status === 'loading' && change.url) {
      orgsByTab.delete(tabId);
      refreshBadge(tabId);
    }
  });

  // Firefox for Android has neither context menus nor keyboard commands:
  // unguarded, the background stopped at the first, the badge and cards too.
  const { contextMenus, commands } = browser as Partial<
    Pick<typeof browser, 'contextMenus' | 'commands'>
  >;

  browser.runtime.onInstalled.addListener(() => {
    contextMenus?.create({
      id: MENU_ID,
      title: i18n.t('menuLookUp'),
      contexts: ['selection'],
    });
  });

  const askTab = (tabId: number, message: ToContentMessage, frameId?: number) =>
    browser.tabs
      .sendMessage(tabId, message, frameId === undefined ? undefined : { frameId })
      .catch(() => {
        // No content script there (a browser page, a store page).
      });

  contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) {
      void askTab(tab.id, { type: 'show-card-for-selection' }, info.frameId);
    }
  });

  commands?.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== SHOW_CARD_COMMAND) return;
    const withTab = tab?.id !== undefined ? Promise.resolve(tab) : activeTab();
    void withTab.then((t) => {
      if (t?.id !== undefined) void askTab(t.id, { type: 'show-card-for-selection' });
    });
  });
});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

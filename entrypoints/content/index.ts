/**
 * Content script entry: runs in every frame (about:blank ones included),
 * loads settings, starts a Lens for this frame and keeps it in step with
 * settings changes. When the extension is reloaded or updated while the page
 * stays open, WXT invalidates this context: everything is torn down quietly
 * so no "Extension context invalidated" error reaches the page's console.
 */
import packedIndex from 'virtual:dataset-content';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CardRequest } from '../../lib/card-service';
import { unpackContentIndex } from '../../lib/dataset/content-index';
import { parseCardReply, parseToContentMessage } from '../../lib/messages';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import './highlight.css';
import { Lens } from './lens';

/** Coalesces count reports: a page that keeps changing reports at most this often. */
const REPORT_INTERVAL_MS = 250;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    if (ctx.isInvalid) return;

    // The ids are gathered when the report leaves, not at every change: a
    // changing page changes many times per report.
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const onNamesChanged = () => {
      reportTimer ??= setTimeout(() => {
        reportTimer = undefined;
        if (ctx.isInvalid) return;
        browser.runtime
          .sendMessage({ type: 'page-names-changed', orgIds: [...lens.orgIdsOnPage()] })
          .catch(() => {
            // The background may be restarting; the next change reports again.
          });
      }, REPORT_INTERVAL_MS);
    };

    const fetchCard = (request: CardRequest) =>
      ctx.isInvalid
        ? Promise.resolve(undefined)
        : browser.runtime.sendMessage(request).then(parseCardReply, () => undefined);

    const lens = new Lens({
      index: unpackContentIndex(packedIndex),
      settings,
      fetchCard,
      locale: browser.i18n.getUILanguage(),
      onNamesChanged,
    });
    const unwatch = watchSettings((next) => lens.applySettings(next));

    // Answered through sendResponse: the native API (no polyfill here) does
    // not take a returned Promise in every browser. Not answering at all lets
    // another listener reply.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const message = parseToContentMessage(raw);
      if (message) sendResponse(lens.handleMessage(message));
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Nothing tells an orphaned content script that its extension was
    // reloaded or updated; reading `ctx.isInvalid` finds out (and fires the
    // teardown below). It is read when the reader next moves, types or comes
    // back to the tab, at most once a second.
    let lastCheck = 0;
    const checkAlive = () => {
      const now = performance.now();
      if (now - lastCheck < 1000) return;
      lastCheck = now;
      void ctx.isInvalid;
    };
    for (const type of ['pointermove', 'keydown', 'focus', 'visibilitychange'] as const) {
      ctx.addEventListener(window, type, checkAlive, { capture: true, passive: true });
    }

    ctx.onInvalidated(() => {
      clearTimeout(reportTimer);
      // The extension APIs may already be gone: detaching is best effort.
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        unwatch();
      } catch {
        // Nothing left to detach from.
      }
      lens.dispose();
    });
  },
});

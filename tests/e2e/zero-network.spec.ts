/**
 * The extension never touches the network. For every fixture page, every
 * request the browser makes is recorded (the page, its subresources and
 * frames, the extension's pages, its service worker) while the page is
 * scanned, a name is hovered and the popup and options pages are used. The
 * only requests allowed are the extension loading its own files and the
 * page's own requests, known from the same page opened in a browser without
 * the extension.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, expect, test as base } from './extension';
import { evaluateInFreshWorld, paintedTextsPristine } from './page-helpers';

const pagesDir = join(import.meta.dirname, '..', 'fixtures', 'pages');
const pages = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A browser without the extension, one per worker: what each page requests by itself. */
const test = base.extend<object, { plainBrowser: Browser }>({
  plainBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

interface Recorded {
  url: string;
  /** Who asked: the page, an extension page, the service worker. */
  from: string;
}

/** Records every request the context sees, from pages, frames and service workers alike. */
function recordRequests(context: BrowserContext, page: Page): Recorded[] {
  const seen: Recorded[] = [];
  const from = (request: Request) => {
    if (request.serviceWorker()) return `service worker ${request.serviceWorker()!.url()}`;
    const frame = request.frame();
    return frame.page() === page ? 'page' : `page ${frame.page().url()}`;
  };
  context.on('request', (request) => seen.push({ url: request.url(), from: from(request) }));
  return seen;
}

/** Requests that went through routing too: anything the 'request' event might not show. */
async function routeAll(context: BrowserContext): Promise<string[]> {
  const routed: string[] = [];
  await context.route('**/*', async (route) => {
    routed.push(route.request().url());
    await route.continue();
  });
  return routed;
}

/** Whether the page shows any painted name within a few seconds (a router's home page may have none). */
async function hasNames(page: Page): Promise<boolean> {
  try {
    await expect
      .poll(async () => (await paintedTextsPristine(page)).length, { timeout: 5_000 })
      .toBeGreaterThan(0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (up to 10 s) until the page's DOM has been still for half a second: a name to hover stays put. */
async function waitForQuiet(page: Page): Promise<void> {
  await evaluateInFreshWorld(
    page,
    `new Promise((resolve) => {
      const started = performance.now();
      let last = started;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      const check = () => {
        const now = performance.now();
        if (now - last < 500 && now - started < 10000) return setTimeout(check, 100);
        observer.disconnect();
        resolve(true);
      };
      setTimeout(check, 100);
    })`,
  );
}

/** Hovers a painted name and waits for its card, a few times over if need be. */
async function hoverAName(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const point = await evaluateInFreshWorld<{ x: number; y: number } | null>(
      page,
      `(() => {
        for (const [, highlight] of CSS.highlights) {
          for (const painted of highlight) {
            if (painted.collapsed) continue;
            const range = document.createRange();
            range.setStart(painted.startContainer, painted.startOffset);
            range.setEnd(painted.endContainer, painted.endOffset);
            let rect = range.getBoundingClientRect();
            scrollBy(rect.left - innerWidth / 2, rect.top - innerHeight / 2);
            rect = range.getClientRects()[0];
            if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
        }
        return null;
      })()`,
    );
    if (point) {
      await page.mouse.move(point.x, point.y);
      try {
        await expect
          .poll(
            () =>
              evaluateInFreshWorld<boolean>(
                page,
                `!!document.querySelector('ai-alliances-lens')?.shadowRoot?.querySelector('[role="tooltip"]')`,
              ),
            { timeout: 3_000 },
          )
          .toBe(true);
        return;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
    await page.mouse.move(0, 0);
  }
}

async function usePopupAndOptions(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  named: boolean,
) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  if (named) await expect(popup.locator('.page-orgs li').first()).toBeVisible();
  await popup.getByRole('searchbox').fill('hugging');
  await popup.locator('.search-results li').first().getByRole('button').click();
  await expect(popup.locator('article.card')).toBeVisible();
  await popup.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('input').first()).toBeVisible();

  await options.close();
}

/**
 * The service worker started with the browser, before anything could be
 * recorded. Stopping it makes its next start, woken by the page's first
 * message, happen on the record. Returns the start time it had.
 */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const startedAt = await worker.evaluate(() => performance.timeOrigin);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  return startedAt;
}

for (const file of pages) {
  test(`${file}: the extension requests nothing`, async ({
    context,
    extensionId,
    plainBrowser,
    baseURL,
  }) => {
    test.slow(file.startsWith('hostile-huge'), '10 MB of text is laid out twice');
    const url = `${baseURL}/${file}`;

    // The page by itself.
    const plain = await plainBrowser.newPage();
    const ownRequests = new Map<string, number>();
    plain.on('request', (request) =>
      ownRequests.set(request.url(), (ownRequests.get(request.url()) ?? 0) + 1),
    );
    await plain.goto(url);
    await plain.waitForTimeout(1_000);
    await plain.close();

    // The same page with the extension, used in every way that could load something.
    const page = await context.newPage();
    const seen = recordRequests(context, page);
    const routed = await routeAll(context);
    const firstStart = await stopServiceWorker(context, extensionId);
    await page.goto(url);
    const named = await hasNames(page);
    if (named) {
      await waitForQuiet(page);
      await hoverAName(page);
    }
    await usePopupAndOptions(context, extensionId, page, named);
    await page.waitForTimeout(500);

    const own = `chrome-extension://${extensionId}/`;
    const counted = new Map<string, number>();
    const unexpected = [
      ...seen,
      ...routed
        .filter((url) => !seen.some((request) => request.url === url))
        .map((url) => ({ url, from: 'routing only' })),
    ].filter(({ url, from }) => {
      if (url.startsWith(own)) return false;
      // Not network: nothing leaves the browser.
      if (/^(data|blob|about):/.test(url)) return false;
      if (from !== 'page') return true;
      // The page's own requests, as many times as it made them by itself.
      counted.set(url, (counted.get(url) ?? 0) + 1);
      return counted.get(url)! > (ownRequests.get(url) ?? 0);
    });
    expect(unexpected).toEqual([]);
    // The recording saw the page, and the service worker's start-up.
    expect(seen.some((request) => request.url === url && request.from === 'page')).toBe(true);
    const worker = context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => performance.timeOrigin)).not.toBe(firstStart);
  });
}

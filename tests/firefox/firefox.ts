/**
 * Firefox with the built extension, driven over WebDriver BiDi by
 * puppeteer-core. Debian's Firefox ESR is used as is; nothing downloads a
 * browser. The add-on is installed temporarily (unsigned is fine) into a
 * throwaway profile, and the fixture pages are served on their own port so
 * this suite can run next to the Chromium one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { paintedAtLeastInPage, paintedTextsInPage } from '../painted-in-page';

export const extensionDir = resolve('.output/firefox-mv2');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const fixturePort = Number(process.env.FIREFOX_FIXTURE_PORT ?? 4527);
export const fixtureOrigin = `http://127.0.0.1:${fixturePort}`;

/** The manifest's gecko id. */
export const addonId = 'ai-alliances-lens@example.org';
/**
 * Firefox gives each add-on a random per-profile UUID for its
 * `moz-extension://` origin; the profile pins it so the suite knows the
 * popup's address.
 */
export const addonUuid = '6f1d1c2e-5b7a-4c38-9e0f-3a2b4c5d6e7f';
export const extensionOrigin = `moz-extension://${addonUuid}`;

export async function startFixtureServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['tests/e2e/fixture-server.mjs', String(fixturePort)], {
    stdio: 'inherit',
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`fixture server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${fixtureOrigin}/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`fixture server did not answer on ${fixtureOrigin}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `No Firefox at ${firefoxPath} (set FIREFOX_PATH, or apt-get install firefox-esr)`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page
    // unless the remote agent may reach privileged pages.
    args: ['--remote-allow-system-access'],
    // puppeteer's profile already keeps Firefox off the network (updates,
    // telemetry, remote settings); this only pins the add-on's origin.
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: addonUuid }),
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`installed as ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Loads an extension page in `page`. Firefox's BiDi does not report events
 * from extension documents yet, so `page.goto` would wait for a load it never
 * hears of; the protocol's own navigate command waits for the load itself.
 * Afterwards `page.url()` still says about:blank, but evaluation and input
 * reach the extension page.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
  };
  await frame.browsingContext.navigate(`${extensionOrigin}/${path}`, 'complete');
  await page.waitForFunction(
    (origin) => location.origin === origin && document.readyState === 'complete',
    { timeout: 10_000 },
    extensionOrigin,
  );
}

/** Names currently painted on the page, read from the page's `CSS.highlights`. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(paintedTextsInPage);
}

export async function waitForPainted(page: Page, count: number): Promise<void> {
  await page.waitForFunction(paintedAtLeastInPage, { timeout: 10_000 }, count);
}

/** Center and box of the first occurrence of `word` in the element matching `selector`. */
export async function wordBox(page: Page, selector: string, word: string) {
  const box = await page.evaluate(
    (selector, word) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          top: rect.top,
          bottom: rect.bottom,
          left: rect.left,
          right: rect.right,
        };
      }
      return null;
    },
    selector,
    word,
  );
  if (!box) throw new Error(`"${word}" not found in ${selector}`);
  return box;
}

/** The tooltip's text and box, or null when none is shown. */
export async function tooltip(page: Page) {
  return page.evaluate(() => {
    const tip = document
      .querySelector('ai-alliances-lens')
      ?.shadowRoot?.querySelector('[role="tooltip"]');
    if (!tip) return null;
    const { top, bottom, left, right } = tip.getBoundingClientRect();
    return { text: tip.textContent ?? '', top, bottom, left, right };
  });
}

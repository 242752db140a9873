/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded unpacked, and helpers to reach its pages. Debian's Chromium is used
 * as is; Playwright never downloads a browser here.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { paintedTextsInPage } from '../painted-in-page';

export const extensionDir = resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(
  userDataDir = '',
  options: { locale?: string; hasTouch?: boolean } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build\` first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: options.locale,
    hasTouch: options.hasTouch,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // The machine has no network: keep Chromium from trying DNS lookups.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});
export const expect = test.expect;

export function freshProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'ail-profile-'));
}

/** Names currently painted on the page, read from the main world's `CSS.highlights`. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(paintedTextsInPage);
}

declare global {
  /** The extension API as seen from the service worker in `worker.evaluate` callbacks. */
  const chrome: typeof import('wxt/browser').browser;
}

/**
 * Smoke test of the Firefox build in Firefox ESR: the content script paints
 * names, hovering one shows its card, the popup searches the dataset, and
 * the options page shows the command's keys (Firefox's own commands API).
 * One browser for the whole file; each test opens its own tab.
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SHOW_CARD_COMMAND } from '../../lib/messages';
import {
  fixtureOrigin,
  launchFirefoxWithExtension,
  openExtensionPage,
  paintedTexts,
  startFixtureServer,
  tooltip,
  waitForPainted,
  wordBox,
} from './firefox';

let server: ChildProcess | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchFirefoxWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function newPage() {
  const page = await browser!.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

test('paints the known names on an English page and not "meta-analysis"', async () => {
  const page = await newPage();
  await page.goto(`${fixtureOrigin}/news-en.html`);
  await waitForPainted(page, 6);
  const painted = await paintedTexts(page);
  for (const name of ['IBM', 'Meta', 'Hugging Face', 'CERN', 'NVIDIA', 'Cohere', 'AI Alliance']) {
    expect(painted).toContain(name);
  }
  expect(painted.filter((text) => text.toLowerCase() === 'meta')).toEqual(['Meta', 'Meta']);
  expect(painted.join('|')).not.toMatch(/analysis|metadata/);
  await page.close();
});

test('hovering IBM shows its card with the AI Alliance, beside the name', async () => {
  const page = await newPage();
  await page.goto(`${fixtureOrigin}/news-en.html`);
  await waitForPainted(page, 6);
  const plain = await wordBox(page, '#plain', 'paragraph');
  await page.mouse.move(plain.x, plain.y);
  await new Promise((done) => setTimeout(done, 700));
  expect(await tooltip(page)).toBeNull();

  const ibm = await wordBox(page, '#lead', 'IBM');
  await page.mouse.move(ibm.x, ibm.y);
  await page.waitForFunction(() =>
    document
      .querySelector('ai-alliances-lens')
      ?.shadowRoot?.querySelector('[role="tooltip"]')
      ?.textContent?.includes('AI Alliance'),
  );
  const tip = (await tooltip(page))!;
  expect(tip.text).toContain('IBM');
  // Placed by the card's own stylesheet and geometry: below the name, not on it.
  expect(tip.top).toBeGreaterThanOrEqual(ibm.bottom);
  await page.close();
});

test('the popup finds Hugging Face for "hugging"', async () => {
  const page = await newPage();
  await openExtensionPage(page, 'popup.html');
  await page.type('[role="searchbox"]', 'hugging');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.search-results li')].some((item) =>
      item.textContent?.includes('Hugging Face'),
    ),
  );
  await page.close();
});

/** Firefox's own additions to `commands`, which Chrome's types lack. */
interface FirefoxCommands {
  update(detail: { name: string; shortcut: string }): Promise<void>;
  reset(name: string): Promise<void>;
}
type WithFirefoxCommands = { browser: { commands: FirefoxCommands } };

test('the options page shows the suggested shortcut, with a way to change it', async () => {
  const page = await newPage();
  await openExtensionPage(page, 'options.html');
  await page.waitForSelector('.shortcut kbd');
  expect(await page.$eval('.shortcut kbd', (kbd) => kbd.textContent)).toBe('Alt+Shift+A');
  expect(await page.$eval('.shortcut button', (button) => button.textContent)).toBe('Change…');
  // Changed elsewhere, shown once the page has the focus back.
  await page.evaluate(async (name) => {
    const { commands } = (globalThis as unknown as WithFirefoxCommands).browser;
    await commands.update({ name, shortcut: 'Alt+Shift+Y' });
    dispatchEvent(new FocusEvent('focus'));
  }, SHOW_CARD_COMMAND);
  await page.waitForFunction(
    () => document.querySelector('.shortcut kbd')?.textContent === 'Alt+Shift+Y',
  );
  await page.evaluate(async (name) => {
    await (globalThis as unknown as WithFirefoxCommands).browser.commands.reset(name);
  }, SHOW_CARD_COMMAND);
  await page.close();
});

/**
 * The popup and the options page against real tabs: search, "on this page",
 * the site switch (including across a browser restart), and every option
 * taking effect in an already open tab.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  expect,
  extensionIdOf,
  freshProfileDir,
  launchWithExtension,
  paintedTexts,
  test,
} from './extension';
import { tooltipText, waitForPainted, wordCenter } from './page-helpers';
import { SHOW_CARD_COMMAND } from '../../lib/messages';

/** The page's tab id. Without the `tabs` permission tabs carry no URL, so: bring it to front. */
async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  return worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );
}

async function openPopupFor(context: BrowserContext, extensionId: string, page: Page) {
  const popup = await context.newPage();
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, page)}`,
  );
  return popup;
}

for (const [query, expected] of [
  ['universite de tokyo', 'University of Tokyo'],
  ['cern', 'CERN'],
  ['fondation linux', 'Linux Foundation'],
] as const) {
  test(`popup search "${query}" finds ${expected}`, async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('searchbox').fill(query);
    const first = popup.locator('.search-results li').first();
    await expect(first).toContainText(expected);
    await first.getByRole('button').click();
    await expect(popup.locator('article.card h2')).toContainText(expected);
    await expect(popup.locator('.membership').first()).toBeVisible();
  });
}

test('popup search for an initiative opens its view with members', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('searchbox').fill('Frontier Model Forum');
  await popup
    .locator('.search-results li[data-kind="initiative"]')
    .first()
    .getByRole('button')
    .click();
  const view = popup.locator('.initiative-view');
  await expect(view.locator('h2')).toHaveText('Frontier Model Forum');
  for (const member of ['Anthropic', 'Google', 'Microsoft', 'OpenAI']) {
    await expect(view.locator('.member-group')).toContainText([member]);
  }
  await expect(view.locator('.timeline li').first()).toBeVisible();
});

test('an initiative the page names opens from "On this page", and back retraces each step', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('/news-en.html');
  await waitForPainted(page, 6);
  const popup = await openPopupFor(context, extensionId, page);
  await popup.locator('.page-initiatives').getByRole('button', { name: 'AI Alliance' }).click();
  await expect(popup.locator('.initiative-view h2')).toHaveText('AI Alliance');
  await popup.locator('.initiative-view').getByRole('button', { name: 'IBM' }).click();
  await expect(popup.locator('.card-title')).toHaveText('IBM');
  const back = popup.getByRole('button', { name: 'Back' });
  await back.click();
  await expect(popup.locator('.initiative-view h2')).toHaveText('AI Alliance');
  await back.click();
  await expect(popup.locator('.page-summary')).toBeVisible();
  await expect(back).toHaveCount(0);
});

test('"On this page" lists the names with counts and the matrix, and scrolls to one', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('/camps.html');
  await waitForPainted(page, 5);
  const popup = await openPopupFor(context, extensionId, page);
  const list = popup.locator('.page-orgs li');
  await expect(list).toHaveCount(5);
  await expect(list.first()).toContainText('OpenAI');
  await expect(list.first()).toContainText('2×');
  const rows = popup.locator('.matrix tbody tr');
  await expect(rows).toHaveCount(5);
  const openAiRow = popup.locator('.matrix tr[data-org="openai"]');
  const whiteHouseColumn = await popup
    .locator('.matrix thead th')
    .evaluateAll((cells) =>
      cells.findIndex((c) => c.getAttribute('title')?.includes('White House')),
    );
  expect(whiteHouseColumn).toBeGreaterThan(0);
  await expect(openAiRow.locator('td').nth(whiteHouseColumn - 1)).toHaveAttribute(
    'data-member',
    'yes',
  );
  // Every column fits the popup's width, with no sideways scrolling: the
  // heads run upwards.
  const fit = await popup.locator('.matrix-scroll').evaluate((scroll) => ({
    overflow: scroll.scrollWidth - scroll.clientWidth,
    columns: scroll.querySelectorAll('thead th[scope="col"]').length,
    flatHeads: [...scroll.querySelectorAll('.matrix-head')]
      .filter((head) => head.getBoundingClientRect().height <= head.getBoundingClientRect().width)
      .map((head) => head.textContent),
  }));
  expect(fit.columns).toBeGreaterThanOrEqual(6);
  expect(fit.overflow).toBe(0);
  expect(fit.flatHeads).toEqual([]);

  expect(await page.evaluate(() => scrollY)).toBe(0);
  await popup.getByRole('button', { name: 'Hugging Face' }).click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('ai-alliances-flash')?.size ?? 0))
    .toBe(1);
});

test('the toolbar badge shows the number of organizations', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/camps.html');
  await waitForPainted(page, 5);
  const worker = context.serviceWorkers()[0]!;
  const tabId = await tabIdOf(context, page);
  await expect
    .poll(() => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId))
    .toBe('5');
});

test('turning a site off clears it at once and survives a browser restart', async () => {
  const profile = freshProfileDir();
  let context = await launchWithExtension(profile);
  const extensionId = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto('/camps.html');
  await waitForPainted(page, 5);
  const popup = await openPopupFor(context, extensionId, page);
  const toggle = popup.locator('.site-toggle input');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => paintedTexts(page)).toEqual([]);
  await context.close();

  context = await launchWithExtension(profile);
  try {
    await extensionIdOf(context);
    const again = await context.newPage();
    await again.goto('/news-en.html');
    await again.waitForTimeout(1500);
    expect(await paintedTexts(again)).toEqual([]);
  } finally {
    await context.close();
  }
});

test.describe('every option applies to an open tab without reload', () => {
  async function setUp(context: BrowserContext, extensionId: string) {
    const page = await context.newPage();
    await page.goto('/news-en.html');
    await waitForPainted(page, 6);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    return { page, options };
  }
  const registryNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].sort());

  test('highlight style', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    expect(await registryNames(page)).toEqual(['ai-alliances-underline']);
    await options.locator('input[name="highlightStyle"][value="background"]').check();
    await expect.poll(() => registryNames(page)).toEqual(['ai-alliances-background']);
    await options.locator('input[name="highlightStyle"][value="none"]').check();
    await expect.poll(() => registryNames(page)).toEqual([]);
    // Unpainted names still answer to hover.
    await page.bringToFront();
    const ibm = await wordCenter(page, '#lead', 'IBM');
    await page.mouse.move(ibm.x, ibm.y);
    await expect.poll(() => tooltipText(page)).toContain('AI Alliance');
  });

  test('ambiguous names', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    expect(await paintedTexts(page)).toContain('Meta');
    await options.locator('input[name="matchAmbiguousNames"]').uncheck();
    await expect.poll(async () => (await paintedTexts(page)).includes('Meta')).toBe(false);
    expect(await paintedTexts(page)).toContain('IBM');
  });

  test('initiatives to show', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    expect(await paintedTexts(page)).toContain('AI Alliance');
    await options.locator('input[name="initiative"][value="ai-alliance"]').uncheck();
    await expect.poll(async () => (await paintedTexts(page)).includes('AI Alliance')).toBe(false);
    await page.bringToFront();
    const ibm = await wordCenter(page, '#lead', 'IBM');
    await page.mouse.move(ibm.x, ibm.y);
    await expect.poll(() => tooltipText(page)).toContain('IBM');
    expect(await tooltipText(page)).not.toContain('AI Alliance');
  });

  test('hover delay', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    await options.locator('input[name="hoverDelayMs"]').fill('1000');
    await expect(options.locator('output')).toHaveText('1000 ms');
    // The options page saves after a short pause; hover once it has.
    const worker = context.serviceWorkers()[0]!;
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const { settings } = await chrome.storage.sync.get('settings');
          return (settings as { hoverDelayMs?: number } | undefined)?.hoverDelayMs;
        }),
      )
      .toBe(1000);
    await page.bringToFront();
    const ibm = await wordCenter(page, '#lead', 'IBM');
    await page.mouse.move(ibm.x, ibm.y);
    await page.waitForTimeout(600);
    expect(await tooltipText(page)).toBeNull();
    await expect.poll(() => tooltipText(page), { timeout: 3000 }).toContain('IBM');
  });

  test('badge on or off', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    const worker = context.serviceWorkers()[0]!;
    const tabId = await tabIdOf(context, page);
    const badge = () => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    await expect.poll(badge).not.toBe('');
    await options.locator('input[name="showBadge"]').uncheck();
    await expect.poll(badge).toBe('');
  });

  test('sites list and reset', async ({ context, extensionId }) => {
    const { page, options } = await setUp(context, extensionId);
    await options.locator('input[name="site"]').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(async () => (await paintedTexts(page)).length).toBeGreaterThan(5);
  });
});

test('the options page shows the shortcut the browser reports and opens the page to change it', async ({
  context,
  extensionId,
}) => {
  // Chromium binds a suggested key only when nothing else holds it, and the
  // headless one here binds none: the page must show whichever is true.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const keys = await worker.evaluate(
    async (name) => (await chrome.commands.getAll()).find((c) => c.name === name)?.shortcut,
    SHOW_CARD_COMMAND,
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  if (keys) await expect(options.locator('.shortcut kbd')).toHaveText(keys);
  else await expect(options.locator('.shortcut')).toContainText('none set');
  const opened = context.waitForEvent('page');
  await options.getByRole('button', { name: 'Change the keyboard shortcut' }).click();
  expect((await opened).url()).toBe('chrome://extensions/shortcuts');
});

test('a membership date wraps as a whole, never after « depuis »', async () => {
  const context = await launchWithExtension('', { locale: 'fr-FR' });
  try {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html`);
    await popup.getByRole('searchbox').fill('meta');
    await popup.locator('.search-results li').first().click();
    await expect(popup.locator('.date-phrase').first()).toContainText('depuis le');
    const split = await popup.locator('.date-phrase').evaluateAll((dates) =>
      dates
        // One box per line, and one more per inline child ("?" is a span).
        .filter(
          (date) => new Set([...date.getClientRects()].map((b) => Math.round(b.bottom))).size > 1,
        )
        .map((date) => date.textContent),
    );
    expect(split).toEqual([]);
  } finally {
    await context.close();
  }
});

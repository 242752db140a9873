/**
 * The extension end to end on plain news-style pages: names are painted
 * without touching the page, hovering shows the card, the popup searches,
 * and the options page turns marking off in tabs that are already open.
 */
import { expect, paintedTexts, test } from './extension';
import {
  domMutations,
  recordDomMutations,
  tooltipText,
  waitForPainted,
  wordCenter,
} from './page-helpers';

test('paints the known names on an English page and nothing else', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/news-en.html');
  await waitForPainted(page, 6);
  const painted = await paintedTexts(page);
  for (const name of ['IBM', 'Meta', 'Hugging Face', 'CERN', 'NVIDIA', 'Cohere', 'AI Alliance']) {
    expect(painted).toContain(name);
  }
  // "meta-analysis" and "metadata" are words, not the company.
  expect(painted.filter((text) => text.toLowerCase() === 'meta')).toEqual(['Meta', 'Meta']);
  expect(painted.join('|')).not.toMatch(/analysis|metadata/);
});

test('paints French forms on a French page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/news-fr.html');
  await waitForPainted(page, 6);
  const painted = (await paintedTexts(page)).map((text) => text.replace(/\s+/g, ' '));
  for (const name of [
    'IBM',
    'Meta',
    'Fondation Linux',
    'Cern',
    'université de Tokyo',
    'Hugging Face',
    'Dell Technologies',
    'Red Hat',
  ]) {
    expect(painted).toContain(name);
  }
  // The fixture breaks this name across a line: whitespace inside names is folded.
  expect(painted).toContain('Alliance pour l’IA');
});

test('hovering IBM shows its initiatives; moving away hides them', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/news-en.html');
  await waitForPainted(page);
  const ibm = await wordCenter(page, '#lead', 'IBM');
  await page.mouse.move(ibm.x, ibm.y);
  await expect.poll(() => tooltipText(page)).toContain('AI Alliance');
  // The README's picture of the tooltip comes from here.
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/screenshots/tooltip-en.png' });
  const plain = await wordCenter(page, '#plain', 'ordinary');
  await page.mouse.move(plain.x, plain.y);
  await expect.poll(() => tooltipText(page)).toBeNull();
});

test("leaves the page's DOM untouched apart from the one tooltip host", async ({ context }) => {
  const page = await context.newPage();
  await recordDomMutations(page);
  await page.goto('/news-en.html');
  await waitForPainted(page, 6);
  expect(await domMutations(page)).toEqual([]);
  const ibm = await wordCenter(page, '#lead', 'IBM');
  await page.mouse.move(ibm.x, ibm.y);
  await expect.poll(() => tooltipText(page)).toContain('AI Alliance');
  expect(await domMutations(page)).toEqual(['add ai-alliances-lens to html']);
});

test('popup search finds Hugging Face from "hugging"', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const search = popup.getByRole('searchbox');
  await expect(search).toBeFocused();
  await search.fill('hugging');
  await expect(popup.locator('.search-results li').first()).toContainText('Hugging Face');
});

test('turning highlighting off in options clears an open tab', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('/news-en.html');
  await waitForPainted(page, 6);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="enabled"]').uncheck();
  await expect.poll(() => paintedTexts(page)).toEqual([]);
  await options.locator('input[name="enabled"]').check();
  await expect.poll(async () => (await paintedTexts(page)).length).toBeGreaterThan(5);
});

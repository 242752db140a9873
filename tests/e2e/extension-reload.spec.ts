/**
 * When the extension is reloaded or updated, the content scripts already in
 * open pages lose their connection to it. They must notice, take their marks
 * down and stay silent: no "Extension context invalidated" in the page's
 * console, whatever the reader does next.
 */
import { expect, paintedTexts, test } from './extension';
import { tooltipText, waitForPainted, watchConsole, wordCenter } from './page-helpers';

test('a reload of the extension leaves open pages clean and quiet', async ({ context }) => {
  const page = await context.newPage();
  const consoleEntries = await watchConsole(page);
  await page.goto('/news-en.html');
  await waitForPainted(page, 6);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  // The old extension context goes away under the page.
  await worker
    .evaluate(() => chrome.runtime.reload())
    .catch(() => {
      // The worker itself is torn down by the reload.
    });

  // The orphaned content script notices as soon as the reader moves, and
  // takes its marks down.
  const ibm = await wordCenter(page, '#lead', 'IBM');
  await page.mouse.move(ibm.x - 40, ibm.y);
  await page.mouse.move(ibm.x, ibm.y, { steps: 5 });
  await expect.poll(() => paintedTexts(page), { timeout: 5_000 }).toEqual([]);

  // Whatever the reader does next reaches no dead extension.
  await page.mouse.move(ibm.x + 1, ibm.y);
  await page.waitForTimeout(800);
  expect(await tooltipText(page)).toBeNull();
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Cohere, added after the reload.';
    document.body.append(p);
  });
  await page.waitForTimeout(500);

  // The browser asks the fixture server for a favicon it does not have; the
  // page's requests are the zero-network suite's business, not this test's.
  const heard = consoleEntries().filter(
    (entry) =>
      !entry.origin.endsWith('/favicon.ico') && !entry.text.startsWith('Failed to load resource'),
  );
  expect(heard.map((entry) => `${entry.origin}: ${entry.text}`)).toEqual([]);
});

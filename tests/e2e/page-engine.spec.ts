/**
 * The page engine on one page of test cases (tests/fixtures/pages/cases.html):
 * each block says what must be painted inside it. New edge cases become one
 * more block there, not one more test here.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, extensionDir, paintedTexts, test } from './extension';
import {
  domMutations,
  expectPaintedNearViewport,
  namesFound,
  recordDomMutations,
  waitForPainted,
} from './page-helpers';
import { paintedTextsInPage } from '../painted-in-page';

/** Painted range texts grouped by the test-case block they are in (crossing shadow roots). */
async function paintedByCase(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const byCase: Record<string, { text: string; order: Node }[]> = {};
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        // Climb out of shadow roots through their hosts until a block is found.
        let element: Element | null = range.startContainer.parentElement;
        let block: Element | null = null;
        while (element && !(block = element.closest('.test-case'))) {
          const root = element.getRootNode();
          element = root instanceof ShadowRoot ? root.host : null;
        }
        const id = block?.id ?? '(outside any case)';
        const text = (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
        (byCase[id] ??= []).push({ text, order: range.startContainer });
      }
    }
    const out: Record<string, string[]> = {};
    for (const [id, entries] of Object.entries(byCase)) {
      out[id] = entries
        .sort((a, b) =>
          a.order === b.order
            ? 0
            : a.order.compareDocumentPosition(b.order) & Node.DOCUMENT_POSITION_FOLLOWING
              ? -1
              : 1,
        )
        .map((e) => e.text);
    }
    return out;
  });
}

/**
 * cases.html with the whole page on screen: only names near the viewport are
 * painted, and a case added at the bottom must not fall outside that.
 */
async function openCases(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/cases.html');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  return page;
}

async function expectedByCase(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const block of document.querySelectorAll<HTMLElement>('.test-case')) {
      const names = (block.dataset.expect ?? '').split(',').filter(Boolean);
      if (names.length > 0) out[block.id] = names;
    }
    return out;
  });
}

test('every test case paints exactly the names it expects', async ({ context }) => {
  const page = await openCases(context);
  await waitForPainted(page, 5);
  await expect.poll(() => paintedByCase(page)).toEqual(await expectedByCase(page));
});

test('a same-origin iframe gets its own names painted', async ({ context }) => {
  const page = await openCases(context);
  const frame = page.frameLocator('#same-origin-frame');
  await expect(frame.locator('p')).toContainText('CERN');
  const child = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
  await expect.poll(() => child.evaluate(paintedTextsInPage)).toEqual(['CERN']);
});

test('text added after load is painted, 1 000 nodes at once included', async ({ context }) => {
  const page = await openCases(context);
  await expect.poll(() => paintedByCase(page)).toEqual(await expectedByCase(page));
  const before = await namesFound(context, page);
  await page.evaluate(() =>
    (window as unknown as { addManyNames(n: number): void }).addManyNames(1000),
  );
  // 500 names in 1 000 paragraphs, many screens tall: every one is found;
  // those near the viewport are painted, at the top of the list and at its end.
  await expect.poll(() => namesFound(context, page)).toBe(before + 500);
  await expectPaintedNearViewport(page, '#dynamic-target p', 'Cohere');
  // Far below the list now.
  await page.locator('#changed-text').scrollIntoViewIfNeeded();
  await page.evaluate(() => (window as unknown as { changeText(): void }).changeText());
  await expect.poll(async () => (await paintedByCase(page))['changed-text']).toEqual(['Anthropic']);
});

test('a shadow host added after load gets its shadow tree painted', async ({ context }) => {
  const page = await openCases(context);
  await waitForPainted(page, 5);
  await page.evaluate(() => (window as unknown as { addShadowHost(): void }).addShadowHost());
  await expect.poll(async () => (await paintedByCase(page))['late-shadow']).toEqual(['Cohere']);
});

test('painted text keeps its paint when moved, and loses it inside an editor or hidden block', async ({
  context,
}) => {
  const page = await openCases(context);
  await expect
    .poll(async () => (await paintedByCase(page)).moved)
    .toEqual(['OpenAI', 'Anthropic', 'CERN']);
  await page.evaluate(() => (window as unknown as { moveNames(): void }).moveNames());
  await expect.poll(async () => (await paintedByCase(page)).moved).toEqual(['OpenAI']);
});

test('a changed text loses its paint and its neighbours keep theirs, after a scroll too', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/cases.html');
  const painted = async () => (await paintedByCase(page))['several-texts'] ?? [];
  const change = (index: number, text: string) =>
    page.evaluate(
      ([index, text]) =>
        (
          window as unknown as { changeOneOfSeveral(i: number, t: string): void }
        ).changeOneOfSeveral(index, text),
      [index, text] as const,
    );
  await page.locator('#several-texts').scrollIntoViewIfNeeded();
  await expect
    .poll(painted)
    .toEqual(['IBM', 'CERN', 'OpenAI', 'Anthropic', 'Cohere', 'Hugging Face']);
  await change(0, 'Nothing here.');
  await expect.poll(painted).toEqual(['OpenAI', 'Anthropic', 'Cohere', 'Hugging Face']);
  await change(2, 'Nothing either.');
  await expect.poll(painted).toEqual(['OpenAI', 'Anthropic']);
  // Far away and back: the names that left must not come back with the others.
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '20000px';
    document.body.append(spacer);
    spacer.scrollIntoView({ block: 'end' });
  });
  await expect.poll(painted).toEqual([]);
  await page.locator('#several-texts').scrollIntoViewIfNeeded();
  await expect.poll(painted).toEqual(['OpenAI', 'Anthropic']);
});

test('a client-side route change is rescanned', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/spa/one');
  await expect.poll(() => paintedTexts(page)).toEqual(['IBM']);
  await page.getByRole('link', { name: 'Two' }).click();
  await expect.poll(() => paintedTexts(page)).toEqual(['Anthropic', 'OpenAI']);
});

test('a page re-rendering its top while it is scanned still gets the rest scanned', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/replaced-while-scanned.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __settled?: boolean }).__settled), {
      // 30 tasks that each copy 15 000 paragraphs, which the scanner then reads.
      timeout: 20_000,
    })
    .toBe(true);
  const expected = await page.evaluate(
    () => (window as unknown as { __expectedNames: number }).__expectedNames,
  );
  await expect.poll(() => namesFound(context, page), { timeout: 10_000 }).toBe(expected);
});

test('scanning edits nothing in the page DOM', async ({ context }) => {
  const page = await context.newPage();
  await recordDomMutations(page);
  await page.goto('/cases.html');
  await waitForPainted(page, 5);
  // Scrolled to first (scrolling edits nothing): only names near the viewport are painted.
  await page.locator('#dynamic-target').scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    (window as unknown as { addManyNames(n: number): void }).addManyNames(10),
  );
  await expect.poll(async () => (await paintedByCase(page)).dynamic?.length ?? 0).toBe(5);
  const mutations = await domMutations(page);
  // Only the page's own insertion of ten paragraphs (one fragment).
  expect(mutations.filter((m) => !m.startsWith('add p to div'))).toEqual([]);
  expect(mutations).toHaveLength(10);
});

test('the content script stays within its 60 KB budget, data included', () => {
  // As built and minified: it is loaded into every frame of every page. The
  // stricter reading of KB (1 000 bytes).
  const bytes = statSync(join(extensionDir, 'content-scripts', 'content.js')).size;
  expect(bytes).toBeLessThanOrEqual(60_000);
});

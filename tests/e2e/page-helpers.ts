/**
 * Helpers that run in the page's main world: where is a word on screen, and
 * what did anyone change in the DOM. They see the page exactly as the page's
 * own scripts do.
 */
import type { Frame, Page } from '@playwright/test';

/**
 * Center of an occurrence of `word` inside the element matching `selector`
 * (inside its open shadow root when it has one), in the frame's viewport.
 */
export async function wordCenter(
  page: Page | Frame,
  selector: string,
  word: string,
  occurrence = 0,
) {
  const point = await page.evaluate(
    ({ selector, word, occurrence }) => {
      const element = document.querySelector(selector);
      const root = element?.shadowRoot ?? element;
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let at = text.indexOf(word);
        while (at >= 0) {
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return {
              x: rect.left + rect.width / 2,
              y: rect.top + rect.height / 2,
              rect: rect.toJSON(),
            };
          }
          at = text.indexOf(word, at + 1);
        }
      }
      return null;
    },
    { selector, word, occurrence },
  );
  if (!point) throw new Error(`"${word}" not found in ${selector}`);
  return point as { x: number; y: number; rect: Box };
}

/**
 * Records every DOM mutation once the parser is done (DOMContentLoaded), which
 * is before any `document_idle` content script, ours included, runs. Read the
 * log with `domMutations`.
 */
export async function recordDomMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __domMutations: string[] }).__domMutations = log;
    const describe = (node: Node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? (node as Element).tagName.toLowerCase()
        : `#${node.nodeName}`;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const node of record.addedNodes)
            log.push(`add ${describe(node)} to ${describe(record.target)}`);
          for (const node of record.removedNodes)
            log.push(`remove ${describe(node)} from ${describe(record.target)}`);
        } else {
          log.push(
            `${record.type} ${describe(record.target)} ${record.attributeName ?? ''}`.trim(),
          );
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      }),
    );
  });
}

/** Mutations recorded since the parser finished. */
export async function domMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __domMutations: string[] }).__domMutations);
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The tooltip's box in the viewport, or null when none is shown. */
export async function tooltipBox(page: Page | Frame): Promise<Box | null> {
  return page.evaluate(() => {
    const host = document.querySelector('ai-alliances-lens');
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip ? (tip.getBoundingClientRect().toJSON() as Box) : null;
  });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export async function tooltipText(page: Page | Frame): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('ai-alliances-lens');
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip ? (tip.textContent ?? '') : null;
  });
}

/** Waits until the extension has painted at least `count` names. */
export async function waitForPainted(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((min) => {
    let n = 0;
    for (const [, highlight] of CSS.highlights) n += highlight.size;
    return n >= min;
  }, count);
}

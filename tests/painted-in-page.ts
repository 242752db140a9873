/**
 * What the extension painted, read in the page: functions for a driver's
 * `page.evaluate` / `waitForFunction`, shared by the Chromium (Playwright)
 * and Firefox (Puppeteer) suites. They run in the page, serialized from their
 * source, so each must stay self-contained: no imports, no helpers.
 */

/**
 * The text of every painted name in this document's highlight registry,
 * sorted. Names are StaticRanges within one text node (no toString()).
 */
export function paintedTextsInPage(): string[] {
  const out: string[] = [];
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight) {
      out.push((range.startContainer as Text).data.slice(range.startOffset, range.endOffset));
    }
  }
  return out.sort();
}

/** Whether at least `min` names are painted. */
export function paintedAtLeastInPage(min: number): boolean {
  let n = 0;
  for (const [, highlight] of CSS.highlights) n += highlight.size;
  return n >= min;
}

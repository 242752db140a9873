/**
 * Finds names in many short texts with one matcher call. A page is mostly
 * short text nodes (a sentence, a link, a label), and calling the matcher
 * once per node costs more in per-call overhead than the matching itself:
 * on a 2 MB page of ~30 000 nodes, one call per node took 30–60 ms in
 * Chromium, one call over the joined text 12 ms.
 *
 * Texts are joined with U+0000 between them: no name contains it, and the
 * matcher treats it as neither a word character nor a space, so a name can
 * neither span two texts nor take a word of the previous text as context.
 * Browser-free.
 */
import type { FoundName, NameFinder } from './name-finder';

export const BATCH_SEPARATOR = '\u0000';

export interface BatchHit {
  /** Position of the text in the batch. */
  index: number;
  /** Offsets within that text. */
  name: FoundName;
}

export function findInBatch(finder: NameFinder, texts: readonly string[]): BatchHit[] {
  if (texts.length === 0) return [];
  if (texts.length === 1) return finder.find(texts[0]!).map((name) => ({ index: 0, name }));
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const hits: BatchHit[] = [];
  let index = 0;
  for (const name of finder.find(texts.join(BATCH_SEPARATOR))) {
    // Matches come in text order: advance to the text holding this one.
    while (index + 1 < starts.length && starts[index + 1]! <= name.start) index++;
    const base = starts[index]!;
    hits.push({ index, name: { ...name, start: name.start - base, end: name.end - base } });
  }
  return hits;
}

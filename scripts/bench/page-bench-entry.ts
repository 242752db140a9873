/**
 * The browser half of the page benchmark, bundled by `page-bench.ts` and
 * injected into a generated page. It runs the content script's own scanner
 * and painter (the same modules, not a copy), a bare TreeWalker walk, and
 * mark.js, on the page's text.
 */
import Mark from 'mark.js';
import { Painter } from '../../entrypoints/content/painter';
import { PageScanner } from '../../entrypoints/content/page-scanner';
import { unpackContentIndex, type PackedContentIndex } from '../../lib/dataset/content-index';
import { createNameFinder, type NameFinder } from '../../lib/name-finder';

export interface ScanResult {
  /** Wall time from start to idle, including the page's turns between slices. */
  ms: number;
  /** Time spent in the scanner's own slices: its cost to the page. */
  workMs: number;
  names: number;
  slices: number;
  longestSliceMs: number;
}

/** The page's finder: built once by `prepare`, as the content script builds one per page. */
let finder: NameFinder | undefined;

/** Builds the finder from the packed index; returns the time it took. */
function prepare(packed: PackedContentIndex): number {
  const start = performance.now();
  finder = createNameFinder(unpackContentIndex(packed));
  return performance.now() - start;
}

/**
 * The floor for any scanner: visit every text node and read every character.
 * The sum is returned so the engine cannot skip the reads.
 */
function walk(): { ms: number; nodes: number; chars: number; checksum: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  let checksum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes++;
    chars += data.length;
    for (let i = 0; i < data.length; i++) checksum = (checksum + data.charCodeAt(i)) | 0;
  }
  return { ms: performance.now() - start, nodes, chars, checksum };
}

/**
 * Our scan + paint, from a cold start to the last painted name. Each slice the
 * scanner runs is timed (a slice is one task: the longest is the longest task
 * the scan adds to the page).
 */
async function scan(): Promise<ScanResult> {
  if (!finder) throw new Error('prepare() first');
  const slices: number[] = [];
  const proto = PageScanner.prototype as unknown as { runSlice(): void };
  const runSlice = proto.runSlice;
  proto.runSlice = function (this: unknown) {
    const t = performance.now();
    runSlice.call(this);
    slices.push(performance.now() - t);
  };
  try {
    const painter = new Painter('underline');
    const start = performance.now();
    const scanner = new PageScanner({
      finder,
      painter,
      isOwnNode: () => false,
      maxNames: Number.MAX_SAFE_INTEGER,
      onChange: () => {},
    });
    scanner.start();
    await scanner.whenIdle();
    const ms = performance.now() - start;
    const names = [...scanner.allNames()].length;
    scanner.stop();
    painter.dispose();
    const workMs = slices.reduce((sum, t) => sum + t, 0);
    return {
      ms,
      workMs,
      names,
      slices: slices.length,
      longestSliceMs: Math.max(...slices),
    };
  } finally {
    proto.runSlice = runSlice;
  }
}

/**
 * mark.js given the same names. It wraps each hit in a <mark> (a DOM edit),
 * so it runs last, on a part of the page, and the caller scales the time up.
 */
function markjs(names: string[], selector: string): { ms: number; marks: number } {
  const root = document.querySelector(selector)!;
  const start = performance.now();
  let marks = 0;
  new Mark(root).mark(names, {
    separateWordSearch: false,
    accuracy: 'exactly',
    caseSensitive: false,
    diacritics: false,
    each: () => marks++,
  });
  return { ms: performance.now() - start, marks };
}

const api = { walk, prepare, scan, markjs };
export type BenchApi = typeof api;
(window as unknown as { bench: BenchApi }).bench = api;

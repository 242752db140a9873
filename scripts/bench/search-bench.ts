/**
 * The popup search, typed one keystroke at a time over the whole dataset:
 * every prefix of a few real queries (accents dropped, a typo, French forms)
 * is one query, as the popup runs one per keystroke.
 */
import { compileIndex } from '../../lib/dataset/compile';
import { loadDataset } from '../../lib/dataset/load';
import { createDatasetSearch } from '../../lib/search';

const QUERIES = [
  'universite de tokyo',
  'Frontier Model Forum',
  'fondation linux',
  'hugging face',
  'cern',
  'Frontir Modle Forum',
  "alliance pour l'ia",
  'white house commitments',
];

export interface SearchBenchResult {
  queries: number;
  buildMs: number;
  /** Median keystroke. */
  medianMs: number;
  /** Slowest keystroke (each keystroke timed as its median of five). */
  maxMs: number;
}

export function runSearchBench(): SearchBenchResult {
  const index = compileIndex(loadDataset('data'));
  const buildStart = performance.now();
  const search = createDatasetSearch(index);
  const buildMs = performance.now() - buildStart;
  const keystrokes = QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
  // A warm-up pass, then five: each keystroke's time is its median over the
  // five, so one garbage collection does not pass for a slow query.
  for (const q of keystrokes) search.search(q);
  const runs = keystrokes.map(() => [] as number[]);
  for (let pass = 0; pass < 5; pass++) {
    keystrokes.forEach((q, k) => {
      const start = performance.now();
      search.search(q);
      runs[k]!.push(performance.now() - start);
    });
  }
  const times = runs.map((r) => r.sort((a, b) => a - b)[2]!).sort((a, b) => a - b);
  return {
    queries: times.length,
    buildMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    maxMs: times[times.length - 1]!,
  };
}

/**
 * `npm run bench`: runs every benchmark half, prints its table, and ends with
 * one summary line of `key=value` fields. Each half adds its fields to
 * `results`; the summary prints them in insertion order.
 */
import { runMatcherBench, type MatcherBenchRow } from './matcher-bench';
import { runPageBench } from './page-bench';
import { runSearchBench } from './search-bench';

/** Summary fields, in print order. */
const results = new Map<string, string>();

function printTable(title: string, rows: readonly MatcherBenchRow[]): void {
  console.log(`\n${title}`);
  const header = ['corpus', 'names', 'engine', 'MB/s', 'matches', 'note'];
  const lines = rows.map((r) => [
    r.corpus,
    String(r.names),
    r.engine,
    r.MBps.toFixed(1),
    String(r.matches),
    r.note ?? '',
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...lines.map((l) => l[k]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, k) =>
        k === 1 || k === 3 || k === 4 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!),
      )
      .join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(format(l));
}

function printSummary(): void {
  console.log([...results].map(([k, v]) => `${k}=${v}`).join(' '));
}

async function main(): Promise<void> {
  const matcher = await runMatcherBench({ log: (line) => console.error(line) });
  printTable(
    'Matcher, Node (MB/s = 10^6 bytes of UTF-8 text per second, median of runs)',
    matcher.rows,
  );
  console.log(
    `\ncompileMatcher(2000 names): ${matcher.compileMs.toFixed(1)} ms warm (first call ` +
      `${matcher.compileColdMs.toFixed(1)} ms), ` +
      `~${(matcher.matcherBytes / 1024).toFixed(0)} KB; text ${matcher.textMB.toFixed(2)} MB`,
  );
  results.set('matcher_MBps', matcher.matcherMBps.toFixed(0));
  results.set('vs_naive', `${matcher.vsNaive.toFixed(0)}x`);
  results.set('vs_combined_regex', `${matcher.vsCombinedRegex.toFixed(1)}x`);
  results.set('vs_ahocorasick', `${matcher.vsAhoCorasick.toFixed(1)}x`);

  const search = runSearchBench();
  console.log(
    `\nPopup search, Node: ${search.queries} keystroke queries over the whole dataset: ` +
      `median ${search.medianMs.toFixed(2)} ms, slowest ${search.maxMs.toFixed(2)} ms ` +
      `(index built in ${search.buildMs.toFixed(1)} ms)`,
  );

  const page = await runPageBench({ log: (line) => console.error(line) });
  console.log(
    `\nPage scan, Chromium: ${page.textMB.toFixed(2)} MB of text in ${page.textNodes} text nodes, ` +
      `${page.names} names painted`,
  );
  for (const run of page.byHeap) {
    console.log(`  heap ${run.heap}:`);
    console.log(`    bare TreeWalker walk reading every character  ${run.walkMs.toFixed(1)} ms`);
    console.log(
      `    our scan + paint (median time in its slices)   ${run.scanMs.toFixed(1)} ms in ` +
        `${run.slices} slices (${run.scanWallMs.toFixed(1)} ms start to idle), ` +
        `longest ${run.longestTaskMs.toFixed(1)} ms: ${run.scanVsWalk.toFixed(2)}x the walk`,
    );
  }
  console.log(
    `  first runs, before the JIT has warmed up        walk ${page.coldWalkMs.toFixed(1)} ms, ` +
      `scan ${page.coldScanMs.toFixed(1)} ms (after building the finder: ` +
      `${page.compileMs.toFixed(1)} ms, cold)`,
  );
  console.log(
    `  mark.js, same names                            ${page.markjsMs.toFixed(0)} ms (${page.markjsNote})`,
  );
  // Of the two heap states, the summary keeps the worse figures.
  results.set('scan_vs_walk', `${page.scanVsWalk.toFixed(2)}x`);
  results.set('vs_markjs', `${page.vsMarkjs.toFixed(0)}x`);
  results.set('longest_task_ms', page.longestTaskMs.toFixed(1));

  printSummary();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

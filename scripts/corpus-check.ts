/**
 * `npm run corpus-check -- DIR`: runs the built extension in Chromium over a
 * folder of saved pages (`*.html` or `*.html.gz`) and reports, per page, how
 * many names it found, how long its longest task on the page's main thread
 * was, and anything it printed to the console. Ends with one summary line and
 * fails if, on any page, the extension printed anything, held a main thread
 * past 50 ms or did not answer. A page that never finishes parsing offline,
 * or sends itself elsewhere before a content script runs, is skipped and the
 * report says why.
 *
 * Not part of the test suite, which must pass without such a folder: it is
 * how the scanner meets DOMs nobody here wrote. Each page is served from one
 * made-up origin and every other request is refused, so a page's own scripts
 * and styles that point elsewhere fail as they would offline; what the page
 * prints about that is its own business and is not reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../tests/e2e/extension';
import { namesFound, traceMainThread, watchConsole } from '../tests/e2e/page-helpers';

const LONG_TASK_MS = 50;
/** Where each page tried to send its tab, if it did. */
const departures = new WeakMap<Page, string>();
/** Over https: several saved pages send themselves there from http. */
const ORIGIN = 'https://corpus.test';
/** Time a page gets to parse: generous, since one that never does is skipped, not failed. */
const PARSE_TIMEOUT_MS = 20_000;
/** Time a page gets, once parsed, to be scanned before it is measured. */
const SETTLE_MS = 1500;

interface PageReport {
  file: string;
  names: number;
  longestMs: number;
  totalMs: number;
  problems: string[];
}

function pagesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => /\.html(\.gz)?$/.test(file))
    .sort();
}

function pathOf(file: string): string {
  return `/${encodeURIComponent(file)}`;
}

function readPage(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The page's report, or why the page could not be checked (its own doing). */
async function checkPage(
  page: Page,
  file: string,
  extensionId: string,
): Promise<PageReport | string> {
  const consoleEntries = await watchConsole(page);
  const stopTrace = await traceMainThread(page, extensionId);
  // Not `load`: with their subresources refused, some saved pages never fire
  // it, extension or not. A few never reach DOMContentLoaded either: sent
  // elsewhere mid-parse (to an anti-tamper address), they are left
  // half-loaded, and the browser injects no content script into such a page.
  await page.goto(ORIGIN + pathOf(file), { waitUntil: 'commit' });
  const parsed = await page
    .waitForLoadState('domcontentloaded', { timeout: PARSE_TIMEOUT_MS })
    .then(
      () => true,
      () => false,
    );
  if (!parsed) {
    await stopTrace();
    const departure = departures.get(page);
    return (
      `never reached DOMContentLoaded in ${PARSE_TIMEOUT_MS / 1000} s` +
      (departure ? ` (it tried to leave for ${departure})` : '')
    );
  }
  await page.waitForTimeout(SETTLE_MS);
  let names: number;
  try {
    names = await namesFound(page.context(), page);
  } catch (error) {
    // Sent elsewhere mid-load (an anti-tamper script's `location.replace`),
    // a page may be left half-loaded with no content script: on the web it
    // would have gone on to the other page.
    const departure = departures.get(page);
    if (!departure) throw error;
    await stopTrace();
    return `no content script after trying to leave for ${departure}`;
  }
  const trace = await stopTrace();
  const problems = consoleEntries()
    .filter(
      (entry) =>
        entry.origin.startsWith('chrome-extension://') ||
        entry.text.includes('chrome-extension://'),
    )
    .map((entry) => `${entry.kind}: ${entry.text}`);
  return {
    file,
    names,
    longestMs: trace.extensionLongestMs,
    totalMs: trace.extensionTotalMs,
    problems,
  };
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run corpus-check -- DIR   (a folder of *.html or *.html.gz pages)');
    process.exit(2);
  }
  const folder = resolve(dir);
  const files = pagesIn(folder);
  if (files.length === 0) throw new Error(`No *.html or *.html.gz page in ${dir}`);

  const fileAt = new Map(files.map((file) => [pathOf(file), file]));
  const context = await launchWithExtension();
  const reports: PageReport[] = [];
  const failures: string[] = [];
  const skipped: string[] = [];
  try {
    const extensionId = await extensionIdOf(context);
    await context.route('**/*', (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const file = url.origin === ORIGIN ? fileAt.get(url.pathname) : undefined;
      if (!file) {
        // A page that sends itself elsewhere (a script, a meta refresh) would
        // land on an error page: a navigation answered 204 goes nowhere, so
        // the page stays. Not for frames: one left that way never fires
        // `load`, and neither does its page.
        const leavesPage = request.isNavigationRequest() && !request.frame().parentFrame();
        if (!leavesPage) return route.abort();
        departures.set(request.frame().page(), request.url());
        return route.fulfill({ status: 204 });
      }
      return route.fulfill({
        body: readPage(join(folder, file)),
        contentType: 'text/html; charset=utf-8',
      });
    });
    for (const file of files) {
      const label = file.slice(0, 16).padEnd(16);
      const page = await context.newPage();
      try {
        const report = await checkPage(page, file, extensionId);
        if (typeof report === 'string') {
          skipped.push(file);
          console.log(`${label}  skipped: ${report}`);
          continue;
        }
        reports.push(report);
        console.log(
          `${label}  names ${String(report.names).padStart(4)}  ` +
            `longest ${report.longestMs.toFixed(1).padStart(5)} ms  ` +
            `total ${report.totalMs.toFixed(1).padStart(6)} ms` +
            (report.problems.length > 0 ? `  PROBLEMS: ${report.problems.join(' | ')}` : ''),
        );
      } catch (error) {
        // The content script not answering is a failure too.
        failures.push(file);
        console.log(`${label}  FAILED: ${(error as Error).message}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }

  const withProblems = reports.filter((r) => r.problems.length > 0);
  const longTasks = reports.filter((r) => r.longestMs > LONG_TASK_MS);
  const longest = reports.reduce((worst, r) => (r.longestMs > worst.longestMs ? r : worst), {
    file: '-',
    longestMs: 0,
  });
  console.log(
    `pages=${reports.length} names=${reports.reduce((sum, r) => sum + r.names, 0)} ` +
      `pages_with_names=${reports.filter((r) => r.names > 0).length} ` +
      `longest_task_ms=${longest.longestMs} (${longest.file}) ` +
      `pages_over_${LONG_TASK_MS}ms=${longTasks.length} pages_with_console_output=${withProblems.length} ` +
      `pages_failed=${failures.length} pages_skipped=${skipped.length}`,
  );
  if (withProblems.length > 0 || longTasks.length > 0 || failures.length > 0) process.exitCode = 1;
}

await main();

#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find:
// lint → types → dataset → unit → build → end-to-end in Chromium, then in
// Firefox → web-ext lint of the Firefox build.
// Every stage runs even when an earlier one failed (so one run shows every
// problem), except that the browser stages need a build. Vitest and
// Playwright do not print a one-line tally, so this prints the closing
// `N passed, M failed` line from their JSON reports; a failing stage that is
// not a test runner (lint, types, build) counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function stage(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

/** Titles of the failed tests in a Vitest JSON report. */
function vitestFailures(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status === 'failed').map((t) => t.fullName),
  );
}

/** Titles of the failed tests in a Playwright JSON report. */
function playwrightFailures(report) {
  const out = [];
  const visit = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        if (t.status === 'unexpected')
          out.push(`${[...here, spec.title].join(' › ')} [${t.projectName}]`);
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of report.suites) visit(suite, []);
  return out;
}

function testStage(label, command, args, reportPath, countReport) {
  rmSync(reportPath, { force: true });
  const ok = run(label, command, args);
  if (!existsSync(reportPath)) {
    failed++;
    summary.push(`FAIL ${label} (no report written)`);
    return;
  }
  const counts = countReport(JSON.parse(readFileSync(reportPath, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  // A runner can exit non-zero with every test passed (a crash in teardown,
  // no tests found): that must still fail the run.
  if (!ok && counts.failed === 0) failed++;
  summary.push(
    `${ok ? 'ok  ' : 'FAIL'} ${label}: ${counts.passed} passed, ${counts.failed} failed`,
  );
  // CI logs are often read from the tail only: name what failed right here.
  for (const title of counts.failures) summary.push(`       ✘ ${title}`);
}

const npx = 'npx';
stage('lint', npx, ['eslint', '.']);
stage('format', npx, ['prettier', '--check', '.']);
stage('types', npx, ['tsc', '--noEmit']);
stage('dataset', npx, ['tsx', 'scripts/data-check.ts']);
testStage('unit', npx, ['vitest', 'run'], 'test-results/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  failures: vitestFailures(r),
}));
const built =
  stage('build', npx, ['wxt', 'build']) &&
  stage('build firefox', npx, ['wxt', 'build', '-b', 'firefox']);
if (built) {
  testStage('end-to-end (Chromium)', npx, ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    failures: playwrightFailures(r),
  }));
  testStage(
    'end-to-end (Firefox)',
    npx,
    ['vitest', 'run', '--config', 'vitest.firefox.config.ts'],
    'test-results/firefox.json',
    (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, failures: vitestFailures(r) }),
  );
  stage('web-ext lint', 'node', ['scripts/lint-firefox.mjs']);
} else {
  failed++;
  summary.push('FAIL end-to-end and web-ext lint (skipped: no build)');
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

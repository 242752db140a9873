#!/usr/bin/env node
// Lints the Firefox build the way addons.mozilla.org will (web-ext lint, i.e.
// Mozilla's addons-linter, whose schemas ship inside the package: no network).
// Writes the full report to test-results/web-ext-lint.json, prints the counts
// and every message, and exits non-zero on any error. Warnings are printed
// but do not fail: AMO accepts them with a review note.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const sourceDir = process.argv[2] ?? '.output/firefox-mv2';
const reportPath = 'test-results/web-ext-lint.json';

if (!existsSync(`${sourceDir}/manifest.json`)) {
  console.error(`No Firefox build in ${sourceDir}: run \`npm run build\` first.`);
  process.exit(1);
}

// The package exports only its API; its command line sits next to index.js.
const webExt = join(
  dirname(createRequire(import.meta.url).resolve('web-ext')),
  'bin',
  'web-ext.js',
);
const result = spawnSync(
  process.execPath,
  [webExt, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // web-ext otherwise asks the npm registry whether it is up to date.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  },
);
process.stderr.write(result.stderr ?? '');

let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  process.stdout.write(result.stdout ?? '');
  console.error(`web-ext lint printed no JSON report (exit ${result.status})`);
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });
writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');

for (const kind of ['errors', 'warnings', 'notices']) {
  for (const message of report[kind]) {
    const where = message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
    console.log(`${kind.slice(0, -1)}: ${message.code} ${message.message}${where}`);
    if (kind === 'errors') console.log(`  ${message.description}`);
  }
}
const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices → ${reportPath}`,
);
process.exit(errors === 0 && result.status === 0 ? 0 : 1);

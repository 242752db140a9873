/**
 * The deliberately broken dataset in tests/fixtures/data-malformed: the loader,
 * `npm run data:check` and the build plugin all refuse it and say where.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, loadDataset } from '../../lib/dataset/load';
import { datasetPlugin } from '../../scripts/vite-dataset-plugin';

const FIXTURE = 'tests/fixtures/data-malformed';
const ORGS = `${FIXTURE}/organizations.json: organizations[1] (id "beta-labs")`;
const PACT = `${FIXTURE}/initiatives/broken-pact.json`;
const EXPECTED = [
  `${ORGS}: field "country": must be an ISO 3166 alpha-2 code (two capital letters) or null`,
  `${ORGS}: field "website": unknown field`,
  `${PACT}: members[0] (org "acme"): field "source": must be an https URL`,
  `${PACT}: members[1] (org "beta-labs"): field "role": must be one of co-founder,`,
  `${PACT}: members[2] (org "nowhere-inc"): field "org": unknown organization "nowhere-inc"`,
];

function dataCheck(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('loadDataset on the malformed fixture', () => {
  it('throws one DatasetError naming file, record and field of each problem', () => {
    let error: unknown;
    try {
      loadDataset(FIXTURE, { today: '2024-06-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const lines = (error as DatasetError).message
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
    expect(lines).toHaveLength(EXPECTED.length);
    EXPECTED.forEach((start, i) =>
      expect(lines[i]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
    );
  });
});

describe('npm run data:check', () => {
  it('exits non-zero on the malformed fixture and prints the problems', () => {
    const run = dataCheck(FIXTURE);
    expect(run.status).toBe(1);
    for (const line of EXPECTED) expect(run.stderr).toContain(line);
  });

  it('exits 0 on the real data and ends with the summary line', () => {
    const run = dataCheck();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const last = run.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(
      /^initiatives=\d+ organizations=\d+ memberships=\d+ sourced=\d+(\.\d)?% dated=\d+(\.\d)?%$/,
    );
    expect(last).toMatch(/ sourced=100% /);
  });
});

describe('the build plugin', () => {
  type LoadHook = (this: unknown, id: string) => string | undefined;
  const load = (dataDir: string) => {
    const plugin = datasetPlugin({ dataDir });
    const context = {
      addWatchFile: vi.fn(),
      error: vi.fn((message: string) => {
        throw new Error(message);
      }),
    };
    const resolved = (plugin.resolveId as (id: string) => string | undefined)(
      'virtual:dataset-index',
    );
    return { context, run: () => (plugin.load as LoadHook).call(context, resolved!) };
  };

  it('resolves only its virtual id', () => {
    const plugin = datasetPlugin();
    expect((plugin.resolveId as (id: string) => string | undefined)('virtual:dataset-index')).toBe(
      '\0virtual:dataset-index',
    );
    expect((plugin.resolveId as (id: string) => string | undefined)('./other')).toBeUndefined();
    expect((plugin.load as LoadHook).call({}, './other')).toBeUndefined();
  });

  it('emits the packed index and watches every data file', () => {
    const { context, run } = load('data');
    const code = run()!;
    expect(code).toMatch(/^export default \{"format":1,"asOf":"\d{4}-\d{2}-\d{2}",/);
    const watched = context.addWatchFile.mock.calls.map(([file]) =>
      String(file).replace(/\\/g, '/'),
    );
    expect(watched.some((f) => f.endsWith('/data/organizations.json'))).toBe(true);
    expect(watched.some((f) => f.endsWith('/data/meta.json'))).toBe(true);
    expect(watched.some((f) => f.endsWith('/data/initiatives/ai-alliance.json'))).toBe(true);
    expect(watched.some((f) => f.endsWith('/data/initiatives'))).toBe(true);
  });

  it('fails the build with the problem list on invalid data', () => {
    const { context, run } = load(FIXTURE);
    expect(run).toThrow(/field "source": must be an https URL/);
    expect(context.error).toHaveBeenCalledTimes(1);
    const message = String(context.error.mock.calls[0]![0]);
    for (const line of EXPECTED) expect(message).toContain(line);
  });
});

import { defineConfig } from '@playwright/test';

export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser with the extension per worker; two cores on the CI machine.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
  projects: [
    { name: 'behaviour', testIgnore: /hostile-pages/ },
    {
      // Task lengths are measured, so these run last and one at a time: a
      // second browser on a two-core machine would stretch every task.
      name: 'timing',
      testMatch: /hostile-pages/,
      dependencies: ['behaviour'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: {
    command: `node tests/e2e/fixture-server.mjs ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/health`,
    reuseExistingServer: !process.env.CI,
  },
});

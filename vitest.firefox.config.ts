import { defineConfig } from 'vitest/config';

// The Firefox smoke suite (tests/firefox): a real Firefox ESR with the built
// extension, so it runs after `npm run build`, in node, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Report for scripts/run-tests.mjs, which prints the closing tally.
    reporters: ['default', ['json', { outputFile: 'test-results/firefox.json' }]],
  },
});

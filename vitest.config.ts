import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Report for scripts/run-tests.mjs, which prints the closing tally.
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});

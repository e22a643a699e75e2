import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser tests share one Chromium; corpus sweeps are CPU-bound on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    // nodejieba loads a 300 MB dictionary per process; keep the number of workers small.
    maxWorkers: 2,
  },
});

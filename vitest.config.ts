import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles dist/ when src/ is newer: spawned smoke tests and analyze's worker threads run the built code.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    // nodejieba loads a 300 MB dictionary per process; keep the number of workers small.
    maxWorkers: 2,
  },
});

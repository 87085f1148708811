import { defineConfig } from 'vitest/config';

/**
 * Files that need a process of their own (isolate: true):
 * - vi.mock: a mock applies only to a module graph that has not loaded the real module yet;
 * - nodejieba loaded on the test's own thread: cppjieba keeps the first dictionary it loads for the life of the
 *   process (segment's full one, keywords' compact one, a user dictionary), so two such files in one process
 *   would see each other's dictionary;
 * - assertions that nodejieba was never loaded in the process (lint, draft).
 * A new test that loads nodejieba on its own thread (segment, extractKeywords, analyze with keywords and
 * --jobs 1 or one file) belongs here too; analyze's and compare's worker threads load it apart and do not count.
 */
const ISOLATED = [
  'test/lint/cli-trust.test.ts',
  'test/hardening/messages.test.ts',
  'test/cli/cli.test.ts',
  'test/segment/segment.test.ts',
  'test/segment/keywords.test.ts',
  'test/records/partial.test.ts',
  'test/lint/corpus.test.ts',
];

const common = {
  testTimeout: 60000,
  hookTimeout: 60000,
};

export default defineConfig({
  test: {
    // Compiles dist/ when src/ is newer: spawned smoke tests and analyze's worker threads run the built code.
    globalSetup: ['test/global-setup.ts'],
    // Two cores: one worker process each.
    maxWorkers: 2,
    projects: [
      {
        // Every other file shares its worker's module graph with the files run before it: importing src/ (and
        // commander, handlebars, docx, exceljs …) once per worker instead of once per file halves the suite's CPU.
        // Such files must leave no state behind (helpers.cli restores cwd and env; temp folders are fresh).
        test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      {
        test: { ...common, name: 'isolated', include: ISOLATED, isolate: true },
      },
    ],
  },
});

import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Files that need a process of their own (isolate: true):
 * - vi.mock: a mock applies only to a module graph that has not loaded the real module yet;
 * - assertions that nodejieba was never loaded in the process (lint).
 */
const ISOLATED = [
  'test/lint/cli-trust.test.ts',
  'test/hardening/messages.test.ts',
  'test/lint/corpus.test.ts',
];

/**
 * Files that load nodejieba on their own thread. cppjieba keeps the first dictionary it loads for the life of the
 * process, so each dictionary has its own project and processes: segment's full dictionary, and the compact one of
 * keywords (extractKeywords, analyze with keywords and --jobs 1 or one file). Files of one project share the load.
 * A new test that loads nodejieba on its own thread belongs to one of these; analyze's and compare's worker
 * threads load it apart and do not count.
 */
const JIEBA_FULL = ['test/cli/cli.test.ts', 'test/segment/segment.test.ts'];
const JIEBA_COMPACT = ['test/segment/keywords.test.ts', 'test/records/partial.test.ts'];

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
    // Transformed modules kept on disk between runs, keyed by path and content (a changed file is transformed
    // again): a run after the first skips most of esbuild's work in the main process.
    experimental: { fsModuleCache: true, fsModuleCachePath: path.join(os.tmpdir(), 'jianghua-vitest-cache') },
    projects: [
      {
        // Every other file shares its worker's module graph with the files run before it: importing src/ (and
        // commander, handlebars, docx, exceljs …) once per worker instead of once per file halves the suite's CPU.
        // Such files must leave no state behind (helpers.cli restores cwd and env; temp folders are fresh).
        test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: [...ISOLATED, ...JIEBA_FULL, ...JIEBA_COMPACT], isolate: false, sequence: { groupOrder: 1 } },
      },
      // One process for each dictionary, the two side by side, before the rest (vitest runs a group of projects
      // with one worker count at a time).
      { test: { ...common, name: 'jieba-full', include: JIEBA_FULL, isolate: false, maxWorkers: 1, sequence: { groupOrder: 0 } } },
      { test: { ...common, name: 'jieba-compact', include: JIEBA_COMPACT, isolate: false, maxWorkers: 1, sequence: { groupOrder: 0 } } },
      {
        test: { ...common, name: 'isolated', include: ISOLATED, isolate: true, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

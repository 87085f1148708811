import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that need a process of their own (isolate: true): vi.mock applies only to a module graph that has not
 * loaded the real module yet.
 * The assertion that linting never loads nodejieba (test/lint/corpus.test.ts) holds in a shared process too: no file
 * of `shared` loads it on the test's thread (those are the jieba projects below), so it cannot pass wrongly there.
 */
const ISOLATED = ['test/lint/cli-trust.test.ts'];

/**
 * Files that load nodejieba on their own thread. cppjieba keeps the first dictionary it loads for the life of the
 * process, so each dictionary has its own project (vitest never hands a process of one project a file of another):
 * segment's full dictionary, and the compact one of keywords (extractKeywords, analyze with keywords and --jobs 1 or
 * one file). A new test that loads nodejieba on its own thread belongs to one of these; analyze's and compare's
 * worker threads load it apart and do not count.
 * hardening/messages.test.ts runs in the jieba-full process: it needs a process that `shared` has not used —
 * Handlebars reports a denied prototype property once per process, and draft's Chinese error for it is raised from
 * that report — and it never loads nodejieba itself, so the full dictionary loaded before it changes nothing; it
 * saves a process of its own.
 */
const JIEBA_FULL = ['test/cli/cli.test.ts', 'test/hardening/messages.test.ts', 'test/segment/segment.test.ts'];
const JIEBA_COMPACT = ['test/records/partial.test.ts', 'test/segment/keywords.test.ts'];

/**
 * The start of the one queue both workers take files from, in this order. vitest keeps a worker's process for its
 * next file only when the file at the head of the queue is of the same project; otherwise it ends the process and
 * starts one for the file. So the three jieba-full files load the full dictionary once (~1.3 s of CPU) only if one
 * worker takes all three, i.e. the other is busy whenever one of them is at the head:
 *   worker 1: cli.test.ts (the longest of them: in-process segment runs and a spawned one, ~3.5 s), then messages
 *             and segment, then cli-trust (a process of its own in any case);
 *   worker 2: meanwhile the compact pair (one process, ~2 s: done before cli.test.ts), then the HTML reports (a
 *             shared process: chromium, ~5 s), which it is still running when worker 1 takes messages and segment.
 * Worker 2's process goes on to the shared files after it; worker 1 starts the second shared process after
 * cli-trust. Were the timing otherwise, a file would only get a new process of its own project: more CPU, never a
 * wrong process.
 */
const QUEUE_HEAD = [
  'test/cli/cli.test.ts',
  'test/records/partial.test.ts',
  'test/segment/keywords.test.ts',
  'test/report/html.test.ts',
  'test/hardening/messages.test.ts',
  'test/segment/segment.test.ts',
  'test/lint/cli-trust.test.ts',
];

/**
 * Files of the shared project that take longest (seconds of wall time: browsers, office suites and spawned
 * processes, or many worker-thread runs), next in the queue, so that the short files fill both cores at the end
 * instead of one long file running alone. The Dask test comes after them: test/global-setup.ts starts its cluster
 * run in the background when the whole suite runs, and by then it has ended (the test only compares its output).
 */
const SLOW_FIRST = [
  'test/analyze/analyze-cli.test.ts',
  'test/draft/render-pdf.test.ts',
  'test/cli/smoke.test.ts',
  'test/report/compare-cli.test.ts',
  'test/lint/formulations/corpus.test.ts',
  'test/dask/dask.test.ts',
];

/** Ranks in the queue: the head in its order, then any other file of the small projects, the slow files, the rest. */
const PROJECT_ORDER = ['jieba-full', 'jieba-compact', 'isolated'];

class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rel = (f: TestSpecification) => path.relative(this.ctx.config.root, f.moduleId).split(path.sep).join('/');
    const rank = (f: TestSpecification): number => {
      const head = QUEUE_HEAD.indexOf(rel(f));
      if (head >= 0) return head;
      const small = PROJECT_ORDER.indexOf(f.project.name);
      if (small >= 0) return QUEUE_HEAD.length + small;
      const slow = SLOW_FIRST.indexOf(rel(f));
      return QUEUE_HEAD.length + PROJECT_ORDER.length + (slow >= 0 ? slow : SLOW_FIRST.length);
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return base.sort((a, b) => rank(a) - rank(b));
  }
}

const common = {
  testTimeout: 60000,
  hookTimeout: 60000,
};

export default defineConfig({
  test: {
    // Compiles dist/ when src/ is newer: spawned smoke tests and analyze's worker threads run the built code.
    globalSetup: ['test/global-setup.ts'],
    // Two cores: one worker process each. Every project runs at once (no sequence.groupOrder): vitest runs a group
    // of projects with one worker count, and a group of one-process projects would leave the other core idle.
    maxWorkers: 2,
    sequence: { sequencer: Sequencer },
    // Transformed modules kept on disk between runs, keyed by path and content (a changed file is transformed
    // again): a run after the first skips most of esbuild's work in the main process.
    experimental: { fsModuleCache: true, fsModuleCachePath: path.join(os.tmpdir(), 'jianghua-vitest-cache') },
    projects: [
      {
        // Every other file shares its worker's module graph with the files run before it: importing src/ (and
        // commander, handlebars, docx, exceljs …) once per worker instead of once per file halves the suite's CPU.
        // Such files must leave no state behind (helpers.cli restores cwd and env; temp folders are fresh).
        test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: [...ISOLATED, ...JIEBA_FULL, ...JIEBA_COMPACT], isolate: false },
      },
      // One process for each dictionary at a time (its files share the load when one process runs them in turn).
      { test: { ...common, name: 'jieba-full', include: JIEBA_FULL, isolate: false } },
      { test: { ...common, name: 'jieba-compact', include: JIEBA_COMPACT, isolate: false } },
      { test: { ...common, name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});

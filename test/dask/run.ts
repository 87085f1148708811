// The Dask run of test/dask/dask.test.ts — its inputs, command and result — in a module that imports nothing from
// src/, so that test/global-setup.ts can start it in vitest's main process. A cluster run is a chain of steps that
// wait on each other (Python starting, a scheduler, two workers, one jianghua process after another): alone it takes
// ~3 s, but on two cores busy with the suite each step waits its turn, and the test held its worker ~13 s for ~5 s
// of CPU. Started by the global setup when the whole suite runs, it overlaps the other test files instead, and the
// test, later in the queue, reads what it left. In a filtered run the test starts it itself. Either way it is the
// same run, checked by the same assertions.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, HAS_SHARED, ROOT, SHARED_CORPUS } from '../paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of a Dask run started by test/global-setup.ts; '' when it did not start one. */
    daskRun: string;
  }
}

export const PYTHON = '/usr/bin/python3';

/**
 * Whether the packages are there, without importing them (importing dask and distributed costs ~0.7 s); a broken
 * install fails the test instead of skipping it.
 */
export function hasDask(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("dask") and u.find_spec("distributed") else 1)'], { encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * The shipped corpus and the development speeches (56 texts of every type and length): what is claimed is that
 * partitioning does not change the summary, which any input over several partitions, with a bad record among
 * them, puts to the test: every tally is merged whole (src/analyze/summary.ts) and cut only when the final
 * summary is printed, so no limit is reached sooner by a bigger input. The 61 long reports of the development
 * corpus (4 MB, analysed twice here) would add several seconds of CPU, not a new case.
 */
export const DASK_FOLDERS = ['corpus', ...(HAS_SHARED ? [path.join(SHARED_CORPUS, 'speeches')] : [])];

/** The files of a run in its folder `dir`. */
export function daskFiles(dir: string) {
  return {
    dir,
    /** A copy of a speech: the id of the good record, so the single-process run can read the same text. */
    copy: path.join(dir, 'copy.txt'),
    records: path.join(dir, 'records.jsonl'),
    /** The partitions' result lines (part-*.jsonl), written by the workers. */
    results: path.join(dir, 'results'),
    out: path.join(dir, 'out.json'),
    err: path.join(dir, 'err.txt'),
    exit: path.join(dir, 'exit.json'),
  };
}

/**
 * Start the run in `dir` (a new, empty folder): examples/dask/run.py on a LocalCluster of two worker processes,
 * the folders plus a JSONL record file of one good record and one bad one. Its standard output and error go to
 * files; `exit.json` appears when it has ended. `detached`: a process group of its own, so that the whole tree
 * (Python, its forked workers, their jianghua processes) can be ended at once.
 */
export function startDask(dir: string, opts: { detached?: boolean } = {}): ChildProcess {
  const f = daskFiles(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(f.copy, readFileSync(path.join(ROOT, 'corpus', '004_2a5315d4f9a02ca3.txt'), 'utf8'));
  writeFileSync(f.records, [JSON.stringify({ id: f.copy, text: readFileSync(f.copy, 'utf8'), speaker: '某某' }), '{"id":"bad-2","text":""}'].join('\n') + '\n');
  // Two partitions of each bag (the folders' speeches, the two records: one good, one bad), four partial summaries
  // merged: every partition is one jianghua process, and more of them would test the same merge at more cost
  // (empty partitions and partials of nothing are tested in test/records).
  const args = ['examples/dask/run.py', '--local', '2', '--partitions', '2', '--no-keywords', '--jianghua', `${process.execPath} ${BIN}`,
    '--results', f.results, '--records', f.records, ...DASK_FOLDERS];
  const out = openSync(f.out, 'w');
  const err = openSync(f.err, 'w');
  // Worker processes forked rather than spawned (distributed's own setting): they start without importing
  // Python and dask afresh, a few seconds less on two busy cores. They are still two separate processes.
  const p = spawn(PYTHON, args, {
    cwd: ROOT, stdio: ['ignore', out, err], detached: opts.detached,
    // Off too: the workers' statistical profiler (it samples every thread every 10 ms, for the dashboard) and the
    // frequent event-loop and system monitors, ~0.4 s of CPU in a run of this size; none of them takes part in
    // scheduling or in the results.
    env: {
      ...process.env, NO_COLOR: '1', DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD: 'fork',
      DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED: 'False', DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL: '1s',
      DASK_DISTRIBUTED__ADMIN__SYSTEM_MONITOR__INTERVAL: '10s',
    },
  });
  closeSync(out);
  closeSync(err);
  const ended = (code: number, error?: string) => {
    // Written whole and renamed: a reader never sees half of it.
    writeFileSync(`${f.exit}.tmp`, JSON.stringify({ code, error }));
    renameSync(`${f.exit}.tmp`, f.exit);
  };
  p.on('error', (e) => ended(-1, String(e)));
  p.on('close', (code, signal) => ended(code ?? -1, signal ? `signal ${signal}` : undefined));
  return p;
}

/** The run's exit code, standard output and error, once it has ended (waited for up to `timeoutMs`). */
export async function daskResult(dir: string, timeoutMs: number): Promise<{ code: number; out: string; err: string }> {
  const f = daskFiles(dir);
  const until = Date.now() + timeoutMs;
  while (!existsSync(f.exit)) {
    if (Date.now() > until) throw new Error(`the Dask run in ${dir} did not end within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exit = JSON.parse(readFileSync(f.exit, 'utf8')) as { code: number; error?: string };
  // Read whole: a character is never split between two chunks.
  const err = readFileSync(f.err, 'utf8') + (exit.error ? `\n${exit.error}` : '');
  return { code: exit.code, out: readFileSync(f.out, 'utf8'), err };
}

// Shared test helpers: temp folders, the CLI in-process (cli) and the built binary as a child process (runCli).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { keepWorkerPools } from '../src/analyze/pool.js';
import { BIN, HAS_SHARED, ROOT, SHARED_CORPUS } from './paths.js';

export { BIN, HAS_SHARED, ROOT, SHARED_CORPUS };

// In-process analyze runs hand their worker threads on to the next run of the same kind instead of starting new
// ones (each start loads the built code, with keywords the dictionary too: ~0.1 s / ~0.8 s of CPU): a test process
// makes hundreds of runs. The threads analyse each file exactly as fresh ones do (options travel with the run).
keepWorkerPools();
export const CORPUS = path.join(ROOT, 'corpus');
export const CORPUS_FILES = ['000_f492c4ac2e5bcd36', '001_c638c102bfae6a4d', '002_f6d16c5c7e2d2d9a', '003_b31c1b9491c38b37', '004_2a5315d4f9a02ca3'];

export function corpusPath(stem: string): string {
  return path.join(CORPUS, `${stem}.txt`);
}

export function tempDir(prefix = 'jianghua-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunResult { code: number; stdout: string; stderr: string }

/** Run the built CLI as a child process (test/global-setup.ts compiles dist/ when src/ is newer). Smoke tests only. */
export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface CliOptions { input?: string | Buffer | Readable; cwd?: string; env?: Record<string, string | undefined> }

/**
 * Run the CLI in this process from source through run(argv, io): stdout, stderr and the exit code captured,
 * stdin given (empty when not), NO_COLOR set, cwd and env changed for the call and restored after it.
 * This is how CLI tests run; only one smoke test per command spawns the built binary (runCli).
 */
export async function cli(args: string[], opts: CliOptions = {}): Promise<RunResult> {
  const { run } = await import('../src/cli.js');
  let stdout = '';
  let stderr = '';
  const stdin = opts.input instanceof Readable ? opts.input : Readable.from(opts.input === undefined ? [] : [Buffer.from(opts.input)]);
  const env: Record<string, string | undefined> = { NO_COLOR: '1', ...opts.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const cwd = process.cwd();
  for (const [k, v] of Object.entries(env)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  if (opts.cwd) process.chdir(opts.cwd);
  try {
    const code = await run(['node', 'jianghua', ...args], { out: (s) => { stdout += s; }, err: (s) => { stderr += s; }, stdin });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  }
}

if (!HAS_SHARED) {
  // Printed once per test worker: say why the development-corpus cases are skipped.
  console.warn(`开发语料 ${SHARED_CORPUS} 不存在：使用真实讲话的测试用例将跳过。`);
}

/** Paths of the development corpus speeches (`speeches/*.txt`) or reports, sorted; empty when absent. */
export function sharedFiles(sub: 'speeches' | 'reports'): string[] {
  const dir = path.join(SHARED_CORPUS, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

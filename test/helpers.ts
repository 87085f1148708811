// Shared test helpers: temp folders and running the built binary as a child process.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.join(ROOT, 'corpus');
export const BIN = path.join(ROOT, 'bin', 'jianghua.js');
export const CORPUS_FILES = ['000_f492c4ac2e5bcd36', '001_c638c102bfae6a4d', '002_f6d16c5c7e2d2d9a', '003_b31c1b9491c38b37', '004_2a5315d4f9a02ca3'];

export function corpusPath(stem: string): string {
  return path.join(CORPUS, `${stem}.txt`);
}

export function tempDir(prefix = 'jianghua-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunResult { code: number; stdout: string; stderr: string }

/** Run the built CLI (dist/ must be compiled: `npm test` runs after `npm install`, whose prepare builds it). */
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

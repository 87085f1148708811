// Before any test: make sure dist/ is the compiled form of src/ as it is now. Most CLI tests run in-process from
// source, but the spawned smoke tests run bin/jianghua.js (→ dist/), and worker threads of in-process analyze
// runs load dist/analyze/worker.js; neither may test stale code. Rebuilds only when some src file is newer than
// its output (or the output is missing), so a run after `npm run build` pays nothing.
// Then, when the whole suite runs, start the Dask cluster run of test/dask/dask.test.ts in the background.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './paths.js';
import { daskFiles, hasDask, startDask } from './dask/run.js';

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(full);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield full;
  }
}

/** The first reason dist/ is out of date, or undefined when it is current. */
export function staleReason(root = ROOT): string | undefined {
  return sourcesStale(root) ?? compactStale(root);
}

function sourcesStale(root: string): string | undefined {
  const src = path.join(root, 'src');
  const config = statSync(path.join(root, 'tsconfig.json')).mtimeMs;
  for (const file of sources(src)) {
    const out = path.join(root, 'dist', path.relative(src, file).replace(/\.ts$/, '.js'));
    if (!existsSync(out)) return `${path.relative(root, out)} 不存在`;
    const built = statSync(out).mtimeMs;
    if (built < statSync(file).mtimeMs || built < config) return `${path.relative(root, file)} 比编译结果新`;
  }
  return undefined;
}

/** The compact dictionary is built by a script, from nodejieba's dictionary and the shipped word lists. */
function compactStale(root: string): string | undefined {
  const dict = path.join(root, 'dist', 'dict', 'compact.dict.utf8');
  if (!existsSync(dict)) return 'dist/dict/compact.dict.utf8 不存在';
  const built = statSync(dict).mtimeMs;
  const inputs = [path.join(root, 'scripts', 'build-compact-dict.mjs'), path.join(root, 'package-lock.json')];
  for (const dir of [path.join(root, 'corpus', 'dict'), path.join(root, 'corpus', 'lexicon')]) {
    if (existsSync(dir)) for (const f of readdirSync(dir)) inputs.push(path.join(dir, f));
  }
  for (const f of inputs) if (existsSync(f) && statSync(f).mtimeMs > built) return `${path.relative(root, f)} 比压缩词典新`;
  return undefined;
}

export default function setup(project: TestProject): () => void {
  build();
  project.provide('daskRun', '');
  const dask = wholeSuite(project) ? startDaskEarly() : undefined;
  if (dask) project.provide('daskRun', dask.dir);
  return () => {
    if (!dask) return;
    // Still running only when the test did not wait for it (a run stopped early): end the whole process group.
    if (!existsSync(daskFiles(dask.dir).exit)) try { process.kill(-dask.child.pid!, 'SIGKILL'); } catch { /* gone */ }
    rmSync(dask.dir, { recursive: true, force: true });
  };
}

function build(): void {
  const why = staleReason();
  if (!why) return;
  console.log(`测试前重新编译 dist/（${why}）……`);
  if (!sourcesStale(ROOT)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-compact-dict.mjs')], { cwd: ROOT, stdio: 'inherit' });
    return;
  }
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    // A type error is reported above; tsc still emits, and the tests say what is broken.
  }
  if (compactStale(ROOT)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-compact-dict.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

/**
 * Whether this is a run of the whole suite (`npm test`): no file filter, no test-name filter, the shared project
 * (where dask.test.ts is) among the projects. A filtered run that includes the Dask test starts the cluster from
 * the test itself. vitest keeps the file filters in an internal field; should it move, the test starts the run.
 */
function wholeSuite(project: TestProject): boolean {
  const vitest = project.vitest as unknown as { filenamePattern?: string[]; config: { testNamePattern?: unknown }; projects: Array<{ name: string }> };
  return vitest.filenamePattern === undefined && !vitest.config.testNamePattern && vitest.projects.some((p) => p.name === 'shared');
}

function startDaskEarly(): { dir: string; child: ChildProcess } | undefined {
  if (!hasDask()) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jianghua-dask-'));
  return { dir, child: startDask(dir, { detached: true }) };
}

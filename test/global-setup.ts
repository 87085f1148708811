// Before any test: make sure dist/ is the compiled form of src/ as it is now. Most CLI tests run in-process from
// source, but the spawned smoke tests run bin/jianghua.js (→ dist/), and worker threads of in-process analyze
// runs load dist/analyze/worker.js; neither may test stale code. Rebuilds only when some src file is newer than
// its output (or the output is missing), so a run after `npm run build` pays nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

export default function setup(): void {
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

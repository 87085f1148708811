// The 提法 pack's share of a cold lint: a 10,000-character draft linted in a fresh process with the full pack
// (target < 400 ms) and with the 提法 rules off, plus the pack's own steps in a fresh process (load the compiled
// pack, build the automaton, scan the draft). Run alone (`node scripts/bench-formulations.mjs`) or from bench.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');

function medianColdMs(args, runs, cwd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

const STEPS = `
const t0 = performance.now();
const { loadPack, BUILTIN_PACK_DIR } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/lint/formulations/pack.js')).href)});
const { compilePack } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/lint/formulations/matcher.js')).href)});
const t1 = performance.now();
const pack = loadPack([BUILTIN_PACK_DIR]);
const t2 = performance.now();
const c = compilePack(pack);
const t3 = performance.now();
const text = (await import('node:fs')).readFileSync(process.argv[1], 'utf8');
c.scan(text, { date: '2024-03-05' });
const t4 = performance.now();
console.log(JSON.stringify({ entries: pack.entries.length, importMs: t1 - t0, loadMs: t2 - t1, compileMs: t3 - t2, scanMs: t4 - t3 }));
`;

export async function benchFormulations({ quick = false, report, speech10k }) {
  const runs = quick ? 3 : 7;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-tf-'));
  try {
    const draft = path.join(dir, 'draft.txt');
    writeFileSync(draft, readFileSync(speech10k, 'utf8'));
    report('lint', 'cold process, 10k-char draft, full 提法 pack (ms)', medianColdMs(['lint', draft], runs, dir), 'target < 400');
    const off = path.join(dir, 'off');
    spawnSync('mkdir', [off]);
    writeFileSync(path.join(off, '.jianghuarc.yaml'), 'rules:\n  formulation: off\n  formulation-order: off\n  roster: off\n');
    writeFileSync(path.join(off, 'draft.txt'), readFileSync(speech10k, 'utf8'));
    report('lint', 'the same with the 提法 rules off (ms)', medianColdMs(['lint', path.join(off, 'draft.txt')], runs, off));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', STEPS, draft], { encoding: 'utf8' });
    const s = JSON.parse(r.stdout);
    report('lint', `提法 pack (${s.entries} entries): load / compile / scan 10k (ms)`, `${s.loadMs.toFixed(1)} / ${s.compileMs.toFixed(1)} / ${s.scanMs.toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-tf-'));
  const text = ['001_c638c102bfae6a4d', '004_2a5315d4f9a02ca3'].map((s) => readFileSync(path.join(root, 'corpus', `${s}.txt`), 'utf8')).join('\n');
  const f = path.join(dir, 'speech-10k.txt');
  writeFileSync(f, [...text].slice(0, 10000).join(''));
  const row = (area, metric, value, target = '') => console.log(`${area.padEnd(9)} ${metric.padEnd(52)} ${String(value).padStart(14)}  ${target}`);
  try { await benchFormulations({ quick: process.argv.includes('--quick'), report: row, speech10k: f }); } finally { rmSync(dir, { recursive: true, force: true }); }
}

// Lint speed (issue 8/9): a 1.8 MB single-line text (a web copy without line breaks) linted and --fix-dry-run in a
// fresh process (targets < 3 s each: lint time is linear in the text), and the cold lint of a 10,000-character
// draft (target < 400 ms). Run alone (`node scripts/bench-lint.mjs [--quick]`) or from bench.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');

function bestMs(args, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    const ms = performance.now() - t0;
    if (r.status === 2) throw new Error(`lint ${args.join(' ')} failed: ${r.stderr}`);
    best = Math.min(best, ms);
  }
  return Math.round(best);
}

/** The corpus speeches joined into one line (line breaks become spaces) and repeated to about `bytes`. */
function oneLine(dir, bytes) {
  const corpus = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8'));
  const piece = corpus.join(' ').replace(/\s*\n\s*/g, ' ');
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += piece;
  const file = path.join(dir, 'one-line.txt');
  writeFileSync(file, text + '\n');
  return { file, mb: (Buffer.byteLength(text) / 1e6).toFixed(2) };
}

function draft10k(dir) {
  const text = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8')).join('\n');
  const cps = [...text];
  let out = '';
  let n = 0;
  for (const ch of cps) { out += ch; if (!/\s/.test(ch)) n++; if (n >= 10000) break; }
  const file = path.join(dir, 'draft-10k.txt');
  writeFileSync(file, out + '\n');
  return file;
}

export async function benchLint({ quick = false, report }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-lint-'));
  try {
    const big = oneLine(tmp, 1.8e6);
    const runs = quick ? 1 : 3;
    report('lint', `one-line ${big.mb} MB text (ms)`, bestMs(['lint', '--format', 'json', big.file], runs), 'target < 3000');
    report('lint', `one-line ${big.mb} MB text, --fix-dry-run (ms)`, bestMs(['lint', '--fix-dry-run', '--format', 'json', big.file], runs), 'target < 3000');
    report('lint', 'cold process, 10k-char draft, lint rules only (ms)', bestMs(['lint', draft10k(tmp)], quick ? 3 : 7), 'target < 400');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  await benchLint({ quick, report: (area, metric, value, target = '') => console.log(`${area.padEnd(9)} ${metric.padEnd(52)} ${String(value).padStart(8)}  ${target}`) });
}

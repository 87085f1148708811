// Same-process comparison of this build with another built checkout (`git worktree add /tmp/old REV`, its
// `npm run build`): on a shared machine two processes meet different loads, blocks run alternately in one process
// meet the same. Main-thread CPU time (from /proc, 10 ms ticks) per block, order alternating, summed over rounds.
// `node --single-threaded scripts/bench-ab.mjs OTHER [--part structure|jobs1] [--rounds N] [--dir FOLDER]`
//   structure: analyzeStructure(createDocument(text)) over the folder's texts (two passes a block)
//   jobs1:     `analyze DIR --format json --summary --jobs 1` through the library (runner, records, summary)
// The folder defaults to the bench's (200 copies of corpus/*.txt). --single-threaded runs V8's garbage collection
// and compilation on the main thread, so that their time is counted too. Linux only (/proc).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFolder } from './bench-analyze.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const other = argv[0] && !argv[0].startsWith('--') ? path.resolve(argv[0]) : null;
if (!other) {
  console.error('usage: node --single-threaded scripts/bench-ab.mjs OTHER_CHECKOUT [--part structure|jobs1] [--rounds N] [--dir FOLDER]');
  process.exit(2);
}
const part = opt('--part', 'structure');
const rounds = Number(opt('--rounds', '10'));
const tmp = opt('--dir') ? null : mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-ab-'));
const dir = opt('--dir') ?? buildFolder(path.join(tmp, 'n200'), 200);

const mainThreadMs = () => {
  const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

async function structureRunner(checkout) {
  const imp = (p) => import(pathToFileURL(path.join(checkout, 'dist', p)).href);
  const { analyzeStructure } = await imp('extract/index.js');
  const { createDocument } = await imp('text/document.js');
  const texts = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return async () => { for (let k = 0; k < 2; k++) for (const t of texts) analyzeStructure(createDocument(t)); };
}

async function jobs1Runner(checkout) {
  const imp = (p) => import(pathToFileURL(path.join(checkout, 'dist', p)).href);
  const { analyzePaths } = await imp('analyze/runner.js');
  const { pathSource } = await imp('analyze/sources.js');
  const { SummaryReducer } = await imp('analyze/summary.js');
  const { extractKeywords } = await imp('segment/index.js');
  // Both builds load the same nodejieba addon: the second load replaces the first with the same dictionary.
  await extractKeywords('', 1);
  const opts = { keywords: true, top: 20, dicts: [], jobs: 1, ordered: true, spec: { format: 'json', wrapped: true, summary: true } };
  return async () => {
    const reducer = new SummaryReducer();
    for await (const o of analyzePaths(pathSource({ files: [dir] }), opts)) {
      if (o.error) throw new Error(o.error);
      reducer.add(o.digest);
    }
    reducer.result();
  };
}

try {
  const make = part === 'jobs1' ? jobs1Runner : structureRunner;
  const runs = { this: await make(root), other: await make(other) };
  const block = async (which) => { const t = mainThreadMs(); await runs[which](); return mainThreadMs() - t; };
  for (let w = 0; w < 3; w++) { await block('this'); await block('other'); }
  let mine = 0;
  let theirs = 0;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['this', 'other'] : ['other', 'this'];
    for (const which of order) {
      const ms = await block(which);
      if (which === 'this') mine += ms; else theirs += ms;
    }
  }
  console.log(`${part}: ${rounds} rounds, load average ${os.loadavg()[0].toFixed(1)}; main-thread CPU ${mine} ms (this build) vs ${theirs} ms (${other}): this build runs at ${(theirs / mine).toFixed(3)}× the other's speed`);
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

// Segmentation benchmark, run in its own process so load time and peak memory are its own:
// dictionary load time, throughput of `segment` over the corpus (characters per second), peak RSS.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createDocument } = await import(path.join(root, 'dist/text/document.js'));
const seg = await import(path.join(root, 'dist/segment/index.js'));

function peakRssMB() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1048576;
}

const corpus = path.join(root, 'corpus');
const docs = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => createDocument(readFileSync(path.join(corpus, f), 'utf8'), f));
const chars = docs.reduce((n, d) => n + [...d.text].length, 0);

const rssBefore = peakRssMB();
const t0 = performance.now();
await seg.loadJieba();
const loadMs = performance.now() - t0;

const rounds = Number(process.env.ROUNDS ?? 20);
const t1 = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) await seg.segmentDocument(d);
const segMs = performance.now() - t1;

console.log(JSON.stringify({
  corpusChars: chars,
  rounds,
  dictLoadMs: Math.round(loadMs),
  segmentCharsPerSec: Math.round((chars * rounds) / (segMs / 1000)),
  rssBeforeLoadMB: Math.round(rssBefore),
  peakRssMB: Math.round(peakRssMB()),
}));

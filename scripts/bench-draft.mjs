// The draft part of `npm run bench`: cold `jianghua draft` processes (text, Word with the title broken into lines)
// and the title breaking alone. Run alone with `node scripts/bench-draft.mjs`; bench.mjs calls benchDraft().
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');

function coldMs(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

export async function benchDraft({ quick = false, report }) {
  const runs = quick ? 3 : 7;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-draft-'));
  try {
    report('draft', 'cold process, `--version` (node + CLI start, ms)', coldMs(['--version'], runs));
    report('draft', 'cold process, examples/summary.yaml → txt (ms)', coldMs(['draft', '--facts', 'examples/summary.yaml'], runs));
    report('draft', 'cold process, examples/summary.yaml → docx (ms)', coldMs(['draft', '--facts', 'examples/summary.yaml', '-o', path.join(tmp, 'a.docx'), '--force'], runs));
    report('draft', 'cold process, 36-char title → docx (ms)', coldMs(['draft', '--facts', 'test/fixtures/drafts/zhuti-summary.yaml', '-o', path.join(tmp, 'b.docx'), '--force'], runs));
    const { breakTitle } = await import(pathToFileURL(path.join(root, 'dist/draft/title-lines.js')).href);
    const title = '在全县学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议上的讲话';
    const t0 = performance.now();
    breakTitle(title);
    report('draft', 'title lines, first call (dictionary scan, ms)', Math.round(performance.now() - t0));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDraft({
    quick: process.argv.includes('--quick'),
    report: (area, metric, value) => console.log(`${area.padEnd(9)} ${metric.padEnd(50)} ${String(value).padStart(8)}`),
  });
}

// `npm run bench`: every performance figure of the project in one run. Each part runs in its own process.
// Figures go into the README's Performance section. Targets are printed next to the measurements.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`node scripts/bench.mjs [--quick] [--only AREA[,AREA…]] [--rounds N] [--json]

  --quick       a 200-file folder and fewer rounds (the machine is shared: use this one)
  --only        run only these areas: segment, analyze, cluster, report, lint, formulations, draft
                (analyze-throughput: only raw cut, structure alone and --jobs 1/2 of the analyze part)
  --rounds N    interleaved rounds of the analyze throughput parts (best of N; default 1 quick, 3 full)
  --json        also print every row as JSON`);
  process.exit(0);
}
const quick = argv.includes('--quick');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : null;
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : undefined;
const wants = (area) => !only || only.has(area) || (area === 'analyze' && only.has('analyze-throughput'));

function node(args, opts = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
}

/** Median wall time of a cold CLI process, in ms. */
function coldMs(args, runs = 5, input) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    node([bin, ...args], { allowFail: true, input, env: { ...process.env, NO_COLOR: '1' } });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

/** A realistic 10,000-character speech: corpus text cut to length at a line end. */
function speech10k(dir) {
  const text = ['001_c638c102bfae6a4d', '004_2a5315d4f9a02ca3'].map((s) => readFileSync(path.join(root, 'corpus', `${s}.txt`), 'utf8')).join('\n');
  const chars = [...text];
  let cut = chars.slice(0, 10000).join('');
  const f = path.join(dir, 'speech-10k.txt');
  writeFileSync(f, cut);
  return f;
}

const rows = [];
const row = (area, metric, value, target = '') => { rows.push({ area, metric, value, target }); console.log(`${area.padEnd(9)} ${metric.padEnd(46)} ${String(value).padStart(12)}  ${target}`); };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-'));
console.log(`jianghua bench — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}\n`);

try {
  const f10k = speech10k(tmp);
  if (wants('segment')) {
    const seg = JSON.parse(node([path.join(root, 'scripts/bench-segment.mjs')], { env: { ...process.env, ROUNDS: quick ? '3' : '20' } }).stdout);
    row('segment', 'dictionary load (ms)', seg.dictLoadMs);
    row('segment', 'throughput (chars/s, corpus)', seg.segmentCharsPerSec);
    row('segment', 'peak memory (MB RSS)', seg.peakRssMB);
    row('segment', 'cold process, 10k-char speech (ms)', coldMs(['segment', f10k]));
  }

  if (wants('analyze') && existsSync(path.join(root, 'scripts/bench-analyze.mjs'))) {
    const { benchAnalyze } = await import(path.join(root, 'scripts/bench-analyze.mjs'));
    const throughputOnly = Boolean(only && !only.has('analyze'));
    const a = await benchAnalyze({ quick, report: row, speech10k: f10k, rounds, throughputOnly });
    void a;
  }
  if (wants('cluster') && existsSync(path.join(root, 'scripts/bench-cluster.mjs'))) {
    const { benchCluster } = await import(path.join(root, 'scripts/bench-cluster.mjs'));
    await benchCluster({ quick, report: row });
  }
  if (wants('report') && existsSync(path.join(root, 'scripts/bench-report.mjs'))) {
    const { benchReport } = await import(path.join(root, 'scripts/bench-report.mjs'));
    await benchReport({ quick, report: row });
  }
  if (wants('lint') && existsSync(path.join(root, 'dist/commands/lint.js'))) {
    row('lint', 'cold process, 10k-char draft (ms)', coldMs(['lint', f10k]), 'target < 500');
  }
  if (wants('lint') && existsSync(path.join(root, 'scripts/bench-lint.mjs'))) {
    const { benchLint } = await import(path.join(root, 'scripts/bench-lint.mjs'));
    await benchLint({ quick, report: row });
  }
  if (wants('formulations') && existsSync(path.join(root, 'scripts/bench-formulations.mjs')) && existsSync(path.join(root, 'dist/lint/formulations/pack.js'))) {
    const { benchFormulations } = await import(path.join(root, 'scripts/bench-formulations.mjs'));
    await benchFormulations({ quick, report: row, speech10k: f10k });
  }
  if (wants('draft') && existsSync(path.join(root, 'dist/commands/draft.js'))) {
    const { benchDraft } = await import(path.join(root, 'scripts/bench-draft.mjs'));
    await benchDraft({ quick, report: row });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (argv.includes('--json')) console.log(JSON.stringify(rows));

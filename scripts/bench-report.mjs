// Benchmark of compare and the HTML report: `compare --by year` over the national 政府工作报告 of the development
// corpus (../shared/corpus/reports/gwr_*.txt, skipped when absent), cold CLI including the dictionary load; and the
// HTML report of a 1,000-speech folder (copies of corpus/*.txt, as bench-analyze builds it): size, and the time to
// render and write it after the analysis. `node scripts/bench-report.mjs [--quick] [--json]`; needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFolder } from './bench-analyze.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');
const self = fileURLToPath(import.meta.url);
const shared = process.env.JIANGHUA_SHARED ? path.resolve(process.env.JIANGHUA_SHARED, 'corpus') : path.resolve(root, '..', 'shared', 'corpus');
const reportsDir = path.join(shared, 'reports');

function best(times) {
  return Math.round(Math.min(...times));
}

/** In a child process: analyse the folder (2 jobs), then time the HTML rendering and the write alone. */
async function htmlPart(dir, out) {
  const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
  const { analyzePaths } = await import(dist('analyze/runner.js'));
  const { pathSource } = await import(dist('analyze/sources.js'));
  const { SummaryReducer } = await import(dist('analyze/summary.js'));
  const { reportSpeech, analyzeHtml } = await import(dist('format/html/analyze.js'));
  const { writeFileAtomic } = await import(dist('text/write.js'));
  const reducer = new SummaryReducer();
  const speeches = [];
  const t0 = performance.now();
  for await (const o of analyzePaths(pathSource({ files: [dir] }), { keywords: true, top: 20, dicts: [], jobs: 2, ordered: true, spec: { format: 'record', summary: true } })) {
    if (o.error) throw new Error(o.error);
    reducer.add(o.digest);
    speeches.push(reportSpeech(o.record));
  }
  const t1 = performance.now();
  const html = analyzeHtml(speeches, reducer.result(), { generator: 'bench' });
  await writeFileAtomic(out, html, { force: true });
  const t2 = performance.now();
  return { files: speeches.length, analysisMs: Math.round(t1 - t0), htmlMs: Math.round(t2 - t1), bytes: statSync(out).size };
}

export async function benchReport({ quick = false, report = () => {} } = {}) {
  const result = {};
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-report-'));
  try {
    const gwr = existsSync(reportsDir) ? readdirSync(reportsDir).filter((f) => /^gwr_\d{4}\.txt$/.test(f)).sort().map((f) => path.join(reportsDir, f)) : [];
    if (gwr.length > 0) {
      // Cold process each time; it reports its CPU time (all threads) so a loaded machine's wall time can be read.
      const runs = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [self, '--part', 'compare', ...gwr], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' } });
        const wall = performance.now() - t0;
        if (r.status !== 0) throw new Error(`compare failed: ${r.stderr}`);
        runs.push({ wall, cpu: JSON.parse(r.stdout).cpuMs });
      }
      runs.sort((x, y) => x.wall - y.wall);
      result.compareByYearMs = Math.round(runs[0].wall);
      result.compareByYearCpuMs = Math.round(runs[0].cpu);
      result.compareReports = gwr.length;
      result.loadAverage = os.loadavg()[0].toFixed(1);
      report('compare', `--by year, ${gwr.length} 政府工作报告, cold CLI (ms)`, result.compareByYearMs, 'target < 10000');
      report('compare', '  the same run: CPU time, all threads (ms)', result.compareByYearCpuMs, `load average ${result.loadAverage}`);
    } else {
      console.log(`compare   skipped: no ${reportsDir}`);
    }

    const folder = buildFolder(path.join(tmp, 'speeches'), 1000);
    const r = spawnSync(process.execPath, [self, '--part', 'html', folder, path.join(tmp, 'report.html')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`html part failed: ${r.stderr}`);
    const h = JSON.parse(r.stdout);
    result.html = h;
    report('report', 'HTML of 1,000 speeches: size (MB)', (h.bytes / 1e6).toFixed(2), 'target < 5');
    report('report', 'HTML of 1,000 speeches: render + write (ms)', h.htmlMs, 'target < 3000');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] === self) {
  const argv = process.argv.slice(2);
  const partAt = argv.indexOf('--part');
  if (partAt >= 0 && argv[partAt + 1] === 'compare') {
    const { run } = await import(pathToFileURL(path.join(root, 'dist', 'cli.js')).href);
    const code = await run(['node', 'jianghua', 'compare', '--by', 'year', ...argv.slice(partAt + 2), '--format', 'json'], { out: () => {}, err: (s) => process.stderr.write(s) });
    const u = process.cpuUsage();
    console.log(JSON.stringify({ code, cpuMs: (u.user + u.system) / 1000 }));
    process.exit(code);
  }
  if (partAt >= 0) {
    const [dir, out] = argv.slice(partAt + 2);
    console.log(JSON.stringify(await htmlPart(dir, out)));
    process.exit(0);
  }
  const r = await benchReport({ quick: argv.includes('--quick'), report: (area, metric, value, target = '') => console.log(`${area.padEnd(9)} ${metric.padEnd(46)} ${String(value).padStart(12)}  ${target}`) });
  if (argv.includes('--json')) console.log(JSON.stringify(r));
}

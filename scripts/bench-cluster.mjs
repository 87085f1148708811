// Benchmark of the record mapper and the Dask run: `analyze --input jsonl` over the 1,000-speech folder's texts as
// records against the folder mode in the same run (interleaved rounds, best of each), and the wall time of
// examples/dask/run.py (LocalCluster, 2 worker processes) against `analyze DIR --jobs 2 --summary`.
// `node scripts/bench-cluster.mjs [--files 1000] [--quick] [--json]`; needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolder, cliRun, folderChars } from './bench-analyze.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');
const PYTHON = '/usr/bin/python3';

/** The folder's speeches as one JSONL record file, ids the paths the folder run names them by (`times` copies). */
function writeRecords(dir, file, times = 1) {
  const fd = openSync(file, 'w');
  const names = readdirSync(dir).sort();
  for (let t = 0; t < times; t++) {
    for (const name of names) {
      const p = path.join(dir, name);
      writeSync(fd, JSON.stringify({ id: t === 0 ? p : `${p}#${t}`, text: readFileSync(p, 'utf8') }) + '\n');
    }
  }
  closeSync(fd);
}

function wall(cmd, args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.on('exit', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

export async function benchCluster({ files = 1000, quick = false, report } = {}) {
  const n = quick ? Math.min(files, 200) : files;
  const row = report ?? ((area, metric, value, target = '') => console.log(`${area.padEnd(9)} ${metric.padEnd(50)} ${String(value).padStart(12)}  ${target}`));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-bench-cluster-'));
  const results = {};
  try {
    const dir = buildFolder(path.join(tmp, `n${n}`), n);
    const records = path.join(tmp, 'records.jsonl');
    writeRecords(dir, records);
    const chars = folderChars(n);
    row('cluster', `load average at start (1 / 5 / 15 min, ${os.availableParallelism()} cores)`, load());

    // Interleaved rounds, best of each: on a shared machine back-to-back runs differ by far more than 5%.
    const rounds = quick ? 1 : 3;
    let folder = Infinity;
    let recs = Infinity;
    let folderMB = 0;
    let recsMB = 0;
    for (let r = 0; r < rounds; r++) {
      const f = await cliRun(['analyze', dir, '--format', 'jsonl', '--jobs', '2']);
      const j = await cliRun(['analyze', '--input', 'jsonl', records, '--jobs', '2']);
      folder = Math.min(folder, f.ms);
      recs = Math.min(recs, j.ms);
      folderMB = Math.max(folderMB, f.peakMB);
      recsMB = Math.max(recsMB, j.peakMB);
    }
    results.folderCharsPerSec = chars / (folder / 1000);
    results.recordsCharsPerSec = chars / (recs / 1000);
    results.recordsVsFolder = results.recordsCharsPerSec / results.folderCharsPerSec;
    row('cluster', `folder mode, ${n} files, --jobs 2, wall incl. load (s, best of ${rounds})`, (folder / 1000).toFixed(2));
    row('cluster', `--input jsonl, ${n} records, --jobs 2, wall incl. load (s)`, (recs / 1000).toFixed(2));
    row('cluster', '  … record throughput vs folder mode', `${results.recordsVsFolder.toFixed(3)}×`, 'target ≥ 0.95×');
    row('cluster', 'peak RSS, folder mode / --input jsonl (MB)', `${Math.round(folderMB)} / ${Math.round(recsMB)}`);

    // Flat memory: the same structural work over five times the records (no keywords, so it stays quick).
    const five = path.join(tmp, 'records-x5.jsonl');
    writeRecords(dir, five, 5);
    const m1 = await cliRun(['analyze', '--input', 'jsonl', records, '--no-keywords', '--jobs', '2']);
    const m5 = await cliRun(['analyze', '--input', 'jsonl', five, '--no-keywords', '--jobs', '2']);
    results.peakMB = [m1.peakMB, m5.peakMB];
    row('cluster', `peak RSS, --input jsonl --no-keywords, ${n} / ${5 * n} records (MB)`, `${Math.round(m1.peakMB)} / ${Math.round(m5.peakMB)}`);

    const dask = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' });
    if (dask.status !== 0) {
      row('cluster', 'Dask run', 'skipped', `${PYTHON} cannot import distributed`);
    } else {
      const single = (await cliRun(['analyze', dir, '--format', 'json', '--summary', '--jobs', '2'])).ms;
      const daskMs = await wall(PYTHON, ['examples/dask/run.py', '--local', '2', '--jianghua', `${process.execPath} ${bin}`, dir]);
      results.singleSummaryMs = single;
      results.daskMs = daskMs;
      row('cluster', `analyze DIR --jobs 2 --summary, ${n} files (s)`, (single / 1000).toFixed(2));
      row('cluster', `Dask LocalCluster (2 processes, 4 partitions), ${n} files (s)`, (daskMs / 1000).toFixed(2));
      row('cluster', '  … Dask wall time vs analyze --jobs 2', `${(daskMs / single).toFixed(2)}×`);
    }
    row('cluster', 'load average at end', load());
    return results;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const filesAt = argv.indexOf('--files');
  console.log(`jianghua cluster bench — node ${process.version}, ${os.availableParallelism()} cores\n`);
  const r = await benchCluster({ files: filesAt >= 0 ? Number(argv[filesAt + 1]) : 1000, quick: argv.includes('--quick') });
  if (argv.includes('--json')) console.log(JSON.stringify(r));
}

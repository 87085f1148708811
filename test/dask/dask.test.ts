// A real distributed run: examples/dask/run.py on a LocalCluster of two worker processes pipes partitions of
// records through the built CLI (`analyze --input jsonl`, `summarize --partial`, merged) — its summary must be
// exactly the single-process `analyze DIR --summary`. Skipped, with a message, where Dask is not installed.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { BIN, HAS_SHARED, ROOT, SHARED_CORPUS, tempDir } from '../helpers.js';

const PYTHON = '/usr/bin/python3';
// Whether the packages are there, without importing them (importing dask and distributed costs ~0.7 s); a broken
// install fails the test instead of skipping it.
const probe = spawnSync(PYTHON, ['-c', 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("dask") and u.find_spec("distributed") else 1)'], { encoding: 'utf8' });
const HAS_DASK = probe.status === 0;
if (!HAS_DASK) console.warn(`${PYTHON} 无法导入 dask.distributed（Debian 软件包 python3-distributed）：跳过 Dask 集群测试。`);

function python(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    // Worker processes forked rather than spawned (distributed's own setting): they start without importing
    // Python and dask afresh, a few seconds less on two busy cores. They are still two separate processes.
    const p = spawn(PYTHON, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD: 'fork' } });
    let out = '';
    let err = '';
    // Decoded as a stream: a character split between two chunks must not turn into two U+FFFD.
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

async function folderSummary(folders: string[]): Promise<unknown> {
  let out = '';
  const code = await run(['node', 'jianghua', 'analyze', '--format', 'json', '--summary', '--no-keywords', '--jobs', '1', ...folders], { out: (s) => { out += s; }, err: () => {} });
  expect(code).toBe(0);
  return JSON.parse(out).summary;
}

describe.skipIf(!HAS_DASK)('Dask distributed (LocalCluster, 2 worker processes)', () => {
  it('merged partial summaries equal the single-process summary; bad records are reported and skipped (exit 2)', async () => {
    // The shipped corpus and the development speeches (56 texts of every type and length): what is claimed is that
    // partitioning does not change the summary, which any input over several partitions, with a bad record among
    // them, puts to the test: every tally is merged whole (src/analyze/summary.ts) and cut only when the final
    // summary is printed, so no limit is reached sooner by a bigger input. The 61 long reports of the development
    // corpus (4 MB, analysed twice here) would add several seconds of CPU, not a new case.
    const folders = ['corpus', ...(HAS_SHARED ? [path.join(SHARED_CORPUS, 'speeches')] : [])];
    if (!HAS_SHARED) console.warn('开发语料不存在：Dask 测试只用随附语料。');
    // Besides the folders, a JSONL record file: one good record (its id the path of a copy of its text, so the
    // single-process run can read the same speech) and one bad record.
    const dir = tempDir('jianghua-dask-');
    const copy = path.join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(path.join(ROOT, 'corpus', '004_2a5315d4f9a02ca3.txt'), 'utf8'));
    const records = path.join(dir, 'records.jsonl');
    writeFileSync(records, [JSON.stringify({ id: copy, text: readFileSync(copy, 'utf8'), speaker: '某某' }), '{"id":"bad-2","text":""}'].join('\n') + '\n');
    const results = path.join(dir, 'results');
    // Two partitions of each bag (the folders' speeches, the two records: one good, one bad), four partial summaries
    // merged: every partition is one jianghua process, and more of them would test the same merge at more cost
    // (empty partitions and partials of nothing are tested in test/records).
    const r = await python(['examples/dask/run.py', '--local', '2', '--partitions', '2', '--no-keywords', '--jianghua', `${process.execPath} ${BIN}`,
      '--results', results, '--records', records, ...folders]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('（id“bad-2”）：字段“text”为空，已跳过。');
    const summary = JSON.parse(r.out);
    expect(summary).toEqual(await folderSummary([...folders, copy]));
    expect(summary.files).toBeGreaterThanOrEqual(HAS_SHARED ? 56 : 6);
    // The partitions' result lines were written by the workers: one line per speech, file = id.
    const lines = readdirSync(results).flatMap((f) => readFileSync(path.join(results, f), 'utf8').split('\n').filter(Boolean));
    expect(lines).toHaveLength(summary.files);
    for (const l of lines) { const o = JSON.parse(l); expect(o.id).toBe(o.file); }
  }, 600_000);
});

// A real distributed run: examples/dask/run.py on a LocalCluster of two worker processes pipes partitions of
// records through the built CLI (`analyze --input jsonl`, `summarize --partial`, merged) — its summary must be
// exactly the single-process `analyze DIR --summary`. Skipped, with a message, where Dask is not installed.
// The run itself is started by test/global-setup.ts when the whole suite runs (see test/dask/run.ts), else here.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { HAS_SHARED, tempDir } from '../helpers.js';
import { DASK_FOLDERS, PYTHON, daskFiles, daskResult, hasDask, startDask } from './run.js';

const HAS_DASK = hasDask();
if (!HAS_DASK) console.warn(`${PYTHON} 无法导入 dask.distributed（Debian 软件包 python3-distributed）：跳过 Dask 集群测试。`);

async function folderSummary(folders: string[]): Promise<unknown> {
  let out = '';
  const code = await run(['node', 'jianghua', 'analyze', '--format', 'json', '--summary', '--no-keywords', '--jobs', '1', ...folders], { out: (s) => { out += s; }, err: () => {} });
  expect(code).toBe(0);
  return JSON.parse(out).summary;
}

describe.skipIf(!HAS_DASK)('Dask distributed (LocalCluster, 2 worker processes)', () => {
  it('merged partial summaries equal the single-process summary; bad records are reported and skipped (exit 2)', async () => {
    if (!HAS_SHARED) console.warn('开发语料不存在：Dask 测试只用随附语料。');
    // Besides the folders, a JSONL record file: one good record (its id the path of a copy of its text, so the
    // single-process run can read the same speech) and one bad record.
    let dir = inject('daskRun');
    if (!dir) startDask(dir = tempDir('jianghua-dask-'));
    const f = daskFiles(dir);
    const r = await daskResult(dir, 600_000);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('（id“bad-2”）：字段“text”为空，已跳过。');
    const summary = JSON.parse(r.out);
    expect(summary).toEqual(await folderSummary([...DASK_FOLDERS, f.copy]));
    expect(summary.files).toBeGreaterThanOrEqual(HAS_SHARED ? 56 : 6);
    // The partitions' result lines were written by the workers: one line per speech, file = id.
    const lines = readdirSync(f.results).flatMap((n) => readFileSync(path.join(f.results, n), 'utf8').split('\n').filter(Boolean));
    expect(lines).toHaveLength(summary.files);
    for (const l of lines) { const o = JSON.parse(l); expect(o.id).toBe(o.file); }
  }, 600_000);
});

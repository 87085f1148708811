// compare and kwic through the CLI in-process (run(argv, io)), one spawned smoke test each, and the national
// 政府工作报告 of the development corpus when present (expectations checked by hand against the texts).
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { HAS_SHARED, SHARED_CORPUS, corpusPath, runCli, tempDir } from '../helpers.js';
import { editedPair } from './pair.js';
import { parseCsv } from '../../src/compare/years.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = tempDir('jianghua-compare-');
  const { a, b } = editedPair();
  mkdirSync(path.join(dir, 'years'));
  writeFileSync(path.join(dir, 'a.txt'), a);
  writeFileSync(path.join(dir, 'b.txt'), b);
  // The speech states its date (2014年11月 11 日): the text's year wins over the name; a copy without it is dated by its name.
  writeFileSync(path.join(dir, 'years', '甲.txt'), a);
  writeFileSync(path.join(dir, 'years', '乙.txt'), b.replace('(2014年11月 11 日)', '(2015年11月 11 日)'));
  writeFileSync(path.join(dir, 'years', '讲话_2016.txt'), a.replace('(2014年11月 11 日)', ''));
});

describe('jianghua compare', () => {
  it('prints the added and dropped formulations and the changed figures as text', async () => {
    const r = await cli('compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('新出现的提法（B 有、A 无）（1 条）');
    expect(r.out).toContain('“四下基层”');
    expect(r.out).toContain('不再出现的提法（A 有、B 无）（1 条）');
    expect(r.out).toMatch(/困难群众（户）  困难群众 167户 → 困难群众 187户  \+20户，\+11\.98%/);
    expect(r.out).toContain('G² ≥ 10.83，p < 0.001');
  });

  it('writes the documented JSON shape', async () => {
    const r = await cli('compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'json');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['a', 'b', 'threshold', 'added', 'dropped', 'keyness', 'ranks', 'figures']);
    expect(j.added[0]).toMatchObject({ text: '四下基层', count: 1, documents: 1 });
    expect(Object.keys(j.added[0].kwic[0])).toEqual(['file', 'line', 'column', 'left', 'match', 'right']);
  });

  it('groups a folder by the year the speeches state, else the year in the file name', async () => {
    const r = await cli('compare', '--by', 'year', path.join(dir, 'years'), '--format', 'csv', '--table', 'added');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual(['a', 'b', 'text', 'kind', 'count', 'documents', 'where', 'kwic']);
    expect(rows.slice(1).map((l) => l.slice(0, 3))).toEqual([['2014', '2015', '四下基层'], ['2015', '2016', '三严三实']]);
    const j = JSON.parse((await cli('compare', '--by', 'year', path.join(dir, 'years'), '--format', 'json')).out);
    expect(j.years.map((y: { year: number; sources: string[] }) => [y.year, y.sources])).toEqual([[2014, ['text']], [2015, ['text']], [2016, ['name']]]);
  });

  it('takes years from a --meta file, and refuses speeches it cannot date', async () => {
    const undated = path.join(dir, 'undated');
    mkdirSync(undated, { recursive: true });
    writeFileSync(path.join(undated, 'x.txt'), editedPair().a.replace('(2014年11月 11 日)', ''));
    writeFileSync(path.join(undated, 'y.txt'), editedPair().b.replace('(2014年11月 11 日)', ''));
    const bad = await cli('compare', '--by', 'year', undated);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('无法确定年份');
    const meta = path.join(dir, 'meta.csv');
    writeFileSync(meta, 'file,year,speaker\nx.txt,2019,某某\ny.txt,2020,某某\n');
    const ok = await cli('compare', '--by', 'year', undated, '--meta', meta, '--format', 'json');
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.out);
    expect(j.years.map((y: { year: number; sources: string[] }) => [y.year, y.sources])).toEqual([[2019, ['meta']], [2020, ['meta']]]);
    expect(j.steps[0].dropped.map((t: { text: string }) => t.text)).toEqual(['三严三实']);
  });

  it('is a usage error with one path, and never overwrites an output without --force', async () => {
    expect((await cli('compare', path.join(dir, 'a.txt'))).code).toBe(2);
    const target = path.join(dir, 'out.json');
    writeFileSync(target, 'keep');
    const r = await cli('compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'json', '-o', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });
});

describe('jianghua kwic', () => {
  it('lists every occurrence of a term with file, line and column', async () => {
    const r = await cli('kwic', '三严三实', 'corpus/', '--format', 'json');
    const rows = JSON.parse(r.out) as Array<{ file: string; line: number; column: number; match: string }>;
    expect(rows.map((k) => `${path.basename(k.file)}:${k.line}`)).toEqual(['004_2a5315d4f9a02ca3.txt:21', '004_2a5315d4f9a02ca3.txt:30']);
    const line = readFileSync(corpusPath('004_2a5315d4f9a02ca3'), 'utf8').split('\n')[20];
    expect([...line].slice(rows[0].column - 1, rows[0].column + 3).join('')).toBe('三严三实');
  });

  it('lists the formulas of one kind with --kind, as CSV', async () => {
    const r = await cli('kwic', '--kind', 'formula', corpusPath('004_2a5315d4f9a02ca3'), '--format', 'csv');
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual(['file', 'line', 'column', 'left', 'match', 'right']);
    const matches = new Set(rows.slice(1).map((l) => l[4]));
    for (const f of ['四风', '三严三实', '一岗双责', '四议两公开']) expect(matches).toContain(f);
  });

  it('needs a term unless --kind is given', async () => {
    const r = await cli('kwic');
    expect(r.code).toBe(2);
    expect(r.err).toContain('TERM');
  });
});

describe('spawned smoke tests', () => {
  it('compare and kwic run from the built binary', () => {
    const c = runCli(['compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'json']);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).dropped[0].text).toBe('三严三实');
    const k = runCli(['kwic', '四风', corpusPath('004_2a5315d4f9a02ca3')]);
    expect(k.code).toBe(0);
    expect(k.stdout).toContain('【四风】');
  });
});

const reports = path.join(SHARED_CORPUS, 'reports');
const hasReports = HAS_SHARED && existsSync(path.join(reports, 'gwr_2025.txt'));
if (!hasReports) console.warn('开发语料中没有政府工作报告：跳过 2024→2025 的比较。');

describe.skipIf(!hasReports)('政府工作报告 2024 → 2025 (development corpus, checked by hand)', () => {
  it('reports the new and the dropped formulations and the changed targets', async () => {
    const r = await cli('compare', path.join(reports, 'gwr_2024.txt'), path.join(reports, 'gwr_2025.txt'), '--format', 'json');
    const j = JSON.parse(r.out);
    const added = j.added.map((t: { text: string }) => t.text);
    const dropped = j.dropped.map((t: { text: string }) => t.text);
    // Each checked with grep: absent from one report, present in the other.
    for (const t of ['十五五', '两重', '两新', '内卷式', '千万工程']) expect(added).toContain(t);
    for (const t of ['一老一小', '乙类乙管', '三个区分开来', '人地钱']) expect(dropped).toContain(t);
    const fig = (noun: string) => j.figures.find((f: { noun: string }) => f.noun === noun);
    expect(fig('居民消费价格涨幅')).toMatchObject({ unit: '%', a: { value: 3 }, b: { value: 2 }, change: -1 });
    expect(fig('单位国内生产总值能耗')).toMatchObject({ unit: '%', a: { value: 2.5 }, b: { value: 3 } });
    expect(fig('法律议案')).toMatchObject({ unit: '件', a: { value: 10 }, b: { value: 19 } });
  });
});

// Tables for Excel: `analyze --format csv --table files` and the xlsx workbooks of analyze and compare.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli.js';
import { parseCsv } from '../../src/compare/years.js';
import { CORPUS_FILES, corpusPath, tempDir } from '../helpers.js';

/** The five reference speeches (named: corpus/ holds word lists too). */
const speeches = CORPUS_FILES.map(corpusPath);
import { editedPair } from './pair.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

describe('analyze --format csv --table files', () => {
  it('has one row per speech with its type, length and counts', async () => {
    const r = await cli('analyze', ...speeches, '--no-keywords', '--jobs', '1', '--format', 'csv', '--table', 'files');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual(['file', 'title', 'date', 'speaker', 'meeting', 'type', 'confidence', 'chars', 'headings', 'series', 'formulas', 'statistics']);
    expect(rows.slice(1).map((x) => path.basename(x[0], '.txt'))).toEqual(CORPUS_FILES);
    const r004 = rows.find((x) => x[0].includes('004_'))!;
    expect(r004[1]).toBe('在红湘街道党的群众路线教育实践活动总结大会上的讲话');
    expect(r004[5]).toBe('summary');
    expect(Number(r004[10])).toBe(14);
  });
});

describe('xlsx workbooks', () => {
  it('analyze: one sheet per table, findings as typed cells', async () => {
    const file = path.join(tempDir('jianghua-xlsx-'), 'a.xlsx');
    const r = await cli('analyze', ...speeches, '--no-keywords', '--jobs', '1', '--format', 'xlsx', '-o', file);
    expect(r.err).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各篇讲话', '提法排名', '数据汇总', 'statistics', 'formulas', 'slogans', 'headings', 'series']);
    const files = wb.getWorksheet('各篇讲话')!;
    expect(files.rowCount).toBe(6);
    expect(files.getRow(1).font?.bold).toBe(true);
    const stats = wb.getWorksheet('statistics')!;
    const first = stats.getRow(2).values as unknown[];
    expect(typeof first[5]).toBe('number'); // value
    expect((await cli('analyze', ...speeches, '--no-keywords', '--format', 'xlsx')).code).toBe(2); // needs -o
  });

  it('compare: a term that looks like a formula stays text', async () => {
    const dir = tempDir('jianghua-xlsx-');
    const { a, b } = editedPair();
    writeFileSync(path.join(dir, 'a.txt'), a);
    writeFileSync(path.join(dir, 'b.txt'), b.replace('“四下基层”', '“=四下基层”'));
    const file = path.join(dir, 'c.xlsx');
    expect((await cli('compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'xlsx', '-o', file)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const added = wb.getWorksheet('新出现的提法')!;
    const texts = [];
    for (let i = 2; i <= added.rowCount; i++) texts.push(added.getRow(i).getCell(3));
    const cell = texts.find((c) => String(c.value).includes('四下基层'))!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });
});

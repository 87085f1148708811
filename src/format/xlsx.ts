// Excel workbooks (exceljs): one sheet per table, a bold frozen header row, column widths to fit. Cells that
// start with = + - @ are written as text by exceljs (a string cell is never a formula), so no formula injection.
import type { Comparison, YearComparison } from '../compare/types.js';
import type { AnalysisRecord } from '../analyze/record.js';
import type { CorpusSummary } from '../analyze/summary.js';
import { FILES_HEADER, fileCells } from './files-table.js';

type Cell = string | number | null | undefined;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

export async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jianghua';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.header);
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((c) => (c === null || c === undefined ? '' : c)));
    ws.columns.forEach((col, i) => {
      let w = [...(s.header[i] ?? '')].length * 2;
      for (const r of s.rows.slice(0, 500)) {
        const v = r[i];
        if (v === null || v === undefined) continue;
        const len = [...String(v)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
        if (len > w) w = len;
      }
      col.width = Math.min(60, Math.max(6, w + 2));
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

const kwicText = (t: Comparison['added'][number]) => t.kwic.map((k) => `${k.left}【${k.match}】${k.right}`).join('\n');
const where = (t: Comparison['added'][number]) => t.kwic.map((k) => `${k.file}:${k.line}:${k.column}`).join('\n');

export function comparisonSheets(r: Comparison | YearComparison): Sheet[] {
  const steps = 'steps' in r ? r.steps : [r];
  const side = (s: Comparison) => [s.a.label, s.b.label];
  const sheets: Sheet[] = [
    { name: '新出现的提法', header: ['A', 'B', '提法', '类别', '次数', '篇数', '位置', '上下文'], rows: steps.flatMap((s) => s.added.map((t) => [...side(s), t.text, t.kind, t.count, t.documents, where(t), kwicText(t)])) },
    { name: '不再出现的提法', header: ['A', 'B', '提法', '类别', '次数', '篇数', '位置', '上下文'], rows: steps.flatMap((s) => s.dropped.map((t) => [...side(s), t.text, t.kind, t.count, t.documents, where(t), kwicText(t)])) },
    { name: '关键词差异', header: ['A', 'B', '词语', '方向', 'A 次数', 'B 次数', 'A 每万词', 'B 每万词', 'G²', '对数比'], rows: steps.flatMap((s) => s.keyness.map((k) => [...side(s), k.word, k.direction === 'over' ? '多用' : '少用', k.a, k.b, k.aPer10k, k.bPer10k, k.g2, k.logRatio])) },
    { name: '排名变化', header: ['A', 'B', '词语', 'A 名次', 'B 名次', '变化', 'A 次数', 'B 次数'], rows: steps.flatMap((s) => s.ranks.map((k) => [...side(s), k.word, k.rankA, k.rankB, k.shift, k.a, k.b])) },
    { name: '数据变化', header: ['A', 'B', '事物', '单位', 'A 数值', 'B 数值', '变化', '变化率 %', 'A 原文', 'B 原文', 'A 上下文', 'B 上下文', 'A 位置', 'B 位置'], rows: steps.flatMap((s) => s.figures.map((f) => [...side(s), f.noun, f.unit, f.a.value, f.b.value, f.change, f.changePct, f.a.text, f.b.text, f.a.context, f.b.context, `${f.a.file}:${f.a.line}`, `${f.b.file}:${f.b.line}`])) },
  ];
  if ('timeline' in r) {
    sheets.push({ name: '提法时间线', header: ['提法', '类别', '首次', '最后', '年份数', '各年次数'], rows: r.timeline.map((t) => [t.text, t.kind, t.first, t.last, t.years, t.counts.map((c) => `${c.year}:${c.count}`).join(' ')]) });
  }
  return sheets;
}

export function comparisonWorkbook(r: Comparison | YearComparison): Promise<Uint8Array> {
  return workbook(comparisonSheets(r));
}

/** The analyze workbook: the per-speech table, the corpus rankings, and every finding table of the CSV output. */
export function analysisSheets(records: AnalysisRecord[], summary: CorpusSummary): Sheet[] {
  const rows = <T>(f: (r: AnalysisRecord) => T[]) => records.flatMap(f);
  return [
    { name: '各篇讲话', header: [...FILES_HEADER], rows: records.map(fileCells) },
    { name: '提法排名', header: ['提法', '类别', '篇数', '次数', '讲话'], rows: [
      ...summary.formulas.map((f) => [f.text, 'formula', f.speeches, f.occurrences, f.files.join('\n')]),
      ...summary.slogans.map((s) => [s.text, s.kind, s.speeches, s.occurrences, s.files.join('\n')]),
    ] },
    { name: '数据汇总', header: ['noun', 'unit', 'mentions', 'speeches', 'total'], rows: summary.statistics.byNoun.map((g) => [g.noun, g.unit, g.mentions, g.speeches, g.total]) },
    { name: 'statistics', header: ['file', 'line', 'column', 'text', 'value', 'unit', 'approx', 'noun'], rows: rows((r) => r.statistics.map((s) => [r.file, s.line, s.column, s.text, s.value, s.unit, s.approx, s.noun])) },
    { name: 'formulas', header: ['file', 'text', 'count', 'lines'], rows: rows((r) => r.formulas.map((x) => [r.file, x.text, x.count, x.lines.join(' ')])) },
    { name: 'slogans', header: ['file', 'text', 'kind', 'count', 'lines'], rows: rows((r) => r.slogans.map((x) => [r.file, x.text, x.kind, x.count, x.lines.join(' ')])) },
    { name: 'headings', header: ['file', 'line', 'column', 'level', 'marker', 'number', 'text'], rows: rows((r) => r.headings.map((h) => [r.file, h.line, h.column, h.level, h.marker, h.number, h.text])) },
    { name: 'series', header: ['file', 'series', 'family', 'ordinal', 'text', 'line', 'problems'], rows: rows((r) => r.series.flatMap((s, i) => s.items.map((it) => [r.file, i + 1, s.family, it.ordinal, it.text, it.line, s.problems.map((p) => p.message).join('；')]))) },
  ];
}

export function analysisWorkbook(records: AnalysisRecord[], summary: CorpusSummary): Promise<Uint8Array> {
  return workbook(analysisSheets(records, summary));
}

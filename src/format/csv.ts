// CSV tables of analysis records (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line break).
// One table per kind of finding, with the file in the first column, so files can be streamed row by row.
import type { AnalysisRecord } from '../analyze/record.js';
import { FILES_HEADER, fileCells } from './files-table.js';

export const CSV_TABLES = ['statistics', 'formulas', 'slogans', 'headings', 'series', 'files'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | null | undefined;

const HEADERS: Record<CsvTable, string[]> = {
  statistics: ['file', 'line', 'column', 'text', 'value', 'unit', 'approx', 'noun'],
  formulas: ['file', 'text', 'count', 'lines'],
  slogans: ['file', 'text', 'kind', 'count', 'lines'],
  headings: ['file', 'line', 'column', 'level', 'marker', 'number', 'text'],
  series: ['file', 'series', 'family', 'ordinal', 'marker', 'text', 'line', 'column', 'problems'],
  files: [...FILES_HEADER],
};

/**
 * Quote a field when RFC 4180 requires it; line numbers lists are space-separated inside one field. A text cell
 * that a spreadsheet would run as a formula (= + - @, tab or CR first: CSV injection) gets a leading apostrophe,
 * which Excel and LibreOffice show as plain text. Numbers are written as they are.
 */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(cells: Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** The header row; with bom, prefixed by a UTF-8 byte order mark so that Excel reads the Chinese correctly. */
export function csvHeader(table: CsvTable, opts: { bom?: boolean } = {}): string {
  return (opts.bom ? '\uFEFF' : '') + row(HEADERS[table]);
}

export function csvRows(record: AnalysisRecord, table: CsvTable): string {
  const f = record.file;
  switch (table) {
    case 'statistics':
      return record.statistics.map((s) => row([f, s.line, s.column, s.text, s.value, s.unit, s.approx, s.noun])).join('');
    case 'formulas':
      return record.formulas.map((x) => row([f, x.text, x.count, x.lines.join(' ')])).join('');
    case 'slogans':
      return record.slogans.map((x) => row([f, x.text, x.kind, x.count, x.lines.join(' ')])).join('');
    case 'headings':
      return record.headings.map((h) => row([f, h.line, h.column, h.level, h.marker, h.number, h.text])).join('');
    case 'files':
      return row(fileCells(record));
    case 'series':
      return record.series.map((s, i) => {
        const problems = s.problems.map((p) => p.message).join('；');
        return s.items.map((it) => row([f, i + 1, s.family, it.ordinal, it.marker as string | undefined, it.text, it.line, it.column as number | undefined, problems])).join('');
      }).join('');
  }
}

// CSV tables of a comparison (`compare --format csv --table …`) and of a concordance. Every row starts with the
// two sides, so the steps of `--by year` stack into one table.
import { csvField } from './csv.js';
import type { Comparison, KwicLine, YearComparison } from '../compare/types.js';

export const COMPARE_TABLES = ['added', 'dropped', 'keyness', 'ranks', 'figures', 'timeline'] as const;
export type CompareTable = (typeof COMPARE_TABLES)[number];

type Cell = string | number | null | undefined;
const row = (cells: Cell[]) => cells.map(csvField).join(',') + '\r\n';
const kwicCell = (k: KwicLine | undefined) => (k ? `${k.left}【${k.match}】${k.right}` : '');
const where = (k: KwicLine | undefined) => (k ? `${k.file}:${k.line}:${k.column}` : '');

const HEADERS: Record<CompareTable, string[]> = {
  added: ['a', 'b', 'text', 'kind', 'count', 'documents', 'where', 'kwic'],
  dropped: ['a', 'b', 'text', 'kind', 'count', 'documents', 'where', 'kwic'],
  keyness: ['a', 'b', 'word', 'direction', 'count_a', 'count_b', 'per10k_a', 'per10k_b', 'g2', 'log_ratio'],
  ranks: ['a', 'b', 'word', 'rank_a', 'rank_b', 'shift', 'count_a', 'count_b'],
  figures: ['a', 'b', 'noun', 'unit', 'value_a', 'value_b', 'change', 'change_pct', 'text_a', 'text_b', 'context_a', 'context_b', 'where_a', 'where_b'],
  timeline: ['text', 'kind', 'first', 'last', 'years', 'counts'],
};

function rows(r: Comparison, table: Exclude<CompareTable, 'timeline'>): string {
  const a = r.a.label;
  const b = r.b.label;
  switch (table) {
    case 'added':
    case 'dropped':
      return r[table].map((t) => row([a, b, t.text, t.kind, t.count, t.documents, where(t.kwic[0]), kwicCell(t.kwic[0])])).join('');
    case 'keyness':
      return r.keyness.map((k) => row([a, b, k.word, k.direction, k.a, k.b, k.aPer10k, k.bPer10k, k.g2, k.logRatio])).join('');
    case 'ranks':
      return r.ranks.map((k) => row([a, b, k.word, k.rankA, k.rankB, k.shift, k.a, k.b])).join('');
    case 'figures':
      return r.figures.map((f) => row([a, b, f.noun, f.unit, f.a.value, f.b.value, f.change, f.changePct, f.a.text, f.b.text, f.a.context, f.b.context,
        `${f.a.file}:${f.a.line}:${f.a.column}`, `${f.b.file}:${f.b.line}:${f.b.column}`])).join('');
  }
}

export function comparisonCsv(r: Comparison | YearComparison, table: CompareTable, opts: { bom?: boolean } = {}): string {
  const head = (opts.bom ? '\uFEFF' : '') + row(HEADERS[table]);
  if (table === 'timeline') {
    if (!('timeline' in r)) return head;
    return head + r.timeline.map((t) => row([t.text, t.kind, t.first, t.last, t.years, t.counts.map((c) => `${c.year}:${c.count}`).join(' ')])).join('');
  }
  const steps = 'steps' in r ? r.steps : [r];
  return head + steps.map((s) => rows(s, table)).join('');
}

export function kwicCsv(list: KwicLine[], opts: { bom?: boolean } = {}): string {
  return (opts.bom ? '\uFEFF' : '') + row(['file', 'line', 'column', 'left', 'match', 'right'])
    + list.map((k) => row([k.file, k.line, k.column, k.left, k.match, k.right])).join('');
}

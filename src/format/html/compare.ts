// The compare report: added and dropped 提法 with KWIC, a keyness chart (bars both sides), a rank-shift chart, the
// figures table, and for --by year a timeline of the 提法 used longest and one collapsible block per year.
import path from 'node:path';
import type { Comparison, KwicLine, TermChange, YearComparison } from '../../compare/types.js';
import { SLOGAN_KINDS, num } from '../labels.js';
import { escapeHtml as e } from './escape.js';
import { divergingBars, columns, timelineChart } from './charts.js';
import { renderPage, section, statBoxes, table, type Column } from './page.js';

export interface CompareHtmlOptions {
  generator: string;
  /** Rows of each chart. */
  top?: number;
}

const kwicHtml = (k: KwicLine | undefined) => (k ? `<span class="kwic">…${e(k.left)}<mark>${e(k.match)}</mark>${e(k.right)}…</span>` : '');
const whereHtml = (k: KwicLine | undefined) => (k ? `<span class="where">${e(path.basename(k.file))}:${k.line}</span>` : '');

function termTable(list: TermChange[]): string {
  const cols: Column<TermChange>[] = [
    { label: '提法', html: (t) => `“${e(t.text)}”` },
    { label: '类别', html: (t) => e(SLOGAN_KINDS[t.kind] ?? t.kind) },
    { label: '次数', num: true, html: (t) => String(t.count) },
    { label: '篇数', num: true, html: (t) => String(t.documents) },
    { label: '上下文', html: (t) => t.kwic.map((k) => `${whereHtml(k)} ${kwicHtml(k)}`).join('<br>'), sort: (t) => t.text },
  ];
  return table(list, cols);
}

function comparisonBody(r: Comparison, top: number): string {
  const parts: string[] = [];
  parts.push(statBoxes([
    ['新出现的提法', String(r.added.length)],
    ['不再出现的提法', String(r.dropped.length)],
    ['关键词差异', String(r.keyness.length)],
    ['数据变化', String(r.figures.length)],
  ]));
  parts.push(`<h3>新出现的提法（${e(r.b.label)} 有、${e(r.a.label)} 无）</h3>`, termTable(r.added));
  parts.push(`<h3>不再出现的提法（${e(r.a.label)} 有、${e(r.b.label)} 无）</h3>`, termTable(r.dropped));

  parts.push(`<h3>关键词差异</h3><p class="note">对数似然 G² ≥ ${r.threshold.g2}（p &lt; ${r.threshold.p}，自由度 1）；右侧为 ${e(r.b.label)} 中多用，左侧为少用；频次为每万词。</p>`);
  if (r.keyness.length > 0) {
    const over = r.keyness.filter((k) => k.direction === 'over').slice(0, top);
    const under = r.keyness.filter((k) => k.direction === 'under').slice(0, top);
    parts.push(divergingBars([...over.map((k) => ({ label: k.word, value: k.g2 })), ...under.map((k) => ({ label: k.word, value: -k.g2 }))],
      { title: '关键词差异（G²）', axisName: `← ${r.a.label} 多用　G²　${r.b.label} 多用 →` }));
  }
  parts.push(table(r.keyness, [
    { label: '词语', html: (k) => e(k.word) },
    { label: '方向', html: (k) => (k.direction === 'over' ? '<span class="up">多用</span>' : '<span class="down">少用</span>') },
    { label: `${r.a.label} 次数`, num: true, html: (k) => String(k.a) },
    { label: `${r.b.label} 次数`, num: true, html: (k) => String(k.b) },
    { label: `${r.a.label} 每万词`, num: true, html: (k) => String(k.aPer10k) },
    { label: `${r.b.label} 每万词`, num: true, html: (k) => String(k.bPer10k) },
    { label: 'G²', num: true, html: (k) => String(k.g2) },
    { label: '对数比', num: true, html: (k) => String(k.logRatio) },
  ], { empty: '没有达到显著性阈值的词语。' }));

  parts.push('<h3>高频词排名变化</h3>');
  const moved = r.ranks.filter((x) => x.shift !== null && x.shift !== 0).sort((x, y) => Math.abs(y.shift!) - Math.abs(x.shift!)).slice(0, top);
  if (moved.length > 0) {
    parts.push(divergingBars(moved.map((x) => ({ label: `${x.word} ${x.rankA}→${x.rankB}`, value: x.shift! })),
      { title: '高频词排名变化', axisName: '← 下降　名次　上升 →' }));
  }
  parts.push(table(r.ranks, [
    { label: '词语', html: (x) => e(x.word) },
    { label: `${r.a.label} 名次`, num: true, html: (x) => (x.rankA === null ? '—' : String(x.rankA)), sort: (x) => x.rankA },
    { label: `${r.b.label} 名次`, num: true, html: (x) => (x.rankB === null ? '—' : String(x.rankB)), sort: (x) => x.rankB },
    { label: '变化', num: true, html: (x) => (x.shift === null ? (x.rankA === null ? '新进' : '退出') : x.shift > 0 ? `<span class="up">↑${x.shift}</span>` : x.shift < 0 ? `<span class="down">↓${-x.shift}</span>` : '0'), sort: (x) => x.shift },
    { label: `${r.a.label} 次数`, num: true, html: (x) => String(x.a) },
    { label: `${r.b.label} 次数`, num: true, html: (x) => String(x.b) },
  ]));

  parts.push('<h3>数据变化（同一事物、同一单位）</h3>');
  parts.push(table(r.figures, [
    { label: '事物', html: (f) => e(f.noun) },
    { label: '单位', html: (f) => e(f.unit) },
    { label: r.a.label, num: true, html: (f) => `${e(f.a.text)}<br><span class="kwic">${e(f.a.context)}</span> <span class="where">${e(path.basename(f.a.file))}:${f.a.line}</span>`, sort: (f) => f.a.value },
    { label: r.b.label, num: true, html: (f) => `${e(f.b.text)}<br><span class="kwic">${e(f.b.context)}</span> <span class="where">${e(path.basename(f.b.file))}:${f.b.line}</span>`, sort: (f) => f.b.value },
    { label: '变化', num: true, html: (f) => `${f.change > 0 ? '+' : ''}${num(f.change)}`, sort: (f) => f.change },
    { label: '变化率', num: true, html: (f) => (f.changePct === null ? '' : `${f.changePct > 0 ? '+' : ''}${f.changePct}%`), sort: (f) => f.changePct },
  ], { empty: '没有同一事物、同一单位而数值不同的数据。' }));
  return parts.join('\n');
}

export function compareHtml(r: Comparison, opts: CompareHtmlOptions): string {
  const top = opts.top ?? 15;
  const side = (label: string, s: Comparison['a']) => `${label}：${s.label}（${s.documents} 篇，${num(s.chars)} 字）`;
  return renderPage({
    title: '讲话比较报告',
    subtitle: `${side('A', r.a)}　→　${side('B', r.b)}`,
    sections: [section(`${r.b.label} 对比 ${r.a.label}`, comparisonBody(r, top))],
    data: r,
    generator: opts.generator,
  });
}

/** The 提法 of the timeline chart: used in the most years, at least three, longer than two characters (short ones match inside other words). */
function timelineRows(r: YearComparison, n: number) {
  return r.timeline.filter((t) => t.years >= 3 && [...t.text].length >= 3 && t.years < r.years.length)
    .sort((x, y) => y.years - x.years || x.first - y.first)
    .slice(0, n)
    .sort((x, y) => x.first - y.first || y.years - x.years);
}

export function yearsHtml(r: YearComparison, opts: CompareHtmlOptions): string {
  const top = opts.top ?? 15;
  const years = r.years.map((y) => y.year);
  const docs = r.years.reduce((n, y) => n + y.documents, 0);
  const sections: string[] = [];
  sections.push(section('概览', [
    statBoxes([['年份', String(r.years.length)], ['讲话', String(docs)], ['字数', num(r.years.reduce((n, y) => n + y.chars, 0))], ['提法', String(r.timeline.length)]]),
    columns(years.map(String), r.steps.length ? [0, ...r.steps.map((s) => s.added.length)] : [], { title: '每年新出现的提法数', axisName: '新出现的提法' }),
  ].join('\n'), { note: '每个年份与上一个有讲话的年份比较。' }));
  const rows = timelineRows(r, 30);
  sections.push(section('提法时间线', [
    rows.length ? timelineChart(years, rows.map((t) => ({ label: t.text, counts: t.counts })), { title: '提法时间线' }) : '',
    '<p class="note">图中为用于 3 个以上年份（但非全部年份）的提法中使用年份最多的 30 条，点的大小表示次数；全部提法的首末年份见下表。</p>',
    table(r.timeline.filter((t) => [...t.text].length >= 2), [
      { label: '提法', html: (t) => `“${e(t.text)}”` },
      { label: '类别', html: (t) => e(SLOGAN_KINDS[t.kind] ?? t.kind) },
      { label: '首次', num: true, html: (t) => String(t.first) },
      { label: '最后', num: true, html: (t) => String(t.last) },
      { label: '年份数', num: true, html: (t) => String(t.years) },
      { label: '总次数', num: true, html: (t) => String(t.counts.reduce((n, c) => n + c.count, 0)) },
    ]),
  ].join('\n'), { id: 'timeline' }));
  const steps = [...r.steps].reverse();
  sections.push(section('逐年比较', steps.map((s, i) =>
    `<details${i === 0 ? ' open' : ''}><summary>${e(s.b.label)} 对比 ${e(s.a.label)}<span class="tag">新 ${s.added.length}</span><span class="tag">去 ${s.dropped.length}</span><span class="tag">数据 ${s.figures.length}</span></summary>${comparisonBody(s, top)}</details>`).join('\n'),
  { note: '最近的年份在前；点击展开。' }));
  return renderPage({
    title: '按年份比较报告',
    subtitle: `${years[0]}—${years[years.length - 1]}，${r.years.length} 个年份，${docs} 篇`,
    sections,
    data: r,
    generator: opts.generator,
  });
}

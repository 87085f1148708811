// The analyze report: the corpus overview (types, lengths, dates), the ranked 提法 table with document frequency,
// formula kinds, statistics by noun, the per-speech table, and every speech's outline (headings, series,
// announcements) in a block that expands.
import path from 'node:path';
import type { AnalysisRecord } from '../../analyze/record.js';
import type { CorpusSummary } from '../../analyze/summary.js';
import { SLOGAN_KINDS, SERIES_FAMILIES, typeName, clip, num } from '../labels.js';
import { metadataOf } from '../files-table.js';
import { yearFromName } from '../../compare/years.js';
import { escapeHtml as e } from './escape.js';
import { columns, divergingBars } from './charts.js';
import { renderPage, section, statBoxes, table } from './page.js';

/** What the report keeps of a speech: enough for its row and its outline, not the full record. */
export interface ReportSpeech {
  file: string;
  title: string;
  date: string | null;
  speaker: string | null;
  meeting: string | null;
  type: { label: string; confidence: number };
  chars: number;
  headings: Array<{ level: number; marker: string; text: string; line: number }>;
  series: Array<{ family: string; items: number; first: string; line: number; problems: string[] }>;
  announced: Array<{ phrase: string; announced: number | null; actual: number | null; line: number }>;
  counts: { formulas: number; slogans: number; statistics: number };
}

const TEXT_WIDTH = 40;

export function reportSpeech(r: AnalysisRecord): ReportSpeech {
  return {
    file: r.file,
    title: r.title,
    ...metadataOf(r),
    type: { label: r.type.label, confidence: r.type.confidence },
    chars: r.chars,
    headings: r.headings.map((h) => ({ level: h.level, marker: h.marker, text: clip(h.text, TEXT_WIDTH), line: h.line })),
    series: r.series.map((s) => ({ family: s.family, items: s.items.length, first: clip(s.items[0]?.text ?? '', 24), line: s.items[0]?.line ?? 0, problems: s.problems.map((p) => p.message) })),
    announced: r.announced.map((a) => ({ phrase: a.phrase, announced: a.announced, actual: a.actual, line: a.line })),
    counts: { formulas: r.formulas.length, slogans: r.slogans.length, statistics: r.statistics.length },
  };
}

/** Rows of the ranked tables: the report stays readable (and small) for a corpus of thousands of speeches. */
const RANKED_ROWS = 300;

const LENGTH_BINS = [1000, 2000, 3000, 5000, 8000, 12000, 20000];

function lengthHistogram(speeches: ReportSpeech[]): { labels: string[]; values: number[] } {
  const labels = LENGTH_BINS.map((b, i) => `${i === 0 ? 0 : LENGTH_BINS[i - 1] / 1000}–${b / 1000}千`).concat(`${LENGTH_BINS[LENGTH_BINS.length - 1] / 1000}千以上`);
  const values = labels.map(() => 0);
  for (const s of speeches) {
    const i = LENGTH_BINS.findIndex((b) => s.chars < b);
    values[i < 0 ? LENGTH_BINS.length : i]++;
  }
  return { labels, values };
}

function yearOf(s: ReportSpeech): number | null {
  const m = s.date ? /^(\d{4})/.exec(s.date) : null;
  return m ? Number(m[1]) : yearFromName(s.file);
}

function outline(s: ReportSpeech): string {
  const parts: string[] = [];
  const meta = [s.date && `日期 ${e(s.date)}`, s.speaker && `讲话人 ${e(s.speaker)}`, s.meeting && `会议 ${e(s.meeting)}`].filter(Boolean);
  if (meta.length) parts.push(`<p class="note">${meta.join('　')}</p>`);
  if (s.headings.length) {
    // Nested lists by level: a heading deeper than the previous opens a list, a shallower one closes lists.
    const html: string[] = ['<ul class="tree">'];
    let depth = 1;
    for (const h of s.headings) {
      while (depth < h.level) { html.push('<ul class="tree">'); depth++; }
      while (depth > h.level) { html.push('</ul>'); depth--; }
      html.push(`<li>${e(h.marker)}${e(h.text)} <span class="where">第 ${h.line} 行</span></li>`);
    }
    while (depth-- > 0) html.push('</ul>');
    parts.push('<h3>层次结构</h3>', html.join(''));
  }
  if (s.series.length) {
    parts.push('<h3>列举</h3><ul class="tree">' + s.series.map((x) =>
      `<li>${e(SERIES_FAMILIES[x.family] ?? x.family)}式 ${x.items} 项：${e(x.first)} <span class="where">第 ${x.line} 行</span>${x.problems.map((p) => ` <span class="tag">⚠ ${e(p)}</span>`).join('')}</li>`).join('') + '</ul>');
  }
  if (s.announced.length) {
    parts.push('<h3>宣布与实际</h3><ul class="tree">' + s.announced.map((a) => {
      const ok = a.announced !== null && a.actual !== null ? (a.announced === a.actual ? ' ✓' : ' <span class="up">✗ 不一致</span>') : '';
      return `<li>“${e(a.phrase)}”：宣布 ${a.announced ?? '几'}，实际 ${a.actual ?? '无法计数'}${ok} <span class="where">第 ${a.line} 行</span></li>`;
    }).join('') + '</ul>');
  }
  if (parts.length === 0) parts.push('<p class="note">没有识别出层次结构、列举或宣布的条数。</p>');
  return parts.join('');
}

export interface AnalyzeHtmlOptions {
  generator: string;
  title?: string;
}

export function analyzeHtml(speeches: ReportSpeech[], summary: CorpusSummary, opts: AnalyzeHtmlOptions): string {
  const sections: string[] = [];
  const years = new Map<number, number>();
  for (const s of speeches) { const y = yearOf(s); if (y !== null) years.set(y, (years.get(y) ?? 0) + 1); }

  const types = summary.types;
  const hist = lengthHistogram(speeches);
  const overview = [
    statBoxes([['讲话', num(summary.files)], ['字数', num(summary.chars)], ['平均字数', num(Math.round(summary.chars / Math.max(1, summary.files)))], ['数字提法', num(summary.formulas.length)], ['口号与用语', num(summary.slogans.length)]]),
    '<div class="grid2"><div><h3>讲话类型</h3>',
    columns(types.map((t) => typeName(t.label)), types.map((t) => t.count), { title: '讲话类型', axisName: '篇数', width: 500, height: 260 }),
    '</div><div><h3>篇幅（字数）</h3>',
    columns(hist.labels, hist.values, { title: '篇幅分布', axisName: '篇数', width: 500, height: 260 }),
    '</div></div>',
  ];
  if (years.size > 0) {
    const ys = [...years.keys()].sort((a, b) => a - b);
    overview.push('<h3>年份</h3>', columns(ys.map(String), ys.map((y) => years.get(y)!), { title: '年份分布', axisName: '篇数', height: 240 }),
      `<p class="note">年份取自讲话中的日期，否则取文件名中的四位年份；${speeches.length - [...years.values()].reduce((a, b) => a + b, 0)} 篇无法确定。</p>`);
  }
  sections.push(section('语料概览', overview.join('\n'), { id: 'overview' }));

  const ranked = [...summary.formulas.map((f) => ({ ...f, kind: 'formula' })), ...summary.slogans.filter((s) => s.kind !== 'formula' || !summary.formulas.some((f) => f.text === s.text))]
    .sort((a, b) => b.speeches - a.speeches || b.occurrences - a.occurrences || (a.text < b.text ? -1 : 1));
  const kinds = new Map<string, number>();
  for (const x of ranked) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
  const kindList = [...kinds].sort((a, b) => b[1] - a[1]);
  sections.push(section('提法（按使用篇数）', [
    columns(kindList.map(([k]) => SLOGAN_KINDS[k] ?? k), kindList.map(([, n]) => n), { title: '提法类别', axisName: '条数', height: 220 }),
    ranked.length > 0 ? divergingBars(ranked.slice(0, 15).map((x) => ({ label: clip(x.text, 12), value: x.speeches })), { title: '使用篇数最多的提法', axisName: '篇数' }) : '',
    table(ranked.slice(0, RANKED_ROWS), [
      { label: '提法', html: (x) => `“${e(clip(x.text, 40))}”`, sort: (x) => x.text },
      { label: '类别', html: (x) => e(SLOGAN_KINDS[x.kind] ?? x.kind) },
      { label: '篇数', num: true, html: (x) => String(x.speeches) },
      { label: '次数', num: true, html: (x) => String(x.occurrences) },
      { label: '讲话', html: (x) => `<span class="where">${e(x.files.slice(0, 3).map((f) => path.basename(f)).join('、'))}${x.files.length > 3 ? ` 等 ${x.files.length} 篇` : ''}</span>`, sort: (x) => x.files.length },
    ]),
    ranked.length > RANKED_ROWS ? `<p class="note">只列出前 ${RANKED_ROWS} 条，共 ${ranked.length} 条；全部见 --format json 或 xlsx。</p>` : '',
  ].join('\n'), { id: 'formulations' }));

  const byNoun = summary.statistics.byNoun.filter((g) => g.noun);
  sections.push(section('数据（按所计事物与单位）', [
    table(byNoun.slice(0, RANKED_ROWS), [
      { label: '事物', html: (g) => e(g.noun) },
      { label: '单位', html: (g) => e(g.unit) },
      { label: '处数', num: true, html: (g) => String(g.mentions) },
      { label: '篇数', num: true, html: (g) => String(g.speeches) },
      { label: '合计', num: true, html: (g) => (['%', '％', '‰', '个百分点', '倍'].includes(g.unit) ? '' : num(g.total)), sort: (g) => g.total },
    ]),
    byNoun.length > RANKED_ROWS ? `<p class="note">只列出前 ${RANKED_ROWS} 条，共 ${byNoun.length} 条。</p>` : '',
  ].join('\n'), { id: 'statistics' }));

  sections.push(section('各篇讲话', table(speeches, [
    { label: '文件', html: (s) => e(path.basename(s.file)), sort: (s) => s.file },
    { label: '标题', html: (s) => e(clip(s.title, 30)), sort: (s) => s.title },
    { label: '日期', html: (s) => e(s.date ?? '') },
    { label: '类型', html: (s) => e(typeName(s.type.label)) },
    { label: '把握', num: true, html: (s) => `${Math.round(s.type.confidence * 100)}%`, sort: (s) => s.type.confidence },
    { label: '字数', num: true, html: (s) => num(s.chars), sort: (s) => s.chars },
    { label: '标题数', num: true, html: (s) => String(s.headings.length) },
    { label: '列举', num: true, html: (s) => String(s.series.length) },
    { label: '提法', num: true, html: (s) => String(s.counts.formulas + s.counts.slogans) },
    { label: '数据', num: true, html: (s) => String(s.counts.statistics) },
  ]), { id: 'files' }));

  sections.push(section('各篇提纲', speeches.map((s) =>
    `<details><summary>${e(path.basename(s.file))}　${e(clip(s.title || '（无标题）', 40))}<span class="tag">${e(typeName(s.type.label))}</span></summary>${outline(s)}</details>`).join('\n'),
  { id: 'outlines', note: '点击展开；打印时全部展开。' }));

  return renderPage({
    title: opts.title ?? '讲话分析报告',
    subtitle: `${num(summary.files)} 篇讲话，共 ${num(summary.chars)} 字`,
    sections,
    data: {
      // Counts only: the lists of files behind each ranking grow with the corpus (the JSON output has them).
      summary: {
        ...summary,
        formulas: summary.formulas.slice(0, RANKED_ROWS).map(({ files: _f, ...x }) => x),
        slogans: summary.slogans.slice(0, RANKED_ROWS).map(({ files: _f, ...x }) => x),
        statistics: { byNoun: byNoun.slice(0, RANKED_ROWS).map(({ files: _f, ...x }) => x), byUnit: summary.statistics.byUnit },
      },
      files: speeches.map(({ headings: _h, series: _s, announced: _a, ...row }) => row),
    },
    generator: opts.generator,
  });
}

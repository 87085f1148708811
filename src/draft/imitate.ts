// Drafting by imitation (仿写): the skeleton of a real speech as a facts file. Its parts come from the outermost
// headings, their points from the sub-headings or, without them, from the longest 一是/二是 series of the part, the
// figures from the statistics — with the model's own wording as YAML comments, so a writer rewrites a proven
// structure for a new meeting. `draft` of the result has the same shape (parts and points) as the model.
import YAML from 'yaml';
import type { SpeechDocument } from '../text/document.js';
import type { Heading, Series, SpeechStructure, Statistic } from '../extract/types.js';
import { headingMarker } from './helpers.js';

export interface ModelPoint { title: string; points: string[]; stats: Statistic[]; line: number; wording: string }
export interface ModelPart { heading: Heading; items: ModelPoint[]; wording: string; stats: Statistic[] }

export interface ModelSkeleton {
  parts: ModelPart[];
  /** How the points of each part were found: sub-headings or a series. */
  source: ('headings' | 'series' | 'none')[];
}

/** First sentence of the first paragraph after `line` (up to `to`), shortened: the model's wording for a comment. */
function firstSentence(structure: SpeechStructure, line: number, to: number, skipLead = ''): string {
  const p = structure.paragraphs.find((x) => x.line >= line && x.line < to && x.text.trim() !== '' && !(x.line === line && x.text.trim() === skipLead));
  if (!p) return '';
  let t = p.text.trim();
  if (p.line === line && skipLead && t.includes(skipLead)) t = t.slice(t.indexOf(skipLead) + skipLead.length).replace(/^[。：:，\s]+/u, '');
  const m = /^.*?[。！？；]/u.exec(t);
  const s = m ? m[0] : t;
  return [...s].length > 60 ? `${[...s].slice(0, 58).join('')}……` : s;
}

function seriesIn(structure: SpeechStructure, from: number, to: number): Series | null {
  const inside = structure.series.filter((s) => !s.parent && s.line >= from && s.line < to && s.items.length >= 2);
  if (inside.length === 0) return null;
  return inside.reduce((a, b) => (b.items.length > a.items.length ? b : a));
}

function clean(s: string): string {
  return s.trim().replace(/[。；;，,：:]+$/u, '');
}

/** The parts and points of a model speech. Throws nothing: a speech without headings has no parts. */
export function modelSkeleton(doc: SpeechDocument, structure: SpeechStructure): ModelSkeleton {
  const levels = structure.headings.filter((h) => h.parent === null).map((h) => h.level);
  if (levels.length === 0) return seriesSkeleton(doc, structure);
  const top = Math.min(...levels);
  const tops = structure.headings.map((h, i) => ({ h, i })).filter(({ h }) => h.parent === null && h.level === top);
  const end = doc.lines.length + 1;
  const parts: ModelPart[] = [];
  const source: ModelSkeleton['source'] = [];
  tops.forEach(({ h, i }, k) => {
    const to = tops[k + 1]?.h.line ?? end;
    const stats = structure.statistics.filter((s) => s.line >= h.line && s.line < to);
    const children = structure.headings.map((c, j) => ({ c, j })).filter(({ c }) => c.parent === i);
    let items: ModelPoint[] = [];
    if (children.length > 0) {
      items = children.map(({ c }, m) => {
        const cTo = children[m + 1]?.c.line ?? to;
        const series = seriesIn(structure, c.line, cTo);
        return {
          title: clean(c.text),
          points: series ? series.items.map((it) => clean(it.text)) : [],
          stats: structure.statistics.filter((s) => s.line >= c.line && s.line < cTo),
          line: c.line,
          wording: firstSentence(structure, c.line, cTo, c.text),
        };
      });
      source.push('headings');
    } else {
      const series = seriesIn(structure, h.line + 1, to) ?? seriesIn(structure, h.line, to);
      if (series) {
        items = series.items.map((it) => ({ title: clean(it.text), points: [], stats: [], line: it.line, wording: '' }));
        source.push('series');
      } else source.push('none');
    }
    parts.push({ heading: h, items, stats, wording: firstSentence(structure, h.line, to, h.text) });
  });
  return { parts, source };
}

/**
 * A speech without numbered headings, built on a series (第一……第二……, or 一是……二是……): the outermost series of
 * at least two items is the parts (第一 preferred), the series nested in each item its points.
 */
function seriesSkeleton(doc: SpeechDocument, structure: SpeechStructure): ModelSkeleton {
  const tops = structure.series.map((sr, i) => ({ sr, i })).filter(({ sr }) => !sr.parent && sr.items.length >= 2 && !sr.uncertain);
  if (tops.length === 0) return { parts: [], source: [] };
  const rank = (sr: Series) => (sr.family === 'di' || sr.family === 'shouxian' ? 1000 : 0) + sr.items.length;
  const { sr, i } = tops.reduce((a, b) => (rank(b.sr) > rank(a.sr) ? b : a));
  const end = doc.lines.length + 1;
  const parts: ModelPart[] = [];
  const source: ModelSkeleton['source'] = [];
  sr.items.forEach((it, k) => {
    const to = sr.items[k + 1]?.line ?? end;
    const nested = structure.series.filter((x) => x.parent?.series === i && x.parent.item === k);
    const inner = nested.length ? nested.reduce((a, b) => (b.items.length > a.items.length ? b : a)) : null;
    const heading: Heading = {
      level: 1, marker: it.marker, style: 'series', number: k + 1, text: clean(it.text), line: it.line, column: it.column,
      endColumn: it.column, placement: 'run-in', parent: null,
    };
    parts.push({
      heading,
      items: inner ? inner.items.map((x) => ({ title: clean(x.text), points: [], stats: [], line: x.line, wording: '' })) : [],
      stats: structure.statistics.filter((st) => st.line >= it.line && st.line < to),
      wording: firstSentence(structure, it.line, to, it.text),
    });
    source.push(inner ? 'series' : 'none');
  });
  return { parts, source };
}

/** A YAML scalar: plain when it reads back the same, else double-quoted. */
function q(s: string): string {
  try {
    if (YAML.parse(`k: ${s}`)?.k === s && !/[#:]\s|\s#|^[\s@`'"&*!|>%{}[\],?-]/u.test(s)) return s;
  } catch { /* quoted below */ }
  return JSON.stringify(s);
}

function comment(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function statYaml(s: Statistic): string {
  const label = s.noun || clean(s.text.replace(/[\d.,，]+.*$/u, '')) || '数据';
  const unit = `${s.approx && s.approx !== '以上' && s.approx !== '左右' ? s.approx : ''}${s.unit}${s.approx === '以上' || s.approx === '左右' ? s.approx : ''}`;
  return `{label: ${q(label)}, value: ${s.value}, unit: ${q(unit)}}`;
}

const PLACEHOLDER = {
  meeting: '【待填写：会议名称】',
  unit: '【待填写：召开会议的单位】',
  theme: '【待填写：工作主题】',
  intro: '【待填写：这一部分的开头】',
  // A part headed by a numeral alone (## 一) has no heading words to imitate.
  title: '【待填写：这一部分的标题】',
};

export interface ImitationOptions { type: string; file: string; typeNote?: string }

/** The facts file of a model speech: YAML text with Chinese comments. */
export function imitationFacts(doc: SpeechDocument, structure: SpeechStructure, opts: ImitationOptions): string {
  const sk = modelSkeleton(doc, structure);
  const out: string[] = [];
  const title = structure.title || structure.meeting || opts.file;
  out.push(`# 仿写事实文件：按范文《${comment(title)}》（${opts.file}）的结构生成，共${sk.parts.length}个部分。`);
  out.push('# 各项的值取自范文的标题和要点，“# 范文：”后是范文原句，供改写参考；【待填写】处必须改成这次会议的内容。');
  out.push('# 改好后起草：jianghua draft --facts 本文件（部分和要点的数目与范文相同，“讲X点意见”按实际计算）。');
  if (opts.typeNote) out.push(`# ${opts.typeNote}`);
  out.push('');
  out.push(`type: ${opts.type}`);
  out.push(`meeting: ${q(PLACEHOLDER.meeting)}${structure.meeting ? `   # 范文：${comment(structure.meeting)}` : ''}`);
  out.push(`unit: ${q(PLACEHOLDER.unit)}   # 召开会议的单位，如“青石县人民政府”；讲话中的“全县”从这里推出`);
  out.push(`theme: ${q(PLACEHOLDER.theme)}   # 工作主题；可另写 theme_short（简称）`);
  out.push(`# speaker: {name: 姓名, title: 职务}${structure.speaker ? `   # 范文讲话人：${comment(structure.speaker)}` : ''}`);
  out.push(`# date: 2025-01-01${structure.date ? `   # 范文日期：${structure.date}` : ''}`);
  const announced = structure.announced.filter((a) => a.announced !== null).map((a) => `“${a.phrase}”（第${a.line}行）`);
  if (announced.length) out.push(`# 范文宣布的要点数：${announced.join('、')}；起草时按实际数目写出。`);
  out.push('');
  out.push('parts:');
  sk.parts.forEach((p, k) => {
    out.push(`  # 范文第${k + 1}部分（第${p.heading.line}行）：${comment(p.heading.marker + p.heading.text)}`);
    if (p.wording) out.push(`  #   ${comment(p.wording)}`);
    out.push(`  - title: ${q(clean(p.heading.text) || PLACEHOLDER.title)}`);
    if (p.items.length === 0) {
      out.push(`    intro: ${q(PLACEHOLDER.intro)}`);
      for (const s of p.stats.slice(0, 6)) out.push(`    # 范文数据：${comment(s.text)}`);
      return;
    }
    out.push('    items:');
    p.items.forEach((it, m) => {
      out.push(`      # 范文：${sk.source[k] === 'headings' ? headingMarker(2, m + 1) : ''}${comment(it.title)}${it.wording ? `。${comment(it.wording)}` : ''}`);
      if (it.points.length === 0 && it.stats.length === 0) { out.push(`      - ${q(it.title)}`); return; }
      out.push(`      - title: ${q(it.title)}`);
      if (it.points.length) {
        out.push('        points:');
        for (const pt of it.points) out.push(`          - ${q(pt)}`);
      }
      if (it.stats.length) {
        out.push('        stats:');
        for (const s of it.stats.slice(0, 6)) out.push(`          - ${statYaml(s)}   # 范文：${comment(s.text)}`);
      }
    });
  });
  return `${out.join('\n')}\n`;
}

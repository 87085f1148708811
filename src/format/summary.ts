// The corpus summary as a Chinese outline: what `analyze DIR` prints after the speeches and `summarize` prints.
import { color } from './color.js';
import type { CorpusSummary } from '../analyze/summary.js';
import { typeName, SLOGAN_KINDS, clip, num } from './labels.js';

/** Rows per ranking in the outline; the JSON output keeps them all. */
const TOP = 30;
const FILES_SHOWN = 3;

/** Ratios do not add up: a sum of percentages would only mislead. The JSON keeps every total. */
const RATIO_UNITS = new Set(['%', '％', '‰', '个百分点', '倍']);

function total(unit: string, value: number): string {
  return RATIO_UNITS.has(unit) ? '' : ` · 合计 ${num(value)}`;
}

function fileList(files: string[]): string {
  const shown = files.slice(0, FILES_SHOWN).join('、');
  return files.length > FILES_SHOWN ? `${shown} 等 ${files.length} 篇` : shown;
}

export function formatSummaryOutline(s: CorpusSummary): string {
  const c = color();
  const out: string[] = [];
  const section = (name: string) => out.push('', c.cyan.bold(name));
  const more = (total: number) => { if (total > TOP) out.push(c.dim(`  …另有 ${total - TOP} 条，用 --format json 查看全部`)); };

  out.push(c.bold(`━━ 汇总：${s.files} 篇讲话，共 ${num(s.chars)} 字 ━━`));

  section('讲话类型');
  if (s.types.length === 0) out.push(c.dim('  无'));
  for (const t of s.types) out.push(`  ${typeName(t.label)}  ${t.count} 篇`);

  section('数字提法（按使用篇数）');
  if (s.formulas.length === 0) out.push(c.dim('  无'));
  for (const f of s.formulas.slice(0, TOP)) out.push(`  ${c.bold(f.text)}  ${f.speeches} 篇 · ${f.occurrences} 次  ${c.dim(fileList(f.files))}`);
  more(s.formulas.length);

  section('口号与用语（按使用篇数）');
  if (s.slogans.length === 0) out.push(c.dim('  无'));
  for (const x of s.slogans.slice(0, TOP)) {
    out.push(`  “${clip(x.text, 30)}” ${c.dim(SLOGAN_KINDS[x.kind] ?? x.kind)}  ${x.speeches} 篇 · ${x.occurrences} 次  ${c.dim(fileList(x.files))}`);
  }
  more(s.slogans.length);

  section('数据（按所计事物与单位）');
  if (s.statistics.byNoun.length === 0) out.push(c.dim('  无'));
  for (const g of s.statistics.byNoun.slice(0, TOP)) {
    out.push(`  ${g.noun || c.dim('（未识别）')}（${g.unit}）  ${g.mentions} 处 · ${g.speeches} 篇${total(g.unit, g.total)}`);
  }
  more(s.statistics.byNoun.length);
  if (s.statistics.byUnit.length > 0) {
    section('按单位计数（不同事物不相加）');
    for (const u of s.statistics.byUnit.slice(0, TOP)) out.push(`  ${u.unit}  ${u.mentions} 处 · ${u.speeches} 篇`);
    more(s.statistics.byUnit.length);
  }

  if (s.keywords.length > 0) {
    section('关键词（按出现篇数）');
    out.push(`  ${s.keywords.slice(0, TOP).map((k) => `${k.word}${c.dim(`(${k.speeches})`)}`).join('  ')}`);
  }
  return out.join('\n') + '\n';
}

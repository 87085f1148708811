// The readable text of a comparison (the default of `compare`) and of a concordance (`kwic`).
import path from 'node:path';
import { color } from './color.js';
import { SLOGAN_KINDS, clip, num } from './labels.js';
import type { Comparison, KwicLine, SideInfo, TermChange, YearComparison } from '../compare/types.js';

export interface TextOptions {
  /** Rows shown per section (the JSON keeps all). */
  top?: number;
}

const sign = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '0');

function sideLine(s: SideInfo): string {
  return `${s.label}（${s.documents} 篇，${num(s.chars)} 字，${num(s.tokens)} 词）`;
}

/** `file:line:column  …left【match】right…` with the left context padded so the terms line up. */
export function kwicLine(k: KwicLine, width = 20, showFile = true): string {
  const c = color();
  const pad = '　'.repeat(Math.max(0, width - [...k.left].length));
  const where = showFile ? `${k.file}:${k.line}:${k.column}` : `${k.line}:${k.column}`;
  return `${c.dim(where)}  ${pad}${k.left}【${c.bold(k.match)}】${k.right}`;
}

function terms(out: string[], title: string, list: TermChange[], top: number): void {
  const c = color();
  out.push('', c.cyan.bold(`${title}（${list.length} 条）`));
  if (list.length === 0) out.push(c.dim('  无'));
  for (const t of list.slice(0, top)) {
    out.push(`  “${clip(t.text, 30)}” ${c.dim(SLOGAN_KINDS[t.kind] ?? t.kind)}  ${t.count} 次 · ${t.documents} 篇`);
    const k = t.kwic[0];
    if (k) out.push(`      ${c.dim(`${path.basename(k.file)}:${k.line}`)}  ${k.left}【${k.match}】${k.right}`);
  }
  if (list.length > top) out.push(c.dim(`  …另有 ${list.length - top} 条，用 --format json 查看全部`));
}

function body(out: string[], r: Comparison, top: number): void {
  const c = color();
  terms(out, '新出现的提法（B 有、A 无）', r.added, top);
  terms(out, '不再出现的提法（A 有、B 无）', r.dropped, top);

  out.push('', c.cyan.bold(`关键词差异（对数似然 G² ≥ ${r.threshold.g2}，p < ${r.threshold.p}；每万词频次）`));
  const over = r.keyness.filter((k) => k.direction === 'over');
  const under = r.keyness.filter((k) => k.direction === 'under');
  if (r.keyness.length === 0) out.push(c.dim('  无显著差异'));
  for (const [label, rows] of [['B 中多用', over], ['B 中少用', under]] as const) {
    if (rows.length === 0) continue;
    out.push(`  ${label}：`);
    for (const k of rows.slice(0, top)) {
      out.push(`    ${k.word}  A ${k.a}（${k.aPer10k}）→ B ${k.b}（${k.bPer10k}）  G² ${k.g2}  对数比 ${k.logRatio > 0 ? '+' : ''}${k.logRatio}`);
    }
  }

  out.push('', c.cyan.bold('高频词排名变化'));
  if (r.ranks.length === 0) out.push(c.dim('  无'));
  for (const k of r.ranks.slice(0, top)) {
    const shift = k.shift === null ? (k.rankA === null ? c.green('新进') : c.red('退出')) : k.shift > 0 ? c.green(`↑${k.shift}`) : k.shift < 0 ? c.red(`↓${-k.shift}`) : '';
    out.push(`  ${k.word}  ${k.rankA ?? '—'} → ${k.rankB ?? '—'}  ${shift}`);
  }

  out.push('', c.cyan.bold(`数据变化（同一事物、同一单位，${r.figures.length} 项）`));
  if (r.figures.length === 0) out.push(c.dim('  无'));
  for (const f of r.figures.slice(0, top)) {
    const pct = f.changePct === null ? '' : `，${f.changePct > 0 ? '+' : ''}${f.changePct}%`;
    out.push(`  ${f.noun}（${f.unit}）  ${clip(f.a.text, 30)} → ${clip(f.b.text, 30)}  ${sign(f.change)}${f.unit}${pct}`);
    out.push(c.dim(`      A：${clip(f.a.context, 40)}　B：${clip(f.b.context, 40)}`));
  }
  if (r.figures.length > top) out.push(c.dim(`  …另有 ${r.figures.length - top} 项，用 --format json 查看全部`));
}

export function formatComparisonText(r: Comparison, opts: TextOptions = {}): string {
  const c = color();
  const out = [c.bold('━━ 比较 ━━'), `  A：${sideLine(r.a)}`, `  B：${sideLine(r.b)}`];
  body(out, r, opts.top ?? 20);
  return out.join('\n') + '\n';
}

export function formatYearsText(r: YearComparison, opts: TextOptions = {}): string {
  const c = color();
  const top = opts.top ?? 10;
  const docs = r.years.reduce((n, y) => n + y.documents, 0);
  const out = [c.bold(`━━ 按年份比较：${r.years.length} 个年份，${docs} 篇 ━━`)];
  out.push(`  ${r.years.map((y) => (y.documents > 1 ? `${y.year}（${y.documents} 篇）` : String(y.year))).join(' ')}`);
  for (const s of r.steps) {
    out.push('', c.bold(`━━ ${s.b.label} 对比 ${s.a.label} ━━`));
    body(out, s, top);
  }
  out.push('', c.cyan.bold('提法首次与最后出现的年份（用于 3 个以上年份的前若干条）'));
  const lasting = r.timeline.filter((t) => t.years >= 3).sort((x, y) => y.years - x.years || x.first - y.first).slice(0, top * 3);
  if (lasting.length === 0) out.push(c.dim('  无'));
  for (const t of lasting) out.push(`  “${clip(t.text, 24)}”  ${t.first}—${t.last}  ${t.years} 个年份`);
  return out.join('\n') + '\n';
}

export function formatKwicText(rows: KwicLine[], width = 20): string {
  return rows.map((k) => kwicLine(k, width)).join('\n') + (rows.length ? '\n' : '');
}

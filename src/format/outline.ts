// The default `analyze` output: a readable outline of one speech in Chinese, coloured on a terminal.
import { color, configureColor } from './color.js';
import type { AnalysisRecord } from '../analyze/record.js';
import { typeName, SLOGAN_KINDS, SERIES_FAMILIES, clip, lineList, num } from './labels.js';

/** Long item texts are clipped: the outline is for seeing the shape, JSON has the full text. */
const ITEM_WIDTH = 30;

/** Whether the outline is coloured here; worker threads are told, since their stdout is never a terminal. */
export function outlineColored(): boolean {
  return color().level > 0;
}

export function colorOutline(enabled: boolean): void {
  configureColor(enabled ? { stream: { isTTY: true } as NodeJS.WriteStream } : { flag: false });
}

export function formatOutline(r: AnalysisRecord): string {
  const c = color();
  const out: string[] = [];
  const section = (name: string, count?: number) => out.push('', c.cyan.bold(count === undefined ? name : `${name}（${count}）`));
  const none = () => out.push(c.dim('  无'));
  // A one-line web copy puts every finding on line 1: positions then say line:column, so they still tell apart.
  const lines = [...r.headings.map((h) => h.line), ...r.series.flatMap((s) => s.items.map((i) => i.line)), ...r.statistics.map((s) => s.line)];
  const crowded = new Set(lines).size < lines.length / 2;
  const width = String(Math.max(1, ...lines)).length;
  const at = (line: number, column?: number) =>
    c.dim(crowded && column !== undefined ? `${line}:${column}`.padStart(width + 6) : `第 ${String(line).padStart(width)} 行`);

  out.push(c.bold(`━━ ${r.file} ━━`));
  out.push(`${c.bold('标题')}  ${r.title || c.dim('（未识别）')}`);
  const meta = [r.date && `日期 ${r.date}`, r.speaker && `讲话人 ${r.speaker}`, r.meeting && `会议 ${r.meeting}`].filter(Boolean);
  if (meta.length) out.push(`${c.bold('信息')}  ${meta.join('　')}`);
  const pct = Math.round(r.type.confidence * 100);
  out.push(`${c.bold('类型')}  ${typeName(r.type.label)}${c.dim(`（把握 ${pct}%）`)}`);
  for (const e of r.type.evidence) out.push(c.dim(`      · ${e}`));
  out.push(`${c.bold('字数')}  ${num(r.chars)}`);

  section('层次结构', r.headings.length);
  if (r.headings.length === 0) none();
  for (const h of r.headings) out.push(`  ${at(h.line, h.column)}  ${'  '.repeat(Math.max(0, h.level - 1))}${c.bold(h.marker)}${h.text}`);

  section('列举', r.series.length);
  if (r.series.length === 0) none();
  for (const s of r.series) {
    const first = s.items[0];
    const family = SERIES_FAMILIES[s.family] ?? `“${s.family}”`;
    out.push(`  ${at(first?.line ?? (s.line as number), (first?.column ?? s.column) as number | undefined)}  ${family}式 ${s.items.length} 项`);
    for (const it of s.items) out.push(`      ${c.dim(String(it.marker ?? it.ordinal))} ${clip(it.text, ITEM_WIDTH)}`);
    for (const p of s.problems) out.push(`      ${c.yellow(`⚠ ${p.message}`)} ${c.dim(`（第 ${p.line} 行）`)}`);
  }

  section('宣布与实际');
  if (r.announced.length === 0) none();
  for (const a of r.announced) {
    const said = a.announced === null ? '几' : String(a.announced);
    const found = a.actual === null ? '无法计数' : String(a.actual);
    const ok = a.announced !== null && a.actual !== null ? (a.announced === a.actual ? c.green(' ✓') : c.red(' ✗ 不一致')) : '';
    out.push(`  ${c.dim(`第 ${a.line} 行`)}  “${a.phrase}”：宣布 ${said}，实际 ${found}${ok}`);
  }

  section('数字提法', r.formulas.length);
  if (r.formulas.length === 0) none();
  for (const f of r.formulas) out.push(`  ${c.bold(f.text)} ×${f.count}  ${c.dim(lineList(f.lines))}`);

  section('口号与用语', r.slogans.length);
  if (r.slogans.length === 0) none();
  for (const s of r.slogans) out.push(`  “${clip(s.text, ITEM_WIDTH)}” ${c.dim(SLOGAN_KINDS[s.kind] ?? s.kind)} ×${s.count}  ${c.dim(lineList(s.lines))}`);

  section('数据', r.statistics.length);
  if (r.statistics.length === 0) none();
  for (const s of r.statistics) {
    const parts = [`${s.approx ? `${s.approx} ` : ''}${num(s.value)} ${s.unit}`, s.noun].filter(Boolean).join(' · ');
    out.push(`  ${at(s.line, s.column as number | undefined)}  ${clip(s.text, ITEM_WIDTH)}  ${c.dim(`→ ${parts}`)}`);
  }

  if (r.keywords.length > 0) {
    section('关键词');
    out.push(`  ${r.keywords.map((k) => `${k.word}${c.dim(`(${k.weight})`)}`).join('  ')}`);
  }
  return out.join('\n') + '\n';
}

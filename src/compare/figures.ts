// Changed figures: a statistic of the same noun and unit on both sides whose value differs (粮食产量 6.95亿吨 →
// 7.06亿吨). Only unambiguous pairs are reported: a noun+unit with two different values on one side (a result
// and a target, two regions …) could be matched wrongly, so it is left out rather than guessed.
import type { Statistic } from '../extract/types.js';
import type { FigureChange, FigureValue } from './types.js';

export interface FigureSource {
  file: string;
  statistics: readonly Statistic[];
  /** The document's lines, for the clause around each figure. */
  lines?: readonly string[];
}

/** The clause a figure stands in (between sentence or clause punctuation), so a reader can judge the pairing. */
export function clauseAt(line: string | undefined, column: number, text: string): string {
  if (line === undefined) return text;
  const cps = [...line];
  // The column is the number's; the text may start before it (意见建议 137 条).
  const len = [...text].length;
  const col = Math.max(0, column - 1);
  let at = col;
  for (let i = col; i >= Math.max(0, col - len); i--) {
    if (cps.slice(i, i + len).join('') === text) { at = i; break; }
  }
  const end = Math.min(cps.length, at + len);
  const stop = /[。！？；，、：,;!?]/;
  let a = at;
  while (a > 0 && !stop.test(cps[a - 1]) && at - a < 40) a--;
  let b = end;
  while (b < cps.length && !stop.test(cps[b]) && b - end < 40) b++;
  return cps.slice(a, b).join('').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
}

/** Units that are themselves ratios: a relative change of a percentage says nothing. */
const RATIO_UNITS = new Set(['%', '％', '‰', '个百分点', '百分点', '倍', '成']);

/**
 * The noun a figure is matched by, or null when it cannot be trusted: at least three characters starting with
 * three Han characters (two-character nouns — 学生, 企业, 项目 — name different things in different sentences:
 * 3700多万学生 of a meal programme against 1100多万学生 with a student loan), and not starting with a magnitude
 * or currency character or 个 (亿元, 个行政村 are the rest of a unit such as 万亿元, 万个, not a noun).
 */
export function figureNoun(noun: string): string | null {
  const n = noun.trim();
  if (!/^\p{Script=Han}{3,}/u.test(n)) return null;
  if (/^[亿万千百十元个]/.test(n)) return null;
  return n;
}

function collect(sources: readonly FigureSource[]): Map<string, FigureValue[]> {
  const out = new Map<string, FigureValue[]>();
  for (const src of sources) {
    for (const s of src.statistics) {
      const noun = figureNoun(s.noun);
      if (!noun || !s.unit) continue;
      const key = `${noun}\u0000${s.unit}`;
      const v: FigureValue = { value: s.value, ...(s.max !== undefined ? { max: s.max } : {}), approx: s.approx, text: s.text, context: clauseAt(src.lines?.[s.line - 1], s.column, s.text), file: src.file, line: s.line, column: s.column };
      const list = out.get(key);
      if (list) list.push(v);
      else out.set(key, [v]);
    }
  }
  return out;
}

const valueKey = (v: FigureValue) => `${v.value}~${v.max ?? ''}`;

/** The one value a side gives for a key, or null when it gives several different ones. */
function single(values: FigureValue[]): FigureValue | null {
  const first = valueKey(values[0]);
  return values.every((v) => valueKey(v) === first) ? values[0] : null;
}

export function changedFigures(a: readonly FigureSource[], b: readonly FigureSource[]): FigureChange[] {
  const fa = collect(a);
  const fb = collect(b);
  const out: FigureChange[] = [];
  for (const [key, listB] of fb) {
    const listA = fa.get(key);
    if (!listA) continue;
    const va = single(listA);
    const vb = single(listB);
    if (!va || !vb || valueKey(va) === valueKey(vb)) continue;
    const [noun, unit] = key.split('\u0000');
    const change = Math.round((vb.value - va.value) * 1e6) / 1e6;
    const changePct = RATIO_UNITS.has(unit) || va.value === 0 ? null : Math.round(((vb.value - va.value) / va.value) * 1e4) / 100;
    out.push({ noun, unit, a: va, b: vb, change, changePct });
  }
  return out.sort((x, y) => (x.noun < y.noun ? -1 : x.noun > y.noun ? 1 : x.unit < y.unit ? -1 : 1));
}

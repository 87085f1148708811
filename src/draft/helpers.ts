// Pure template helpers for drafting (numbering, series markers, lists, dates, figures) and their registration
// on one Handlebars environment. Each function is unit-tested in test/draft/helpers.test.ts.
import type { HelperDelegate } from 'handlebars';
import { toCnNumber } from '../text/numerals.js';

/** 3 → 三, 12 → 十二, 105 → 一百零五. */
export function cnNum(n: number): string {
  return toCnNumber(Number(n));
}

/** A count before a measure word: 2 → 两 (两点意见, 两个方面), otherwise as cnNum (三点, 十二个). */
export function cnCount(n: number): string {
  return Number(n) === 2 ? '两' : cnNum(n);
}

/** Numbering of official documents by level: 一、 → （一） → 1. → （1）. n is 1-based. */
export function headingMarker(level: number, n: number): string {
  switch (Number(level)) {
    case 1: return `${cnNum(n)}、`;
    case 2: return `（${cnNum(n)}）`;
    case 3: return `${n}.`;
    case 4: return `（${n}）`;
    default: throw new RangeError(`heading level ${level} is not 1..4`);
  }
}

/** Series markers inside a paragraph: 一是、二是…; family 要 gives 一要、二要…; 第 gives 第一、第二…. */
export function seriesMarker(n: number, family = '是'): string {
  if (family === '第') return `第${cnNum(n)}`;
  return `${cnNum(n)}${family}`;
}

/** 'A' | 'A和B' | 'A、B和C'. */
export function joinList(items: readonly string[], last = '和'): string {
  const xs = items.filter((s) => s !== '');
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join('、')}${last}${xs[xs.length - 1]}`;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** '2014-11-11' → '2014年11月11日', '2014-03' → '2014年3月'; any other text is kept as written (今年3月). */
export function formatDate(value: string): string {
  const m = ISO_DATE.exec(String(value).trim());
  if (!m) return String(value);
  const [, y, mo, d] = m;
  return `${y}年${Number(mo)}月${d ? `${Number(d)}日` : ''}`;
}

/** True when an ISO-looking date names a real day (rejects 2014-13-40); free text is not checked. */
export function isValidDate(value: string): boolean {
  const m = ISO_DATE.exec(String(value).trim());
  if (!m) return true;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (!m[3]) return true;
  const d = Number(m[3]);
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A figure as a speech writes it: 426 + 名 → 426名, 23 + % → 23%. */
export function figure(value: number | string, unit?: string | null): string {
  return `${value}${unit ?? ''}`;
}

export interface Stat { label: string; value: number | string; unit?: string | null }

/** One statistic as a phrase: {label: 走访企业, value: 426, unit: 家} → 走访企业426家. */
export function statPhrase(stat: Stat): string {
  return `${stat.label}${figure(stat.value, stat.unit)}`;
}

/** Several statistics in one run: 走访企业426家，解决问题312个，办结率达到96%. */
export function statList(stats: readonly Stat[]): string {
  return stats.map(statPhrase).join('，');
}

// A closing quote or bracket ends a sentence only after sentence punctuation: 要求“……。” but not 杜绝“新官不理旧账”.
const SENTENCE_END = /(?:[。！？!?；;…]|[。！？!?…][”’」』）)])$/u;

/** Make a fact a full sentence: add 。 unless it already ends with sentence punctuation. */
export function sentence(s: string): string {
  const t = String(s).trim();
  if (t === '') return t;
  return SENTENCE_END.test(t) ? t : `${t}。`;
}

/** A fact used as a heading or a clause: drop the final 。/；/， so the template decides what follows. */
export function clause(s: string): string {
  return String(s).trim().replace(/[。；;，,.!！]+$/u, '');
}

/** 1-based number from Handlebars' 0-based @index. */
export function inc(n: number): number {
  return Number(n) + 1;
}

export interface ItemLike { title: string; points: readonly string[]; stats: readonly Stat[] }

/** A list is drafted with sub-headings （一）（二） when any item has points or figures, else as a 一是/二是 series. */
export function hasDetail(items: readonly ItemLike[]): boolean {
  return items.some((i) => i.points.length > 0 || i.stats.length > 0);
}

/** The helpers as the templates see them. Handlebars passes an options object last; strip it. */
export function helperTable(): Record<string, HelperDelegate> {
  const args = (xs: unknown[]) => xs.slice(0, -1);
  return {
    cnNum: (n: number) => cnNum(n),
    cnCount: (n: number) => cnCount(n),
    headingMarker: (level: number, n: number) => headingMarker(level, n),
    seriesMarker: (...xs: unknown[]) => {
      const [n, family] = args(xs) as [number, string | undefined];
      return seriesMarker(n, typeof family === 'string' ? family : '是');
    },
    joinList: (...xs: unknown[]) => {
      const [items, last] = args(xs) as [string[], string | undefined];
      return joinList(items ?? [], typeof last === 'string' ? last : '和');
    },
    date: (v: string) => formatDate(v),
    figure: (...xs: unknown[]) => {
      const [value, unit] = args(xs) as [number | string, string | undefined];
      return figure(value, typeof unit === 'string' ? unit : '');
    },
    statPhrase: (s: Stat) => statPhrase(s),
    statList: (s: Stat[]) => statList(s ?? []),
    sentence: (s: string) => sentence(s),
    clause: (s: string) => clause(s),
    inc: (n: number) => inc(n),
    hasDetail: (items: ItemLike[]) => hasDetail(items ?? []),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: number, b: number) => Number(a) > Number(b),
  };
}

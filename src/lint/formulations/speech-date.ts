// The date a speech was given, for date-dependent 提法 (新冠肺炎 was the standard name until 2022-12-26): from a
// date line near the top or the end (（2024年3月5日）, ——2021年3月5日在…上, a line that is only a date), in
// Arabic or Chinese numerals. null when the text does not say.
import { parseCnNumber } from '../../text/numerals.js';

export interface SpeechDate {
  /** YYYY-MM-DD */
  date: string;
  /** 1-based line the date was read from. */
  line: number;
}

const Y = '([12][0-9]{3}|[一二〇○零][〇○零一二三四五六七八九]{3})';
const M = '([0-9]{1,2}|十[一二]?|[一二三四五六七八九])';
const D = '([0-9]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])';
const DATE = `${Y}\\s*年\\s*${M}\\s*月\\s*${D}\\s*日`;
/** The whole line is a date, maybe in brackets, or a dash line "——2021年3月5日在…上". */
const DATE_LINE = new RegExp(`^\\s*(?:[（(]\\s*${DATE}\\s*[）)]|${DATE}|[—－-]{1,2}\\s*${DATE}\\s*在.{0,60}[上的]{1,2}.{0,10})\\s*$`);

function year(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  return Number([...s].map((c) => ({ '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as Record<string, number>)[c] ?? NaN).join(''));
}

function iso(y: string, m: string, d: string): string | null {
  const yy = year(y), mm = parseCnNumber(m), dd = parseCnNumber(d);
  if (!(yy >= 1900 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** The date line of a speech: the first 12 lines are searched first, then the last 6. */
export function speechDate(lines: readonly string[]): SpeechDate | null {
  const order = [...Array(Math.min(12, lines.length)).keys()];
  for (let i = Math.max(12, lines.length - 6); i < lines.length; i++) order.push(i);
  for (const i of order) {
    const m = DATE_LINE.exec(lines[i]!);
    if (!m) continue;
    const g = m.slice(1).filter((x) => x !== undefined);
    const date = iso(g[0]!, g[1]!, g[2]!);
    if (date) return { date, line: i + 1 };
  }
  return null;
}

/** Parse a user's --date: YYYY-MM-DD, YYYY-MM or YYYY (the earliest day of that period). */
export function parseDateOption(s: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const r = iso(m[1]!, m[2] ?? '1', m[3] ?? '1');
  return r;
}

// Chinese numerals both ways: 三 → 3 for reading markers, 3 → 三 for drafting. Pure functions.

/** What each Chinese digit is worth. */
export const CN_DIGIT_VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGITS = CN_DIGIT_VALUE;
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** What each unit character of an amount is worth, 亿 included (parseCnAmount). */
export const CN_UNIT_VALUE: Record<string, number> = { ...UNITS, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Parse a Chinese numeral (一, 十二, 二十, 一百零五, 两) or Arabic digits; NaN when it is neither. */
export function parseCnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!s || ![...s].every((c) => c in DIGITS || c in UNITS)) return NaN;
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of s) {
    if (c in DIGITS) { digit = DIGITS[c]; sawDigit = true; continue; }
    const unit = UNITS[c];
    if (unit === 10000) {
      section = (section + digit) * unit;
      total += section;
      section = 0;
    } else {
      section += (sawDigit ? digit : 1) * unit;
    }
    digit = 0;
    sawDigit = false;
  }
  return total + section + digit;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → 三, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1000 → 一千. Integers 0..99999999. */
export function toCnNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99999999) throw new RangeError(`cannot write ${n} as a Chinese numeral`);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n >= 10000) {
    const hi = Math.floor(n / 10000);
    const lo = n % 10000;
    return toCnNumber(hi) + '万' + (lo === 0 ? '' : (lo < 1000 ? '零' : '') + under10000(lo));
  }
  return under10000(n);
}

function under10000(n: number): string {
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const u = units[digits.length - 1 - i];
    if (d === 0) { zero = out !== ''; return; }
    if (zero) { out += '零'; zero = false; }
    out += CN[d] + u;
  });
  return out;
}

/** 十亿四千万 → 1040000000, 二万八千亿 → 2.8e12, 三万九千八百 → 39800; null for a malformed or vague numeral (千百万). */
export function parseCnAmount(s: string): number | null {
  let total = 0; // completed 亿 sections
  let wan = 0; // completed 万 section below the current 亿
  let section = 0; // below 万
  let digit = -1;
  let last = Infinity; // value of the previous unit character inside the section, for 千百 (vague) checks
  for (const c of s) {
    if (c in CN_DIGIT_VALUE) { digit = CN_DIGIT_VALUE[c]; last = Infinity; continue; }
    const u = CN_UNIT_VALUE[c];
    if (u === undefined) return null;
    if (u < 1e4) {
      // 千百, 百十: two units with no digit between, falling — a vague count (千百万, 百十个).
      if (digit < 0 && last !== Infinity && u < last) return null;
      section += (digit < 0 ? 1 : digit) * u;
      last = u;
    } else if (u === 1e4) {
      wan = (section + Math.max(digit, 0)) * 1e4;
      if (wan === 0) return null;
      section = 0;
      last = Infinity;
    } else {
      // 亿 multiplies everything before it (二万八千亿, 十亿).
      const below = wan + section + Math.max(digit, 0);
      if (below === 0 && total === 0) return null;
      total = (total + below) * 1e8;
      wan = 0;
      section = 0;
      last = Infinity;
    }
    digit = -1;
  }
  return total + wan + section + Math.max(digit, 0);
}

/** n with the Chinese decimal digits of frac after its point (七点二 → 7 and 二 → 7.2); null if frac holds a non-digit. */
export function withCnDecimals(n: number, frac: string): number | null {
  const digits = [...frac].map((c) => CN_DIGIT_VALUE[c]);
  return digits.some((d) => d === undefined) ? null : Number(`${n}.${digits.join('')}`);
}

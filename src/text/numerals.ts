// Chinese numerals both ways: 三 → 3 for reading markers, 3 → 三 for drafting. Pure functions.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

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

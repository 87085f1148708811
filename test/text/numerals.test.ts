import { describe, expect, it } from 'vitest';
import { parseCnNumber, toCnNumber } from '../../src/text/numerals.js';

describe('Chinese numerals', () => {
  it.each([[3, '三'], [10, '十'], [12, '十二'], [20, '二十'], [105, '一百零五'], [1000, '一千'], [1010, '一千零一十'], [10001, '一万零一'], [98, '九十八']])(
    '%i ↔ %s', (n, s) => {
      expect(toCnNumber(n)).toBe(s);
      expect(parseCnNumber(s)).toBe(n);
    });
  it('reads 两, Arabic and full-width digits, and rejects non-numerals', () => {
    expect(parseCnNumber('两')).toBe(2);
    expect(parseCnNumber('12')).toBe(12);
    expect(parseCnNumber('１２')).toBe(12);
    expect(parseCnNumber('一十二')).toBe(12);
    expect(parseCnNumber('是')).toBeNaN();
    expect(parseCnNumber('')).toBeNaN();
  });
});

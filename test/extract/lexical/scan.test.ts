// The extractors' white-space test (a table over code units) agrees with the regex class \s on every code unit.
import { describe, expect, it } from 'vitest';
import { isSpaceAt } from '../../../src/extract/lexicon/scan.js';

describe('isSpaceAt', () => {
  it('is /\\s/ for every UTF-16 code unit, and false past either end', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const wrong: number[] = [];
    for (let i = 0; i < all.length; i++) if (isSpaceAt(all, i) !== /\s/.test(all[i])) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(isSpaceAt(all, -1)).toBe(false);
    expect(isSpaceAt(all, all.length)).toBe(false);
  });
});

// The extractors' white-space test (a table over code units) agrees with the regex class \s on every code unit;
// the formula patterns tried only at their possible starts find what a scan of every position finds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execAccepted, isSpaceAt } from '../../../src/extract/lexicon/scan.js';
import { acceptStart, formulaStarts, PATTERNS, patternMatches } from '../../../src/extract/formulas.js';
import { CORPUS_FILES, corpusPath, HAS_SHARED, sharedFiles } from '../../helpers.js';

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

describe('patternMatches (formulas)', () => {
  it('finds what a global scan of each formula pattern finds, on the corpus and the dev texts', () => {
    const texts = CORPUS_FILES.map((s) => readFileSync(corpusPath(s), 'utf8'));
    if (HAS_SHARED) texts.push(...sharedFiles('speeches').slice(0, 20).map((f) => readFileSync(f, 'utf8')));
    texts.push('三严三实，一岗双责，八项规定，十四五规划，八八战略，每月一题，六选三，两化融合，三证合一，五大发展理念，第三大');
    let total = 0;
    for (const t of texts) {
      const starts = formulaStarts(t);
      for (const re of PATTERNS) {
        const slow: Array<[number, string]> = [];
        re.lastIndex = 0;
        for (let m = execAccepted(re, t, acceptStart); m; m = execAccepted(re, t, acceptStart)) slow.push([m.index, m[0]]);
        expect(patternMatches(re, t, starts).map((m): [number, string] => [m.index, m[0]])).toEqual(slow);
        total += slow.length;
      }
    }
    // The corpus and the invented line alone give ~31 matches; with the dev texts well over 50.
    expect(total).toBeGreaterThan(HAS_SHARED ? 50 : 20);
  });
});

import { describe, it, expect } from 'vitest';
import { AhoCorasick } from '../../../src/lint/formulations/aho-corasick.js';

/** Every occurrence by brute force, for comparison. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}:${p}`);
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns (the classic he/she/his/hers case)', () => {
    const ac = new AhoCorasick<number>();
    ['he', 'she', 'his', 'hers'].forEach((p, i) => ac.add(p, i));
    const got = ac.search('ushers').map((m) => `${m.start}:${m.pattern}`);
    expect(got.sort()).toEqual(['1:she', '2:he', '2:hers']);
  });

  it('finds Chinese formulations inside each other with offsets into the text', () => {
    const ac = new AhoCorasick<string>();
    ac.add('中国特色社会主义', 'a').add('中国特色社会主义思想', 'b').add('社会主义', 'c');
    const text = '坚持习近平新时代中国特色社会主义思想。';
    const got = ac.search(text);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.pattern);
    expect(got.map((m) => m.value).sort()).toEqual(['a', 'b', 'c']);
  });

  it('returns every value of a pattern added twice', () => {
    const ac = new AhoCorasick<number>().add('四风', 1).add('四风', 2);
    expect(ac.search('反对四风').map((m) => m.value)).toEqual([1, 2]);
  });

  it('agrees with a brute-force search on random texts over a small alphabet', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const alpha = ['党', '中', '央', '国', '务', '院', '、'];
    const word = (len: number) => Array.from({ length: len }, () => alpha[rnd(alpha.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = [...new Set(Array.from({ length: 8 }, () => word(1 + rnd(4))))];
      const ac = new AhoCorasick<null>();
      for (const p of patterns) ac.add(p, null);
      const text = word(200);
      expect(ac.search(text).map((m) => `${m.start}:${m.pattern}`).sort()).toEqual(naive(patterns, text));
    }
  });

  it('refuses an empty pattern', () => {
    expect(() => new AhoCorasick().add('', 0)).toThrow();
  });
});

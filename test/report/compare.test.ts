// compare on a pair built from a real speech (corpus 004): known formulations removed and added, known figures
// changed — exactly those must be reported, and nothing significant in the keyness of so small an edit.
import { describe, expect, it, beforeAll } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { prepareSpeeches } from '../../src/compare/load.js';
import { compare, byYear, type Comparison, type DatedSpeech } from '../../src/compare/index.js';
import { logLikelihood, logRatio } from '../../src/compare/keyness.js';
import { editedPair } from './pair.js';

describe('compare: an edited copy of a real speech', () => {
  let r: Comparison;
  beforeAll(async () => {
    const { a, b } = editedPair();
    expect(b).not.toBe(a);
    const [sa, sb] = await prepareSpeeches([createDocument(a, 'a.txt'), createDocument(b, 'b.txt')]);
    r = compare([sa], [sb], { labels: ['去年', '今年'] });
  });

  it('reports exactly the added and the dropped formulation, with their KWIC line', () => {
    expect(r.added.map((t) => t.text)).toEqual(['四下基层']);
    expect(r.dropped.map((t) => t.text)).toEqual(['三严三实']);
    expect(r.dropped[0]).toMatchObject({ kind: 'formula', count: 2, documents: 1 });
    expect(r.dropped[0].kwic.map((k) => k.line)).toEqual([21, 30]);
    const k = r.added[0].kwic[0];
    expect(k.file).toBe('b.txt');
    expect(k.match).toBe('四下基层');
    expect(k.left.endsWith('要坚持“')).toBe(true);
    expect(k.right.startsWith('”的工作方法。')).toBe(true);
  });

  it('reports exactly the changed figures, matched by noun and unit (not 党员: a two-character noun is too generic)', () => {
    expect(r.figures.map((f) => [f.noun, f.unit, f.a.value, f.b.value, f.change])).toEqual([
      ['困难群众', '户', 167, 187, 20],
      ['指纹打卡机', '台', 10, 12, 2],
    ]);
    expect(r.figures[0].changePct).toBe(11.98);
    expect(r.figures[0].a.line).toBe(8);
    expect(r.figures[0].b.context).toBe('走访困难群众 187户');
  });

  it('finds no significant keyness in so small an edit, and the ranks of the top words barely move', () => {
    expect(r.threshold).toEqual({ g2: 10.83, p: 0.001 });
    expect(r.keyness).toEqual([]);
    expect(r.ranks.length).toBeGreaterThanOrEqual(20);
    expect(r.ranks.filter((x) => x.shift !== null && Math.abs(x.shift) > 2)).toEqual([]);
    expect(r.a).toMatchObject({ label: '去年', documents: 1, files: ['a.txt'] });
  });
});

describe('keyness statistics', () => {
  it('computes G² and the log ratio as Rayson and Hardie define them', () => {
    // 10 vs 100 in two corpora of 10,000 words: expected 55 each, G² = 2(10 ln(10/55) + 100 ln(100/55)) = 85.47.
    expect(logLikelihood(10, 100, 10000, 10000)).toBeCloseTo(85.47, 2);
    expect(logRatio(10, 100, 10000, 10000)).toBeCloseTo(Math.log2(10), 6);
    expect(logLikelihood(5, 5, 1000, 1000)).toBe(0);
    expect(logRatio(0, 4, 1000, 1000)).toBeCloseTo(3, 6); // zero count taken as 0.5
  });
});

describe('byYear', () => {
  it('compares each year with the previous one and dates every formulation', async () => {
    const { a, b } = editedPair();
    const docs = [createDocument(a, 'x_2014.txt'), createDocument(b, 'x_2015.txt'), createDocument(a, 'x_2017.txt')];
    const prepared = await prepareSpeeches(docs);
    const years = [2014, 2015, 2017];
    const dated: DatedSpeech[] = prepared.map((s, i) => ({ ...s, year: years[i], yearSource: 'name' }));
    const r = byYear(dated);
    expect(r.years.map((y) => y.year)).toEqual(years);
    expect(r.steps.map((s) => [s.a.label, s.b.label])).toEqual([['2014', '2015'], ['2015', '2017']]);
    expect(r.steps[0].added.map((t) => t.text)).toEqual(['四下基层']);
    expect(r.steps[1].added.map((t) => t.text)).toEqual(['三严三实']);
    expect(r.steps[1].dropped.map((t) => t.text)).toEqual(['四下基层']);
    const row = (t: string) => r.timeline.find((x) => x.text === t);
    expect(row('四下基层')).toMatchObject({ first: 2015, last: 2015, years: 1 });
    expect(row('三严三实')).toMatchObject({ first: 2014, last: 2017, years: 2, counts: [{ year: 2014, count: 2 }, { year: 2017, count: 2 }] });
    expect(row('四风')).toMatchObject({ first: 2014, last: 2017, years: 3 });
  });
});

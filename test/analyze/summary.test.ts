// The corpus summary reducer and the CSV field quoting, on hand-made records modelled on real speeches.
import { describe, expect, it } from 'vitest';
import { SummaryReducer } from '../../src/analyze/summary.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { csvField } from '../../src/format/csv.js';

function record(file: string, label: string, parts: Partial<AnalysisRecord>): AnalysisRecord {
  return {
    file, chars: 1000, title: '', salutationLine: null, type: { label: label as AnalysisRecord['type']['label'], confidence: 0.8, evidence: [] },
    headings: [], series: [], announced: [], formulas: [], slogans: [], statistics: [], keywords: [], ...parts,
  };
}

const stat = (value: number, unit: string, noun: string) => ({ text: `${value}${unit}${noun}`, value, unit, approx: null, noun, line: 1, column: 1 });

const speeches = [
  record('a.txt', 'mobilization', {
    formulas: [{ text: '三严三实', count: 3, lines: [2, 5, 9] }, { text: '四风', count: 1, lines: [4] }],
    slogans: [{ text: '照镜子、正衣冠、洗洗澡、治治病', kind: 'enumeration', count: 1, lines: [3] }],
    statistics: [stat(426, '名', '党员'), stat(12.5, '%', '')],
    keywords: [{ word: '群众路线', weight: 1.2 }],
  }),
  record('b.txt', 'summary', {
    formulas: [{ text: '四风', count: 2, lines: [1, 8] }],
    slogans: [{ text: '照镜子、正衣冠、洗洗澡、治治病', kind: 'enumeration', count: 2, lines: [2, 7] }],
    statistics: [stat(74, '名', '党员'), stat(0.1, '%', ''), stat(0.2, '%', '')],
    keywords: [{ word: '群众路线', weight: 0.9 }, { word: '整改', weight: 0.4 }],
  }),
  record('c.txt', 'mobilization', { formulas: [{ text: '四风', count: 1, lines: [6] }] }),
];

describe('SummaryReducer', () => {
  it('ranks formulas by the number of speeches using them, then by occurrences', () => {
    const r = new SummaryReducer();
    speeches.forEach((s) => r.add(s));
    const s = r.result();
    expect(s.files).toBe(3);
    expect(s.chars).toBe(3000);
    expect(s.types).toEqual([{ label: 'mobilization', count: 2 }, { label: 'summary', count: 1 }]);
    expect(s.formulas).toEqual([
      { text: '四风', speeches: 3, occurrences: 4, files: ['a.txt', 'b.txt', 'c.txt'] },
      { text: '三严三实', speeches: 1, occurrences: 3, files: ['a.txt'] },
    ]);
    expect(s.slogans[0]).toMatchObject({ kind: 'enumeration', speeches: 2, occurrences: 3, files: ['a.txt', 'b.txt'] });
    expect(s.statistics.byNoun.find((g) => g.noun === '党员')).toEqual({ noun: '党员', unit: '名', mentions: 2, speeches: 2, total: 500, files: ['a.txt', 'b.txt'] });
    // Per unit only counted: percentages of different things are not added up.
    expect(s.statistics.byUnit.find((u) => u.unit === '%')).toEqual({ unit: '%', mentions: 3, speeches: 2 });
    expect(s.keywords[0]).toEqual({ word: '群众路线', speeches: 2, weight: 2.1 });
  });

  it('gives the same summary whatever the order of the records (shards reduce in any order)', () => {
    const forward = new SummaryReducer();
    speeches.forEach((s) => forward.add(s));
    const backward = new SummaryReducer();
    [...speeches].reverse().forEach((s) => backward.add(s));
    expect(backward.result()).toEqual(forward.result());
  });

  it('counts a file once even when it is added twice', () => {
    const r = new SummaryReducer();
    expect(r.add(speeches[0])).toBe(true);
    expect(r.add(speeches[0])).toBe(false);
    expect(r.result().formulas.find((f) => f.text === '三严三实')?.occurrences).toBe(3);
  });
});

describe('csvField', () => {
  it('quotes only when RFC 4180 requires it', () => {
    expect(csvField('三严三实')).toBe('三严三实');
    expect(csvField('一是,二是')).toBe('"一是,二是"');
    expect(csvField('坚持"两学一做"')).toBe('"坚持""两学一做"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(null)).toBe('');
    expect(csvField(98.5)).toBe('98.5');
  });
});

describe('SummaryReducer: statistics add up only for the same noun', () => {
  const rec = (file: string, statistics: Array<{ value: number; unit: string; noun: string }>) =>
    ({ file, chars: 10, type: { label: 'other' }, formulas: [], slogans: [], statistics, keywords: [] });
  it('folds magnitudes into the base unit and leaves figures without a noun out of the sums', () => {
    const r = new SummaryReducer();
    r.add(rec('a.txt', [{ value: 3.5, unit: '万元', noun: '资金' }, { value: 2000, unit: '元', noun: '资金' }, { value: 7, unit: '万元', noun: '' }]));
    const s = r.result();
    expect(s.statistics.byNoun).toEqual([{ noun: '资金', unit: '元', mentions: 2, speeches: 1, total: 37000, files: ['a.txt'] }]);
    expect(s.statistics.byUnit).toEqual([{ unit: '元', mentions: 3, speeches: 1 }]);
  });
});

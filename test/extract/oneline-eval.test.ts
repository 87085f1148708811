// The one-line eval (scripts/eval-oneline.mjs) flattens each development text and maps every position the analyser
// gives on the one line back to the original line. Runs on stub analyses of invented text: no shared corpus needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { createDocument, offsetAt, positionAt, type SpeechDocument } from '../../src/text/document.js';
// @ts-expect-error: a plain ESM script shared with `npm run eval`, without type declarations
import { evaluateOneLine, flatten, mapStructure, originalLine } from '../../scripts/eval-oneline.mjs';

// Line 3 is blank, line 4 indented, line 6 holds a character outside the BMP (two UTF-16 units, one column).
const ORIGINAL = ['关于𠀀工作的讲话', '同志们：', '', '　　今天召开会议。', '一、总体要求', '𠀀要抓好三件事，投入5亿元。', '二、工作重点'].join('\n');

/** Where `needle` stands in the flat document, as the analyser reports it: line 1 and a column in code points. */
const at = (flat: SpeechDocument, needle: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = flat.text.indexOf(needle, i + 1);
  return positionAt(flat, i);
};

describe('one-line eval: flattening and position mapping', () => {
  const orig = createDocument(ORIGINAL);

  it('drops blank lines and the white space around each line, and records where every kept line went', () => {
    const joined = flatten(orig.lines, orig.lineStarts, '');
    expect(joined.text).toBe('关于𠀀工作的讲话同志们：今天召开会议。一、总体要求𠀀要抓好三件事，投入5亿元。二、工作重点');
    expect(joined.segments.map((s: { line: number }) => s.line)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(joined.segments[2]).toEqual({ flat: joined.text.indexOf('今天'), orig: ORIGINAL.indexOf('今天'), line: 4 });
    const spaced = flatten(orig.lines, orig.lineStarts, ' ');
    expect(spaced.text.startsWith('关于𠀀工作的讲话 同志们： 今天')).toBe(true);
    // The joining space belongs to the line before it; the next line starts right after it.
    const space = spaced.text.indexOf(' ');
    expect(originalLine(spaced.segments, space)).toBe(1);
    expect(originalLine(spaced.segments, space + 1)).toBe(2);
  });

  for (const joiner of ['', ' ']) {
    it(`maps line 1, column c back to the original line (joined with ${joiner ? 'a space' : 'nothing'})`, () => {
      const { text, segments } = flatten(orig.lines, orig.lineStarts, joiner);
      const flat = createDocument(text);
      const h1 = at(flat, '一、');
      const h2 = at(flat, '二、');
      const item = at(flat, '要抓好');
      const fig = at(flat, '5亿元');
      // A column past the surrogate pair: a mapping that counted UTF-16 units instead of code points would be off.
      expect(fig.column).toBe(text.indexOf('5亿元') - 1);
      const paragraphs = [{ text: text.slice(0, text.indexOf('同志们') + 4), line: 1, column: 1, offset: 0 }];
      const stub = {
        title: '关于𠀀工作的讲话', salutationLine: 1, paragraphs,
        headings: [{ ...h1, number: 1, level: 1 }, { ...h2, number: 2, level: 1 }],
        series: [{ family: 'yao', line: item.line, column: item.column, items: [{ ordinal: 1, ...item }], problems: [] }],
        announced: [{ ...item, announced: 3, actual: null }],
        statistics: [{ ...fig, value: 5, unit: '亿元' }],
        formulas: [{ text: '总体要求', count: 1, lines: [1] }],
      };
      const m = mapStructure(stub, flat, segments, { offsetAt, locate: () => ({ index: 0, at: paragraphs[0].text.indexOf('同志们') }) });
      expect(m.headings.map((h: { line: number }) => h.line)).toEqual([5, 7]);
      expect(m.series[0].line).toBe(6);
      expect(m.series[0].items[0].line).toBe(6);
      expect(m.announced[0].line).toBe(6);
      expect(m.statistics[0].line).toBe(6);
      expect(m.formulas[0].lines).toEqual([5]);
      expect(m.salutationLine).toBe(2);
      expect(m.title).toBe(stub.title);
    });
  }

  it('scores the flattened analysis against the hand truth of the original lines', async () => {
    const dir = tempDir();
    for (const sub of ['structure', 'lexical', 'speeches']) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, 'speeches', 'a.txt'), ORIGINAL);
    writeFileSync(path.join(dir, 'structure', 'a.yaml'), [
      'type: other', 'title: ""', 'salutationLine: 2',
      'headings: [{ level: 1, number: 1, line: 5 }, { level: 1, number: 2, line: 7 }]', 'series: []', 'announced: []', ''].join('\n'));
    writeFileSync(path.join(dir, 'structure', 'b.yaml'), 'batch: fresh-x\ntype: other\ntitle: ""\nheadings: []\nseries: []\nannounced: []\n');
    const read: string[] = [];
    const stub = {
      readDocument: async (file: string) => {
        read.push(path.basename(file));
        return createDocument(ORIGINAL, file);
      },
      createDocument,
      offsetAt,
      // An analyser that finds the headings wherever they stand in the line, and the salutation after the title.
      analyzeStructure: (doc: SpeechDocument) => {
        const p = { text: doc.text, line: 1, column: 1, offset: 0 };
        return {
          type: { label: 'other', confidence: 1 }, title: '', salutationLine: 1, paragraphs: [p],
          headings: ['一、', '二、'].map((m, k) => ({ ...at(doc, m), level: 1, number: k + 1 })),
          series: [], announced: [], formulas: [], statistics: [],
        };
      },
      locateSalutation: (ps: { text: string }[]) => ({ index: 0, at: ps[0].text.indexOf('同志们') }),
    };
    for (const joiner of ['', ' ']) {
      const r = await evaluateOneLine({ ...stub, joiner, dir, shared: dir });
      expect(r.files.map((f: { file: string }) => f.file)).toEqual(['a']);
      const row = (f: string) => r.rows.find((x: { field: string }) => x.field === f);
      expect(row('headings')).toMatchObject({ tp: 2, fp: 0, fn: 0 });
      expect(row('salutation')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    }
    // The fresh batch is never read.
    expect(read).toEqual(['a.txt', 'a.txt']);
  });
});

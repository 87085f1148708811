// The corpus speeches against the hand annotations in test/fixtures/truth/structure/<stem>.yaml.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createDocument } from '../../../src/text/document.js';
import { analyzeStructure } from '../../../src/extract/index.js';

const root = path.resolve(__dirname, '../../..');
const truthDir = path.join(root, 'test/fixtures/truth/structure');
const stems = readdirSync(truthDir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

interface Truth {
  title: string;
  salutationLine: number | null;
  type: string;
  headings: { level: number; number: number; line: number; text: string; runOn?: boolean }[];
  series: { family: string; length: number; line: number; problems: string[] }[];
  announced: { announced: number | null; actual: number | null; line: number; target: string }[];
}

describe.each(stems)('corpus %s', (stem) => {
  const truth = YAML.parse(readFileSync(path.join(truthDir, `${stem}.yaml`), 'utf8')) as Truth;
  const s = analyzeStructure(createDocument(readFileSync(path.join(root, 'corpus', `${stem}.txt`), 'utf8'), stem));

  it('title and salutation', () => {
    expect([s.title, s.salutationLine]).toEqual([truth.title, truth.salutationLine]);
  });
  it('headings', () => {
    // A heading that runs into its body without punctuation (runOn) cannot be cut where it ends: its phrase must
    // start with the heading; every other heading's phrase is the heading exactly.
    const got = s.headings.map((h, i) => {
      const t = truth.headings[i];
      const text = t?.runOn && h.text.startsWith(t.text) ? t.text : h.text;
      return { level: h.level, number: h.number, line: h.line, text, ...(t?.runOn ? { runOn: true } : {}) };
    });
    expect(got).toEqual(truth.headings);
  });
  it('series', () => {
    expect(s.series.map((x) => ({ family: x.family, length: x.items.length, line: x.line, problems: x.problems.map((p) => p.kind) }))).toEqual(truth.series);
  });
  it('announced counts', () => {
    expect(s.announced.map((a) => ({ announced: a.announced, actual: a.actual, line: a.line, target: a.target }))).toEqual(truth.announced);
  });
  it('type', () => {
    expect(s.type.label).toBe(truth.type);
    expect(s.type.evidence.length).toBeGreaterThan(1);
  });
});

// The lexical extractors against the hand annotations of the five corpus speeches
// (test/fixtures/truth/lexical/<stem>.yaml; matching rules as in scripts/eval-lexical.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT, CORPUS_FILES, corpusPath } from '../../helpers.js';
import { createDocument } from '../../../src/text/document.js';
import { splitParagraphs } from '../../../src/extract/paragraphs.js';
import { extractFormulas } from '../../../src/extract/formulas.js';
import { extractSlogans } from '../../../src/extract/slogans.js';
import { extractStatistics } from '../../../src/extract/statistics.js';

interface Truth {
  formulas: string[];
  slogans: { text: string; kind: string }[];
  statistics: { value: number; unit: string; line: number }[];
}

function match(predicted: string[], expected: string[]) {
  const pool = new Map<string, number>();
  for (const k of expected) pool.set(k, (pool.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of predicted) {
    const n = pool.get(k) ?? 0;
    if (n > 0) { tp++; pool.set(k, n - 1); }
  }
  return { tp, fp: predicted.length - tp, fn: expected.length - tp };
}

const totals = { formulas: { tp: 0, fp: 0, fn: 0 }, slogans: { tp: 0, fp: 0, fn: 0 }, statistics: { tp: 0, fp: 0, fn: 0 } };
for (const stem of CORPUS_FILES) {
  const truth = YAML.parse(readFileSync(path.join(ROOT, 'test/fixtures/truth/lexical', `${stem}.yaml`), 'utf8')) as Truth;
  const doc = createDocument(readFileSync(corpusPath(stem), 'utf8'), stem);
  const paragraphs = splitParagraphs(doc);
  const rows = {
    formulas: match(extractFormulas(doc, paragraphs).map((f) => f.text), truth.formulas),
    slogans: match(extractSlogans(doc, paragraphs).map((s) => s.text), truth.slogans.map((s) => s.text)),
    statistics: match(
      extractStatistics(doc, paragraphs).map((s) => `${s.line}:${s.value}${s.unit}`),
      truth.statistics.map((s) => `${s.line}:${s.value}${s.unit}`),
    ),
  };
  for (const k of ['formulas', 'slogans', 'statistics'] as const) for (const m of ['tp', 'fp', 'fn'] as const) totals[k][m] += rows[k][m];
}

const recall = (r: { tp: number; fn: number }) => r.tp / (r.tp + r.fn);
const precision = (r: { tp: number; fp: number }) => r.tp / (r.tp + r.fp);

describe('lexical extractors against the hand annotations', () => {
  it('finds the numeral formulas (recall ≥ 0.9, precision ≥ 0.85)', () => {
    expect(recall(totals.formulas)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.formulas)).toBeGreaterThanOrEqual(0.85);
  });
  it('finds the statistics (recall ≥ 0.9, precision ≥ 0.85)', () => {
    expect(recall(totals.statistics)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.statistics)).toBeGreaterThanOrEqual(0.85);
  });
  it('finds the quoted phrases and enumerations (recall ≥ 0.8, precision ≥ 0.8)', () => {
    expect(recall(totals.slogans)).toBeGreaterThanOrEqual(0.8);
    expect(precision(totals.slogans)).toBeGreaterThanOrEqual(0.8);
  });
});

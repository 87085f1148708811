#!/usr/bin/env node
// Compares the lexical extractors (through dist/extract/index.js, build first: npm run build) with
// the hand annotations in test/fixtures/truth/lexical/<stem>.yaml and prints precision/recall per field.
// evaluate() returns rows [{field, tp, fp, fn}] so scripts/eval.mjs can aggregate them.
//
// Matching rules (multisets per file):
//   formulas         distinct formula text (counts and lines are not compared)
//   slogans          distinct text of the quoted phrase or enumeration, without its quotation marks
//   slogans-kind     text and kind both equal (formula | slogan | term | name | enumeration)
//   statistics       line + value + unit (a range 1—2份 is its lower end); the text span is not compared
//   statistics-noun  line + value + unit + noun
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { compare, formatTable, loadDist } from './eval-common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIELDS = ['formulas', 'slogans', 'slogans-kind', 'statistics', 'statistics-noun'];


const statKey = (s) => `${s.line}:${s.value}${s.unit}`;

export async function evaluate({ dir = path.join(root, 'test/fixtures/truth/lexical'), corpus = path.join(root, 'corpus'), perFile = false } = {}) {
  // Through analyzeStructure (as `analyze` does), so a change of an extractor's signature does not break the eval.
  const { analyzeStructure, readDocument } = await loadDist(root);
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { field: f, tp: 0, fp: 0, fn: 0 }]));
  const files = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
    const truth = YAML.parse(await readFile(path.join(dir, name), 'utf8'));
    const stem = name.replace(/\.yaml$/, '');
    const doc = await readDocument(path.join(corpus, `${stem}.txt`));
    const { formulas, slogans, statistics: stats } = analyzeStructure(doc);
    const ts = truth.slogans ?? [];
    const tt = truth.statistics ?? [];
    const rows = {
      formulas: compare(formulas.map((f) => f.text), (truth.formulas ?? []).map(String)),
      slogans: compare(slogans.map((s) => s.text), ts.map((s) => String(s.text))),
      'slogans-kind': compare(slogans.map((s) => `${s.text}|${s.kind}`), ts.map((s) => `${s.text}|${s.kind}`)),
      statistics: compare(stats.map(statKey), tt.map(statKey)),
      'statistics-noun': compare(stats.map((s) => `${statKey(s)}:${s.noun}`), tt.map((s) => `${statKey(s)}:${s.noun ?? ''}`)),
    };
    for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn']) totals[f][k] += rows[f][k];
    files.push({ file: stem, rows });
  }
  const result = FIELDS.map((f) => totals[f]);
  return perFile ? { rows: result, files } : result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const verbose = process.argv.includes('--files');
  const { rows, files } = await evaluate({ perFile: true });
  if (verbose) {
    for (const { file, rows: r } of files) {
      console.log(`== ${file}`);
      for (const [field, v] of Object.entries(r)) {
        if (v.extra.length) console.log(`  ${field} fp: ${v.extra.join('  ')}`);
        if (v.missing.length) console.log(`  ${field} fn: ${v.missing.join('  ')}`);
      }
    }
    console.log();
  }
  console.log(formatTable(rows));
}

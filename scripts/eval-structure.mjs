#!/usr/bin/env node
// Compares the structure extractors (dist/extract, build first: npx tsc -p .) with the hand annotations in
// test/fixtures/truth/structure/<stem>.yaml and prints precision/recall per field.
// evaluate() returns rows [{field, tp, fp, fn}] so other scripts can aggregate them.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { compare, formatTable, loadDist } from './eval-common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIELDS = ['headings', 'headings-level1', 'headings-text', 'series', 'series-length', 'series-problems', 'announced', 'title', 'salutation', 'type'];


/** Top level = the outermost heading level present (003 numbers its sections 1、2、… with no 一、). */
const topKeys = (hs) => {
  const min = Math.min(...hs.map((h) => h.level));
  return hs.filter((h) => h.level === min).map((h) => `${h.level}:${h.number}@${h.line}`);
};

export async function evaluate({ dir = path.join(root, 'test/fixtures/truth/structure'), corpus = path.join(root, 'corpus'), perFile = false } = {}) {
  const { analyzeStructure, readDocument } = await loadDist(root);
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { field: f, tp: 0, fp: 0, fn: 0 }]));
  const files = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
    const truth = YAML.parse(await readFile(path.join(dir, name), 'utf8'));
    const stem = name.replace(/\.yaml$/, '');
    const doc = await readDocument(path.join(corpus, `${stem}.txt`));
    const s = analyzeStructure(doc);
    const th = truth.headings ?? [];
    const ts = truth.series ?? [];
    const ta = truth.announced ?? [];
    const rows = {
      headings: compare(s.headings.map((h) => `${h.level}:${h.number}@${h.line}`), th.map((h) => `${h.level}:${h.number}@${h.line}`)),
      'headings-level1': compare(s.headings.length ? topKeys(s.headings) : [], th.length ? topKeys(th) : []),
      'headings-text': compare(s.headings.map((h) => `${h.line}:${h.text}`), th.map((h) => `${h.line}:${h.text}`)),
      series: compare(s.series.map((x) => `${x.family}@${x.line}`), ts.map((x) => `${x.family}@${x.line}`)),
      'series-length': compare(s.series.map((x) => `${x.family}@${x.line}#${x.items.length}`), ts.map((x) => `${x.family}@${x.line}#${x.length}`)),
      'series-problems': compare(
        s.series.flatMap((x) => x.problems.map((p) => `${x.line}:${p.kind}`)),
        ts.flatMap((x) => (x.problems ?? []).map((k) => `${x.line}:${k}`)),
      ),
      announced: compare(s.announced.map((a) => `${a.line}:${a.announced}/${a.actual}`), ta.map((a) => `${a.line}:${a.announced}/${a.actual}`)),
      title: compare([s.title], [truth.title ?? '']),
      salutation: compare([String(s.salutationLine)], [String(truth.salutationLine ?? null)]),
      type: compare([s.type.label], [truth.type]),
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
      const bad = Object.entries(r).filter(([, v]) => v.fp || v.fn).map(([k, v]) => `${k} fp${v.fp} fn${v.fn}`);
      console.log(`${file}: ${bad.length ? bad.join(', ') : 'all match'}`);
    }
    console.log();
  }
  console.log(formatTable(rows));
}

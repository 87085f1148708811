// Shared by the eval scripts: where the development corpus lives, multiset matching of predicted and annotated
// keys, figures normalised for comparison, and the precision/recall/F1 table.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The development corpus of real speeches outside the repository, resolved as test/helpers.ts does (scripts
 * cannot import the TypeScript helper): $JIANGHUA_SHARED/corpus, else ../shared/corpus from the repository root.
 */
export const SHARED_CORPUS = process.env.JIANGHUA_SHARED
  ? path.resolve(process.env.JIANGHUA_SHARED, 'corpus')
  : path.resolve(ROOT, '..', 'shared', 'corpus');
export const HAS_SHARED = existsSync(path.join(SHARED_CORPUS, 'SOURCES.md'));

/** The compiled analyser (build first: npm run build). */
export async function loadDist(root = ROOT) {
  const load = (m) => import(pathToFileURL(path.join(root, 'dist', m)).href);
  const [{ analyzeStructure }, { readDocument }] = await Promise.all([load('extract/index.js'), load('text/read.js')]);
  return { analyzeStructure, readDocument };
}

/** Match two lists of keys as multisets; extra = predicted but not annotated, missing = annotated but not found. */
export function compare(predicted, expected) {
  const pool = new Map();
  for (const k of expected) pool.set(k, (pool.get(k) ?? 0) + 1);
  const extra = [];
  for (const k of predicted) {
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else extra.push(k);
  }
  const missing = [...pool].flatMap(([k, n]) => Array(n).fill(k));
  return { tp: predicted.length - extra.length, fp: extra.length, fn: missing.length, extra, missing };
}

/** Precision, recall and F1 of a row {tp, fp, fn}; null where the denominator is 0. */
export function scores(r) {
  const p = r.tp + r.fp === 0 ? null : r.tp / (r.tp + r.fp);
  const rc = r.tp + r.fn === 0 ? null : r.tp / (r.tp + r.fn);
  const f1 = p === null || rc === null ? null : p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  return { precision: p, recall: rc, f1 };
}

const pct = (x) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

/** The table `npm run eval` prints: one row per field with tp, fp, fn, precision, recall and F1. */
export function formatTable(rows) {
  const head = `${'field'.padEnd(18)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} ${'precision'.padStart(10)} ${'recall'.padStart(8)} ${'F1'.padStart(7)}`;
  const lines = rows.map((r) => {
    const s = scores(r);
    return `${r.field.padEnd(18)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(8)} ${pct(s.f1).padStart(7)}`;
  });
  return [head, ...lines].join('\n');
}

// Magnitudes written before a unit (6.36万亿元, 2万名, 3千欧元) are folded into the value, so that "value 6.36,
// unit 万亿元" and "value 63600000000, unit 元" compare equal while "value 6.36, unit 万, noun 亿元" does not.
const MAGNITUDES = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2]];

/** {value, unit} → [number, base unit] with the magnitude folded in and ％ read as %. */
export function normalizeFigure(value, unit) {
  let u = String(unit ?? '').replace(/％/g, '%').replace(/\s+/g, '');
  let v = Number(value);
  for (const [m, f] of MAGNITUDES) {
    if (u.startsWith(m)) {
      v *= f;
      u = u.slice(m.length);
      break;
    }
  }
  return [Number(v.toPrecision(12)), u];
}

/** The key a figure is matched by: line, value with its magnitude, base unit. */
export function figureKey(s) {
  const [v, u] = normalizeFigure(s.value, s.unit);
  return `${s.line}:${v}${u}`;
}

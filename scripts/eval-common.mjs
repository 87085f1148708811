// Shared by the eval scripts: multiset matching of predicted and annotated keys, and the precision/recall table.

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

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** The table `npm run eval` prints: one row per field with tp, fp, fn, precision and recall. */
export function formatTable(rows) {
  const head = `${'field'.padEnd(18)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`;
  const lines = rows.map((r) => `${r.field.padEnd(18)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)} ${pct(r.tp, r.tp + r.fp).padStart(10)} ${pct(r.tp, r.tp + r.fn).padStart(8)}`);
  return [head, ...lines].join('\n');
}

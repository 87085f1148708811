// `npm run eval`: precision and recall of `analyze` per field against the hand annotations in
// test/fixtures/truth/ (structure: headings, series, announced counts, type; lexical: formulas, slogans, statistics).
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const parts = ['eval-structure.mjs', 'eval-lexical.mjs'].map((f) => path.join(here, f)).filter((f) => existsSync(f));
const rows = [];
for (const p of parts) rows.push(...(await (await import(p)).evaluate()));

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
console.log(`${'field'.padEnd(18)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`);
for (const r of rows) {
  const p = r.tp / (r.tp + r.fp);
  const rc = r.tp / (r.tp + r.fn);
  console.log(`${r.field.padEnd(18)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)} ${pct(p).padStart(10)} ${pct(rc).padStart(8)}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));

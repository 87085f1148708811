// `npm run eval`: precision and recall of `analyze` per field against the hand annotations in
// test/fixtures/truth/ (structure: headings, series, announced counts, type; lexical: formulas, slogans, statistics).
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTable } from './eval-common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const parts = ['eval-structure.mjs', 'eval-lexical.mjs'].map((f) => path.join(here, f)).filter((f) => existsSync(f));
const rows = [];
for (const p of parts) rows.push(...(await (await import(p)).evaluate()));

console.log(formatTable(rows));
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));

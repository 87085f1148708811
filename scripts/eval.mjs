// `npm run eval`: precision, recall and F1 of `analyze` per field, in two tables that are never mixed:
//   1. the corpus (corpus/, hand annotations in test/fixtures/truth/) — the rules were written from these five;
//   2. the development set (real speeches and reports in ../shared/corpus, hand annotations in
//      test/fixtures/truth-dev/) — unseen: the rules were not written from them. Skipped with a message when the
//      shared corpus is absent.
// `--json` prints both as one object {corpus: {rows}, dev: {rows, type, files} | null} instead of the tables.
// Build first (npm run build): the eval runs the compiled analyser in dist/.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HAS_SHARED, SHARED_CORPUS, formatTable, scores } from './eval-common.mjs';
import { evaluateDev, formatTypeSummary } from './eval-dev.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const parts = ['eval-structure.mjs', 'eval-lexical.mjs'].map((f) => path.join(here, f)).filter((f) => existsSync(f));
const corpus = [];
for (const p of parts) corpus.push(...(await (await import(p)).evaluate()));
const dev = HAS_SHARED ? await evaluateDev() : null;
const skipped = `开发语料 ${SHARED_CORPUS} 不存在：跳过开发集评测（unseen）。`;

if (process.argv.includes('--json')) {
  const withScores = (rows) => rows.map((r) => ({ ...r, ...scores(r) }));
  console.log(JSON.stringify({
    corpus: { rows: withScores(corpus) },
    dev: dev && { rows: dev.rows.map(({ field, tp, fp, fn, precision, recall, f1 }) => ({ field, tp, fp, fn, precision, recall, f1 })), type: dev.type, files: dev.files },
    ...(dev ? {} : { devSkipped: skipped }),
  }));
} else {
  console.log('语料（corpus/，规则据此编写 — rules written from these）');
  console.log(formatTable(corpus));
  console.log();
  if (dev) {
    console.log(`开发集（${dev.type.n} 篇真实讲话与报告，unseen — rules not written from these）`);
    console.log(formatTable(dev.rows));
    console.log(formatTypeSummary(dev.type));
  } else {
    console.log(skipped);
  }
}

// Lint trust (issue 8): error-level findings on real speeches and planted defects found (scripts/eval-lint.mjs).
if (!process.argv.includes('--json') && existsSync(path.join(here, 'eval-lint.mjs'))) await import(path.join(here, 'eval-lint.mjs'));

// `npm run eval`: precision, recall and F1 of `analyze` per field, in two tables that are never mixed:
//   1. the corpus (corpus/, hand annotations in test/fixtures/truth/) — the rules were written from these five;
//   2. the development set (real speeches and reports in ../shared/corpus, hand annotations in
//      test/fixtures/truth-dev/) — unseen: the rules were not written from them. Skipped with a message when the
//      shared corpus is absent;
//   3. each fresh batch held apart (truth-dev files marked `batch: NAME`, annotated after the rules changed by
//      someone else than the rule engineers, who have not seen the texts): its own table, aggregate only;
//   4. the development table on the one-line form of its texts, line breaks lost (scripts/eval-oneline.mjs).
// `--json` prints them as one object {corpus: {rows}, dev: {rows, type, files} | null, fresh: [{batch, rows, type}]}
// instead of the tables (no per-file detail for a fresh batch: `node scripts/eval-dev.mjs --batch NAME --files`).
// Build first (npm run build): the eval runs the compiled analyser in dist/.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HAS_SHARED, SHARED_CORPUS, formatTable, scores } from './eval-common.mjs';
import { devBatches, evaluateDev, formatTypeSummary } from './eval-dev.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const parts = ['eval-structure.mjs', 'eval-lexical.mjs'].map((f) => path.join(here, f)).filter((f) => existsSync(f));
const corpus = [];
for (const p of parts) corpus.push(...(await (await import(p)).evaluate()));
const dev = HAS_SHARED ? await evaluateDev() : null;
const fresh = [];
if (HAS_SHARED) for (const batch of await devBatches()) fresh.push({ batch, ...(await evaluateDev({ batch })) });
const rowsOnly = (rows) => rows.map(({ field, tp, fp, fn, precision, recall, f1 }) => ({ field, tp, fp, fn, precision, recall, f1 }));
const skipped = `开发语料 ${SHARED_CORPUS} 不存在：跳过开发集评测（unseen）。`;

if (process.argv.includes('--json')) {
  const withScores = (rows) => rows.map((r) => ({ ...r, ...scores(r) }));
  console.log(JSON.stringify({
    corpus: { rows: withScores(corpus) },
    dev: dev && { rows: rowsOnly(dev.rows), type: dev.type, files: dev.files },
    fresh: fresh.map((f) => ({ batch: f.batch, rows: rowsOnly(f.rows), type: f.type })),
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
    for (const f of fresh) {
      console.log();
      console.log(`开发集·新批 ${f.batch}（${f.type.n} 篇，规则修改之后由他人手工标注，规则未据此调整 — fresh, rules not tuned on these）`);
      console.log(formatTable(f.rows));
      console.log(formatTypeSummary(f.type));
    }
    // The development table once more on the one-line form of its texts (line breaks lost; scripts/eval-oneline.mjs).
    console.log();
    console.log(await (await import('./eval-oneline.mjs')).formatOneLine());
  } else {
    console.log(skipped);
  }
}

// Lint trust (issue 8): error-level findings on real speeches and planted defects found (scripts/eval-lint.mjs).
if (!process.argv.includes('--json') && existsSync(path.join(here, 'eval-lint.mjs'))) await import(path.join(here, 'eval-lint.mjs'));

// The analyser on the development set — real speeches and reports the rules were NOT written from, annotated by
// hand in test/fixtures/truth-dev/ (scripts/eval-dev.mjs has the matching rules; `npm run eval` prints the table).
// The floors are the figures measured when they were set, rounded down: a change that loses quality fails here,
// a change that gains it should raise the floor. Skipped, with a message, without ../shared/corpus.
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED_CORPUS } from '../helpers.js';
import { analyzeStructure } from '../../src/extract/index.js';
import { readDocument } from '../../src/text/read.js';
// @ts-expect-error: a plain ESM script shared with `npm run eval`, without type declarations
import { evaluateDev } from '../../scripts/eval-dev.mjs';

interface Row { field: string; tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }
interface DevResult { rows: Row[]; type: { n: number; correct: number; accuracy: number; campaign: { n: number; correct: number } } }

// Measured on main (see the commit that sets them); [field, measure, floor]. Lowered on 2026-12-02 when the fresh
// batches fresh-2026-12-02, (at 04:45 UTC) fresh-2026-12-02b, (at 05:55 UTC) fresh-2026-12-02c, (at 07:15 UTC)
// fresh-2026-12-02d, (at 07:27 UTC) fresh-2026-12-02f and (at 16:58 UTC) fresh-2026-12-02e and (at 17:17 UTC)
// fresh-2026-12-02g, each measured unseen, joined the development table: their misses are now in these figures.
// Raised at 17:45 UTC (headings, headings-level1 1.0; series-length 0.99; announced 0.93; announced-count 0.96) after
// the batch-e rules (restarted lists, 首先…二是, 以下N类X…：), on the 102-text table.
const FLOORS: [string, 'precision' | 'recall' | 'f1', number][] = [
  ['date', 'f1', 1.0],
  ['speaker', 'f1', 0.97],
  ['meeting', 'f1', 0.96],
  ['title', 'f1', 1.0],
  ['salutation', 'f1', 1.0],
  ['headings', 'f1', 1.0],
  ['headings-level1', 'f1', 1.0],
  ['series', 'f1', 0.99],
  ['series-length', 'f1', 0.99],
  ['announced', 'f1', 0.93],
  ['announced-count', 'f1', 0.96],
  ['formulas', 'precision', 0.97],
  ['formulas', 'recall', 0.95],
  ['statistics', 'recall', 0.99],
  ['statistics', 'precision', 0.98],
  ['statistics-noun', 'recall', 0.48],
];
const TYPE_ACCURACY = 0.97;
const CAMPAIGN_RIGHT = 15;

if (!HAS_SHARED) console.warn(`开发语料 ${SHARED_CORPUS} 不存在：开发集评测（truth-dev）跳过。`);

describe.skipIf(!HAS_SHARED)('development set (unseen speeches and reports, hand annotations in truth-dev)', () => {
  let result: DevResult;
  const get = async () => (result ??= (await evaluateDev({ analyzeStructure, readDocument })) as DevResult);

  it('annotates at least 24 speeches and 3 reports', async () => {
    const r = await get();
    expect(r.type.n).toBeGreaterThanOrEqual(27);
  });

  it(`types speeches at least as well as when the floor was set (accuracy ≥ ${TYPE_ACCURACY}, campaign types right ≥ ${CAMPAIGN_RIGHT})`, async () => {
    const r = await get();
    expect(r.type.accuracy).toBeGreaterThanOrEqual(TYPE_ACCURACY);
    expect(r.type.campaign.correct).toBeGreaterThanOrEqual(CAMPAIGN_RIGHT);
  });

  it.each(FLOORS)('%s %s stays at or above %s', async (field, measure, floor) => {
    const r = await get();
    const row = r.rows.find((x) => x.field === field);
    expect(row, field).toBeDefined();
    expect(row![measure] ?? 0).toBeGreaterThanOrEqual(floor);
  });
});

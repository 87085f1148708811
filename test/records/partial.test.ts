// Partial summaries: summarize --partial of any split of the result lines, merged in any tree, is the summary of
// all of them — on the bundled corpus with keywords, and on the development speeches when present.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { SummaryReducer } from '../../src/analyze/summary.js';
import { partialLines } from '../../src/analyze/partial.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { CORPUS, HAS_SHARED, SHARED_CORPUS, tempDir } from '../helpers.js';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const dir = tempDir();
const write = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

/** Result lines of a folder, and the folder run's own summary (`analyze DIR --format json --summary`). */
async function folder(folderPath: string, extra: string[]): Promise<{ lines: string[]; summary: unknown }> {
  const jsonl = await capture(['analyze', '--format', 'jsonl', '--jobs', '1', ...extra, folderPath]);
  expect(jsonl.code).toBe(0);
  const json = await capture(['analyze', '--format', 'json', '--summary', '--jobs', '1', ...extra, folderPath]);
  return { lines: jsonl.out.trim().split('\n'), summary: JSON.parse(json.out).summary };
}

async function summaryOf(files: string[], partial = false): Promise<string> {
  const r = await capture(['summarize', ...(partial ? ['--partial'] : ['--format', 'json']), ...files]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r.out;
}

/** Split the lines into shards (every k-th line, so each shard mixes speeches), partial each, merge as a tree. */
async function mergedTree(name: string, lines: string[], shards: number): Promise<unknown> {
  const parts = Array.from({ length: shards }, (_, s) => write(`${name}-${s}.jsonl`, lines.filter((_, i) => i % shards === s).join('\n') + '\n'));
  const partials = [];
  for (const p of parts) partials.push(write(`${path.basename(p)}.partial`, await summaryOf([p], true)));
  // One level of combining: the first two partials merged into a partial, then that with the rest.
  const combined = write(`${name}-combined.partial`, await summaryOf(partials.slice(0, 2), true));
  return JSON.parse(await summaryOf([combined, ...partials.slice(2)]));
}

describe('summarize --partial (bundled corpus, with keywords)', () => {
  let lines: string[] = [];
  let summary: unknown;
  beforeAll(async () => { ({ lines, summary } = await folder(path.relative(process.cwd(), CORPUS), [])); }, 60_000);

  it('summarize of the result lines is exactly the folder summary', async () => {
    expect(JSON.parse(await summaryOf([write('all.jsonl', lines.join('\n'))]))).toEqual(summary);
  });

  it('partials of a split, merged through a combiner, give exactly the folder summary', async () => {
    expect(await mergedTree('bundled', lines, 3)).toEqual(summary);
  });

  it('a partial of nothing merges as nothing; results and partials mix in one input', async () => {
    const empty = write('empty.partial', await summaryOf([write('none.jsonl', '')], true));
    const part = write('first.partial', await summaryOf([write('first.jsonl', lines[0])], true));
    const mixed = write('mixed.jsonl', readFileSync(part, 'utf8') + lines.slice(1).join('\n') + '\n');
    expect(JSON.parse(await summaryOf([empty, mixed]))).toEqual(summary);
  });

  it('refuses a cut-off partial, an overlap of two partials, and --format with --partial', async () => {
    const full = await summaryOf([write('p.jsonl', lines.slice(0, 2).join('\n'))], true);
    const cut = write('cut.partial', full.split('\n').slice(0, -2).join('\n') + '\n');
    let r = await capture(['summarize', cut]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('部分汇总没有结束行，可能被截断');
    const again = write('again.partial', full);
    r = await capture(['summarize', again, again]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已经汇总过：同一篇出现在两份输入中，无法精确合并');
    const bent = write('bent.partial', full.replace(/"speeches":(\d+),"files":\[0\]/, '"speeches":$1,"files":[7]'));
    r = await capture(['summarize', bent]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('统计行的“files”应为递增的篇目序号');
    r = await capture(['summarize', '--partial', '--format', 'json', again]);
    expect(r.code).toBe(2);
  });
});

describe('SummaryReducer state', () => {
  it('merging a reducer state keeps files, counts and decimal totals of every table', () => {
    const rec = (file: string, value: number, word: string): AnalysisRecord => ({
      file, chars: 10, title: '', salutationLine: null, type: { label: 'summary', confidence: 1, evidence: [] },
      headings: [], series: [], announced: [], formulas: [{ text: '三严三实', count: 2, lines: [1, 2] }],
      slogans: [{ text: '两学一做', kind: 'formula', count: 1, lines: [3] }],
      statistics: [{ text: '', value, unit: '%', approx: null, noun: '覆盖率', line: 1, column: 1 }], keywords: [{ word, weight: value / 7 }],
    } as AnalysisRecord);
    const records = [rec('a', 0.1, '整改'), rec('b', 0.2, '整改'), rec('c', 0.7, '学习'), rec('d', 12.35, '整改')];
    const whole = new SummaryReducer();
    records.forEach((r) => whole.add(r));
    const left = new SummaryReducer();
    const right = new SummaryReducer();
    records.slice(0, 2).forEach((r) => left.add(r));
    records.slice(2).forEach((r) => right.add(r));
    const merged = new SummaryReducer();
    // The state round-trips through the same lines `summarize --partial` writes.
    for (const part of [right, left]) {
      const lines = [...partialLines(part)].map((l) => JSON.parse(l));
      const h = lines[0];
      const names = lines.filter((l) => l.partial === 'files').flatMap((l) => l.names);
      const at = merged.mergeHeader({ files: names, chars: h.chars, types: h.types });
      if (!('offset' in at)) throw new Error('overlap');
      for (const t of lines.filter((l) => l.partial === 'tally')) merged.mergeTally(t.table, t.key, t, at.offset);
    }
    expect(merged.result()).toEqual(whole.result());
    merged.add(rec('e', 1, '学习'));
    whole.add(rec('e', 1, '学习'));
    expect(merged.result()).toEqual(whole.result());
  });
});

describe('partial state guard', () => {
  it('refuses to write a reducer whose state has a field the partial format does not carry', () => {
    const r = new SummaryReducer();
    (r as unknown as Record<string, unknown>).perNoun = new Map();
    expect(() => [...partialLines(r)]).toThrow(/SummaryReducer\.perNoun is not written to partial summaries/);
  });
});

describe.skipIf(!HAS_SHARED)('summarize --partial (development speeches)', () => {
  it('partials of five shards, merged, give exactly the folder summary', async () => {
    const { lines, summary } = await folder(path.join(SHARED_CORPUS, 'speeches'), ['--no-keywords']);
    expect(lines.length).toBeGreaterThanOrEqual(50);
    expect(await mergedTree('shared', lines, 5)).toEqual(summary);
  }, 60_000);
});
if (!HAS_SHARED) console.warn('开发语料不存在：跳过开发语料上的部分汇总合并测试。');

// Record input (`analyze --input jsonl`): the line splitter, the record check, and the command in-process.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../src/cli.js';
import { parseRecord, sniffId, splitLines } from '../../src/analyze/records.js';
import { CORPUS, CORPUS_FILES, ROOT, corpusPath, tempDir } from '../helpers.js';

type Run = typeof run;
async function capture(argv: string[], runner: Run = run): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runner(['node', 'jianghua', ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

async function lines(chunks: Array<string | Buffer>, max?: number) {
  const got = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), max)) got.push(l);
  return got;
}

/** The corpus speeches as records, ids as the folder run names them (corpus/…), with some metadata. */
function corpusRecords(): string[] {
  return CORPUS_FILES.map((stem, i) => JSON.stringify({
    id: path.relative(ROOT, corpusPath(stem)), text: readFileSync(corpusPath(stem), 'utf8'), date: `2014-0${i + 1}-01`, source: { shelf: i },
  }));
}

describe('splitLines', () => {
  it('splits LF and CRLF lines across chunk borders, drops a BOM, keeps a last line without a line end', async () => {
    const got = await lines(['\uFEFF{"id":1', ',"text":"甲"}\r\n{"id":2}\n\n', '{"id":3}']);
    expect(got).toEqual([
      { line: 1, text: '{"id":1,"text":"甲"}' },
      { line: 2, text: '{"id":2}' },
      { line: 3, text: '' },
      { line: 4, text: '{"id":3}' },
    ]);
  });

  it('decodes a character split between two chunks', async () => {
    const bytes = Buffer.from('{"text":"讲话"}\n');
    const got = await lines([bytes.subarray(0, 11), bytes.subarray(11)]);
    expect(got).toEqual([{ line: 1, text: '{"text":"讲话"}' }]);
  });

  it('reports an over-long line by its id without keeping it, and goes on with the next line', async () => {
    const long = `{"id":"big-7","text":"${'讲'.repeat(400)}"}`;
    const got = await lines([long.slice(0, 100), long.slice(100) + '\n{"id":"ok"}\n'], 256);
    expect(got[0]).toMatchObject({ line: 1, error: expect.stringContaining('超过单条记录上限') });
    expect(sniffId((got[0] as { head: string }).head)).toBe('big-7');
    expect(got[1]).toEqual({ line: 2, text: '{"id":"ok"}' });
  });

  it('refuses a line that is not UTF-8', async () => {
    const got = await lines([Buffer.from([0x7b, 0xc4, 0xe3, 0x7d, 0x0a])]);
    expect(got[0]).toMatchObject({ line: 1, error: '不是有效的 UTF-8 文本' });
  });
});

describe('parseRecord', () => {
  it.each([
    ['{"id":"a","text":"讲话"}', null],
    ['{"id":7,"text":"讲话","title":"t"}', null],
    ['[1,2]', '不是 JSON 对象'],
    ['{"text":"讲话"}', '缺少字段“id”'],
    ['{"id":"","text":"讲话"}', '字段“id”应为非空字符串或整数'],
    ['{"id":1.5,"text":"讲话"}', '字段“id”应为非空字符串或整数'],
    ['{"id":"a"}', '缺少字段“text”'],
    ['{"id":"a","text":3}', '字段“text”应为字符串'],
    ['{"id":"a","text":" \\u3000\\n"}', '字段“text”为空'],
    ['{"id":"a","text":"讲', '不是有效的 JSON'],
  ])('%s', (raw, problem) => {
    const r = parseRecord(raw);
    if (problem === null) expect(r.ok).toBe(true);
    else expect(r.ok ? '' : r.problem).toContain(problem);
  });

  it('passes every other field through as metadata, in order', () => {
    const r = parseRecord('{"title":"在会上的讲话","id":"x","speaker":"某某","text":"讲话","extra":{"k":[1]}}');
    expect(r.ok && r.record.metadata).toEqual({ title: '在会上的讲话', speaker: '某某', extra: { k: [1] } });
    expect(r.ok && Object.keys(r.record.metadata)).toEqual(['title', 'speaker', 'extra']);
  });
});

describe('analyze --input jsonl', () => {
  it('writes one contract line per record, id first and metadata last; equal to the folder run of the same texts', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'records.jsonl');
    writeFileSync(input, corpusRecords().join('\n') + '\n');
    const r = await capture(['analyze', '--input', 'jsonl', '--no-keywords', '--jobs', '1', input]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(CORPUS_FILES.map((s) => `corpus/${s}.txt`));
    expect(Object.keys(got[0])[0]).toBe('id');
    expect(Object.keys(got[0]).at(-1)).toBe('metadata');
    expect(got[2].metadata).toEqual({ date: '2014-03-01', source: { shelf: 2 } });

    const folder = await capture(['analyze', '--format', 'jsonl', '--no-keywords', '--jobs', '1', path.relative(process.cwd(), CORPUS)]);
    const byFile = new Map(folder.out.trim().split('\n').map((l) => { const o = JSON.parse(l); return [path.basename(o.file), o]; }));
    for (const g of got) {
      const { id: _id, metadata: _m, ...analysis } = g;
      const f = byFile.get(path.basename(g.id));
      expect({ ...analysis, file: '' }).toEqual({ ...f, file: '' });
    }
  });

  it('reports bad records on stderr by line and id, analyses the rest, exits 2 at the end', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'mixed.jsonl');
    const good = corpusRecords();
    writeFileSync(input, [good[0], '{"id":"r-2","text":""}', '{"id":"r-3","text":"讲话", oops}', good[1], '{"title":"无id"}', ''].join('\n'));
    const r = await capture(['analyze', '--input', 'jsonl', '--no-keywords', '--jobs', '1', input]);
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([JSON.parse(good[0]).id, JSON.parse(good[1]).id]);
    expect(r.err).toContain(`${input}：第 2 行（id“r-2”）：字段“text”为空，已跳过。`);
    expect(r.err).toContain(`${input}：第 3 行（id“r-3”）：不是有效的 JSON`);
    expect(r.err).toContain(`${input}：第 5 行：缺少字段“id”，已跳过。`);
  });

  it('reads a folder of part files; an empty split is no error', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'part-00000.jsonl'), corpusRecords()[3] + '\n');
    writeFileSync(path.join(dir, 'part-00001.jsonl'), '');
    writeFileSync(path.join(dir, 'notes.txt'), '不是记录');
    const r = await capture(['analyze', '--input', 'jsonl', '--no-keywords', '--jobs', '1', dir]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const empty = await capture(['analyze', '--input', 'jsonl', '--no-keywords', path.join(dir, 'part-00001.jsonl')]);
    expect(empty).toEqual({ code: 0, out: '', err: '' });
  });

  it('refuses options that do not fit records', async () => {
    for (const extra of [['--format', 'json'], ['--summary'], ['--files-from', '-']]) {
      const r = await capture(['analyze', '--input', 'jsonl', ...extra, 'x.jsonl']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/--input jsonl/);
    }
  });

  it('gives the same lines through the worker pool (built code, --jobs 2)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'records.jsonl');
    writeFileSync(input, [...corpusRecords(), '{"id":"bad"}'].join('\n') + '\n');
    const built = (await import(path.join(ROOT, 'dist', 'cli.js'))) as { run: Run };
    const one = await capture(['analyze', '--input', 'jsonl', '--no-keywords', '--jobs', '1', input]);
    const two = await capture(['analyze', '--input', 'jsonl', '--no-keywords', '--jobs', '2', input], built.run);
    expect(two.code).toBe(2);
    expect(two.err).toBe(one.err);
    expect(two.out.trim().split('\n').sort()).toEqual(one.out.trim().split('\n').sort());
  });
});

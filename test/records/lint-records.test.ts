// `lint --input jsonl`: one ESLint-shaped line per record, the same findings as linting the file itself.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { CORPUS_FILES, corpusPath, tempDir } from '../helpers.js';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const dir = tempDir();
const records = (extra: (i: number) => object = () => ({})) => CORPUS_FILES.map((stem, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(corpusPath(stem), 'utf8'), ...extra(i) }));

describe('lint --input jsonl', () => {
  it('gives each record the messages and counts that linting its file gives, id first, metadata last', async () => {
    const input = path.join(dir, 'archive.jsonl');
    writeFileSync(input, records((i) => ({ speaker: `发言人${i}` })).join('\n') + '\n');
    const r = await capture(['lint', '--input', 'jsonl', input]);
    expect(r.err).toBe('');
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(got).toHaveLength(CORPUS_FILES.length);
    const files = await capture(['lint', '--format', 'json', ...CORPUS_FILES.map(corpusPath)]);
    const expected = JSON.parse(files.out) as Array<Record<string, unknown>>;
    got.forEach((g, i) => {
      expect(Object.keys(g)).toEqual(['id', 'filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'notes', 'metadata']);
      expect(g.filePath).toBe(`doc-${i}`);
      expect(g.metadata).toEqual({ speaker: `发言人${i}` });
      expect(g.messages).toEqual(expected[i].messages);
      expect(g.errorCount).toBe(expected[i].errorCount);
    });
    expect(r.code).toBe(files.code);
  });

  it('takes a record\'s stated type (id or Chinese name) as --type', async () => {
    const input = path.join(dir, 'typed.jsonl');
    // Corpus 001 is a mobilization speech: checked as a progress speech it lacks that type's sections.
    writeFileSync(input, [records((i) => (i === 1 ? { type: '推进' } : {}))[1], records((i) => (i === 1 ? { type: 'progress' } : {}))[1]].join('\n'));
    const r = await capture(['lint', '--input', 'jsonl', input]);
    const byOption = await capture(['lint', '--format', 'json', '--type', 'progress', corpusPath(CORPUS_FILES[1])]);
    const expected = JSON.parse(byOption.out)[0].messages;
    expect(expected.some((m: { ruleId: string }) => m.ruleId === 'required-sections')).toBe(true);
    for (const line of r.out.trim().split('\n')) expect(JSON.parse(line).messages).toEqual(expected);
  });

  it('reports a bad record by line and id, checks the rest, exits 2; refuses --fix and other formats', async () => {
    const input = path.join(dir, 'bad.jsonl');
    writeFileSync(input, [records()[0], '{"id":"x-9","text":null}', records()[2]].join('\n'));
    const r = await capture(['lint', '--input', 'jsonl', input]);
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['doc-0', 'doc-2']);
    expect(r.err).toContain(`${input}：第 2 行（id“x-9”）：字段“text”应为字符串，已跳过。`);
    for (const extra of [['--fix'], ['--format', 'sarif']]) {
      const u = await capture(['lint', '--input', 'jsonl', ...extra, input]);
      expect(u.code).toBe(2);
      expect(u.out).toBe('');
    }
  });
});

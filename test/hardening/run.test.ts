// Issue 9, items 5, 10, 12, 13, 15: a closed stderr pipe, ReDoS in a user's phrase list, a reader that goes away,
// more jobs than cores, standard input among other files.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, cli, CORPUS_FILES, corpusPath, ROOT, tempDir } from '../helpers.js';
import { run } from '../../src/cli.js';
import os from 'node:os';

describe('closed pipes', () => {
  it('a closed stderr (lint dir 2>&1 | head -1) ends the run normally, exit 2, no crash', async () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `e${String(i).padStart(3, '0')}.txt`), '');
    const child = spawn(process.execPath, [BIN, 'lint', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    // Like `2>&1 | head -1`: read one line, then close both pipes.
    child.stderr.once('data', () => { child.stderr.destroy(); child.stdout.destroy(); });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal).toBeNull();
    expect(code).toBe(2);
  });

  it('analyze stops when nobody reads its output any more', async () => {
    const dir = tempDir();
    for (let i = 0; i < 20; i++) copyFileSync(corpusPath(CORPUS_FILES[i % 5]), path.join(dir, `s${String(i).padStart(2, '0')}.txt`));
    writeFileSync(path.join(dir, 'zz-last.txt'), '');
    let stdout = '';
    let stderr = '';
    let writes = 0;
    // The reader goes away after the first record (EPIPE in a real pipe): closed() turns true.
    const code = await run(['node', 'jianghua', 'analyze', '--no-keywords', '--format', 'jsonl', '--jobs', '1', dir], {
      out: (s) => { stdout += s; writes++; }, err: (s) => { stderr += s; }, closed: () => writes > 0,
    });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    // Had it gone on, the empty last file would have been reported.
    expect(stderr).not.toContain('zz-last.txt');
  });
});

describe('ReDoS in a phrase list found upwards from the draft', () => {
  it('a catastrophic pattern runs in linear time (RE2) and still matches', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'evil.yaml'), "extends: existence\nreason: 测试\ntokens: ['([^。]+)+☃', '(一岗)+双责']\n");
    writeFileSync(path.join(dir, '.jianghuarc.yaml'), 'phraseFiles: [evil.yaml]\n');
    // With a backtracking engine, one such line takes longer than the test timeout.
    writeFileSync(path.join(dir, 'draft.txt'), `同志们：\n${'落实'.repeat(3000)}，落实一岗双责\n`);
    const r = await cli(['lint', '--format', 'json', path.join(dir, 'draft.txt')]);
    expect(r.code, r.stderr).toBeLessThan(2);
    const msgs = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; column: number }>;
    expect(msgs.filter((m) => m.ruleId === 'phrase-existence').map((m) => m.line)).toEqual([2]);
  });

  it('a pattern RE2 cannot run is an error naming the file and the entry', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), "extends: existence\ntokens: ['三严三实', '(?<!不)落实']\n");
    writeFileSync(path.join(dir, 'draft.txt'), '同志们：\n落实。\n');
    const r = await cli(['lint', '--rules-dir', dir, path.join(dir, 'draft.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.yaml')}：tokens 第 2 项的正则表达式“(?<!不)落实”无效`);
    expect(r.stderr).toContain('RE2');
  });
});

describe('analyze', () => {
  it('--jobs beyond the cores is capped, and says so', async () => {
    const cores = os.availableParallelism();
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--jobs', String(cores + 30), corpusPath(CORPUS_FILES[0]), corpusPath(CORPUS_FILES[1])]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`--jobs ${cores + 30} 超过本机的 CPU 核数 ${cores}，改用 ${cores} 个线程`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('reads standard input given as “-” among other files', async () => {
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '-', corpusPath(CORPUS_FILES[1])], { input: '同志们：\n一、提高认识\n二、狠抓落实\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.file).sort()).toEqual([corpusPath(CORPUS_FILES[1]), '<标准输入>'].sort());
    expect(recs.find((x) => x.file === '<标准输入>').headings).toHaveLength(2);
  });
});

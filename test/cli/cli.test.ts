// The CLI in-process through run(argv, io) — help, version, usage errors, segment, bad input. The spawned smoke
// tests of the built binary are in test/cli/smoke.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { cli, corpusPath, ROOT, runCli, tempDir } from '../helpers.js';

describe('jianghua', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('segment');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const segHelp = await cli(['segment', '--help']);
    expect(segHelp.code).toBe(0);
    expect(segHelp.stdout).toContain('示例');
  });

  it('treats unknown commands and options as usage errors with a hint, exit 2', async () => {
    const cmd = await cli(['segmnet']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('未知命令 segmnet');
    expect(cmd.stderr).toContain('segment');
    expect(cmd.stderr).not.toMatch(/at .*\.js:\d+/);
    const opt = await cli(['segment', '--formt', 'json']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('未知选项 --formt');
    expect(opt.stderr).toContain('--format');
    const choice = await cli(['segment', '--format', 'xml', corpusPath('000_f492c4ac2e5bcd36')]);
    expect(choice.code).toBe(2);
  });
});

describe('jianghua segment', () => {
  it('keeps formulations whole in corpus 004, one output line per input line', async () => {
    const r = await cli(['segment', corpusPath('004_2a5315d4f9a02ca3')]);
    expect(r.code).toBe(0);
    const input = readFileSync(corpusPath('004_2a5315d4f9a02ca3'), 'utf8').split('\n');
    const out = r.stdout.replace(/\n$/, '').split('\n');
    expect(out.length).toBe(input.length);
    const tokens = new Set(r.stdout.split(/\s+/));
    for (const w of ['三严三实', '照镜子', '正衣冠', '洗洗澡', '治治病', '为民务实清廉', '一岗双责', '三会一课']) expect(tokens).toContain(w);
  });

  it('segments a GBK file the same as its UTF-8 twin', async () => {
    const dir = tempDir();
    const gbk = path.join(dir, 'gbk.txt');
    writeFileSync(gbk, iconv.encode(readFileSync(corpusPath('003_b31c1b9491c38b37'), 'utf8'), 'gbk'));
    const a = await cli(['segment', gbk]);
    const b = await cli(['segment', corpusPath('003_b31c1b9491c38b37')]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reads standard input, tags and prints JSON with offsets', async () => {
    const r = await cli(['segment', '--format', 'json', '--tag'], { input: '践行三严三实，落实一岗双责。\n' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const t = json.lines[0].tokens.find((x: { word: string }) => x.word === '一岗双责');
    expect(t).toMatchObject({ start: 10, end: 14 });
    expect(t.tag).toBeTruthy();
  });

  it('adds user words from --dict and from .jianghuarc.yaml', async () => {
    const dir = tempDir();
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    // One word from the config's dictionary (found upwards, its path resolved against the config's folder), another
    // from --dict (resolved against the working folder): each can only come out whole through its own way in.
    writeFileSync(path.join(dir, 'words.txt'), '大讨论大反思大提升 100 n\n');
    writeFileSync(path.join(dir, '.jianghuarc.yaml'), 'dict: [words.txt]\n');
    writeFileSync(path.join(sub, 'extra.txt'), '比学赶超争一流 100 n\n');
    const text = '开展干部作风建设大讨论大反思大提升活动，推动比学赶超争一流蔚然成风';
    const plain = await cli(['segment'], { input: text, cwd: ROOT });
    expect(plain.stdout.split(/\s+/)).not.toContain('大讨论大反思大提升');
    expect(plain.stdout.split(/\s+/)).not.toContain('比学赶超争一流');
    // nodejieba keeps the first dictionary it loads for the life of a process (cppjieba cannot unload): a run with
    // user dictionaries needs a process of its own, and one run checks both (the command adds --dict to the config's).
    const withBoth = runCli(['segment', '--dict', 'extra.txt'], { input: text, cwd: sub });
    expect(withBoth.code, withBoth.stderr).toBe(0);
    expect(withBoth.stdout.split(/\s+/)).toContain('大讨论大反思大提升');
    expect(withBoth.stdout.split(/\s+/)).toContain('比学赶超争一流');
    const missing = await cli(['segment', '--dict', 'nope.txt'], { input: text, cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt');
  });

  it('gives each bad input its Chinese message and exit code 2, going on with good files', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    writeFileSync(path.join(dir, 'ok.txt'), '同志们：今天召开动员大会。');
    const r = await cli(['segment', dir, path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty.txt：文件为空');
    expect(r.stderr).toContain('bin.txt：这是二进制文件');
    expect(r.stderr).toContain('missing.txt：文件或文件夹不存在');
    expect(r.stdout).toContain('动员大会');
    const empty = await cli(['segment'], { input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('标准输入');
  });
});

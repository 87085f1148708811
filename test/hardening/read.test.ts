// Issue 9, items 6–9 and 16: inputs that would hang or exhaust memory are refused with a message naming them —
// FIFOs and devices everywhere a file is read whole (speech, --dict, --rules-dir, phraseFiles, --config), stdin
// and files beyond the input cap, .docx zip bombs, endless lines in --files-from and summarize; symlinks in folders
// are followed, loops walked once, broken links reported.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { cli, CORPUS_FILES, corpusPath, tempDir } from '../helpers.js';
import { MAX_INPUT_BYTES, readRegularFile } from '../../src/text/read.js';

const SPEECH = '同志们：\n今天召开动员大会，部署专项行动。\n';

function mkfifo(p: string): boolean {
  try { execFileSync('mkfifo', [p]); return true; } catch { console.warn('mkfifo 不可用：跳过 FIFO 用例'); return false; }
}

/** A minimal zip (stored names, deflated data) — enough for a .docx reader to look at. */
function zip(entries: Array<{ name: string; data: Buffer; declared?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('FIFOs and devices are refused, not read', () => {
  it('as a speech for analyze, lint, segment and draft --facts', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'speech.txt');
    if (!mkfifo(fifo)) return;
    for (const args of [['analyze', '--no-keywords', fifo], ['analyze', '--no-keywords', '/dev/zero'], ['lint', fifo], ['lint', '/dev/zero'],
      ['segment', fifo], ['draft', '--facts', fifo], ['draft', '--facts', '/dev/zero']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/不是普通文件/);
    }
  });

  it('as --dict, --rules-dir entries, config phraseFiles, --roster and --config', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), SPEECH);
    const fifo = path.join(dir, 'words.txt');
    if (!mkfifo(fifo)) return;
    mkdirSync(path.join(dir, 'rules'));
    execFileSync('mkfifo', [path.join(dir, 'rules', 'pipe.yaml')]);
    const dict = await cli(['analyze', '--dict', fifo, path.join(dir, 'a.txt')]);
    expect(dict.code).toBe(2);
    expect(dict.stderr).toContain('words.txt：这是命名管道');
    const zero = await cli(['analyze', '--dict', '/dev/zero', path.join(dir, 'a.txt')]);
    expect(zero.stderr).toContain('/dev/zero：这是设备文件');
    const rules = await cli(['lint', '--rules-dir', path.join(dir, 'rules'), path.join(dir, 'a.txt')]);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('pipe.yaml：这是命名管道');
    writeFileSync(path.join(dir, '.jianghuarc.yaml'), 'phraseFiles: [/dev/zero]\n');
    const phrases = await cli(['lint', path.join(dir, 'a.txt')]);
    expect(phrases.code).toBe(2);
    expect(phrases.stderr).toContain('/dev/zero：这是设备文件');
    const roster = await cli(['lint', '--roster', '/dev/zero', path.join(dir, 'a.txt')]);
    expect(roster.code).toBe(2);
    expect(roster.stderr).toContain('/dev/zero：这是设备文件');
    const config = await cli(['lint', '--config', '/dev/zero', path.join(dir, 'a.txt')]);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('/dev/zero');
  });
});

describe('sizes are bounded', () => {
  it('endless standard input stops at the cap with a message', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const endless = new Readable({ read() { sent++; this.push(chunk); } });
    const r = await cli(['lint'], { input: endless });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/标准输入太大.*上限是 64 MB/);
    expect(sent * chunk.length).toBeLessThan(MAX_INPUT_BYTES + 4 * chunk.length);
  });

  it('a file over the cap is refused by its size', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.txt');
    execFileSync('truncate', ['-s', String(MAX_INPUT_BYTES + 1), big]);
    await expect(readRegularFile(big)).rejects.toThrow(/big\.txt：文件太大（64 MB）/);
    const r = await cli(['analyze', '--no-keywords', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件太大');
  });

  it('a .docx zip bomb is refused before it is inflated whole, in lint and analyze', async () => {
    const dir = tempDir();
    const bomb = path.join(dir, 'bomb.docx');
    // 40 MB of XML that compresses to ~40 KB, and a zip that claims it is small.
    const xml = Buffer.alloc(40 * 1024 * 1024, 0x20);
    writeFileSync(bomb, zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: xml, declared: 1000 }]));
    for (const args of [['lint', bomb], ['analyze', '--no-keywords', bomb]]) {
      const r = await cli(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toContain('bomb.docx：Word 文件解压后的内容超过 32 MB');
    }
  });

  it('a text file named .docx, and a broken zip, get Chinese messages', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.docx'), SPEECH);
    const r = await cli(['lint', path.join(dir, 'notes.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.docx：扩展名是 .docx，但内容是纯文本');
    writeFileSync(path.join(dir, 'cut.docx'), Buffer.from('PK\x03\x04 this zip was cut short'));
    const cut = await cli(['lint', path.join(dir, 'cut.docx')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('cut.docx：Word 文件已损坏');
  });

  it('an endless line in --files-from and in summarize ends with a message naming the line', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'paths.txt');
    writeFileSync(list, corpusPath(CORPUS_FILES[0]) + '\n' + 'x'.repeat(200 * 1024) + '\n');
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--files-from', list]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('paths.txt：第 2 行太长');
    const zero = await cli(['analyze', '--no-keywords', '--files-from', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('/dev/zero：第 1 行太长');
    const shard = path.join(dir, 'shard.jsonl');
    writeFileSync(shard, Buffer.alloc(MAX_INPUT_BYTES + 1024, 0x20));
    const s = await cli(['summarize', shard]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/shard\.jsonl：第 1 行.*超过/);
    expect(s.stderr).not.toMatch(/RangeError|Invalid string length/);
  });
});

describe('symlinks inside folders', () => {
  it('are followed to files and folders; a loop is walked once; a broken link is reported', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    copyFileSync(corpusPath(CORPUS_FILES[0]), path.join(elsewhere, 'linked.txt'));
    mkdirSync(path.join(elsewhere, 'more'));
    copyFileSync(corpusPath(CORPUS_FILES[1]), path.join(elsewhere, 'more', 'deep.txt'));
    mkdirSync(path.join(dir, 'speeches'));
    copyFileSync(corpusPath(CORPUS_FILES[2]), path.join(dir, 'speeches', 'own.txt'));
    symlinkSync(path.join(elsewhere, 'linked.txt'), path.join(dir, 'speeches', 'a-link.txt'));
    symlinkSync(path.join(elsewhere, 'more'), path.join(dir, 'speeches', 'b-dir'));
    symlinkSync('..', path.join(dir, 'speeches', 'c-loop'));
    symlinkSync('nowhere.txt', path.join(dir, 'speeches', 'd-broken.txt'));
    const r = await cli(['analyze', '--no-keywords', '--format', 'jsonl', '--jobs', '1', path.join(dir, 'speeches')]);
    expect(r.code).toBe(2);
    const files = r.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).file)).sort();
    expect(files).toEqual(['a-link.txt', 'deep.txt', 'own.txt']);
    expect(r.stderr).toContain('d-broken.txt：符号链接指向的文件不存在');
  });

  it('an empty folder named like a file is named in the message', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'foo.txt'));
    for (const cmd of [['lint'], ['analyze', '--no-keywords'], ['segment']]) {
      const r = await cli([...cmd, path.join(dir, 'foo.txt')]);
      expect(r.code, cmd[0]).toBe(2);
      expect(r.stderr, cmd[0]).toContain('foo.txt：这是一个文件夹，其中没有');
    }
  });
});

// The reading layer on real text: encodings, line ends, and every bad-input case.
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readDocument, collectFiles } from '../../src/text/read.js';
import { decodeBytes } from '../../src/text/decode.js';
import { corpusPath, tempDir } from '../helpers.js';

const speech = readFileSync(corpusPath('004_2a5315d4f9a02ca3'), 'utf8');

describe('readDocument', () => {
  it('reads a GBK file exactly like its UTF-8 twin', async () => {
    const dir = tempDir();
    const gbk = path.join(dir, 'gbk.txt');
    writeFileSync(gbk, iconv.encode(speech, 'gbk'));
    const doc = await readDocument(gbk);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(speech);
  });

  it('strips a UTF-8 BOM and normalises CRLF', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'bom.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(speech.replace(/\n/g, '\r\n'))]));
    const doc = await readDocument(f);
    expect(doc.encoding).toBe('utf-8-bom');
    expect(doc.eol).toBe('crlf');
    expect(doc.text).toBe(speech);
    expect(doc.lines[3]).toBe('同志们:');
  });

  it('reads CR-only line ends', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'cr.txt');
    writeFileSync(f, '同志们：\r一、充分认识意义\r二、明确任务\r');
    expect((await readDocument(f)).lines.slice(0, 3)).toEqual(['同志们：', '一、充分认识意义', '二、明确任务']);
  });

  it('rejects bad input with a Chinese message naming the file', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = path.join(dir, 'blank.txt');
    writeFileSync(blank, '\n\u3000\u3000 \n');
    const bin = path.join(dir, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const zeros = path.join(dir, 'zeros.txt');
    writeFileSync(zeros, Buffer.alloc(64));
    await expect(readDocument(path.join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt：文件或文件夹不存在/);
    await expect(readDocument(dir)).rejects.toThrow(/这是一个文件夹/);
    await expect(readDocument(empty)).rejects.toThrow(/empty\.txt：文件为空/);
    await expect(readDocument(blank)).rejects.toThrow(/blank\.txt：文件内容为空/);
    await expect(readDocument(bin)).rejects.toThrow(/image\.txt：这是二进制文件（PNG 图片）/);
    await expect(readDocument(zeros)).rejects.toThrow(/zeros\.txt：这是二进制文件/);
  });

  it('rejects an unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the EACCES mapping is covered below
    const dir = tempDir();
    const f = path.join(dir, 'secret.txt');
    writeFileSync(f, '同志们：');
    chmodSync(f, 0o000);
    await expect(readDocument(f)).rejects.toThrow(/secret\.txt：没有读取权限/);
  });

  it('never returns mojibake for bytes that are neither UTF-8 nor GBK', () => {
    // Latin-1 text with accented letters: invalid UTF-8, and GB18030 would decode it to rare characters.
    const latin1 = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la cr\xe8me br\xfbl\xe9e', 'latin1');
    expect(() => decodeBytes(latin1, 'x.txt')).toThrow(/x\.txt：无法识别文件编码/);
  });
});

describe('collectFiles', () => {
  it('walks folders recursively, keeps .txt and .md, sorted, and reports missing paths', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    copyFileSync(corpusPath('000_f492c4ac2e5bcd36'), path.join(dir, 'b', 'c', 'z.txt'));
    writeFileSync(path.join(dir, 'a.md'), '# 讲话');
    writeFileSync(path.join(dir, 'b', 'notes.pdf'), '%PDF');
    writeFileSync(path.join(dir, '.hidden.txt'), 'x');
    const got = [];
    for await (const item of collectFiles([dir, path.join(dir, 'nope')])) got.push(item);
    expect(got.map((g) => path.relative(dir, g.file))).toEqual(['a.md', path.join('b', 'c', 'z.txt'), 'nope']);
    expect(got[2].error?.message).toMatch(/不存在/);
  });
});

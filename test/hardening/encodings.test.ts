// Issue 9, items 14 and 19 (encodings): Korean and Japanese files are named, not printed as GBK mojibake; UTF-16
// without a BOM is read (with ASCII by its NUL bytes, without any by the code units of Chinese), not called binary;
// one bad byte in a UTF-8 file is located by line and column.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/text/decode.js';
import { CORPUS_FILES, corpusPath } from '../helpers.js';

const KOREAN = '동지 여러분, 오늘 우리는 올해의 업무를 총결산하고 내년의 임무를 배치하기 위하여 이 회의를 개최합니다.\n';
const JAPANESE = '皆さん、本日はこの会議に参加していただき、ありがとうございます。今年の仕事を振り返り、来年の任務を話し合います。\n';

describe('decodeBytes', () => {
  it('names EUC-KR and Shift_JIS instead of reading them as GBK', () => {
    expect(() => decodeBytes(iconv.encode(KOREAN.repeat(3), 'euc-kr'), 'kr.txt')).toThrow(/kr\.txt：看起来是韩文（EUC-KR 编码）/);
    expect(() => decodeBytes(iconv.encode(JAPANESE.repeat(3), 'shift_jis'), 'jp.txt')).toThrow(/jp\.txt：看起来是日文（Shift_JIS 编码）/);
  });

  it('still reads every corpus speech, and a short phrase, in GBK', () => {
    for (const f of CORPUS_FILES) {
      const gbk = iconv.encode(readFileSync(corpusPath(f), 'utf8'), 'gbk');
      expect(decodeBytes(gbk, f).text, f).toBe(iconv.decode(gbk, 'gbk'));
    }
    expect(decodeBytes(iconv.encode('践行三严三实，落实一岗双责。\n', 'gbk'), 'short.txt')).toMatchObject({ encoding: 'gb18030' });
  });

  it('reads UTF-16 without a byte order mark, both byte orders', () => {
    const text = readFileSync(corpusPath(CORPUS_FILES[3]), 'utf8');
    expect(decodeBytes(Buffer.from(text, 'utf16le'), 'le.txt')).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(be, 'be.txt')).toEqual({ text, encoding: 'utf-16be' });
    // Real binary data with NUL bytes at both parities stays binary.
    expect(() => decodeBytes(Buffer.from([0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44, 1, 2]), 'b.bin')).toThrow(/二进制文件/);
  });

  it('reads UTF-16 without a byte order mark and without any ASCII (no NUL byte to go by), both byte orders', () => {
    // A speech as one line of Chinese characters and full-width punctuation: every ASCII character, line breaks
    // included, taken out.
    const text = readFileSync(corpusPath(CORPUS_FILES[4]), 'utf8').replace(/[\x00-\x7f]/g, '');
    expect(text.length).toBeGreaterThan(5000);
    const le = Buffer.from(text, 'utf16le');
    // Its only NUL bytes are the low bytes of 一 (U+4E00), all at one parity, as ASCII's high bytes would be.
    expect(le.filter((b, i) => b === 0 && i % 2 === 1)).toHaveLength(0);
    expect(decodeBytes(le, 'le.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from(le).swap16(), 'be.txt')).toEqual({ text, encoding: 'utf-16be' });
    // Short too: one sentence.
    const short = '同志们：今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。';
    expect(decodeBytes(Buffer.from(short, 'utf16le'), 'short.txt')).toEqual({ text: short, encoding: 'utf-16le' });
    // 一 (U+4E00) has a NUL low byte: in big-endian order it sits where little-endian ASCII would put its NUL.
    const yi = '一是加强领导，二是压实责任。';
    expect(decodeBytes(Buffer.from(yi, 'utf16le').swap16(), 'yi-be.txt')).toEqual({ text: yi, encoding: 'utf-16be' });
    expect(decodeBytes(Buffer.from(yi, 'utf16le'), 'yi-le.txt')).toEqual({ text: yi, encoding: 'utf-16le' });
    // The same text in GBK is still GBK, and in UTF-8 still UTF-8.
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'gbk.txt').encoding).toBe('gb18030');
    expect(decodeBytes(Buffer.from(text), 'utf8.txt').encoding).toBe('utf-8');
    // Random bytes whose every second byte happens to look like an ideograph's are not taken for text.
    const noise = Buffer.alloc(4000);
    for (let i = 0; i < noise.length; i++) noise[i] = i % 2 ? 0x4e + ((i * 7919) % 0x52) : (i * 104729) % 256;
    expect(() => decodeBytes(noise, 'noise.bin')).toThrow(/noise\.bin：/);
  });

  it('locates one bad byte in a UTF-8 file by line and column', () => {
    const good = Buffer.from('同志们：\n今天召开会议。\n一是提高认识，二是加强领导。\n');
    const at = Buffer.byteLength('同志们：\n今天召开会议。\n一是提高');
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    expect(() => decodeBytes(bad, 'one.txt')).toThrow(`one.txt：按 UTF-8 读取时，第 3 行第 5 列（第 ${at + 1} 字节）有无效字节 0xFF`);
  });
});

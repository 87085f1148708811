// Turn file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
// Never returns mojibake: if no encoding decodes cleanly, the caller gets an InputError naming the file.
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.05;
}

const MAGIC: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP/Office 压缩包'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Word/Excel（.doc/.xls）'],
];

/** Name the binary format of a buffer when its magic number is known. */
export function binaryKind(buf: Uint8Array): string | undefined {
  for (const [magic, name] of MAGIC) {
    if (magic.every((b, i) => buf[i] === b)) return name;
  }
  return undefined;
}

export function decodeBytes(buf: Uint8Array, file: string): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strict('utf-8', buf.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: strict('utf-16le', buf.subarray(2), file), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: strict('utf-16be', buf.subarray(2), file), encoding: 'utf-16be' };
  }
  const kind = binaryKind(buf);
  if (kind || looksBinary(buf)) {
    throw new InputError(file, `这是二进制文件${kind ? `（${kind}）` : ''}，不是文本文件，无法读取。`);
  }
  const utf8 = tryDecode('utf-8', buf);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', buf);
  if (gb !== undefined && plausibleChinese(gb)) return { text: gb, encoding: 'gb18030' };
  throw new InputError(file, '无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），请转换为 UTF-8 后再试。');
}

function tryDecode(encoding: string, buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

function strict(encoding: string, buf: Uint8Array, file: string): string {
  const text = tryDecode(encoding, buf);
  if (text === undefined) throw new InputError(file, `文件声明为 ${encoding.toUpperCase()} 编码，但内容有无效字节。`);
  return text;
}

/**
 * GB18030 decodes almost any byte string, so a clean decode proves little. Accept it only when most
 * non-ASCII characters are common CJK characters or punctuation — that is what a GBK speech looks like.
 */
function plausibleChinese(text: string): boolean {
  let nonAscii = 0;
  let good = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
        (c >= 0x2010 && c <= 0x2027) || c === 0x00b7 || c === 0x2116 || c === 0x00d7) good++;
  }
  return nonAscii === 0 || good / nonAscii > 0.9;
}

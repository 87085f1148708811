// Turn file bytes into text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030/GBK.
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
  const utf8 = kind ? undefined : tryDecode('utf-8', buf);
  if (!kind) {
    // Chinese first, by its code units: NUL bytes alone mislead where there is no ASCII (一 is U+4E00).
    const utf16 = (utf8 === undefined ? utf16CjkWithoutBom(buf) : undefined) ?? utf16WithoutBom(buf);
    if (utf16) return utf16;
  }
  if (kind || looksBinary(buf)) {
    throw new InputError(file, `这是二进制文件${kind ? `（${kind}）` : ''}，不是文本文件，无法读取。`);
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', buf);
  const other = otherCjkEncoding(buf);
  // GB18030 decodes almost anything; Korean and Japanese bytes decode to real but unlikely Chinese characters.
  if (gb !== undefined && plausibleChinese(gb) && (!other || commonShare(gb) >= 0.2)) return { text: gb, encoding: 'gb18030' };
  if (other) throw new InputError(file, `看起来是${other}，不是中文；本工具只读中文讲话（UTF-8、UTF-16 或 GBK/GB18030）。`);
  const bad = firstBadUtf8(buf);
  // Only text that is UTF-8 apart from a few bad bytes gets their position; Latin-1 and the like get the general message.
  if (bad && bad.valid > 0 && bad.count <= Math.max(3, bad.valid / 20)) {
    const prefix = new TextDecoder('utf-8').decode(buf.subarray(0, bad.offset));
    const line = prefix.split('\n').length;
    const column = [...prefix.slice(prefix.lastIndexOf('\n') + 1)].length + 1;
    const byte = buf[bad.offset].toString(16).toUpperCase().padStart(2, '0');
    throw new InputError(file, `按 UTF-8 读取时，第 ${line} 行第 ${column} 列（第 ${bad.offset + 1} 字节）有无效字节 0x${byte}${bad.count > 1 ? `，全文共 ${bad.count} 处` : ''}；请修正或转换为 UTF-8 后再试（也不是 GBK/GB18030）。`);
  }
  throw new InputError(file, '无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），请转换为 UTF-8 后再试。');
}

/**
 * UTF-16 without a byte order mark: NUL bytes mostly at one parity (the high byte of ASCII characters) and a
 * clean decode into text without control characters, which a binary file (runs of NUL bytes) never gives.
 */
function utf16WithoutBom(buf: Uint8Array): Decoded | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) { if (i % 2 === 0) even++; else odd++; }
  // Little-endian ASCII puts its NUL bytes at odd offsets; a few at the other parity are characters like 一 (U+4E00).
  if (even + odd === 0 || Math.min(even, odd) * 2 > Math.max(even, odd)) return undefined;
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  const text = tryDecode(encoding, buf);
  if (text === undefined || !plausibleText(text)) return undefined;
  return { text, encoding };
}

/** High bytes of the code units of Chinese text: ASCII, CJK ideographs (U+4E00–U+9FFF), CJK and general punctuation, full width. */
function cjkHighByte(b: number): boolean {
  return b === 0 || (b >= 0x4e && b <= 0x9f) || b === 0x30 || b === 0x20 || b === 0xff;
}

/**
 * UTF-16 without a byte order mark, Chinese: told by its code units, whose high bytes — every second byte — are
 * almost all those of ASCII, ideographs and CJK punctuation. This works without a single ASCII character, where
 * utf16WithoutBom has no NUL bytes to count (or only the low bytes of 一, U+4E00, at the wrong parity). Tried only
 * when the bytes are not UTF-8; the decoded text must read as Chinese (plausibleChinese, common characters) and
 * better than the same bytes read as GB18030.
 */
function utf16CjkWithoutBom(buf: Uint8Array): Decoded | undefined {
  if (buf.length < 16 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, 65536);
  const high = [0, 0];
  for (let i = 0; i < n; i++) if (cjkHighByte(buf[i])) high[i % 2]++;
  const units = n / 2;
  const le = high[1] >= units * 0.95;
  if (!le && high[0] < units * 0.95) return undefined;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  const text = tryDecode(encoding, buf);
  if (text === undefined || !plausibleText(text) || !plausibleChinese(text)) return undefined;
  const share = commonShare(text);
  const gb = tryDecode('gb18030', buf);
  if (share < 0.3 || (gb !== undefined && plausibleChinese(gb) && commonShare(gb) >= share)) return undefined;
  return { text, encoding };
}

/** Printable text: no control characters other than tab and line ends, no private-use or unassigned junk. */
function plausibleText(text: string): boolean {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    total++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) bad++;
  }
  return total > 0 && bad === 0;
}

/** Korean (EUC-KR) or Japanese (Shift_JIS) text, named for the message; undefined when neither. */
function otherCjkEncoding(buf: Uint8Array): string | undefined {
  const kr = tryDecode('euc-kr', buf);
  if (kr !== undefined) {
    const { share, count } = shareOf(kr, (c) => c >= 0xac00 && c <= 0xd7a3);
    if (count >= 8 && share > 0.8) return '韩文（EUC-KR 编码）';
  }
  const jp = tryDecode('shift_jis', buf);
  if (jp !== undefined) {
    const { share, count } = shareOf(jp, (c) => c >= 0x3041 && c <= 0x30ff);
    if (count >= 8 && share > 0.2) return '日文（Shift_JIS 编码）';
  }
  return undefined;
}

function shareOf(text: string, pred: (c: number) => boolean): { share: number; count: number } {
  let nonAscii = 0;
  let count = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) continue;
    nonAscii++;
    if (pred(c)) count++;
  }
  return { share: nonAscii === 0 ? 0 : count / nonAscii, count };
}

/** The 300 most frequent characters of modern Chinese prose: about half of any speech, a few % of Korean read as GBK. */
const COMMON = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞');

function commonShare(text: string): number {
  return shareOf(text, (c) => COMMON.has(String.fromCodePoint(c))).share;
}

/** The first byte where UTF-8 decoding fails, how many such places there are and how many valid multi-byte characters. */
function firstBadUtf8(buf: Uint8Array): { offset: number; count: number; valid: number } | undefined {
  let first = -1;
  let count = 0;
  let valid = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < buf.length;
    for (let k = 1; ok && k <= need; k++) if ((buf[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok && need === 2) {
      const cp = ((b & 0x0f) << 12) | ((buf[i + 1] & 0x3f) << 6) | (buf[i + 2] & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) ok = false;
    }
    if (ok && need === 3) {
      const cp = ((b & 0x07) << 18) | ((buf[i + 1] & 0x3f) << 12) | ((buf[i + 2] & 0x3f) << 6) | (buf[i + 3] & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) ok = false;
    }
    if (ok) { if (need > 0) valid++; i += need + 1; continue; }
    if (first < 0) first = i;
    count++;
    i++;
  }
  return first < 0 ? undefined : { offset: first, count, valid };
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

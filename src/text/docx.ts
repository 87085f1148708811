// .docx input: one paragraph per line (line = the paragraph's index among the non-empty paragraphs), so headings and
// positions survive. The zip is checked first: a .docx that is not a zip gets a plain message, and the XML parts are
// inflated here within a budget, so a zip bomb (a few hundred KB that inflate to gigabytes) is refused instead of
// exhausting the memory.
// The text is read from word/document.xml itself (jszip), not through mammoth: Word's automatic numbering (w:numPr on
// the paragraph or its style, the definitions in numbering.xml) is not text, and mammoth drops it — a draft whose
// headings are numbered by Word's list feature then had no `一、` at all. Computing the numbers needs each paragraph's
// numbering reference, style and level in document order, which mammoth's model does not expose; the prefixes are
// rendered here (docx-numbering.ts) and put before the paragraph's text, as Word shows them.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { binaryKind, looksBinary } from './decode.js';
import { readDocxParagraphs } from './docx-numbering.js';

/** Total uncompressed size of the XML parts of one .docx; a book-length document needs a few MB. */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function notDocx(buf: Buffer, file: string): InputError {
  const kind = binaryKind(buf);
  if (kind) return new InputError(file, `扩展名是 .docx，但内容是${kind}，不是 Word 文件。`);
  if (!looksBinary(buf)) return new InputError(file, '扩展名是 .docx，但内容是纯文本，不是 Word 文件；请把扩展名改为 .txt。');
  return new InputError(file, '扩展名是 .docx，但内容不是 Word 文件（不是 zip 压缩包）。');
}

/** Inflate every XML part once, within the budget: the sizes the zip declares are not trusted. */
export function checkDocxZip(buf: Buffer, file: string, budget = MAX_DOCX_XML_BYTES): void {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) throw notDocx(buf, file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  const broken = () => new InputError(file, 'Word 文件已损坏（zip 目录不完整）。');
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let used = 0;
  const over = () => new InputError(file, `Word 文件解压后的内容超过 ${budget / 1024 / 1024} MB，不读取（可能是“zip 炸弹”，或文件异常庞大）。`);
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw broken();
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!/\.(xml|rels)$/i.test(name)) continue;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw broken();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + compressed));
    if (method === 0) used += data.length;
    else if (method === 8) {
      try {
        used += inflateRawSync(data, { maxOutputLength: budget - used + 1 }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw over();
        throw new InputError(file, `Word 文件已损坏（${name} 无法解压）。`);
      }
    } else throw new InputError(file, `Word 文件使用了不支持的压缩方式（${method}）。`);
    if (used > budget) throw over();
  }
}

export async function docxToText(buf: Buffer, file: string): Promise<string> {
  checkDocxZip(buf, file);
  const JSZip = (await import('jszip')).default;
  let parts: { document: string; numbering?: string; styles?: string };
  try {
    const zip = await JSZip.loadAsync(buf);
    const part = (name: string) => zip.file(name)?.async('string');
    const document = await part('word/document.xml');
    if (document === undefined) throw new InputError(file, 'Word 文件缺少正文（word/document.xml）。');
    parts = { document, numbering: await part('word/numbering.xml'), styles: await part('word/styles.xml') };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, `无法解析 Word 文件（${(e as Error).message}）。`);
  }
  const lines = readDocxParagraphs(parts)
    .flatMap((p) => p.split('\n'))
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '');
  return lines.join('\n') + '\n';
}

// .docx input through mammoth: one paragraph per line, so headings and positions survive.
import { InputError } from '../errors.js';

export async function docxToText(buf: Buffer, file: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    // mammoth separates paragraphs with a blank line; a speech is one paragraph per line.
    return value.replace(/\r\n?/g, '\n').split(/\n+/).map((l) => l.replace(/\s+$/, '')).join('\n').trim() + '\n';
  } catch (e) {
    throw new InputError(file, `无法解析 Word 文件（${(e as Error).message}）。`);
  }
}

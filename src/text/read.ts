// Reading inputs: files, folders (recursive), standard input; .txt/.md text and .docx Word files.
// Every failure is an InputError in Chinese naming the file; nothing here prints.
import { promises as fs, constants as fsc } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { createDocument, type SpeechDocument } from './document.js';

export const TEXT_EXTENSIONS = ['.txt', '.md'];
export const DOCX_EXTENSION = '.docx';
export const STDIN = '-';

export interface ReadOptions {
  /** Accept .docx files (lint). */
  docx?: boolean;
}

/** Decode bytes already in memory (used for stdin and by workers). */
export function documentFromBytes(buf: Uint8Array, file: string): SpeechDocument {
  const { text, encoding } = decodeBytes(buf, file);
  if (text.replace(/[\s\uFEFF\u3000]/g, '') === '') throw new InputError(file, '文件内容为空。');
  return createDocument(text, file, encoding);
}

async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw fsError(file, e);
  }
  if (stat.isDirectory()) throw new InputError(file, '这是一个文件夹，这里需要一个文件。');
  if (!stat.isFile()) throw new InputError(file, '不是普通文件，无法读取。');
  if (stat.size === 0) throw new InputError(file, '文件为空（0 字节）。');
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw fsError(file, e);
  }
}

export function fsError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return new InputError(file, '文件或文件夹不存在。');
    case 'EACCES': case 'EPERM': return new InputError(file, '没有读取权限。');
    case 'EISDIR': return new InputError(file, '这是一个文件夹，这里需要一个文件。');
    case 'ENOTDIR': return new InputError(file, '路径中的某一级不是文件夹。');
    default: return new InputError(file, `无法读取（${code ?? String(e)}）。`);
  }
}

/** Read one file into a document. */
export async function readDocument(file: string, opts: ReadOptions = {}): Promise<SpeechDocument> {
  if (file === STDIN) return readStdin();
  const buf = await readBytes(file);
  if (path.extname(file).toLowerCase() === DOCX_EXTENSION) {
    if (!opts.docx) throw new InputError(file, '此命令不支持 .docx 文件，请先另存为 .txt。');
    const { docxToText } = await import('./docx.js');
    const text = await docxToText(buf, file);
    if (text.trim() === '') throw new InputError(file, 'Word 文件中没有文字。');
    return createDocument(text, file, 'docx');
  }
  return documentFromBytes(buf, file);
}

export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readStdin(): Promise<SpeechDocument> {
  const buf = await readStdinBytes();
  if (buf.length === 0) throw new InputError('<标准输入>', '没有读到任何内容。');
  return documentFromBytes(buf, '<标准输入>');
}

export interface CollectOptions {
  extensions?: string[];
}

export interface CollectedPath {
  file: string;
  /** Set when the path itself was bad; the caller reports it and goes on with the rest. */
  error?: InputError;
}

/**
 * Expand the user's paths into files: folders are walked recursively (sorted, hidden entries skipped)
 * and keep only the given extensions; a file named explicitly is kept whatever its extension.
 */
export async function* collectFiles(paths: string[], opts: CollectOptions = {}): AsyncGenerator<CollectedPath> {
  const exts = opts.extensions ?? TEXT_EXTENSIONS;
  for (const p of paths) {
    if (p === STDIN) { yield { file: p }; continue; }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      yield { file: p, error: fsError(p, e) };
      continue;
    }
    if (stat.isDirectory()) yield* walk(p, exts);
    else yield { file: p };
  }
}

async function* walk(dir: string, exts: string[]): AsyncGenerator<CollectedPath> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { file: dir, error: fsError(dir, e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full, exts);
    else if (e.isFile() && exts.includes(path.extname(e.name).toLowerCase())) yield { file: full };
  }
}

/** Whether a path exists (for --force checks). */
export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p, fsc.F_OK);
    return true;
  } catch {
    return false;
  }
}

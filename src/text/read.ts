// Reading inputs: files, folders (recursive), standard input; .txt/.md text and .docx Word files.
// Every failure is an InputError in Chinese naming the file; nothing here prints.
import { promises as fs, constants as fsc, openSync, fstatSync, readSync, closeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { currentStdin } from '../io.js';
import { errorCode, fsReason } from './fs-errors.js';
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
  // Tested, not stripped: a copy of the whole text only to see that it is empty.
  if (!/[^\s\uFEFF\u3000]/.test(text)) throw new InputError(file, '文件内容为空。');
  return createDocument(text, file, encoding);
}

/** Anything read whole (speeches, facts, configs, dictionaries, phrase lists) stops here: no speech is this big. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface RegularReadOptions {
  /** Largest size accepted, in bytes. */
  max?: number;
  /** What the file is, for messages: “文件”, “用户词典” … */
  what?: string;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function tooLarge(file: string, size: number | undefined, max: number, what: string): InputError {
  return new InputError(file, `${what}太大（${size === undefined ? `超过 ${megabytes(max)}` : megabytes(size)}），上限是 ${megabytes(max)}；请检查是否选错了文件。`);
}

function notRegular(file: string, st: Stats, what: string): InputError {
  if (st.isDirectory()) return new InputError(file, `这是一个文件夹，这里需要一个${what === '文件' ? '文件' : `${what}文件`}。`);
  const kind = st.isFIFO() ? '命名管道（FIFO）' : st.isCharacterDevice() || st.isBlockDevice() ? '设备文件' : st.isSocket() ? '套接字' : '特殊文件';
  return new InputError(file, `这是${kind}，不是普通文件，不读取（读它可能永不结束或没有尽头）。`);
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; fstat on the open file then refuses it (no race).
const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0);

/**
 * What both readers below check and collect: a regular file (folders, FIFOs and devices such as /dev/zero are
 * refused before a byte is read), no larger than `max`, read to its end in chunks that stop past `max` — a file
 * that grows while it is read cannot take the reader with it.
 */
class BoundedRead {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private readonly max: number;
  private readonly what: string;

  constructor(private readonly file: string, private readonly st: Stats, opts: RegularReadOptions) {
    this.max = opts.max ?? MAX_INPUT_BYTES;
    this.what = opts.what ?? '文件';
    if (!st.isFile()) throw notRegular(file, st, this.what);
    if (st.size > this.max) throw tooLarge(file, st.size, this.max, this.what);
  }

  /**
   * The buffer for the next read: at first the stated size and one byte more (a file that grew fills it and is
   * read on), then room to spare.
   */
  buffer(): Buffer {
    const spare = this.total === 0 && this.st.size > 0 ? 1 : 65536;
    return Buffer.allocUnsafe(Math.min(Math.max(this.st.size - this.total, 0) + spare, this.max + 1 - this.total));
  }

  /** Keep the first n bytes read into buf; false at the end of the file. */
  took(buf: Buffer, n: number): boolean {
    if (n === 0) return false;
    this.chunks.push(buf.subarray(0, n));
    this.total += n;
    if (this.total > this.max) throw tooLarge(this.file, undefined, this.max, this.what);
    // A first read of exactly the stated size that left the spare byte empty stopped at the end of the file: the
    // read of 0 bytes that would say so (and its buffer) is saved. A file whose stated size is 0 (/proc) reads on.
    return !(this.chunks.length === 1 && n === this.st.size && n < buf.length);
  }

  /** The bytes read; one read's buffer as it is (a folder of speeches is mostly files read in one). */
  bytes(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.total);
  }
}

/** Read a regular file whole, and only a regular file, up to `max` bytes (see BoundedRead). */
export async function readRegularFile(file: string, opts: RegularReadOptions = {}): Promise<Buffer> {
  let fh;
  try {
    fh = await fs.open(file, OPEN_FLAGS);
  } catch (e) {
    throw fsError(file, e);
  }
  try {
    const r = new BoundedRead(file, await fh.stat(), opts);
    for (let buf = r.buffer(); r.took(buf, (await fh.read(buf, 0, buf.length, null)).bytesRead); buf = r.buffer());
    return r.bytes();
  } catch (e) {
    throw e instanceof InputError ? e : fsError(file, e);
  } finally {
    await fh.close();
  }
}

/** The synchronous twin of readRegularFile (workers read this way: see analyze-file.ts). */
export function readRegularFileSync(file: string, opts: RegularReadOptions = {}): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw fsError(file, e);
  }
  try {
    const r = new BoundedRead(file, fstatSync(fd), opts);
    for (let buf = r.buffer(); r.took(buf, readSync(fd, buf, 0, buf.length, null)); buf = r.buffer());
    return r.bytes();
  } catch (e) {
    throw e instanceof InputError ? e : fsError(file, e);
  } finally {
    closeSync(fd);
  }
}

async function readBytes(file: string): Promise<Buffer> {
  const buf = await readRegularFile(file);
  if (buf.length === 0) throw new InputError(file, '文件为空（0 字节）。');
  return buf;
}

export function fsError(file: string, e: unknown): InputError {
  switch (errorCode(e)) {
    case 'ENOENT': return new InputError(file, '文件或文件夹不存在。');
    case 'EACCES': case 'EPERM': return new InputError(file, '没有读取权限。');
    default: return new InputError(file, `无法读取：${fsReason(e)}。`);
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

export const STDIN_NAME = '<标准输入>';

/** All of standard input, up to MAX_INPUT_BYTES (`< /dev/zero` ends with a message, not with all the memory). */
export async function readStdinBytes(max = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of currentStdin()) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > max) throw tooLarge(STDIN_NAME, undefined, max, '标准输入');
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

export async function readStdin(): Promise<SpeechDocument> {
  const buf = await readStdinBytes();
  if (buf.length === 0) throw new InputError(STDIN_NAME, '没有读到任何内容。');
  return documentFromBytes(buf, STDIN_NAME);
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
    if (!stat.isDirectory()) { yield { file: p }; continue; }
    let found = 0;
    for await (const item of walk(p, exts, new Set([`${stat.dev}:${stat.ino}`]))) {
      found++;
      yield item;
    }
    // A folder named on the command line that holds nothing to read is named, not silently skipped.
    if (found === 0) yield { file: p, error: new InputError(p, `这是一个文件夹，其中没有 ${exts.join('、')} 文件。`) };
  }
}

/**
 * Folders recursively, sorted; hidden entries and node_modules skipped. Symlinks are followed — to files and to
 * folders — and a folder already being walked (a link loop, or the same folder twice) is walked once.
 */
async function* walk(dir: string, exts: string[], seen: Set<string>): AsyncGenerator<CollectedPath> {
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
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      let st;
      try {
        st = await fs.stat(full);
      } catch (err) {
        const code = errorCode(err);
        if (exts.includes(path.extname(e.name).toLowerCase()) || code === 'ELOOP') {
          yield { file: full, error: new InputError(full, code === 'ENOENT' ? '符号链接指向的文件不存在。' : `无法跟随符号链接：${fsReason(err)}。`) };
        }
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      let st;
      try {
        st = await fs.stat(full);
      } catch (err) {
        yield { file: full, error: fsError(full, err) };
        continue;
      }
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield* walk(full, exts, seen);
    } else if (isFile && exts.includes(path.extname(e.name).toLowerCase())) yield { file: full };
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

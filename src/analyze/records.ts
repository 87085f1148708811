// Record input for cluster engines (Hadoop Streaming, Spark pipe(), Dask): one JSON object per line,
// {"id", "text", …metadata}. Lines are split from the byte stream here, one at a time and capped in length, so
// memory stays flat however many records come; each line is parsed and analysed where it is analysed (a worker).
import { createReadStream, promises as fs } from 'node:fs';
import { InputError, isJianghuaError } from '../errors.js';
import { collectFiles, fsError, MAX_INPUT_BYTES, STDIN, STDIN_NAME, type CollectedPath } from '../text/read.js';
import { createDocument, type SpeechDocument } from '../text/document.js';
import { currentStdin } from '../io.js';

/** A record line longer than this is reported and skipped without being held: the cap of any speech file read whole. */
export const MAX_RECORD_BYTES = MAX_INPUT_BYTES;

/** Record files inside a folder given on the command line (part files of a Hadoop or Spark output). */
export const RECORD_EXTENSIONS = ['.jsonl', '.ndjson'];


/** One line of a record stream as handed to the analysis: its raw text and where it came from. */
export interface RecordTask {
  /** The line's text (UTF-8 decoded, no line end). */
  raw: string;
  /** 1-based line number in its source. */
  line: number;
}

/** A source item of a run: a path, or a record line (file names the record's source for messages). */
export interface RecordItem extends CollectedPath {
  record?: RecordTask;
}

/** Fields of a record that describe the speech; anything else is passed through as well. */
export interface ParsedRecord {
  id: string | number;
  text: string;
  /** Every field but id and text, in the record's order (title, date, speaker, type … and the caller's own). */
  metadata: Record<string, unknown>;
}

export type RecordParse = { ok: true; record: ParsedRecord } | { ok: false; id?: string | number; problem: string };

/** Check one line: a JSON object with a non-empty id (string or integer) and a string text that is not blank. */
export function parseRecord(raw: string): RecordParse {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return { ok: false, id: sniffId(raw), problem: at ? `不是有效的 JSON（第 ${Number(at[1]) + 1} 个字符处有误）` : '不是有效的 JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: '不是 JSON 对象' };
  const { id, text, ...metadata } = value as Record<string, unknown>;
  const goodId = (typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isSafeInteger(id));
  if (!goodId) return { ok: false, problem: id === undefined ? '缺少字段“id”' : '字段“id”应为非空字符串或整数' };
  const rid = id as string | number;
  if (text === undefined) return { ok: false, id: rid, problem: '缺少字段“text”' };
  if (typeof text !== 'string') return { ok: false, id: rid, problem: '字段“text”应为字符串' };
  if (text.replace(/[\s\uFEFF\u3000]/g, '') === '') return { ok: false, id: rid, problem: '字段“text”为空' };
  return { ok: true, record: { id: rid, text, metadata } };
}

/** The id of a line that cannot be parsed (too long, broken JSON), when its first bytes show one. */
export function sniffId(head: string): string | number | undefined {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,16})/.exec(head.slice(0, 4096));
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]) as string | number;
  } catch {
    return undefined;
  }
}

/** "第 3 行（id “a-17”）" — how a bad record is named in messages. */
export function whereIs(line: number, id?: string | number): string {
  return id === undefined ? `第 ${line} 行` : `第 ${line} 行（id“${String(id)}”）`;
}

/** The document of a record: its id is its name, so summaries list records by id. */
export function recordDocument(r: ParsedRecord): SpeechDocument {
  return createDocument(r.text, String(r.id), 'string');
}

/** A parse failure or an analysis failure of one record, as the message written to stderr. */
export function recordFailure(source: string, task: RecordTask, id: string | number | undefined, problem: unknown): string {
  const detail = isJianghuaError(problem) ? problem.message : problem instanceof Error ? problem.message : String(problem);
  return `${source}：${whereIs(task.line, id)}：${detail}，已跳过。`;
}

export type Line = { line: number; text: string; error?: undefined; head?: undefined } | { line: number; text?: undefined; error: string; head: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Split a byte stream into lines (LF or CRLF; a BOM before the first line is dropped). A line longer than `max`
 * bytes is not kept: its first bytes are, to name its id, and the rest is skipped up to the next line end.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string>, max = MAX_RECORD_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let head = '';
  let over = false;
  let line = 0;
  const finish = (): Line => {
    line++;
    if (over) return { line, error: `一行有 ${(size / 1048576).toFixed(1)} MB，超过单条记录上限 ${max / 1048576} MB`, head };
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { line, error: '不是有效的 UTF-8 文本', head: bytes.subarray(0, 4096).toString('latin1') };
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line, text };
  };
  for await (const c of input) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (!over) {
        if (size + piece.length > max) {
          over = true;
          head = Buffer.concat([...parts, piece.subarray(0, 4096)]).subarray(0, 4096).toString('utf8');
          parts = [];
        } else if (piece.length > 0) parts.push(piece);
      }
      size += piece.length;
      if (nl < 0) break;
      yield finish();
      parts = [];
      size = 0;
      over = false;
      start = nl + 1;
    }
  }
  if (size > 0) yield finish();
}

/**
 * The record lines of the inputs (files, folders of *.jsonl part files, or - for stdin), as run items: a good
 * line carries its text for the analysis; a line that could not even be read carries its error.
 */
export async function* recordSource(paths: string[]): AsyncGenerator<RecordItem> {
  for await (const item of collectFiles(paths.length > 0 ? paths : [STDIN], { extensions: RECORD_EXTENSIONS })) {
    if (item.error) { yield item; continue; }
    const name = item.file === STDIN ? STDIN_NAME : item.file;
    let input: AsyncIterable<Buffer>;
    if (item.file === STDIN) input = currentStdin() as AsyncIterable<Buffer>;
    else {
      try {
        if (!(await fs.stat(item.file)).isFile()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      } catch (e) {
        yield { file: item.file, error: fsError(item.file, e) };
        continue;
      }
      input = createReadStream(item.file);
    }
    try {
      for await (const l of splitLines(input)) {
        if (l.error !== undefined) yield { file: name, error: new InputError(name, `${whereIs(l.line, sniffId(l.head))}：${l.error}，已跳过。`) };
        else if (l.text.trim() !== '') yield { file: name, record: { raw: l.text, line: l.line } };
      }
    } catch (e) {
      // A read that fails part-way (a vanished file, an unreadable one): what was read stands, the rest is lost.
      yield { file: name, error: fsError(name, e) };
    }
  }
}

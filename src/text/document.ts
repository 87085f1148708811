// The one position model of the project: 1-based line and column, columns counted in code points.
// A SpeechDocument is the normalised text (LF line ends, no BOM) plus the tables to map offsets to positions.

export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in Unicode code points. */
  column: number;
}

export interface SpeechDocument {
  /** Path as given by the user, or '<stdin>'. */
  file: string;
  /** Normalised text: LF line ends, BOM removed. Offsets below index this string (UTF-16 units). */
  text: string;
  /** Lines without their line end. */
  lines: string[];
  /** UTF-16 offset of the first character of each line. */
  lineStarts: number[];
  /** Encoding the bytes were decoded from ('utf-8', 'utf-8-bom', 'gb18030', 'docx', 'string'). */
  encoding: string;
  /** Line ending style found in the source ('lf', 'crlf', 'cr', 'mixed', 'none'). */
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

export function detectEol(raw: string): SpeechDocument['eol'] {
  const crlf = (raw.match(/\r\n/g) ?? []).length;
  const cr = (raw.match(/\r(?!\n)/g) ?? []).length;
  const lf = (raw.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : cr ? 'cr' : 'lf';
}

/** Build a document from already-decoded text. */
export function createDocument(raw: string, file = '<string>', encoding = 'string'): SpeechDocument {
  const eol = detectEol(raw);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const lineStarts: number[] = new Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = offset;
    offset += lines[i].length + 1;
  }
  return { file, text, lines, lineStarts, encoding, eol };
}

/** Count code points in s[from, to). Surrogate pairs count once. */
export function codePointLength(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** 0-based line index containing a UTF-16 offset (binary search). */
export function lineIndexAt(doc: SpeechDocument, offset: number): number {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Map a UTF-16 offset in doc.text to a 1-based line/column (code points). */
export function positionAt(doc: SpeechDocument, offset: number): Position {
  const li = lineIndexAt(doc, offset);
  const start = doc.lineStarts[li];
  return { line: li + 1, column: codePointLength(doc.text, start, offset) + 1 };
}

/** Map a 1-based line/column (code points) back to a UTF-16 offset in doc.text. */
export function offsetAt(doc: SpeechDocument, pos: Position): number {
  const li = Math.min(Math.max(pos.line - 1, 0), doc.lines.length - 1);
  const line = doc.lines[li];
  let i = 0;
  let col = 1;
  while (col < pos.column && i < line.length) {
    const c = line.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    col++;
  }
  return doc.lineStarts[li] + i;
}

/** Column (1-based, code points) of a UTF-16 index inside a single line string. */
export function columnInLine(line: string, index: number): number {
  return codePointLength(line, 0, index) + 1;
}

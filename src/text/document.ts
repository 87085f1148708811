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
  // One pass over the line ends, found by indexOf: counting regex matches would build an array of every line end.
  let crlf = false;
  let cr = false;
  let lf = false;
  for (let i = raw.indexOf('\r'); i >= 0; i = raw.indexOf('\r', i + 1)) {
    if (raw.charCodeAt(i + 1) === 0x0a) crlf = true;
    else cr = true;
    if (crlf && cr) break;
  }
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
    if (i === 0 || raw.charCodeAt(i - 1) !== 0x0d) { lf = true; break; }
  }
  const kinds = Number(crlf) + Number(cr) + Number(lf);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : cr ? 'cr' : 'lf';
}

/** Build a document from already-decoded text. */
export function createDocument(raw: string, file = '<string>', encoding = 'string'): SpeechDocument {
  const eol = detectEol(raw);
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (eol !== 'lf' && eol !== 'none') text = text.replace(/\r\n?/g, '\n');
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

/** Whether a UTF-16 code unit is white space as the regex \s counts it (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Code points of s that are not white space: `[...s.replace(/\s/g, '')].length` without building either string. */
export function nonSpaceLength(s: string): number {
  let n = 0;
  // A high surrogate counted last, waiting for its low half (white space between them is dropped first).
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (high && c >= 0xdc00 && c <= 0xdfff) { high = false; continue; }
    n++;
    high = c >= 0xd800 && c <= 0xdbff;
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

/**
 * The code-point index of a document, built once per document on the first position asked: the number of code
 * points before every STEP-th UTF-16 offset. A column is then one table look-up plus a walk of under STEP units,
 * whatever the order positions are asked in and however long the line (one-line web copies of a megabyte).
 * Text without surrogate pairs (nearly every speech) needs no table: code points and UTF-16 units agree.
 */
const STEP = 64;
interface CodePointIndex { before: Int32Array | null }
const indexes = new WeakMap<SpeechDocument, CodePointIndex>();

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
/** Whether text[i] is the second half of a surrogate pair (it adds no code point). */
function continues(text: string, i: number): boolean {
  return i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
}

/** The document asked last and its index: the extractors ask about one document many times in a row. */
let lastDoc: SpeechDocument | undefined;
let lastIndex: CodePointIndex | undefined;

function indexOf(doc: SpeechDocument): CodePointIndex {
  if (doc === lastDoc) return lastIndex!;
  let idx = indexes.get(doc);
  if (idx) {
    lastDoc = doc;
    lastIndex = idx;
    return idx;
  }
  const text = doc.text;
  let before: Int32Array | null = null;
  if (/[\ud800-\udbff][\udc00-\udfff]/.test(text)) {
    before = new Int32Array(Math.floor(text.length / STEP) + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (i % STEP === 0) before[i / STEP] = n;
      if (!continues(text, i)) n++;
    }
  }
  idx = { before };
  indexes.set(doc, idx);
  lastDoc = doc;
  lastIndex = idx;
  return idx;
}

/** Code points in doc.text[0, offset). */
function codePointsBefore(doc: SpeechDocument, idx: CodePointIndex, offset: number): number {
  if (!idx.before) return offset;
  const text = doc.text;
  const k = Math.min(Math.floor(offset / STEP), idx.before.length - 1);
  let n = idx.before[k];
  for (let i = k * STEP; i < offset; i++) if (!continues(text, i)) n++;
  return n;
}

/** Map a UTF-16 offset in doc.text to a 1-based line/column (code points). Any order, O(log lines). */
export function positionAt(doc: SpeechDocument, offset: number): Position {
  const at = Math.max(0, Math.min(offset, doc.text.length));
  const li = lineIndexAt(doc, at);
  const idx = indexOf(doc);
  return { line: li + 1, column: codePointsBefore(doc, idx, at) - codePointsBefore(doc, idx, doc.lineStarts[li]) + 1 };
}

/** Map a 1-based line/column (code points) back to a UTF-16 offset in doc.text; columns past the line end clamp to it. */
export function offsetAt(doc: SpeechDocument, pos: Position): number {
  const li = Math.min(Math.max(pos.line - 1, 0), doc.lines.length - 1);
  const start = doc.lineStarts[li];
  const end = start + doc.lines[li].length;
  const want = Math.max(pos.column, 1) - 1;
  const idx = indexOf(doc);
  if (!idx.before) return Math.min(start + want, end);
  // Binary search the table for the last checkpoint at or before the wanted code point, then walk.
  const target = codePointsBefore(doc, idx, start) + want;
  const text = doc.text;
  let lo = Math.floor(start / STEP);
  let hi = Math.min(Math.floor(end / STEP), idx.before.length - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (idx.before[mid] <= target) lo = mid;
    else hi = mid - 1;
  }
  let i = Math.max(start, lo * STEP);
  let n = codePointsBefore(doc, idx, i);
  while (i < end && (n < target || continues(text, i))) {
    if (!continues(text, i)) n++;
    i++;
  }
  // n counts code points started before i; stop on the start of the target code point.
  return i;
}

/** Column (1-based, code points) of a UTF-16 index inside a single line string. */
export function columnInLine(line: string, index: number): number {
  return codePointLength(line, 0, index) + 1;
}

// JSON and JSONL text of analysis records: one object, a streamed array, or the {files, summary} wrapper.
// Pieces are returned as strings in order, so a run of 10,000 files is written without building one big string.
import type { AnalysisRecord } from '../analyze/record.js';

export function formatRecordJson(record: AnalysisRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

export function formatRecordJsonl(record: AnalysisRecord): string {
  return JSON.stringify(record) + '\n';
}

function indent(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

/** Streaming writer state for an array of records, optionally wrapped as {"files": [...], "summary": ...}. */
export interface JsonArrayShape { wrapped: boolean }

export function jsonArrayStart(shape: JsonArrayShape): string {
  return shape.wrapped ? '{\n  "files": [' : '[';
}

/** One element of the streamed array, without the comma that separates it from the previous one. */
export function jsonArrayItem(record: AnalysisRecord, shape: JsonArrayShape): string {
  // The record stringified where it stands, one or two arrays deep, and cut out: JSON.stringify indents it, the
  // text being the same as indent(JSON.stringify(record, null, 2), pad) without a second pass over it.
  const json = JSON.stringify(shape.wrapped ? [[record]] : [record], null, 2);
  return shape.wrapped ? json.slice(5, -6) : json.slice(1, -2);
}

export function jsonArrayEnd(count: number, shape: JsonArrayShape): string {
  const close = count === 0 ? ']' : shape.wrapped ? '\n  ]' : '\n]';
  return shape.wrapped ? `${close},\n  "summary": ` : close + '\n';
}

/**
 * JSON.stringify(value, null, 2) in pieces: arrays and objects down to `depth` are opened element by element.
 * A corpus summary lists files for every formula and slogan, tens of MB over 10,000 speeches; written in
 * pieces it never exists as one string. The text is identical to JSON.stringify's.
 */
export function* jsonPieces(value: unknown, depth = 3, pad = ''): Generator<string> {
  const inner = pad + '  ';
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* jsonPieces(value[i], depth - 1, inner);
    }
    yield `\n${pad}]`;
  } else if (depth > 0 && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    yield '{';
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    for (let i = 0; i < entries.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(entries[i][0])}: `;
      yield* jsonPieces(entries[i][1], depth - 1, inner);
    }
    yield `\n${pad}}`;
  } else {
    yield indent(JSON.stringify(value, null, 2), pad);
  }
}

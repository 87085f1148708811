// Keyword in context: the occurrences of a term on the lines of a speech, with about `width` characters either
// side. Positions are 1-based line and column in code points, as everywhere in the project.
import { columnInLine, type SpeechDocument } from '../text/document.js';
import type { KwicLine } from './types.js';

export const KWIC_WIDTH = 20;

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

function tail(s: string, n: number): string {
  const cps = [...s.replace(ZERO_WIDTH, '')];
  return cps.slice(Math.max(0, cps.length - n)).join('');
}

function head(s: string, n: number): string {
  return [...s.replace(ZERO_WIDTH, '')].slice(0, n).join('');
}

export interface KwicOptions {
  width?: number;
  /** Stop after this many lines (default: all). */
  limit?: number;
  /** Search only these 1-based lines (the extractor's), else every line. */
  lines?: readonly number[];
}

/** Every occurrence of term in doc, in text order. */
export function kwicInDocument(doc: SpeechDocument, term: string, opts: KwicOptions = {}): KwicLine[] {
  const width = opts.width ?? KWIC_WIDTH;
  const limit = opts.limit ?? Infinity;
  const out: KwicLine[] = [];
  if (term === '') return out;
  const indexes = opts.lines ? [...new Set(opts.lines)].sort((x, y) => x - y).map((l) => l - 1) : doc.lines.keys();
  for (const li of indexes) {
    const line = doc.lines[li];
    if (line === undefined) continue;
    let at = line.indexOf(term);
    while (at >= 0) {
      if (out.length >= limit) return out;
      out.push({
        file: doc.file,
        line: li + 1,
        column: columnInLine(line, at),
        left: tail(line.slice(0, at), width),
        match: term,
        right: head(line.slice(at + term.length), width),
      });
      at = line.indexOf(term, at + term.length);
    }
  }
  return out;
}

/** Occurrences over several documents, in document order, up to limit. */
export function kwic(docs: readonly SpeechDocument[], term: string, opts: KwicOptions = {}): KwicLine[] {
  const out: KwicLine[] = [];
  const limit = opts.limit ?? Infinity;
  for (const doc of docs) {
    if (out.length >= limit) break;
    out.push(...kwicInDocument(doc, term, { ...opts, limit: limit - out.length }));
  }
  return out;
}

// Quoted spans of a paragraph: “…”, 「…」, ASCII "…" inside Chinese text, and titles in 《…》.
// Web copies mistype a closing ” as “ (“双招双引“步伐), so an opener may be closed by the next “ when that one
// does not open a pair of its own.

import { keptPerParagraph } from './scan.js';

export interface QuoteSpan {
  /** Index of the opening mark in the paragraph text. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The text between the marks, untrimmed. */
  content: string;
  /** 'quote' for “”「」"" and 'title' for 《》. */
  kind: 'quote' | 'title';
}

/** Longest quotation considered; beyond it an unmatched mark is more likely than a quote. */
const MAX_QUOTE = 80;

// Marks are compared by code unit: this runs over every paragraph for three extractors, and text[i] would
// allocate a string per Chinese character.
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const CORNER_OPEN = 0x300c; // 「
const CORNER_CLOSE = 0x300d; // 」
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》
const ASCII_QUOTE = 0x22; // "
const NEWLINE = 0x0a;
const HAN = /[\u4e00-\u9fff]/;

/** Index of the first of two marks within `limit` code units from `from`, or -1. */
function nextOf(text: string, from: number, a: number, b: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === a || c === b) return i;
  }
  return -1;
}

/**
 * Next position at or after i of any opening mark. Most of a paragraph holds none, and a native indexOf per mark
 * skips it much faster than a loop; each mark's next position is kept until the scan passes it.
 */
function openerScanner(text: string): (i: number) => number {
  const marks = ['“', '「', '《', '"'];
  const next = marks.map((m) => text.indexOf(m));
  return (i: number) => {
    let best = text.length;
    for (let k = 0; k < marks.length; k++) {
      if (next[k] >= 0 && next[k] < i) next[k] = text.indexOf(marks[k], i);
      if (next[k] >= 0 && next[k] < best) best = next[k];
    }
    return best;
  };
}

/** Quotations of a paragraph object, kept on it (keptPerParagraph). Read the array only. */
export const paragraphQuotes: (p: { readonly text: string }) => QuoteSpan[] = keptPerParagraph(findQuotes);

/** Quotations of a text, scanned on every call (paragraphQuotes keeps them per paragraph). */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const nextOpener = openerScanner(text);
  let i = 0;
  while (i < text.length) {
    i = nextOpener(i);
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE) {
      const j = nextOf(text, i + 1, LEFT_DOUBLE, RIGHT_DOUBLE, MAX_QUOTE);
      if (j < 0) { i++; continue; }
      if (text.charCodeAt(j) === LEFT_DOUBLE) {
        // A real opener is followed by its own closer before any other opener.
        const k = nextOf(text, j + 1, LEFT_DOUBLE, RIGHT_DOUBLE, MAX_QUOTE);
        if (k >= 0 && text.charCodeAt(k) === RIGHT_DOUBLE) { i = j; continue; }
      }
      out.push({ open: i, close: j, content: text.slice(i + 1, j), kind: 'quote' });
      i = j + 1;
      continue;
    }
    if (c === CORNER_OPEN || c === TITLE_OPEN || c === ASCII_QUOTE) {
      const closer = c === CORNER_OPEN ? CORNER_CLOSE : c === TITLE_OPEN ? TITLE_CLOSE : ASCII_QUOTE;
      const j = nextOf(text, i + 1, closer, NEWLINE, MAX_QUOTE);
      if (j < 0 || text.charCodeAt(j) !== closer) { i++; continue; }
      const content = text.slice(i + 1, j);
      // ASCII quotes count only around Chinese text.
      if (c !== ASCII_QUOTE || HAN.test(content)) {
        out.push({ open: i, close: j, content, kind: c === TITLE_OPEN ? 'title' : 'quote' });
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

// Quoted spans of a paragraph: “…”, 「…」, ASCII "…" inside Chinese text, and titles in 《…》.
// Web copies mistype a closing ” as “ (“双招双引“步伐), so an opener may be closed by the next “ when that one
// does not open a pair of its own.

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

function nextOf(text: string, from: number, marks: string, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let i = from; i < end; i++) if (marks.includes(text[i])) return i;
  return -1;
}

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '“') {
      const j = nextOf(text, i + 1, '“”', MAX_QUOTE);
      if (j < 0) { i++; continue; }
      if (text[j] === '“') {
        // A real opener is followed by its own closer before any other opener.
        const k = nextOf(text, j + 1, '“”', MAX_QUOTE);
        if (k >= 0 && text[k] === '”') { i = j; continue; }
      }
      out.push({ open: i, close: j, content: text.slice(i + 1, j), kind: 'quote' });
      i = j + 1;
      continue;
    }
    if (c === '「' || c === '《' || c === '"') {
      const closer = c === '「' ? '」' : c === '《' ? '》' : '"';
      const j = nextOf(text, i + 1, closer + '\n', MAX_QUOTE);
      if (j < 0 || text[j] !== closer) { i++; continue; }
      const content = text.slice(i + 1, j);
      // ASCII quotes count only around Chinese text.
      if (c !== '"' || /[\u4e00-\u9fff]/.test(content)) {
        out.push({ open: i, close: j, content, kind: c === '《' ? 'title' : 'quote' });
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

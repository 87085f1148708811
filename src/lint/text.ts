// Text helpers shared by the rules: which characters count as Chinese, blanking out non-prose, sentences.
import type { SpeechDocument } from '../text/document.js';
import { codePointLength } from '../text/document.js';

/** CJK ideographs (BMP and extension A, compatibility). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation and quotes that occur in Chinese text. */
export const CN_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** A character that makes its neighbourhood Chinese text: an ideograph or full-width punctuation. */
export function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && (CJK.test(ch) || CN_PUNCT.test(ch));
}

const proseCache = new WeakMap<SpeechDocument, string>();

/**
 * doc.text with everything that is not running prose replaced by spaces of the same UTF-16 length: Markdown code
 * (fenced and inline), URLs, e-mail addresses and HTML comments. Offsets stay valid, so rules scan this string
 * and report offsets into doc.text.
 */
export function proseText(doc: SpeechDocument): string {
  const cached = proseCache.get(doc);
  if (cached !== undefined) return cached;
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const text = doc.text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’<>]+/gi, blank)
    .replace(/\bwww\.[A-Za-z0-9-]+\.[^\s\u3000-\u303f\uff00-\uffef“”‘’<>]+/gi, blank)
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, blank);
  proseCache.set(doc, text);
  return text;
}

export interface Span {
  text: string;
  /** UTF-16 offset in doc.text. */
  start: number;
  end: number;
}

/** Sentence ends: 。！？ and their ASCII forms, with any closing quotes/brackets that follow them. */
const SENTENCE_RE = /[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*|(?=\n)|$)/g;
/** Clauses: sentences further cut at semicolons (有的……；有的……). */
const CLAUSE = /[^。！？!?；;\n]+(?:[。！？!?；;]+[”’」』）)]*|(?=\n)|$)/g;

/** Split the text into sentences (or clauses); a sentence never crosses a line break. Whitespace-only pieces are dropped. */
export function sentences(text: string, opts: { semicolons?: boolean } = {}): Span[] {
  const out: Span[] = [];
  const SENTENCE = opts.semicolons ? CLAUSE : SENTENCE_RE;
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(text))) {
    if (m[0] === '') { SENTENCE.lastIndex++; continue; }
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Length in code points, ignoring whitespace. */
export function visibleLength(s: string): number {
  return codePointLength(s.replace(/\s/g, ''));
}

/** Cut a long excerpt for a message: the first n code points plus '…'. */
export function excerpt(s: string, n = 16): string {
  // Only the head is split into code points (2n + 2 UTF-16 units hold more than n of them).
  const t = s.trim();
  const cps = [...t.slice(0, 2 * n + 2)];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : cps.join('');
}

/** Lines that are only an HTML comment (directive lines), which rules and findings skip. */
export function isCommentLine(line: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(line);
}

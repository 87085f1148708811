// PLACEHOLDER until the structure work lands: one paragraph per non-empty line.
import type { SpeechDocument } from '../text/document.js';
import type { Paragraph } from './types.js';
export function splitParagraphs(doc: SpeechDocument): Paragraph[] {
  return doc.lines.flatMap((text, i) => (text.trim() ? [{ text, line: i + 1, column: 1, offset: doc.lineStarts[i] }] : []));
}

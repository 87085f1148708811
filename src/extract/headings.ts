// PLACEHOLDER until the structure work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Heading, Paragraph } from './types.js';
export function extractHeadings(_doc: SpeechDocument, _p: Paragraph[]): Heading[] { return []; }

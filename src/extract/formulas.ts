// PLACEHOLDER until the lexical work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Formula, Paragraph } from './types.js';
export function extractFormulas(_doc: SpeechDocument, _p: Paragraph[]): Formula[] { return []; }

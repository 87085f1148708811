// PLACEHOLDER until the structure work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Heading, Paragraph, Series } from './types.js';
export function extractSeries(_doc: SpeechDocument, _p: Paragraph[], _h: Heading[]): Series[] { return []; }

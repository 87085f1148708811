// PLACEHOLDER until the lexical work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Paragraph, Statistic } from './types.js';
export function extractStatistics(_doc: SpeechDocument, _p: Paragraph[]): Statistic[] { return []; }

// PLACEHOLDER until the lexical work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Paragraph, Slogan } from './types.js';
export function extractSlogans(_doc: SpeechDocument, _p: Paragraph[]): Slogan[] { return []; }

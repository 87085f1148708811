// PLACEHOLDER until the structure work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Paragraph } from './types.js';
export function extractTitle(_doc: SpeechDocument, _p: Paragraph[]): string { return ''; }
export function findSalutation(_doc: SpeechDocument, _p: Paragraph[]): number | null { return null; }

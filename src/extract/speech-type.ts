// PLACEHOLDER until the structure work lands.
import type { SpeechDocument } from '../text/document.js';
import type { SpeechStructure, SpeechTypeResult } from './types.js';
export function classifySpeech(_doc: SpeechDocument, _s: Omit<SpeechStructure, 'type'>): SpeechTypeResult { return { label: 'other', confidence: 0, evidence: [] }; }

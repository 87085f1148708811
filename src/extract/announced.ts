// PLACEHOLDER until the structure work lands.
import type { SpeechDocument } from '../text/document.js';
import type { Announcement, Heading, Paragraph, Series } from './types.js';
export function extractAnnouncements(_doc: SpeechDocument, _p: Paragraph[], _h: Heading[], _s: Series[]): Announcement[] { return []; }

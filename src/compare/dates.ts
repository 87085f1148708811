// The year a speech states it was given, for `compare --by year`. Interim: the first full date (YYYY年M月D日) in
// the title block (the first lines, before the body); replaced by src/extract/metadata.ts when that lands.
import type { SpeechDocument } from '../text/document.js';

const FULL_DATE = /((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const HEAD_LINES = 10;

export function documentYear(doc: SpeechDocument): number | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.trim() === '' || /^[\s\u200b]*$/.test(line)) continue;
    if (++seen > HEAD_LINES) break;
    const m = FULL_DATE.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

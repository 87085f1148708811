// Shared by heading-sequence and series-sequence: find the items whose number breaks 1, 2, 3 … and build a fix
// that renumbers them (and the items that merely continue the shifted count) in place.
import type { SpeechDocument } from '../text/document.js';
import { offsetAt } from '../text/document.js';
import { toCnNumber } from '../text/numerals.js';
import type { Announcement, SpeechStructure } from '../extract/types.js';
import type { Fix } from './rule.js';

export interface SequenceProblem {
  /** Index of the offending item. */
  index: number;
  /** 'restart': the numbering starts again at 1 under the same parent (a heading above it is probably missing). */
  kind: 'start' | 'gap' | 'repeat' | 'order' | 'restart';
  expected: number;
  found: number;
  /** Items to renumber to their position (index + 1) to repair the sequence. */
  renumber: number[];
}

/**
 * An item is wrong when its number is not its position and it does not simply continue the item before it:
 * 一二四五 reports 四 (gap) but not 五; 一二二四 reports the second 二 (repeat) and nothing else.
 */
export function sequenceProblems(numbers: number[]): SequenceProblem[] {
  const out: SequenceProblem[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const f = numbers[i];
    const expected = i + 1;
    if (f === expected) continue;
    if (i > 0 && f === numbers[i - 1] + 1) continue;
    if (i > 0 && f === 1) { out.push({ index: i, kind: 'restart', expected, found: f, renumber: [] }); continue; }
    const kind = i === 0 ? 'start' : f === numbers[i - 1] ? 'repeat' : f < numbers[i - 1] ? 'order' : 'gap';
    const renumber = [i];
    for (let j = i + 1; j < numbers.length && numbers[j] === numbers[j - 1] + 1 && numbers[j] !== j + 1; j++) renumber.push(j);
    out.push({ index: i, kind, expected, found: f, renumber });
  }
  return out;
}

const NUMERAL = /[零〇一二两三四五六七八九十百千]+|[0-9]+|[０-９]+/;

/** The marker written with another number, keeping its kind of numeral: （三） → （四）, 7. → 8., 七是 → 八是. */
export function renumberMarker(marker: string, n: number): string {
  return marker.replace(NUMERAL, (m) => {
    if (/^[0-9]+$/.test(m)) return String(n);
    if (/^[０-９]+$/.test(m)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    return toCnNumber(n);
  });
}

/** UTF-16 offset of a marker reported at line/column, checked against the text; null when it cannot be found. */
export function markerOffset(doc: SpeechDocument, line: number, column: number, marker: string): number | null {
  const at = offsetAt(doc, { line, column });
  if (doc.text.startsWith(marker, at)) return at;
  const lineText = doc.lines[line - 1];
  if (lineText === undefined) return null;
  const start = doc.lineStarts[line - 1];
  // Nearest occurrence in the line (extractors may count the column from a trimmed line).
  let best: number | null = null;
  for (let k = lineText.indexOf(marker); k >= 0; k = lineText.indexOf(marker, k + 1)) {
    if (best === null || Math.abs(start + k - at) < Math.abs(best - at)) best = start + k;
  }
  return best;
}

export interface Located { marker: string; offset: number | null }

/** One fix replacing the markers of `items` (in text order) by the given new markers; null if any is unlocated. */
export function replaceMarkersFix(doc: SpeechDocument, items: Located[], newMarkers: string[]): Fix | null {
  if (items.some((it) => it.offset === null)) return null;
  const start = items[0].offset!;
  const end = items[items.length - 1].offset! + items[items.length - 1].marker.length;
  let text = '';
  let pos = start;
  items.forEach((it, k) => {
    if (it.offset! < pos) return;
    text += doc.text.slice(pos, it.offset!) + newMarkers[k];
    pos = it.offset! + it.marker.length;
  });
  return { range: [start, end], text: text + doc.text.slice(pos, end) };
}

/**
 * Whether renumbering is the one plausible repair, so --fix may apply it (otherwise it is only a suggestion):
 * the sequence has this one break; no announcement counts differently; and either a single item is off between
 * two neighbours that confirm the count (一是 二是 二是 四是) or is the last and repeats the number of an item that says
 * something else (六是甲 七是乙 七是丙), or an announcement confirms that the number of items
 * is right (讲四点 over 一 二 四 五). A gap the announcement confirms as a missing item, a repeat at the end (an
 * item copied twice?), a start or a restart are never renumbered.
 */
export function renumberIsCertain(numbers: number[], problems: SequenceProblem[], p: SequenceProblem, announced: number | null, texts: string[] = []): boolean {
  if (problems.length !== 1 || p.renumber.length === 0 || p.kind === 'start' || p.kind === 'restart') return false;
  if (announced !== null && announced !== numbers.length) return false;
  const fixed = numbers.slice();
  for (const i of p.renumber) fixed[i] = i + 1;
  if (!fixed.every((n, i) => n === i + 1)) return false;
  if (announced === numbers.length) return true;
  if (p.renumber.length !== 1 || p.index === 0) return false;
  if (p.index < numbers.length - 1) return true;
  // The last item repeats the number before it: a misnumbering when it says something else, a copy when not.
  const [a, b] = [texts[p.index - 1], texts[p.index]];
  return p.kind === 'repeat' && a !== undefined && b !== undefined && a.trim() !== '' && a !== b;
}

/**
 * The announcement that counted a group starting at line:column (讲三点意见 before 一是…三是): the nearest one
 * before it that counted this kind of item and found `count` of them. Null when none did.
 */
export function announcementFor(structure: SpeechStructure, target: Announcement['target'], line: number, column: number, count: number): Announcement | null {
  let best: Announcement | null = null;
  for (const a of structure.announced) {
    if (a.target !== target || a.actual !== count || a.announced === null) continue;
    if (a.line > line || (a.line === line && a.column >= column)) continue;
    if (!best || a.line > best.line || (a.line === best.line && a.column > best.column)) best = a;
  }
  return best;
}

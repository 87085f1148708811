// Headings by the numbering of official documents: 一、 → （一） → 1. / 1、 → （1）, standing alone, run in at the
// start of a paragraph, or inline after a sentence end when a web copy lost its line breaks.
import { lastAtOrBefore } from '../text/sorted.js';
import { positionAt, type SpeechDocument } from '../text/document.js';
import { parseCnNumber } from '../text/numerals.js';
import type { Heading, HeadingLevel, Paragraph } from './types.js';
import { bodyEnd, oneLineIndex } from './paragraphs.js';
import { isSpaceAt } from './lexicon/scan.js';

const CN = '[一二三四五六七八九十]{1,3}';
const NUM = '(?:\\d{1,2}|[０-９]{1,2})';

interface MarkerKind {
  level: HeadingLevel;
  re: RegExp;
  style: (marker: string) => string;
  /** Only at the start of a paragraph (第一部分, 第一个问题：), never inline. */
  paragraphStart?: boolean;
  /** The marker says something by itself (第一部分): the heading may have no further words. */
  wordy?: boolean;
  /** A part of the speech (第一部分), parent of the 一、 headings after it. */
  part?: boolean;
  /** Taken only where it continues the numbering, as inline markers are. */
  continuing?: boolean;
}

// Order matters: （一） before （1）, and 一、 is never confused with 1、.
const KINDS: MarkerKind[] = [
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`), style: (m) => (m.startsWith('(') ? 'cn-paren-ascii' : 'cn-paren') },
  { level: 4, re: new RegExp(`^[（(]\\s*(${NUM})\\s*[）)]`), style: (m) => (m.startsWith('(') ? 'num-paren-ascii' : 'num-paren') },
  { level: 1, re: new RegExp(`^(${CN})\\s*([、．.])`), style: (m) => (m.includes('、') ? 'cn-dun' : 'cn-dot') },
  // A numeral alone on its line (## 一 in Markdown, 一 in plain text), where it continues the numbering.
  { level: 1, re: new RegExp(`^(${CN})$`), style: () => 'cn-bare', paragraphStart: true, wordy: true, continuing: true },
  // Not 13.5 (a decimal) and not 1、、 (a doubled comma): the character after the marker must not be a digit.
  { level: 3, re: new RegExp(`^(${NUM})\\s*([.．、])(?![\\d０-９.．、])`), style: (m) => (m.includes('、') ? 'num-dun' : 'num-dot') },
  // 第一部分 / 第一个问题：… / 第一方面 on a line: the parts of a long speech, counted apart from 一、 (style di-…).
  // Followed by a comma (第三个问题，好在……) it is an item of an enumeration (series.ts), not a heading.
  {
    level: 1, re: new RegExp(`^第(${CN})(?:个问题|部分|个方面|方面)(?:\\s*[：:]|(?=[\\s\u3000]|$))`),
    style: (m) => (m.includes('问题') ? 'di-wenti' : m.includes('部分') ? 'di-bufen' : 'di-fangmian'),
    paragraphStart: true, wordy: true, part: true,
  },
];

/** Where an inline heading may start: right after a sentence end. */
const INLINE_START = /[。！？!?]\s*(?=[（(]?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[０-９]{1,2})\s*[、．.）)])/g;
/**
 * In a one-line text (paragraphs.ts: every line break lost) a heading also follows a closing quote or bracket
 * after the sentence end (。”二、, 】2、) or the colon that announced it (以下工作：（一）).
 */
const INLINE_START_ONE_LINE = /(?:[。！？!?][”’」』】）)]*|[】：:])[\s\u200b-\u200d\u2060\ufeff]*(?:#{1,6}[ \t]*)?(?=[（(]?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[０-９]{1,2})\s*[、．.）)])/g;
/** A Markdown heading of a bare numeral (## 一) after a sentence end, glued to the paragraph after it (## 一辽沈…). */
const MD_BARE_ONE_LINE = /(?:[。！？!?][”’」』】）)]*|[】：:])[\s\u200b-\u200d\u2060\ufeff]*#{1,6}[ \t]*(?=[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十、．.]))/g;
/** Before a 一、 glued to the words before it, what makes it no marker of its own: 十一、, 第一、, 之一、. */
const GLUED_ONE_BEFORE = /[一二三四五六七八九十百千万零〇两第之\d０-９]/;
/**
 * A one-line heading glued to the first heading line under it (三、2012年主要任务（一）促进经济平稳较快发展,
 * （二）问题导向1.教学方面): the heading phrase ends at that （一） or 1., by the level of the heading.
 */
const CHILD_FIRST: Record<number, RegExp> = { 1: /[（(]\s*一\s*[）)]/, 2: /(?<![\d０-９.．])[1１]\s*[.．、](?![\d０-９])/ };
/** The text from `at` to the sentence end (or LOOKAHEAD characters when none follows). */
function sentenceFrom(text: string, at: number): string {
  const stop = text.indexOf('。', at);
  return text.slice(at, stop < 0 ? at + LOOKAHEAD : stop);
}
/** 一、2009年工作回顾: a year after an inline marker is no range (三、四月份). */
const YEAR_NEXT = /^(?:\d{4}|[０-９]{4})年/;

/** The heading phrase ends at a sentence end, a colon before more text, or a blank between words. */
const PHRASE_END = /[。！？!?]|[：:](?=\s*\S)|(?<=[^\sA-Za-z0-9])[\s\u3000]+(?=[^\sA-Za-z0-9%％])/;
const MAX_HEADING = 80;
const LOOKAHEAD = 400;

interface Candidate {
  kind: MarkerKind;
  marker: string;
  number: number;
  /** Index in paragraph text of the marker. */
  index: number;
  /** Index in paragraph text where the phrase starts. */
  textStart: number;
  placement: Heading['placement'];
  /** An inline 1 that may start the numbering again (one-line texts, after a colon). */
  restart?: boolean;
  /** Inline right after a colon (one-line texts). */
  colon?: boolean;
}

/**
 * 一、二、三等奖, 一、二季度, 1、2、3: a list of numerals, not a heading. 年 only as 年级: 一、三年行动取得显著成效
 * and 一、五年来的主要工作 are headings.
 */
const NUMERAL_LIST = new RegExp(`^(?:(?:${CN}|${NUM})[、，,.．]|[一二两三四五六七八九十\\d]+(?:[等级季月号类次批]|年级))`);
/**
 * After an Arabic marker only Arabic numerals make a range (1、2季度): 1、一季度运行平稳 is a heading whose words
 * start with a Chinese numeral.
 */
const NUMERAL_LIST_ARABIC = new RegExp(`^(?:(?:${CN}|${NUM})[、，,.．]|[\\d０-９]+(?:[等级季月号类次批]|年级))`);
/** Inside running text, a marker followed by another numeral is a range (三、四月份), not a heading. */
const NUMERAL_NEXT = /^[一二两三四五六七八九十\d０-９]/;
/**
 * One-line texts: a range goes on from its first number (五、六十年代, 二、三月): the numeral after the marker is
 * the next one. 一、三年来的斗争 is a heading whose words start with a numeral.
 */
function rangeFrom(number: number, next: string): boolean {
  // Called after NUMERAL_NEXT: the first character is one digit, Chinese, Arabic or full-width.
  const d = parseCnNumber(next.charAt(0));
  // Arabic numerals are read by their first digit: 9、10 and 11、12 are ranges too.
  const n = number + 1;
  return d === n || (n >= 10 && d === Math.floor(n / 10));
}

function matchMarker(text: string, index: number, inline = false, oneLine = false): Omit<Candidate, 'placement'> | null {
  const rest = text.slice(index, index + 12);
  for (const kind of KINDS) {
    if (kind.paragraphStart && (inline || index !== 0)) continue;
    const m = kind.re.exec(rest);
    if (!m) continue;
    const number = parseCnNumber(m[1]);
    if (!Number.isFinite(number) || number < 1) return null;
    let textStart = index + m[0].length;
    while (textStart < text.length && isSpaceAt(text, textStart)) textStart++;
    const next = text.slice(textStart, textStart + 4);
    const list = kind.level >= 3 ? NUMERAL_LIST_ARABIC : NUMERAL_LIST;
    if (list.test(next) || (inline && NUMERAL_NEXT.test(next) && !(oneLine && (YEAR_NEXT.test(text.slice(textStart, textStart + 5)) || !rangeFrom(number, next))))) return null;
    return { kind, marker: m[0].replace(/\s+/g, ''), number, index, textStart };
  }
  return null;
}

/**
 * The heading phrase of a run-in or inline heading. It ends at the first 。！？, a colon or a blank; a phrase
 * longer than MAX_HEADING is cut at its last clause break within that length. A web copy that lost the break
 * between heading and body (二、要聚焦重点关键，抓好整改落实作风建设过程中，…) keeps the run-on phrase: where the
 * heading ends cannot be told from the text, and cutting clauses to a guessed length would damage headings that
 * really are long.
 */
export function headingPhrase(rest: string): string {
  const end = PHRASE_END.exec(rest);
  let phrase = (end ? rest.slice(0, end.index) : rest).trim();
  if ([...phrase].length > MAX_HEADING) {
    const cps = [...phrase].slice(0, MAX_HEADING).join('');
    const cut = Math.max(cps.lastIndexOf('，'), cps.lastIndexOf(','), cps.lastIndexOf('；'));
    phrase = cut > 10 ? cps.slice(0, cut) : cps;
  }
  return phrase;
}

const COLON_END = /[：:]$/;
const SEMICOLON_END = /[；;]$/;
const CLOSING_MARKS = /[。！？!?]+$/;
/** A paragraph of one sentence: no sentence mark inside it once its closing marks are left off. */
const oneSentence = (t: string) => !SENTENCE_INSIDE.test(t.replace(CLOSING_MARKS, ''));
/** The marker each paragraph opens with (matchMarker at 0), read once for the list detectors and the headings. */
type LineMarks = ReadonlyArray<Omit<Candidate, 'placement'> | null>;

/**
 * Paragraphs that are the items of one sentence's list, not headings: after a paragraph ending in a colon, items
 * numbered from 1 on, each but the last closing with a semicolon (主要内容是：/一、调整购销价格；/二、提高运价；/三、…。).
 * Returns their indexes.
 */
function semicolonLists(paragraphs: Paragraph[], end: number, marks: LineMarks): Set<number> {
  const items = new Set<number>();
  for (let i = 1; i < end; i++) {
    if (!COLON_END.test(paragraphs[i - 1].text) || !SEMICOLON_END.test(paragraphs[i].text)) continue;
    const first = marks[i];
    if (!first || first.number !== 1) continue;
    let j = i;
    let n = 1;
    while (j + 1 < end && SEMICOLON_END.test(paragraphs[j].text)) {
      const next = marks[j + 1];
      if (!next || next.kind !== first.kind || next.number !== n + 1) break;
      j++;
      n++;
    }
    if (j > i) for (let k = i; k <= j; k++) items.add(k);
    i = j;
  }
  return items;
}

const BARE = KINDS.find((k) => k.style('') === 'cn-bare')!;

/**
 * One-line texts: the first 一、 glued to the words before it (…请各位代表审议一、2011年工作回顾, or after a blank), when the text's first
 * 一、-style marker after a sentence end is 二、: the last 一、 before that 二、 whose character before it does not make
 * it part of a number or a word (十一、, 第一、, 之一、). Found by indexOf up to the 二、: linear.
 */
function gluedFirst(text: string, candidates: Candidate[]): Candidate | null {
  const second = candidates.find((c) => c.placement === 'inline' && c.kind.level === 1 && styleOf(c) === '1:cn-dun');
  if (!second || second.number !== 2 || candidates.some((c) => c.kind.level === 1 && c.index < second.index)) return null;
  let found: Candidate | null = null;
  for (let k = text.indexOf('一、'); k > 0 && k < second.index; k = text.indexOf('一、', k + 2)) {
    let b = k - 1;
    while (b > 0 && isSpaceAt(text, b)) b--;
    if (!/[\u4e00-\u9fff]/.test(text[b]) || GLUED_ONE_BEFORE.test(text[b])) continue;
    const c = matchMarker(text, k, true, true);
    if (c && c.number === 1 && styleOf(c) === '1:cn-dun') found = { ...c, placement: 'inline' };
  }
  return found;
}

/**
 * One-line texts: numbering that starts again under an unnumbered part (关于国内建设 一、…五、 关于外交工作 一、…三、)
 * reads as an inline 1 that continues nothing. It is taken when the next marker of its kind and style is its 2 —
 * the numbering it starts goes on — and not when that marker continues the old numbering. One pass from the end.
 */
function confirmRestarts(candidates: Candidate[]): void {
  const next = new Map<string, number>();
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    const style = styleOf(c);
    if (c.placement === 'inline' && c.number === 1 && next.get(style) === 2) c.restart = true;
    next.set(style, c.number);
  }
}

const styleOf = (c: Pick<Candidate, 'kind' | 'marker'>): string => `${c.kind.level}:${c.kind.style(c.marker)}`;

/** Per style, the text indexes and numbers of a paragraph's candidates, in text order. */
type StyleRuns = Map<string, { at: number[]; number: number[] }>;

function styleRuns(candidates: Candidate[]): StyleRuns {
  const runs: StyleRuns = new Map();
  for (const c of candidates) {
    const style = styleOf(c);
    let r = runs.get(style);
    if (!r) runs.set(style, (r = { at: [], number: [] }));
    r.at.push(c.index);
    r.number.push(c.number);
  }
  return runs;
}

/** Where in `runs` of `style` the first candidate after text index `after` is (a binary search), or -1. */
function nextAt(runs: StyleRuns, style: string, after: number): number {
  const r = runs.get(style);
  if (!r) return -1;
  const k = lastAtOrBefore(r.at, after) + 1;
  return k < r.at.length ? k : -1;
}

/** The number of the first candidate of `style` after text index `after`, or null. */
function nextNumber(runs: StyleRuns, style: string, after: number): number | null {
  const k = nextAt(runs, style, after);
  return k < 0 ? null : runs.get(style)!.number[k];
}

/** The text index of the first candidate of `style` after text index `after`, or Infinity. */
function nextIndex(runs: StyleRuns, style: string, after: number): number {
  const k = nextAt(runs, style, after);
  return k < 0 ? Infinity : runs.get(style)!.at[k];
}

const SENTENCE_INSIDE = /[。！？!?](?=.*[\u4e00-\u9fff])/;
const SENTENCE_CLOSED = /[。！？!?；;][”’」）)]?$/;

/**
 * Paragraphs that are the items of a list, one paragraph each, not headings: after a paragraph ending in a colon
 * (今后准备采取以下措施：), two or more paragraphs numbered from 1 on in turn with nothing between them, the numbering
 * not taken up again further on (a section's heading numbers go on after its body), each closing as a sentence and
 * most of them one sentence (a run-in heading is a phrase followed by its body). Returns their indexes.
 */
function paragraphLists(paragraphs: Paragraph[], end: number, marks: LineMarks): Set<number> {
  const items = new Set<number>();
  for (let i = 1; i < end; i++) {
    if (!COLON_END.test(paragraphs[i - 1].text)) continue;
    const first = marks[i];
    if (!first || first.number !== 1 || first.kind.paragraphStart) continue;
    let j = i;
    while (j + 1 < end) {
      const next = marks[j + 1];
      if (!next || next.kind !== first.kind || next.number !== j - i + 2) break;
      j++;
    }
    const n = j - i + 1;
    if (n < 2) continue;
    let continued = false;
    for (let k = j + 1; k < end; k++) {
      const m = marks[k];
      if (!m) continue;
      if (m.kind.level < first.kind.level || (m.kind === first.kind && m.number === 1)) break;
      if (m.kind === first.kind && m.number === n + 1) { continued = true; break; }
    }
    const run = paragraphs.slice(i, j + 1).map((p) => p.text.trim());
    const sentences = run.filter(oneSentence).length;
    // Each item is a sentence: headings standing alone on their lines (同志们：/一、提高认识/二、…) close with none.
    if (!continued && sentences * 2 > n && run.every((t) => SENTENCE_CLOSED.test(t))) for (let k = i; k <= j; k++) items.add(k);
    i = j;
  }
  return items;
}

const MAX_LIST_GAP = 1;

/**
 * Paragraphs that are the items of a list set among the body, not headings: numbering that starts again at 1 at a
 * line start after the same kind of marker reached 2 or more with no shallower marker since (the section headings
 * 一、…六、 are behind it; no part heading 第N部分 stands between), whose numbered paragraphs — 1 to n in turn, n ≥ 2,
 * at most one other paragraph between two of them (作出以下规定。/一、…。/说明/二、…。) — are single sentences, most of
 * them closed: a heading standing alone ends with no sentence mark, a run-in one goes on with its body, and a section
 * has a body longer than one paragraph. The items of other lists (`listed`) are passed over. Returns their indexes.
 */
function restartedLists(paragraphs: Paragraph[], end: number, listed: Set<number>, lineMarks: LineMarks): Set<number> {
  const items = new Set<number>();
  /** Per marker kind, the highest number a line-start marker of it reached since the last part heading. */
  const reached = new Map<MarkerKind, number>();
  // The paragraphs that start with a marker, read once.
  const at: number[] = [];
  const marks: Omit<Candidate, 'placement'>[] = [];
  for (let i = 0; i < end; i++) {
    const m = listed.has(i) ? null : lineMarks[i];
    if (m) { at.push(i); marks.push(m); }
  }
  for (let a = 0; a < at.length; a++) {
    const i = at[a];
    if (items.has(i)) continue;
    const first = marks[a];
    if (first.kind.part) { reached.clear(); continue; }
    // A heading starts the numbering of the levels under it again.
    for (const kind of reached.keys()) if (kind.level > first.kind.level) reached.delete(kind);
    if (first.number === 1 && (reached.get(first.kind) ?? 0) >= 2) {
      const run = [i];
      for (let b = a + 1; b < at.length; b++) {
        const m = marks[b];
        if (m.kind.level < first.kind.level || m.kind.part) break;
        if (m.kind !== first.kind) continue;
        if (m.number !== run.length + 1) break;
        run.push(at[b]);
      }
      const texts = run.map((k) => paragraphs[k].text.trim());
      const single = texts.every(oneSentence);
      const closed = texts.filter((t) => SENTENCE_CLOSED.test(t)).length;
      // A list's explanations are short: at most MAX_LIST_GAP paragraph between two items (a section has a body).
      const near = run.every((k, j) => j === 0 || k - run[j - 1] - 1 <= MAX_LIST_GAP);
      if (run.length >= 2 && single && near && closed * 2 > run.length) {
        for (const k of run) items.add(k);
        continue;
      }
    }
    reached.set(first.kind, Math.max(reached.get(first.kind) ?? 0, first.number));
  }
  return items;
}

/**
 * One-line texts: the items of a list after a colon (今后准备采取以下措施：（１）…。（２）…。（３）…。), as paragraphLists
 * reads them in a text with line breaks: numbered from 1 in turn, each item but the last a closed sentence up to
 * the next marker and most of them one sentence, the numbering not taken up again before a shallower marker.
 * Linear: each item's text is read once, and what follows a run is found by binary search.
 */
function sentenceLists(text: string, candidates: Candidate[], runs: StyleRuns): Set<Candidate> {
  const items = new Set<Candidate>();
  // For each level, the text index of the next candidate shallower than it, from each candidate on.
  const shallower: number[][] = [1, 2, 3, 4, 5].map(() => new Array<number>(candidates.length + 1).fill(Infinity));
  for (let k = candidates.length - 1; k >= 0; k--) {
    for (let l = 1; l <= 5; l++) shallower[l - 1][k] = candidates[k].kind.level < l ? candidates[k].index : shallower[l - 1][k + 1];
  }
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    if (!first.colon || first.number !== 1 || first.placement !== 'inline') continue;
    const style = styleOf(first);
    let j = i;
    while (j + 1 < candidates.length && styleOf(candidates[j + 1]) === style && candidates[j + 1].number === j - i + 2) j++;
    const n = j - i + 1;
    if (n < 2) continue;
    let closed = true;
    let one = 0;
    for (let k = i; k < j; k++) {
      const t = text.slice(candidates[k].textStart, candidates[k + 1].index).trim();
      if (!SENTENCE_CLOSED.test(t)) closed = false;
      else if (oneSentence(t)) one++;
    }
    const after = candidates[j].index;
    const goesOn = nextNumber(runs, style, after) === n + 1 && nextIndex(runs, style, after) < shallower[first.kind.level - 1][j + 1];
    if (closed && one * 2 > n - 1 && !goesOn) for (let k = i; k <= j; k++) items.add(candidates[k]);
    i = j;
  }
  return items;
}

export function extractHeadings(doc: SpeechDocument, paragraphs: Paragraph[]): Heading[] {
  const headings: Heading[] = [];
  // Stack of open headings by level, to find parents and the expected next number at each level.
  const stack: number[] = [];
  const lastNumberUnder = new Map<string, number>();

  const parentFor = (level: number): number | null => {
    while (stack.length && headings[stack[stack.length - 1]].level >= level) stack.pop();
    return stack.length ? stack[stack.length - 1] : null;
  };
  const peekParent = (level: number): number | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (headings[stack[k]].level < level) return stack[k];
    return null;
  };
  const key = (parent: number | null, level: number) => `${parent ?? -1}:${level}`;
  /** The last 第一部分/第一个问题 heading, parent of the 一、 headings that follow it. */
  let openPart: number | null = null;

  const end = bodyEnd(doc, paragraphs);
  const oneLine = oneLineIndex(doc) >= 0;
  const marks: LineMarks = paragraphs.slice(0, end).map((p) => matchMarker(p.text, 0));
  const listItems = semicolonLists(paragraphs, end, marks);
  for (const k of paragraphLists(paragraphs, end, marks)) listItems.add(k);
  for (const k of restartedLists(paragraphs, end, listItems, marks)) listItems.add(k);
  for (let i = 0; i < end; i++) {
    const p = paragraphs[i];
    const text = p.text;
    const candidates: Candidate[] = [];
    const head = listItems.has(i) ? null : marks[i];
    if (head) candidates.push({ ...head, placement: 'line' });
    const inlineStart = oneLine ? INLINE_START_ONE_LINE : INLINE_START;
    inlineStart.lastIndex = 0;
    for (let m = inlineStart.exec(text); m; m = inlineStart.exec(text)) {
      const at = m.index + m[0].length;
      const c = matchMarker(text, at, true, oneLine);
      // After a colon, items of the sentence's own list (：（一）…；（二）…) are no headings.
      if (c && oneLine && /[：:]/.test(m[0]) && /[；;]/.test(sentenceFrom(text, at))) continue;
      // A list announced by the colon starts its numbering again (重点做好9个方面工作：（一）…).
      if (c) candidates.push({ ...c, placement: 'inline', restart: oneLine && c.number === 1 && /[：:]/.test(m[0]), colon: oneLine && /[：:]/.test(m[0]) });
    }
    if (oneLine) {
      MD_BARE_ONE_LINE.lastIndex = 0;
      let added = false;
      for (let m = MD_BARE_ONE_LINE.exec(text); m; m = MD_BARE_ONE_LINE.exec(text)) {
        const at = m.index + m[0].length;
        const numeral = /^[一二三四五六七八九十]{1,3}/.exec(text.slice(at, at + 3))![0];
        const number = parseCnNumber(numeral);
        if (Number.isFinite(number) && number >= 1) {
          candidates.push({ kind: BARE, marker: numeral, number, index: at, textStart: at + numeral.length, placement: 'inline' });
          added = true;
        }
      }
      if (added) candidates.sort((a, b) => a.index - b.index);
      const glued = gluedFirst(text, candidates);
      if (glued) candidates.splice(candidates.findIndex((c) => c.index > glued.index) >>> 0, 0, glued);
      confirmRestarts(candidates);
    }
    const runs = oneLine ? styleRuns(candidates) : null;
    const listed = runs ? sentenceLists(text, candidates, runs) : null;
    for (let ci = 0; ci < candidates.length; ci++) {
      const c = candidates[ci];
      if (listed?.has(c)) continue;
      const level = c.kind.level;
      if (c.placement === 'inline' || c.kind.continuing) {
        // Inline numbers are accepted only where they continue the numbering (一、 then 二、 …), so a number
        // that merely follows a full stop is not taken for a heading.
        const expected = (lastNumberUnder.get(key(peekParent(level) ?? openPart, level)) ?? 0) + 1;
        if (c.number !== expected && !c.restart) continue;
      }
      // A heading phrase is short; looking a few hundred characters ahead keeps one-line speeches linear.
      const rest = text.slice(c.textStart, c.textStart + LOOKAHEAD);
      let placement = c.placement;
      // A bare numeral glued to its paragraph (one-line ## 一辽沈…): the marker is the whole heading.
      let phrase = c.kind === BARE && c.placement === 'inline' ? '' : headingPhrase(rest);
      let childAt = -1;
      if (runs && CHILD_FIRST[level]) {
        const child = CHILD_FIRST[level].exec(phrase);
        // Glued to the words (…主要任务（一）…), or after the blank that ended the phrase (…主要任务 （一）…).
        let k = phrase.length;
        while (k < rest.length && isSpaceAt(rest, k)) k++;
        if (child && child.index > 0) childAt = child.index;
        else if (k > phrase.length && phrase && CHILD_FIRST[level].exec(rest.slice(k, k + 8))?.index === 0) childAt = k;
      }
      if (childAt > 0) {
        const glued = matchMarker(text, c.textStart + childAt, true, oneLine);
        // Only when its numbering goes on (（二） is the next marker of its style): not 其中（一）类项目.
        if (glued && nextNumber(runs!, styleOf(glued), glued.index) === 2) {
          phrase = phrase.slice(0, childAt).trimEnd();
          let k = ci + 1;
          while (k < candidates.length && candidates[k].index < glued.index) k++;
          candidates.splice(k, 0, { ...glued, placement: 'inline', restart: true });
        }
      }
      const tail = rest.slice(phrase.length).replace(/^[。！？!?：:\s]+/, '') || text.length > c.textStart + LOOKAHEAD;
      if (placement === 'line' && tail) placement = 'run-in';
      // A heading says something in words: 1. 12.5 13.6 in a table is not one.
      if (!c.kind.wordy && !/[\u4e00-\u9fff]/.test(phrase)) continue;
      // 一、二、 inside 第一部分 belong to that part: the 第… heading is the parent of the level-1 headings after it.
      const di = Boolean(c.kind.part);
      let parent = parentFor(level);
      if (di) { stack.length = 0; parent = null; openPart = headings.length; }
      else if (parent === null && openPart !== null) parent = openPart;
      const start = positionAt(doc, p.offset + c.index);
      const end = positionAt(doc, p.offset + c.textStart + phrase.length);
      headings.push({
        level,
        marker: c.marker,
        style: c.kind.style(c.marker),
        number: c.number,
        text: phrase,
        line: start.line,
        column: start.column,
        endColumn: end.line === start.line ? end.column : start.column,
        placement,
        parent,
      });
      stack.push(headings.length - 1);
      lastNumberUnder.set(key(parent, level), c.number);
    }
  }
  return headings;
}

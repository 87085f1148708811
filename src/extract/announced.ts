// Announced counts: 下面，我讲三点意见 / 主要做到“五个坚持”： / 还有几点问题和不足：, and how many items
// actually follow — the next-level headings after it, or the series that starts right after it.
import { positionAt, offsetAt, type SpeechDocument } from '../text/document.js';
import { parseCnNumber } from '../text/numerals.js';
import type { Announcement, Heading, Paragraph, Series } from './types.js';
import { execAccepted } from './lexicon/scan.js';
import { bodyEnd } from './paragraphs.js';

/**
 * A number with a counting noun: 三点, 四个方面, 三方面, 六项, 五条, 四个特点, 几点. 点 is not 点钟/点半/点多,
 * and the number must stand alone (not 第三个, not the tail of 二十三).
 */
const COUNT = /(几|[两二三四五六七八九十]{1,3}|[2-9]|1\d)(点(?![钟半多整])|个方面|方面|层(?=意思|含义)|句(?=话)|项|条|个|种|大(?=[\u4e00-\u9fff]))/g;

/**
 * The number must stand alone: not after a numeral, a digit or 第. Tested by hand on each match instead of as
 * a leading lookbehind, which makes V8 try the pattern at every position.
 */
const NUMERAL_BEFORE = /[一二两三四五六七八九十零百千万\d第]/;
const standsAlone = (text: string, i: number) => i === 0 || !NUMERAL_BEFORE.test(text[i - 1]);

/** A speaker announcing: 讲三点, 再提几点, 谈两个问题, 强调以下几点; or any 以下 (抓好以下几项工作). */
const SPEECH_VERB = /(?:(?:讲|谈|提|说|强调|汇报|讲讲|谈谈)(?:一下|这么|这样)?|以下)$/;
/**
 * Work verbs that announce the parts of what follows (重点做好八个方面工作, 抓好三项任务, 突出四个重点). Weaker than
 * a speaking verb: such a count is taken only with parts counting nouns and when something countable follows.
 */
const WORK_VERB = /(?:做好|抓好|抓住|突出|把握好?|做到|落实好?|处理好|推进|着力|注重|强化|重点|加强|开展|实施|完成|聚焦)(?:好|以下|这|下面)?$/;
const WORK_NOUN = /^(?:点|个方面|方面|项|条|大)$/;
/** A quoted count of one-character items: 着力“十抓”, 做到“五个一”, followed by their enumeration (一抓…十抓). */
const QUOTED_COUNT = /[“"]([两二三四五六七八九十]{1,2})([\u4e00-\u9fff])[”"]/g;
/** Counting nouns that announce parts even inside a heading; 个 is left out there: 增强“四个意识” is a formula. */
const PART_NOUN = /^(?:点|个方面|方面|项|条|层|句)$/;

/** The noun phrase after the counting noun: 意见, 方面的问题, “五个坚持”, 工作机制 — up to punctuation. */
const NOUN_PHRASE = /[“”"‘’「」\u4e00-\u9fff]{0,12}/y;
const COLON_NEXT = /\s*[：:]/y;

const CLAUSE_BREAK = /[，,。；;：:！？!?\s\u3000）)]/;
const MAX_PHRASE = 30;

interface Span { start: number; end: number }

export function extractAnnouncements(doc: SpeechDocument, allParagraphs: Paragraph[], headings: Heading[], series: Series[]): Announcement[] {
  // An appendix (附件, 名词解释) after the speech announces nothing of it.
  const paragraphs = allParagraphs.slice(0, bodyEnd(doc, allParagraphs));
  const headingSpans: Span[] = headings.map((h) => ({ start: offsetAt(doc, { line: h.line, column: h.column }), end: offsetAt(doc, { line: h.line, column: h.endColumn }) }));
  const headingStarts = headingSpans.map((h) => h.start);
  const seriesStarts = series.map((s) => offsetAt(doc, { line: s.line, column: s.column }));
  const paragraphIndexAt = (offset: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const found: Announcement[] = [];
  for (const p of paragraphs) {
    COUNT.lastIndex = 0;
    for (let m = execAccepted(COUNT, p.text, standsAlone); m; m = execAccepted(COUNT, p.text, standsAlone)) {
      const numberAt = m.index;
      const afterNoun = m.index + m[0].length;
      NOUN_PHRASE.lastIndex = afterNoun;
      const noun = NOUN_PHRASE.exec(p.text)![0];
      const phraseEnd = afterNoun + noun.length;
      let clauseStart = numberAt;
      while (clauseStart > 0 && !CLAUSE_BREAK.test(p.text[clauseStart - 1]) && numberAt - clauseStart < MAX_PHRASE) clauseStart--;
      const before = p.text.slice(clauseStart, numberAt);
      const absolute = p.offset + numberAt;
      const candidate = lastAtOrBefore(headingStarts, absolute);
      const inHeading = candidate >= 0 && absolute < headingSpans[candidate].end ? candidate : -1;

      const spoken = SPEECH_VERB.test(before);
      COLON_NEXT.lastIndex = phraseEnd;
      const colon = COLON_NEXT.test(p.text);
      // In a heading (（二）着力解决“三方面问题”) the count must close the heading or sit in quotes.
      const headed = inHeading >= 0 && PART_NOUN.test(m[2]) && (p.offset + phraseEnd >= headingSpans[inHeading].end || /[”"]$/.test(noun));
      const worked = !spoken && !colon && !headed && WORK_VERB.test(before) && WORK_NOUN.test(m[2]);
      if (!spoken && !colon && !headed && !worked) continue;
      // 个 alone needs a noun after it (两个问题, 五个坚持); a bare 三个： is a list of things, not of points.
      if (m[2] === '个' && !/[\u4e00-\u9fff]/.test(noun)) continue;

      const announced = m[1] === '几' ? null : parseCnNumber(m[1]);
      const phrase = p.text.slice(clauseStart, phraseEnd);
      const start = positionAt(doc, p.offset + clauseStart);
      const end = positionAt(doc, p.offset + phraseEnd);
      const { actual, target } = countFollowing(p.offset + phraseEnd, inHeading);
      if (worked && actual === null) continue;
      found.push({ phrase, announced, actual, target, line: start.line, column: start.column, endColumn: end.line === start.line ? end.column : start.column });
    }
  }
  // Quoted counts (着力“十抓”) are announcements only when their enumeration follows.
  for (const p of paragraphs) {
    if (!p.text.includes('“') && !p.text.includes('"')) continue;
    QUOTED_COUNT.lastIndex = 0;
    for (let m = QUOTED_COUNT.exec(p.text); m; m = QUOTED_COUNT.exec(p.text)) {
      const end = m.index + m[0].length;
      if (found.some((a) => a.line === positionAt(doc, p.offset + m!.index).line && a.phrase.includes(m![0]))) continue;
      const { actual, target } = countFollowing(p.offset + end, -1);
      if (target !== 'series' || actual === null) continue;
      const s = series[lastAtOrBefore(seriesStarts, Infinity) >= 0 ? lastAtOrBefore(seriesStarts, p.offset + end - 1) + 1 : 0];
      // The enumeration repeats the quoted item word: 一抓 … 十抓.
      if (!s || !s.items.every((it) => String(it.marker).endsWith(m![2]))) continue;
      const start = positionAt(doc, p.offset + m.index);
      found.push({ phrase: m[0], announced: parseCnNumber(m[1]), actual, target, line: start.line, column: start.column, endColumn: positionAt(doc, p.offset + end).column });
    }
  }
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  return found;

  /**
   * What follows an announcement at `at`: a series starting within the next two paragraphs (before any heading)
   * is counted; otherwise, when the next heading is deeper than the announcement's own section, the headings of
   * that level in that section are counted.
   */
  function countFollowing(at: number, ownHeading: number): { actual: number | null; target: Announcement['target'] } {
    let context = ownHeading;
    if (context < 0) context = lastAtOrBefore(headingStarts, at);
    const contextLevel = context >= 0 ? headings[context].level : 0;
    const before = lastAtOrBefore(headingStarts, at - 1);
    const next = before + 1 < headingStarts.length ? before + 1 : -1;
    const nextStart = next >= 0 ? headingSpans[next].start : Infinity;
    const hereParagraph = paragraphIndexAt(at);
    const s0 = lastAtOrBefore(seriesStarts, at - 1) + 1;
    const s = s0 < seriesStarts.length ? s0 : -1;
    if (s >= 0 && seriesStarts[s] < nextStart && paragraphIndexAt(seriesStarts[s]) - hereParagraph <= 2) {
      return { actual: series[s].items.length, target: 'series' };
    }
    if (next >= 0 && headings[next].level > contextLevel) {
      const h = headings[next];
      let n = 0;
      for (let k = next; k < headings.length; k++) {
        if (headings[k].level <= contextLevel) break;
        if (headings[k].level === h.level && headings[k].parent === h.parent) n++;
      }
      return { actual: n, target: 'headings' };
    }
    return { actual: null, target: 'none' };
  }
}

/** Index of the last element <= x in an ascending array, or -1. */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

// Paragraphs of a speech: non-empty lines, with web copies split where paragraphs were marked only by
// full-width indents (　　) inside one long line, and page numbers of document-sharing sites left out.
import { positionAt, type SpeechDocument } from '../text/document.js';
import type { Paragraph } from './types.js';
import { isSpaceAt } from './lexicon/scan.js';

/**
 * A paragraph boundary inside a line: a run of two or more full-width spaces (the 　　 indent that survives
 * when a web page loses its line breaks), or any run of full-width/no-break spaces right after a sentence end.
 * A single ASCII space is left alone: it also separates a name from a title or a number from its unit.
 */
const INNER_BREAK = /\u3000{2,}|(?<=[。！？!?”」』])[\u3000\u00a0 ]*\u3000[\u3000\u00a0 ]*|(?<=[。！？!?”」』])[\u00a0 ]{2,}/g;

/**
 * Every INNER_BREAK starts with a full-width, no-break or ASCII space; the sticky copy is tried only there, as
 * the lookbehinds make V8 try the global pattern at every position of a long line.
 */
const INNER_BREAK_AT = new RegExp(INNER_BREAK.source, 'y');
const BREAK_START = /[\u3000\u00a0 ]/g;

/** The next INNER_BREAK at or after `from`, as the global exec loop would find it. */
function nextInnerBreak(line: string, from: number): RegExpExecArray | null {
  BREAK_START.lastIndex = from;
  for (let c = BREAK_START.exec(line); c; c = BREAK_START.exec(line)) {
    INNER_BREAK_AT.lastIndex = c.index;
    const m = INNER_BREAK_AT.exec(line);
    if (m) return m;
  }
  return null;
}

function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpaceAt(line, i)) i++;
  return i;
}

/** Sentence-final punctuation: a line ending with one of these closes its sentence. */
const SENTENCE_END = /[。！？!?…”’」』）)：:；;.．]\s*$/;

/** `N、` at a line start, as document-sharing sites print page numbers. */
const PAGE_MARKER = /^[\s\u3000]*(\d{1,3})、/;

/**
 * Lines whose leading `N、` is a page number, not a heading. Such markers number every line 1, 2, 3 … in a row,
 * and each page breaks mid-sentence, so the line before a marker is long and ends without punctuation
 * (a doubled `、、` — the marker glued to an enumeration comma — is further evidence). A list of short items
 * numbered 1、2、3、 on consecutive lines does not qualify: its lines are short.
 * Returns a map from 0-based line index to the marker length in UTF-16 units.
 */
export function findPageMarkers(doc: SpeechDocument): Map<number, number> {
  const result = new Map<number, number>();
  const lines = doc.lines;
  let run: { index: number; length: number; n: number }[] = [];
  const flush = () => {
    if (run.length >= 3) {
      let broken = 0;
      let doubled = 0;
      for (let k = 1; k < run.length; k++) {
        const prev = lines[run[k - 1].index].trimEnd();
        if (prev.length >= 60 && !SENTENCE_END.test(prev)) broken++;
      }
      for (const m of run) if (lines[m.index].charAt(m.length) === '、') doubled++;
      const ratio = broken / (run.length - 1);
      if (ratio >= 0.6 || (doubled > 0 && ratio >= 0.4)) for (const m of run) result.set(m.index, m.length);
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const m = PAGE_MARKER.exec(line);
    const n = m ? Number(m[1]) : NaN;
    if (m && run.length > 0 && n === run[run.length - 1].n + 1) {
      run.push({ index: i, length: m[0].length, n });
      continue;
    }
    flush();
    if (m) run.push({ index: i, length: m[0].length, n });
  }
  flush();
  return result;
}

/**
 * Markdown block syntax at the start of a line (`## 一、…`, `> `, `* `, `**一、…**`) is layout, not speech: drafts
 * are often kept as .md. The paragraph starts after it, so headings and positions are found as in plain text.
 */
const MD_LEAD = /^(?:#{1,6}[ \t]+|>[ \t]*|[*+-][ \t]+(?=\S))*(?:\*\*|__)?/;
const MD_TRAIL = /(?:[ \t]+#+|\*\*|__)[ \t]*$/;
/** An HTML comment line (lint directives such as <!-- jianghua-disable … -->) is not part of the speech. */
const HTML_COMMENT = /^<!--.*-->$/;

/**
 * A one-line text: a web copy that lost its line breaks, nearly all of it on one line (the title may keep a line of
 * its own). Paragraph boundaries are guessed only in such a text (headerCuts); text with line breaks is split where
 * it is broken. Returns the 0-based index of that line, or -1.
 */
export function oneLineIndex(doc: SpeechDocument): number {
  const known = oneLines.get(doc);
  if (known !== undefined) return known;
  let longest = -1;
  let longestLength = 0;
  let total = 0;
  let lines = 0;
  for (let i = 0; i < doc.lines.length; i++) {
    const n = doc.lines[i].trim().length;
    if (!n) continue;
    // More than ONE_LINE_MAX_LINES lines of text: none is the one line, and the rest need not be read.
    if (++lines > ONE_LINE_MAX_LINES) break;
    total += n;
    if (n > longestLength) { longest = i; longestLength = n; }
  }
  const at = longest >= 0 && lines <= ONE_LINE_MAX_LINES && longestLength >= Math.max(ONE_LINE_MIN, 0.8 * total) ? longest : -1;
  oneLines.set(doc, at);
  return at;
}
const ONE_LINE_MIN = 300;
const ONE_LINE_MAX_LINES = 8;
const oneLines = new WeakMap<SpeechDocument, number>();

/** Zero-width characters web pages leave where lines were (U+200B on a line of its own, a BOM). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/** How far into a one-line text its header (title, date, speaker, salutation) is looked for. */
const HEADER_WINDOW = 240;
const CN_NUM = '[〇零一二三四五六七八九十]{1,3}';
const YEAR = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
const DAY_NUM = `(?:[0-9０-９]{1,2}|${CN_NUM})`;
const DATE_CORE = `(?:${YEAR}\\s*年\\s*${DAY_NUM}\\s*月(?:\\s*${DAY_NUM}\\s*日)?|(?<![\\d.])\\d{4}\\s*[./-]\\s*\\d{1,2}\\s*[./-]\\s*\\d{1,2}(?![\\d.]))`;
const TIME_OF_DAY = '(?:\\s*(?:[上下]午|晚上?|早上))?';
/** A header date: bracketed (（2018年5月2日）), or bare after a title (讲话2015年3月31日), perhaps after a ——. */
const HEADER_DATE = new RegExp(`(?:——)?(?:[（(]\\s*${DATE_CORE}${TIME_OF_DAY}\\s*[）)]|${DATE_CORE}${TIME_OF_DAY})`, 'g');
/** A date inside a sentence (于2015年…, 2015年3月31日，), not a header line. */
const DATE_IN_SENTENCE_BEFORE = /[于在至到从自]$/;
const DATE_IN_SENTENCE_AFTER = /^[，,、。；;：:的至到—-]/;
/** 2024年3月5日在第十四届全国人民代表大会第二次会议上: a report's occasion line, one piece with its date. */
const OCCASION_AFTER_DATE = /^\s*在[^，。；！？：]{2,60}?(?:会议|大会|全会|代表会|会|典礼|仪式|论坛)上/;
/** The word a speech title ends with (…上的讲话, …发言稿, 工作报告), as title.ts's TITLE_LIKE. */
const TITLE_WORD = /(?:讲话|致辞|致词|发言|讲稿|报告|党课|主持词)(?:稿|提纲|摘要|摘编|要点)?/g;
/** What may not follow a title word that ends the title: the sentence or the name goes on (讲话，/ 报告的 / ——…). */
const TITLE_GOES_ON = /^(?:[，,。、；;：:！!？?）)”’》的和与及上中时会人者—–-]|精神|要求|指示|批示|内容|材料)/;
const TITLE_WORD_IN = new RegExp(TITLE_WORD.source);
/**
 * What stands before the title word that ends a title: 的 (…上的讲话, 同志的讲话摘要) or the occasion's last
 * character (开学典礼讲话, 开班仪式讲话, 论坛发言稿, 开放日讲话稿, 政府工作报告); not 一是讲话要简短.
 */
const TITLE_WORD_AFTER = /[的会礼式坛议班作日课]$/;
/** A ——subtitle piece ends with the title word (——在…上的讲话, ——2019学年开学典礼讲话). */
const SUBTITLE_END = new RegExp(`[的会礼式坛议班作日课](?:${TITLE_WORD.source})$`);
/** Web page labels whose colon is not a sentence's: 来源：北京日报. */
const LABEL_COLON = /(?:来源|时间|发布时间|发布日期|作者)\s*[:：]/g;
/** A news agency's dateline opening a copy: 新华社北京4月30日电. */
const DATELINE = /^(?:新华社|中新社|人民网|新华网|央视网)[^\s，。：]{0,12}?电/;
/** An editor's note under the title (> 这是毛泽东在……上的讲演。): it ends at its first full stop. */
const NOTE_START = /^\s*(?:>\s*)?这是[^。]{2,10}?在[^。]{2,120}?。/;
/** The end of a salutation: its colon, or 大家好 right after the addressees (各位家长大家好！). */
const SALUTATION_END = /[：:]|[，,！!]?\s*(?=大家(?:上午|下午|早上|晚上)?好)/g;
/** The greeting right after the salutation (：大家好！, ，早上好！): still its line. */
const GREETING_AFTER = /^\s*(?:大家)?(?:早上|上午|中午|下午|晚上)?好[！!。]?/;
/** One addressee between commas: 各位代表, 尊敬的各位领导, 亲爱的同学们, 青年朋友们. */
const ADDRESSEE_CLAUSE = /^(?:(?:尊敬的|亲爱的?|敬爱的)[^，,、。；！？：:\s]{1,14}|各位[^，,、。；！？：:\s]{0,10}|[^，,、。；！？：:\s]{1,8}们)$/;
/** A member of an addressee list after 、 (尊敬的各位嘉宾、家长): a short word. */
const ADDRESSEE_MEMBER = /^[\u3400-\u9fff]{1,4}$/;
const ADDRESSEE_OPEN = /尊敬的|亲爱的?|敬爱的|各位/;
/** A letter-spaced name glued to the addressee (习　近　平同志们：). */
const SPACED_NAME_BEFORE = /^[\u3400-\u9fff](?:[\s\u3000]+[\u3400-\u9fff]){1,3}(?=(?:同志|同学|朋友|代表)们$)/;

/** Whether the header text before a cut reads as header lines: no sentence end, and any comma or colon sits in a main title before its ——subtitle. */
function headerish(prefix: string): boolean {
  const t = prefix.replace(LABEL_COLON, '');
  if (/[。；;]/.test(t)) return false;
  const last = Math.max(...[...'，,：:！!？?'].map((c) => t.lastIndexOf(c)));
  return last < 0 || t.indexOf('——', last) > last;
}

/**
 * Where the header of a one-line text ends its pieces: after a dateline (新华社…电) or a closing **, after the
 * title word that ends a title at the very start (…上的讲话 | 2015年3月31日), before and after a date line (with
 * a report's occasion: 2024年3月5日在…会议上), after an editor's note, and before the salutation (各位代表：,
 * 同学们、老师们，…：, 习　近　平 | 同志们：). Offsets into `text` (the first paragraph of the one line), sorted;
 * only the first HEADER_WINDOW characters are read, so a megabyte line costs what a short one does.
 */
export function headerCuts(text: string): number[] {
  const w = text.slice(0, HEADER_WINDOW);
  const cuts = new Set<number>();
  // The first sentence end closes the header (！/？ inside a main title before its —— does not).
  let end = w.length;
  for (const m of w.matchAll(/[。；;]|[！!？?](?!\s*——)/g)) { end = m.index!; break; }

  const limit = end;
  const dl = DATELINE.exec(w);
  if (dl) cuts.add(dl[0].length);
  let bold = 0;
  for (let i = w.indexOf('**'); i >= 0 && i < limit; i = w.indexOf('**', i + 2)) if (++bold % 2 === 0) cuts.add(i + 2);
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(w); m && m.index < limit; m = TITLE_WORD.exec(w)) {
    const after = m.index + m[0].length;
    if (!headerish(w.slice(0, after))) break;
    if (after < limit && TITLE_WORD_AFTER.test(w.slice(0, m.index)) && !TITLE_GOES_ON.test(w.slice(after, after + 2))) { cuts.add(after); break; }
  }
  HEADER_DATE.lastIndex = 0;
  for (let m = HEADER_DATE.exec(w); m && m.index < limit; m = HEADER_DATE.exec(w)) {
    const bracketed = /[）)]$/.test(m[0]);
    const after = m.index + m[0].length;
    // A bracketed date is a header line after any title (关心群众生活，注意工作方法（一九三四年…）).
    if (bracketed ? /[。；;]/.test(w.slice(0, m.index)) : !headerish(w.slice(0, m.index))) break;
    if (!bracketed && (DATE_IN_SENTENCE_BEFORE.test(w.slice(0, m.index)) || DATE_IN_SENTENCE_AFTER.test(w.slice(after, after + 1)))) continue;
    cuts.add(m.index);
    const occasion = OCCASION_AFTER_DATE.exec(w.slice(after, limit));
    cuts.add(occasion ? after + occasion[0].length : after);
  }
  // An editor's note starts a piece of its own (after the date above it) and ends at its full stop.
  for (const c of [0, ...cuts]) {
    const note = c < limit ? NOTE_START.exec(w.slice(c)) : null;
    if (note) { cuts.add(c + note[0].length); break; }
  }
  // A main title over its ——subtitle (欢迎你为“求真”而来！——在…上的讲话): the lines they were.
  const dash = w.indexOf('——');
  if (dash > 1 && dash < limit && !cuts.has(dash) && headerish(w.slice(0, dash + 2))) {
    const next = Math.min(...[...cuts].filter((c) => c > dash), limit);
    if (SUBTITLE_END.test(w.slice(dash, next).trim())) cuts.add(dash);
  }
  const found = salutationAt(w, end, cuts);
  const salutation = found ? found.start : null;
  if (found) {
    cuts.add(found.start);
    // The salutation was a line of its own (同志们： / 各位家长，大家好！): the body starts after it.
    cuts.add(found.end);
  }
  return [...cuts].filter((c) => c > 0 && c < text.length && (found === null || c <= found.end)).sort((a, b) => a - b);
}

/**
 * Where the salutation of a one-line text starts: the run of addressees before the first salutation end, walked
 * back clause by clause; an addressee glued to what precedes it (…报告马德尧各位领导) starts at 各位/尊敬的.
 * At most one sentence end may precede it (…同志作政府工作报告。各位代表：). Returns where it starts and where its
 * line ends (after its colon and a greeting: 同学们：早上好！), or null when there is none.
 */
function salutationAt(w: string, headerEnd: number, cuts: Set<number>): { start: number; end: number } | null {
  const ends = [...w.matchAll(/[。！？!?]/g)];
  const stop = ends.length > 1 ? ends[1].index! : w.length;
  SALUTATION_END.lastIndex = 0;
  for (let m = SALUTATION_END.exec(w); m && m.index < stop; m = SALUTATION_END.exec(w)) {
    if (m[0] === '' && m.index === SALUTATION_END.lastIndex) SALUTATION_END.lastIndex++;
    const t = m.index;
    if (t > headerEnd && !/[：:]/.test(m[0])) continue;
    // Clauses back from the end: each an addressee, the leftmost possibly glued to a title or a name.
    let start = t;
    let at = t;
    let found = false;
    // The walk stops at the header's other pieces (the date or name before the addressees).
    const floor = Math.max(-1, ...[...cuts].filter((c) => c < t).map((c) => c - 1));
    while (at > floor + 1) {
      let k = at - 1;
      while (k > floor && !/[，,、。；！？：:]/.test(w[k])) k--;
      const clause = w.slice(k + 1, at).trim();
      const from = at - clause.length;
      if (clause && ADDRESSEE_CLAUSE.test(clause) && !TITLE_WORD_IN.test(clause)) {
        found = true;
        start = from;
        if (k > floor && /[，,、]/.test(w[k])) { at = k; continue; }
        break;
      }
      // 嘉宾、家长: a short member of a list, an addressee only when one stands to its left.
      if (k > floor && w[k] === '、' && ADDRESSEE_MEMBER.test(clause)) { at = k; continue; }
      // The leftmost clause glued to what stands before it: …报告马德尧各位领导, 习　近　平同志们, 王 琛 同学们.
      const open = ADDRESSEE_OPEN.exec(clause);
      if (open && ADDRESSEE_CLAUSE.test(clause.slice(open.index))) { found = true; start = from + open.index; break; }
      const spaced = SPACED_NAME_BEFORE.exec(clause);
      if (spaced) { found = true; start = from + spaced[0].length; break; }
      const blank = clause.search(/\s(?=\S+$)/);
      if (blank >= 0 && ADDRESSEE_CLAUSE.test(clause.slice(blank + 1))) { found = true; start = from + blank + 1; }
      break;
    }
    if (!found) continue;
    // A separator the walk stopped on belongs before the salutation.
    while (start < t && /[，,、\s]/.test(w[start])) start++;
    const greeting = GREETING_AFTER.exec(w.slice(t + m[0].length, t + m[0].length + 12));
    return { start, end: t + m[0].length + (greeting ? greeting[0].length : 0) };
  }
  return null;
}

export function splitParagraphs(doc: SpeechDocument): Paragraph[] {
  const markers = findPageMarkers(doc);
  const oneLine = oneLineIndex(doc);
  const out: Paragraph[] = [];
  const push = (lineIndex: number, from: number, to: number) => {
    const line = doc.lines[lineIndex];
    while (from < to && isSpaceAt(line, from)) from++;
    while (to > from && isSpaceAt(line, to - 1)) to--;
    if (from >= to) return;
    if (HTML_COMMENT.test(line.slice(from, to))) return;
    if (from === firstNonSpace(line) && /^[#>*+_-]/.test(line.slice(from, from + 1))) {
      const lead = MD_LEAD.exec(line.slice(from, to))![0].length;
      const body = line.slice(from + lead, to);
      // Only when the line really was Markdown: a closing ** needs an opening one (a lone *a* stays as is).
      if (lead > 0) {
        from += lead;
        const trail = MD_TRAIL.exec(body);
        if (trail && (trail[0].trim().startsWith('#') || /^(?:\*\*|__)/.test(line.slice(from - 2, from)))) to -= trail[0].length;
        while (from < to && isSpaceAt(line, from)) from++;
        if (from >= to) return;
      }
    }
    const offset = doc.lineStarts[lineIndex] + from;
    const { line: ln, column } = positionAt(doc, offset);
    out.push({ text: line.slice(from, to), line: ln, column, offset });
  };
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (!line.trim()) continue;
    let start = markers.get(i) ?? 0;
    let first = i === oneLine && out.length < 3;
    const piece = (from: number, to: number) => {
      if (first) {
        first = false;
        // The header of a one-line text: its title, date, speaker and salutation as the lines they were. A
        // zero-width space that stood on a line of its own is no part of them.
        let base = from + firstNonSpace(line.slice(from, to));
        while (base < to && INVISIBLE.test(line[base])) base = from = base + 1;
        for (const c of headerCuts(line.slice(base, to))) {
          let e = base + c;
          while (e > from && INVISIBLE.test(line[e - 1])) e--;
          push(i, from, e);
          from = base + c;
          while (from < to && INVISIBLE.test(line[from])) from++;
        }
      }
      if (i === oneLine) for (const c of appendixCuts(doc, line, from, to)) {
        push(i, from, c);
        from = c;
      }
      push(i, from, to);
    };
    for (let m = nextInnerBreak(line, start); m; m = nextInnerBreak(line, m.index + m[0].length)) {
      piece(start, m.index);
      start = m.index + m[0].length;
    }
    piece(start, line.length);
  }
  return out;
}

/** What opens an appendix (附件1, 附录, 名词解释) when a one-line text glued it to the last sentence of the body. */
const APPENDIX_WORDS = ['附件', '附录', '附表', '名词解释'];
const APPENDIX_GLUED = /^(?:(?:附件|附录|附表)\s*[0-9０-９一二三四五六七八九十]{0,2}|名词解释)/;

/**
 * Offsets in [from, to) of `line` (the one line of a one-line text) where an appendix starts right after a sentence
 * end, in the second half of the text (as bodyEnd reads appendices). Found by indexOf: linear in the line.
 */
function appendixCuts(doc: SpeechDocument, line: string, from: number, to: number): number[] {
  const half = Math.max(from, doc.text.length / 2 - doc.lineStarts[oneLineIndex(doc)]);
  const cuts: number[] = [];
  for (const word of APPENDIX_WORDS) {
    for (let k = line.indexOf(word, Math.ceil(half)); k >= 0 && k < to; k = line.indexOf(word, k + word.length)) {
      let b = k - 1;
      while (b > from && isSpaceAt(line, b)) b--;
      if (b > from && /[。！？!?]/.test(line[b])) cuts.push(k);
    }
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * The line that opens an appendix of a report: 附件1, 附件2 名词解释, 附录：…, 名词解释, 注释 — a short line of its own.
 * What follows it (a list of 民生实事 numbered 一、二、, a glossary numbered 1. 2.) is not the speech's structure.
 */
const APPENDIX = /^(?:(?:附件|附录|附表)\s*[0-9０-９一二三四五六七八九十]{0,2}(?:\s*[：:]\s*|\s+|$)[^。！？!?，,；;]{0,24}|(?:名词解释|注释|注解)\s*[：:]?)$/;
const bodyEnds = new WeakMap<Paragraph[], number>();

/**
 * How many paragraphs belong to the speech before an appendix (all of them when there is none). An appendix line
 * counts only in the second half of the text: a speech sent as the attachment of a notice starts with 附件.
 */
export function bodyEnd(doc: SpeechDocument, paragraphs: Paragraph[]): number {
  const known = bodyEnds.get(paragraphs);
  if (known !== undefined) return known;
  let end = paragraphs.length;
  const half = doc.text.length / 2;
  const oneLine = oneLineIndex(doc) >= 0;
  for (let i = paragraphs.length - 1; i >= 0 && paragraphs[i].offset >= half; i--) {
    const t = paragraphs[i].text;
    if ((t.length <= 32 && APPENDIX.test(t)) || (oneLine && APPENDIX_GLUED.test(t))) end = i;
  }
  bodyEnds.set(paragraphs, end);
  return end;
}

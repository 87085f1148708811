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

export function splitParagraphs(doc: SpeechDocument): Paragraph[] {
  const markers = findPageMarkers(doc);
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
    for (let m = nextInnerBreak(line, start); m; m = nextInnerBreak(line, m.index + m[0].length)) {
      push(i, start, m.index);
      start = m.index + m[0].length;
    }
    push(i, start, line.length);
  }
  return out;
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
  for (let i = paragraphs.length - 1; i >= 0 && paragraphs[i].offset >= half; i--) {
    const t = paragraphs[i].text;
    if (t.length <= 32 && APPENDIX.test(t)) end = i;
  }
  bodyEnds.set(paragraphs, end);
  return end;
}

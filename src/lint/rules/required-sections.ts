// Each standard section of the speech type (templates/<type>/sections.yaml) should be present. A section counts as
// present when a heading carries one of its heading cues, or the text uses enough of its characteristic wording.
import { defineRule } from '../rule.js';
import { loadSections, type SectionSpec } from '../../sections.js';
import type { SpeechStructure } from '../../extract/types.js';
import { isTemplateType, typeName } from '../../speech-types.js';
import type { SpeechDocument } from '../../text/document.js';


interface Block { start: number; end: number; text: string }

/** Top-level heading blocks: from a heading to the next heading of the same level. */
function topBlocks(doc: SpeechDocument, structure: SpeechStructure): Block[] {
  const tops = structure.headings.filter((h) => h.parent === null);
  const at = (h: (typeof tops)[number]) => doc.lineStarts[h.line - 1] + (h.column - 1);
  return tops.map((h, k) => ({ start: at(h), end: k + 1 < tops.length ? at(tops[k + 1]) : doc.text.length, text: h.text }));
}

const matches = (cues: string[], text: string) => cues.some((c) => text.includes(c));

function occurrences(text: string, cue: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) out.push(i);
  return out;
}

/**
 * Which standard sections a speech has. Sections come in a fixed order (sections.yaml), so detection works in two
 * passes. First, anchors: walking the top-level heading blocks in order, a section is anchored at the first block
 * (at or after the previous anchor) whose heading carries one of its heading cues. Second, a section without an
 * anchor is looked for by its characteristic wording, but only in its zone: from the block of the nearest anchored
 * section before it (short parts are often folded into the end of the previous block) to the block of the nearest
 * anchored section after it. Wording elsewhere belongs to other sections and proves nothing — 取得了 in the
 * experience part does not make up for a deleted achievements part. Body cues must not sit inside a longer cue of
 * another section (主要任务 inside 这次会议的主要任务); two distinct cues, or one of three or more characters, are needed.
 */
/**
 * Anchor sections to heading blocks: the assignment that keeps the sections' order and anchors the most sections,
 * preferring one block per section (a block may carry two: 意义与任务). Dynamic programming over sections × blocks,
 * so a cue in a later heading (巩固成果 for 成果) cannot steal an earlier section's anchor and push the rest out.
 */
function anchorSections(all: SectionSpec[], blocks: Block[]): Map<string, number> {
  const cued = all.filter((s) => s.headingCues.length > 0);
  const m = cued.length;
  const n = blocks.length;
  const SHARE = 0.01;
  // best[i][j]: best score for sections i.. with anchors at blocks >= j; a shared block costs a little.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      let v = Math.max(best[i + 1][j], best[i][j + 1]);
      if (matches(cued[i].headingCues, blocks[j].text)) {
        // Anchor at j, next section strictly after j, or sharing j.
        v = Math.max(v, 1 + best[i + 1][j + 1], 1 - SHARE + (i + 1 < m && matches(cued[i + 1].headingCues, blocks[j].text) ? best[i + 1][j] : best[i + 1][j + 1]));
      }
      best[i][j] = v;
    }
  }
  const anchor = new Map<string, number>();
  let i = 0;
  let j = 0;
  const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  while (i < m && j < n) {
    const here = matches(cued[i].headingCues, blocks[j].text);
    if (here && eq(best[i][j], 1 + best[i + 1][j + 1])) { anchor.set(cued[i].id, j); i++; j++; continue; }
    if (here && i + 1 < m && matches(cued[i + 1].headingCues, blocks[j].text) && eq(best[i][j], 1 - SHARE + best[i + 1][j])) { anchor.set(cued[i].id, j); i++; continue; }
    if (eq(best[i][j], best[i + 1][j])) { i++; continue; }
    j++;
  }
  return anchor;
}

/**
 * The opening and the closing of a speech: its first / last 3 body paragraphs (paragraphs with sentences; a web
 * page's header lines, the title, the salutation and a footer such as 返回顶部 are not body).
 */
const EDGE_PARAGRAPHS = 3;
const SENTENCE = /[。！？!?；]/;
function edges(doc: SpeechDocument, structure: SpeechStructure): { openingEnd: number; closingStart: number } {
  const body = structure.paragraphs.filter((p) => SENTENCE.test(p.text));
  const n = doc.text.length;
  const openingEnd = body.length > EDGE_PARAGRAPHS ? body[EDGE_PARAGRAPHS].offset : n;
  const closingStart = body.length > EDGE_PARAGRAPHS ? body[body.length - EDGE_PARAGRAPHS].offset : 0;
  return { openingEnd, closingStart };
}

/**
 * Where each present section starts (an offset in the text): its heading block, or its first characteristic wording.
 * A section that never has a heading of its own at either end of the list is found by its wording at that end of
 * the speech only: the purpose of the meeting in the opening, the call to action (让我们…, 谢谢大家) in the closing —
 * 让我们 in the middle of a part is not a closing.
 */
export function locateSections(all: SectionSpec[], doc: SpeechDocument, structure: SpeechStructure, minBodyCues: number): Map<string, number> {
  const blocks = topBlocks(doc, structure);
  const anchor = anchorSections(all, blocks);
  const located = new Map<string, number>();
  const { openingEnd, closingStart } = edges(doc, structure);
  const firstCued = all.findIndex((o) => o.headingCues.length > 0);
  const lastCued = all.length - 1 - [...all].reverse().findIndex((o) => o.headingCues.length > 0);
  all.forEach((section, idx) => {
    if (anchor.has(section.id)) {
      located.set(section.id, blocks[anchor.get(section.id)!].start);
      return;
    }
    const prev = all.slice(0, idx).reverse().find((o) => anchor.has(o.id));
    const next = all.slice(idx + 1).find((o) => anchor.has(o.id));
    const p = prev ? anchor.get(prev.id)! : -1;
    const n = next ? anchor.get(next.id)! : -1;
    let zoneStart = p >= 0 ? blocks[p].start : 0;
    let zoneEnd = n < 0 ? doc.text.length : n > p ? blocks[n].start : blocks[n].end;
    if (firstCued >= 0 && idx < firstCued) zoneEnd = Math.min(zoneEnd, openingEnd);
    if (firstCued >= 0 && idx > lastCued) zoneStart = Math.max(zoneStart, closingStart);
    const longer = all.filter((o) => o !== section).flatMap((o) => o.bodyCues)
      .flatMap((c) => occurrences(doc.text, c).map((at) => [at, at + c.length] as const));
    let first = Infinity;
    const found = section.bodyCues.filter((cue) => {
      const hits = occurrences(doc.text, cue).filter((at) =>
        at >= zoneStart && at < zoneEnd && !longer.some(([a, b]) => b - a > cue.length && at >= a && at + cue.length <= b));
      if (hits.length) first = Math.min(first, hits[0]);
      return hits.length > 0;
    });
    if (found.length >= minBodyCues || found.some((c) => [...c].length >= 3)) located.set(section.id, first);
  });
  return located;
}

export function presentSections(all: SectionSpec[], doc: SpeechDocument, structure: SpeechStructure, minBodyCues: number): Set<string> {
  return new Set(locateSections(all, doc, structure, minBodyCues).keys());
}

/** The last line that has text (1-based). */
function lastTextLine(doc: SpeechDocument): number {
  for (let i = doc.lines.length - 1; i > 0; i--) if (doc.lines[i].trim()) return i + 1;
  return 1;
}

/** The line of an offset (1-based). */
function lineAt(doc: SpeechDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export default defineRule({
  id: 'required-sections',
  description: '按讲话类型检查标准段落是否齐全（会议目的、意义、任务、要求、号召等）',
  severity: 'warn',
  fixable: false,
  defaultOptions: { minBodyCues: 2, checkOptional: false },
  messages: {
    missing: '缺少“{section}”部分（{type}{where}），可写如：{example}',
  },
  check({ doc, structure, options, speechType, report, note }) {
    if (speechType && !isTemplateType(speechType)) {
      note(`讲话类型“${typeName(speechType)}”没有标准段落清单，未检查标准段落（required-sections）。`);
      return;
    }
    if (!speechType) {
      const t = structure.type;
      note(`未能确定讲话类型（识别为“${typeName(t?.label ?? 'other')}”，置信度 ${(t?.confidence ?? 0).toFixed(2)}），未检查标准段落（required-sections）；可用 --type 指定类型。`);
      return;
    }
    const list = loadSections(speechType);
    const located = locateSections(list.sections, doc, structure, options.minBodyCues);
    list.sections.forEach((section, idx) => {
      if (!section.required && !options.checkOptional) return;
      if (located.has(section.id)) return;
      // Where it would be expected: after the nearest present section before it, before the nearest one after it
      // (sections come in the order of sections.yaml); the finding sits where the missing part would begin.
      const before = list.sections.slice(0, idx).reverse().find((o) => located.has(o.id));
      const after = list.sections.slice(idx + 1).find((o) => located.has(o.id));
      const where = before && after ? `；应在“${before.name}”之后、“${after.name}”之前`
        : before ? `；应在“${before.name}”之后` : after ? `；应在“${after.name}”之前` : '';
      const line = after ? lineAt(doc, located.get(after.id)!) : before ? lastTextLine(doc) : structure.salutationLine ?? 1;
      report({ messageId: 'missing', data: { section: section.name, type: list.label, where, example: section.example }, line, column: 1 });
    });
  },
});

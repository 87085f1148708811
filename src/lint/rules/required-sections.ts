// Each standard section of the speech type (templates/<type>/sections.yaml) should be present. A section counts as
// present when a heading carries one of its heading cues, or the text uses enough of its characteristic wording.
import { defineRule } from '../rule.js';
import { loadSections, type SectionSpec } from '../sections.js';
import type { SpeechStructure } from '../../extract/types.js';
import type { SpeechDocument } from '../../text/document.js';

const TYPE_NAMES: Record<string, string> = { mobilization: '动员大会讲话', progress: '推进会（座谈会）讲话', summary: '总结大会讲话', other: '其他' };

/** Cues at least this long are specific enough to count anywhere. */
const SPECIFIC_CUE_LENGTH = 4;

interface Block { start: number; end: number; text: string }

/** Top-level heading blocks: from a heading to the next heading of the same level. */
function topBlocks(doc: SpeechDocument, structure: SpeechStructure): Block[] {
  const tops = structure.headings.filter((h) => h.parent === null);
  return tops.map((h, k) => {
    const start = doc.lineStarts[h.line - 1];
    const end = k + 1 < tops.length ? doc.lineStarts[tops[k + 1].line - 1] : doc.text.length;
    return { start, end, text: h.text };
  });
}

const matches = (cues: string[], text: string) => cues.some((c) => text.includes(c));

function occurrences(text: string, cue: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) out.push(i);
  return out;
}

/**
 * Whether a section is present: a heading (level 1–2) carries one of its heading cues; or its body cues occur
 * where no other section claims the text (a heading block that matches only another section's heading cues) and
 * not inside a longer cue of another section (主要任务 inside 主要任务是). Two distinct cues, or one of three or
 * more characters, are needed: two-character cues (问题, 坚持) alone are too common to prove a section.
 */
export function sectionPresent(section: SectionSpec, all: SectionSpec[], doc: SpeechDocument, structure: SpeechStructure, minBodyCues: number, specificLength = SPECIFIC_CUE_LENGTH): boolean {
  const headings = structure.headings.filter((h) => h.level <= 2).map((h) => h.text);
  if (section.headingCues.length && headings.some((h) => matches(section.headingCues, h))) return true;
  const others = all.filter((o) => o !== section);
  const foreign = topBlocks(doc, structure).filter((b) => !matches(section.headingCues, b.text) && others.some((o) => matches(o.headingCues, b.text)));
  const longer = others.flatMap((o) => o.bodyCues).flatMap((c) => occurrences(doc.text, c).map((at) => [at, at + c.length] as const));
  const found = section.bodyCues.filter((cue) => occurrences(doc.text, cue).some((at) =>
    // A long, specific cue (清醒地认识到, 存在的突出问题) counts even inside another section's block: speeches often
    // fold a short part (problems after achievements) into the end of a block.
    ([...cue].length >= specificLength || !foreign.some((b) => at >= b.start && at < b.end))
    && !longer.some(([a, b]) => b - a > cue.length && at >= a && at + cue.length <= b)));
  return found.length >= minBodyCues || found.some((c) => [...c].length >= 3);
}

export default defineRule({
  id: 'required-sections',
  description: '按讲话类型检查标准段落是否齐全（会议目的、意义、任务、要求、号召等）',
  severity: 'warn',
  fixable: false,
  defaultOptions: { minBodyCues: 2, checkOptional: false },
  messages: {
    missing: '缺少“{section}”部分（{type}），可写如：{example}',
  },
  check({ doc, structure, options, speechType, report, note }) {
    if (!speechType || speechType === 'other') {
      const t = structure.type;
      note(`未能确定讲话类型（识别为“${TYPE_NAMES[t?.label ?? 'other'] ?? t?.label}”，置信度 ${(t?.confidence ?? 0).toFixed(2)}），未检查标准段落（required-sections）；可用 --type 指定类型。`);
      return;
    }
    const list = loadSections(speechType as 'mobilization' | 'progress' | 'summary');
    for (const section of list.sections) {
      if (!section.required && !options.checkOptional) continue;
      if (sectionPresent(section, list.sections, doc, structure, options.minBodyCues)) continue;
      report({ messageId: 'missing', data: { section: section.name, type: list.label, example: section.example }, line: structure.salutationLine ?? 1, column: 1 });
    }
  },
});

// Drafting: facts → template context → Handlebars text → classified paragraphs (title, headings, body) for the formats.
// The template's plain text is the source of truth; one non-empty line is one paragraph.
import type { DraftType, Facts, Item } from './facts.js';
import { TYPE_LABELS } from './facts.js';
import { compileTemplates, loadTemplates } from './env.js';
import { loadSections, SECTION_TYPES } from '../sections.js';

/**
 * The numbered parts of each type, in order: the sections of templates/<type>/sections.yaml that name a facts key
 * (the same list lint's required-sections rule checks a speech against). Optional ones are numbered only when present.
 */
export const TOP_SECTIONS: Record<DraftType, { key: string; optional: boolean }[]> = Object.fromEntries(
  SECTION_TYPES.map((t) => [t, loadSections(t).sections.flatMap((s) => (s.facts ? [s.facts] : []))]),
) as Record<DraftType, { key: string; optional: boolean }[]>;

/** What a template sees: the facts plus the numbering plan, so every announced count comes from the data. */
export interface DraftContext extends Facts {
  typeLabel: string;
  /** Number of each present top section: { significance: 1, tasks: 2, requirements: 3 }. */
  sections: Record<string, number>;
  /** How many top sections the speech has (下面，我讲X点意见). */
  sectionCount: number;
}

export function buildContext(facts: Facts): DraftContext {
  const sections: Record<string, number> = {};
  let n = 0;
  for (const s of TOP_SECTIONS[facts.type]) {
    const list = (facts[s.key] as Item[] | undefined) ?? [];
    if (!s.optional || list.length > 0) sections[s.key] = ++n;
  }
  return { ...facts, typeLabel: TYPE_LABELS[facts.type], sections, sectionCount: n };
}

export type ParagraphKind = 'title' | 'byline' | 'salutation' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'body';

export interface DraftParagraph {
  kind: ParagraphKind;
  text: string;
  /** For a run-in heading ('（一）搞好……。正文'), the heading part; text keeps the whole paragraph. */
  lead?: string;
}

const SALUTATION = /^(同志们|各位领导|各位代表|同事们)[^。]{0,20}[：:！!]$/u;
const HEADING_PATTERNS: [ParagraphKind, RegExp][] = [
  ['heading1', /^[一二三四五六七八九十]+、/u],
  ['heading2', /^[（(][一二三四五六七八九十]+[）)]/u],
  ['heading3', /^\d+[.．、](?!\d)/u],
  ['heading4', /^[（(]\d+[）)]/u],
];

/** Classify the drafted lines: lines before the salutation are the title and byline; numbered lines are headings. */
export function classifyParagraphs(lines: string[]): DraftParagraph[] {
  const salutation = lines.findIndex((l) => SALUTATION.test(l));
  return lines.map((text, i): DraftParagraph => {
    if (salutation > 0 && i < salutation) return { kind: i === 0 ? 'title' : 'byline', text };
    if (i === salutation) return { kind: 'salutation', text };
    for (const [kind, re] of HEADING_PATTERNS) {
      if (!re.test(text)) continue;
      // A sentence end before the last character means the heading runs into its body.
      const m = /^.*?[。！？]/u.exec(text);
      if (m && m[0].length < text.length) return { kind, text, lead: m[0] };
      return { kind, text };
    }
    return { kind: 'body', text };
  });
}

/** Template output → paragraphs: trim every line, drop empty ones. */
export function toLines(rendered: string): string[] {
  return rendered.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

export interface DraftOptions {
  /** --templates DIR: the user's templates, layered over the shipped ones. */
  templatesDir?: string;
}

/** Render the speech text of validated facts; throws a JianghuaError for template problems. */
export async function draftSpeech(facts: Facts, opts: DraftOptions = {}): Promise<DraftParagraph[]> {
  const set = await loadTemplates(facts.type, opts.templatesDir);
  const render = compileTemplates(set);
  return classifyParagraphs(toLines(render(buildContext(facts))));
}

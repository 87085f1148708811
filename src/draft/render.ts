// Drafting: facts → template context → Handlebars text → classified paragraphs (title, headings, body) for the formats.
// The template's plain text is the source of truth; one non-empty line is one paragraph.
import type { DraftType, Facts, Item } from './facts.js';
import { TYPE_LABELS } from './facts.js';
import { compileTemplates, loadTemplates } from './env.js';
import { loadSections, SECTION_TYPES } from '../sections.js';
import { bodyShort, derivePlace, parsePlace, splitGuests, themeKind, themeShort, type ThemeKind } from './wording.js';
import { guestsText, recapText } from './compose.js';
import { JianghuaError } from '../errors.js';

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
  /** The place as the speaker says it at his own meeting: 全县, 全镇 ('' when the unit names no place). */
  placeAll: string;
  /** 大会 for a 大会, else 会议 (这次大会 / 这次会议). */
  meetingNoun: string;
  /** 全县各级各部门 (各级各部门 without a place). */
  everyone: string;
  /** The organising body as the speaker names it: 县政府, 县委, 县委、县政府. */
  body: string;
  /** Short form of the theme for the body of the speech: 三年行动, 主题教育. */
  short: string;
  kind: ThemeKind;
  /** Work that is launched and ends (an action, a campaign, an education): 启动, 开展. */
  launched: boolean;
  /** The verb of the theme: 开展 (an action, a campaign), 推进 (a project), 做好 (other work). */
  verb: string;
  /** Guests sentence of the opening, with (welcome) or without the welcome on behalf of the body. */
  guestsWelcome: string;
  guestsPlain: string;
  guestsHigher: string[];
  /** 刚才，……作了交流发言……。 ('' without recap). */
  recapText: string;
  /** Seed of the wording variants (the meeting), and a forced variant index for tests. */
  seed: string;
  forcedVariant: number | null;
}

export function buildContext(facts: Facts, opts: { variant?: number } = {}): DraftContext {
  const sections: Record<string, number> = {};
  let n = 0;
  const parts = (facts.parts as unknown[] | undefined) ?? [];
  if (parts.length > 0) n = parts.length;
  else {
    for (const s of TOP_SECTIONS[facts.type]) {
      const list = (facts[s.key] as Item[] | undefined) ?? [];
      if (!s.optional || list.length > 0) sections[s.key] = ++n;
    }
  }
  const place = facts.place ? parsePlace(facts.place) : derivePlace(facts.unit);
  const body = bodyShort(facts.unit, place);
  const kind = themeKind(facts.theme);
  const { higher, peers } = splitGuests(facts.guests, place);
  const recap = facts.recap as Parameters<typeof recapText>[0];
  return {
    ...facts,
    typeLabel: TYPE_LABELS[facts.type],
    sections,
    sectionCount: n,
    placeAll: place?.all ?? '',
    meetingNoun: /大会$/u.test(facts.meeting) ? '大会' : '会议',
    everyone: `${place?.all ?? ''}各级各部门`,
    body,
    short: facts.theme_short ?? themeShort(facts.theme),
    kind,
    launched: kind === 'action' || kind === 'campaign' || kind === 'education',
    verb: kind === 'project' ? '推进' : kind === 'work' ? '做好' : '开展',
    guestsWelcome: guestsText(higher, peers, body, true),
    guestsPlain: guestsText(higher, peers, body, false),
    guestsHigher: higher,
    recapText: recapText(recap),
    seed: facts.meeting,
    forcedVariant: opts.variant ?? null,
  };
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
  /** Use wording variant N of every slot (the last one where a slot has fewer); default: chosen per meeting. */
  variant?: number;
}

/** Render the speech text of validated facts; throws a JianghuaError for template problems. */
export async function draftSpeech(facts: Facts, opts: DraftOptions = {}): Promise<DraftParagraph[]> {
  const set = await loadTemplates(facts.type, opts.templatesDir);
  const render = compileTemplates(set);
  const paragraphs = classifyParagraphs(toLines(render(buildContext(facts, { variant: opts.variant }))));
  if (paragraphs.length === 0) throw new JianghuaError('模板渲染后没有任何文字，没有生成讲话稿（模板是空的？）。', set.speech.file);
  return paragraphs;
}

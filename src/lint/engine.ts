// Runs the configured rules over one document: structure once (only the parts the selected rules read), each rule's reports turned into positioned,
// worded messages, inline switches applied, sorted and counted. Pure data in, data out; nothing prints.
import type { SpeechDocument } from '../text/document.js';
import { positionAt, codePointLength, offsetAt, lineIndexAt } from '../text/document.js';
import type { SpeechStructure, SpeechType } from '../extract/types.js';
import { TEMPLATE_TYPE_IDS, isTemplateType, parseSpeechType, parseSpeechTypeAmong, type TemplateTypeId } from '../speech-types.js';
import { parseDirectives } from './directives.js';
import { resolveRuleSettings, type RuleSetting } from './config.js';
import { formatMessage, type Fix, type LintMessage, type LintResult, type Report, type RuleDefinition } from './rule.js';
import { proseText } from './text.js';
import { textView } from '../text/markdown.js';
import { rules as allRules } from './rules/index.js';
import { lazyStructure } from './structure.js';

export interface LintOptions {
  /** The `rules` map of a config file. */
  rules?: Record<string, unknown>;
  /** Config file the rules came from, named in config errors. */
  configFile?: string;
  /** Speech type given by the user (--type); overrides detection. */
  type?: SpeechType;
  /** Speech type from the config file, used when detection is not confident. */
  defaultType?: string;
  /** Extra phrase-list files or folders (config `phraseFiles`, --rules-dir). */
  phraseFiles?: string[];
  /** A structure computed elsewhere (analyze) or built by hand (tests); computed from the text when absent. */
  structure?: SpeechStructure;
  /** Rules to run (default: all, in order). */
  ruleList?: RuleDefinition[];
  /** Group findings of one rule and message kind in one paragraph into one with a count (default true). */
  group?: boolean;
  /** Run only these rules (--rule); ids are checked by the caller. */
  only?: string[];
  /** Below this confidence a detected type is not trusted for required-sections. */
  minTypeConfidence?: number;
  /** The speech date (--date, YYYY-MM-DD) for date-dependent 提法. */
  date?: string;
  /** Extra 提法 rule packs (config `formulationPacks`). */
  formulationPacks?: string[];
  /** Roster file (--roster). */
  roster?: string;
}

/** The types whose standard sections lint checks (those with a template folder). */
export const KNOWN_TYPES: readonly TemplateTypeId[] = TEMPLATE_TYPE_IDS;
export const DEFAULT_MIN_TYPE_CONFIDENCE = 0.5;

/**
 * The type used by type-dependent rules, or null when unknown; `source` says where it came from. A type the user
 * states (--type, a record's type) is used as given, also one without standard sections (report, other): the
 * rules then say so instead of falling back to detection.
 */
export function decideSpeechType(structure: SpeechStructure, opts: LintOptions): { type: SpeechType | null; source: 'option' | 'detected' | 'config' | 'none' } {
  const stated = opts.type ? parseSpeechType(opts.type) : null;
  if (stated) return { type: stated, source: 'option' };
  const t = structure.type;
  if (t && isTemplateType(t.label) && t.confidence >= (opts.minTypeConfidence ?? DEFAULT_MIN_TYPE_CONFIDENCE)) return { type: t.label, source: 'detected' };
  const fallback = opts.defaultType ? parseSpeechTypeAmong(opts.defaultType, KNOWN_TYPES) : null;
  if (fallback) return { type: fallback, source: 'config' };
  return { type: null, source: 'none' };
}

/** A repair that would touch masked text (code, a comment) is dropped: --fix never edits what is not speech. */
function keepOffText(doc: SpeechDocument, view: SpeechDocument, r: Report): Report {
  const clean = (f: Fix) => view.text.slice(f.range[0], f.range[1]) === doc.text.slice(f.range[0], f.range[1]);
  const out: Report = { ...r };
  if (out.fix && !clean(out.fix)) delete out.fix;
  if (out.suggestions) out.suggestions = out.suggestions.filter((sg) => clean(sg.fix));
  return out;
}

function toMessage(doc: SpeechDocument, setting: RuleSetting, r: Report): LintMessage {
  const { rule } = setting;
  const template = rule.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
  let line: number, column: number, endLine: number, endColumn: number;
  if (r.range) {
    const a = positionAt(doc, r.range[0]);
    const b = positionAt(doc, Math.max(r.range[0], r.range[1]));
    ({ line, column } = a);
    endLine = b.line;
    endColumn = b.column;
  } else {
    line = r.line ?? 1;
    column = r.column ?? 1;
    endLine = r.endLine ?? line;
    const lineText = doc.lines[endLine - 1] ?? '';
    endColumn = r.endColumn ?? (r.column === undefined ? codePointLength(lineText) + 1 : column + 1);
  }
  const msg: LintMessage = {
    ruleId: rule.id,
    severity: Math.min(setting.severity, r.maxSeverity ?? 2) as LintMessage['severity'],
    message: formatMessage(template, r.data),
    messageId: r.messageId,
    line, column, endLine, endColumn,
  };
  if (r.fix) msg.fix = r.fix;
  if (r.suggestions?.length) msg.suggestions = r.suggestions;
  return msg;
}

/** Findings before grouping, with the UTF-16 range each was reported at (for grouping and excerpts). */
export interface RawLint {
  messages: LintMessage[];
  ranges: Map<LintMessage, [number, number]>;
  paragraphStarts: number[];
  notes: string[];
  /** Rules whose single-suggestion findings group per paragraph (RuleDefinition.groupSuggestions). */
  groupSuggestions: Set<string>;
}

/** Lint and group: the findings as the user sees them. */
export function lintDocument(doc: SpeechDocument, opts: LintOptions = {}): LintResult {
  return finishLint(doc, lintRaw(doc, opts), opts);
}

/**
 * The rules' findings, ungrouped, without excerpts or located fixes: what a --fix pass needs (grouped fixes span
 * whole paragraphs and would hold back overlapping ones for another pass).
 */
export function lintRaw(doc: SpeechDocument, opts: LintOptions = {}): RawLint {
  const ruleList = opts.ruleList ?? (allRules as RuleDefinition[]);
  const resolved = resolveRuleSettings(opts.rules ?? {}, opts.configFile, ruleList);
  const settings = opts.only ? resolved.filter((st) => opts.only!.includes(st.rule.id)) : resolved;
  // Rules and extractors read the speech text only: code, front matter, comments and link targets are masked
  // (same offsets), positions are those of the file.
  const view = textView(doc);
  // Computed as far as the selected rules read it (src/lint/structure.ts): punctuation rules need only paragraphs.
  const structure = opts.structure ?? lazyStructure(view);
  let speechType: SpeechType | null | undefined;
  const typeOf = () => (speechType === undefined ? (speechType = decideSpeechType(structure, opts).type) : speechType);
  const prose = proseText(view);
  const directives = parseDirectives(doc, new Set(allRules.map((r) => r.id)));
  const notes: string[] = [];
  const messages: LintMessage[] = [];
  const ranges = new Map<LintMessage, [number, number]>();
  const order = new Map(ruleList.map((r, i) => [r.id, i]));

  for (const setting of settings) {
    setting.rule.check({
      doc: view,
      structure,
      options: setting.options,
      prose,
      get speechType() { return typeOf(); },
      phraseFiles: opts.phraseFiles ?? [],
      date: opts.date,
      formulationPacks: opts.formulationPacks,
      roster: opts.roster,
      note: (t) => { if (!notes.includes(t)) notes.push(t); },
      report: (r) => {
        const m = toMessage(doc, setting, view === doc ? r : keepOffText(doc, view, r));
        if (directives.lines.has(m.line) || directives.isDisabled(m.ruleId, m.line)) return;
        const at = r.range ? r.range[0] : offsetAt(doc, { line: m.line, column: m.column });
        ranges.set(m, [at, r.range ? r.range[1] : at + 1]);
        messages.push(m);
      },
    });
  }
  for (const u of directives.unknown) notes.push(`第 ${u.line} 行的 jianghua 指令中有未知规则“${u.id}”，已忽略。`);

  messages.sort((a, b) => a.line - b.line || a.column - b.column || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0));
  const groupSuggestions = new Set(settings.filter((st) => st.rule.groupSuggestions).map((st) => st.rule.id));
  return { messages, ranges, paragraphStarts: structure.paragraphs.map((p) => p.offset), notes, groupSuggestions };
}

/** Group (unless `group: false`), then give the findings left their excerpts and located fixes. */
export function finishLint(doc: SpeechDocument, raw: RawLint, opts: LintOptions = {}): LintResult {
  const { ranges } = raw;
  const out = opts.group === false ? raw.messages : groupByParagraph(doc, raw.paragraphStarts, raw.messages, ranges, raw.groupSuggestions);
  const locate = (f: Fix): Fix => {
    const a = positionAt(doc, f.range[0]);
    const b = positionAt(doc, f.range[1]);
    return { ...f, loc: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } };
  };
  // Excerpts only for the findings shown (a web copy with ASCII commas has tens of thousands before grouping).
  for (const m of out) {
    const r = ranges.get(m);
    if (r) m.context = contextAt(doc, r[0], r[1]);
    if (m.fix) m.fix = locate(m.fix);
    if (m.suggestions) m.suggestions = m.suggestions.map((sg) => ({ ...sg, fix: locate(sg.fix) }));
  }
  return countResult(doc.file, out, raw.notes);
}

const CONTEXT = 20;
const MAX_HIT = 30;

/** About 20 characters either side of a finding, on its line, for the stylish excerpt (ranges in code points). */
function contextAt(doc: SpeechDocument, start: number, end: number): NonNullable<LintMessage['context']> {
  // The line from the document's table (binary search): scanning for line ends is quadratic on one-line texts.
  const text = doc.text;
  const li = lineIndexAt(doc, start);
  const lineStart = doc.lineStarts[li];
  const lineEnd = lineStart + doc.lines[li].length;
  const stop = Math.min(Math.max(end, start), lineEnd);
  const before = [...text.slice(Math.max(lineStart, start - 2 * CONTEXT), start)].slice(-CONTEXT).join('');
  const hitAll = [...text.slice(start, Math.min(stop, start + 2 * MAX_HIT))];
  const hit = hitAll.slice(0, MAX_HIT).join('');
  const after = stop - start > 2 * MAX_HIT || hitAll.length > MAX_HIT ? '' : [...text.slice(stop, Math.min(lineEnd, stop + 2 * CONTEXT))].slice(0, CONTEXT).join('');
  return { before, text: hit, after, cutBefore: start - before.length > lineStart, cutAfter: stop + after.length < lineEnd };
}

/**
 * Findings of one rule and message kind in one paragraph become one, with a count and a message saying how many
 * (the fixes are merged, so --fix still fixes all). A web copy with ASCII commas then gives a finding a paragraph.
 */
function groupByParagraph(doc: SpeechDocument, paragraphStarts: number[], messages: LintMessage[], ranges: Map<LintMessage, [number, number]>, groupSuggestions: Set<string>): LintMessage[] {
  const offsets = { get: (m: LintMessage) => ranges.get(m)?.[0] };
  const paragraphOf = (at: number) => {
    let lo = 0;
    let hi = paragraphStarts.length - 1;
    if (hi < 0 || at < paragraphStarts[0]) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Mechanical findings (with a fix) group by kind (“,” and “:” alike); others only when worded the same, so
  // distinct findings (two missing sections) stay apart. Findings with a single suggestion and no fix (full-width
  // digits) of a rule that asks for it group by kind too, their suggestions merged into one; other findings with
  // suggestions never group.
  const single = (m: LintMessage) => !m.fix && m.suggestions?.length === 1 && groupSuggestions.has(m.ruleId);
  const keyOf = (m: LintMessage) => single(m) ? `~${m.ruleId}|${m.messageId}|${paragraphOf(offsets.get(m) ?? 0)}|${m.line}`
    : m.suggestions ? `#${offsets.get(m)}|${m.ruleId}|${m.message}`
    : `${m.ruleId}|${m.fix ? m.messageId : m.message}|${paragraphOf(offsets.get(m) ?? 0)}|${m.line}`;
  /** One edit made of several non-overlapping ones (their text between them kept), or null if they overlap. */
  const mergeFixes = (list: Fix[]): Fix | null => {
    const fixes = [...list].sort((a, b) => a.range[0] - b.range[0]);
    let text = '';
    let pos = fixes[0].range[0];
    for (const f of fixes) {
      if (f.range[0] < pos) return null;
      text += doc.text.slice(pos, f.range[0]) + f.text;
      pos = f.range[1];
    }
    return { range: [fixes[0].range[0], pos], text };
  };
  const groups = new Map<string, LintMessage[]>();
  const out: LintMessage[] = [];
  for (const m of messages) {
    const key = keyOf(m);
    const g = groups.get(key);
    if (g) { g.push(m); continue; }
    groups.set(key, [m]);
    out.push(m);
  }
  return out.map((first) => {
    const g = groups.get(keyOf(first))!;
    if (g.length === 1) return first;
    const merged: LintMessage = { ...first, count: g.length, message: `${first.message}（本段共 ${g.length} 处）` };
    ranges.set(merged, ranges.get(first)!);
    const fixes = g.map((m) => m.fix).filter((f): f is Fix => Boolean(f));
    const joined = fixes.length === g.length ? mergeFixes(fixes) : null;
    if (joined) merged.fix = joined;
    else delete merged.fix;
    if (single(first)) {
      const sug = mergeFixes(g.map((m) => m.suggestions![0].fix));
      if (sug) merged.suggestions = [{ desc: `${first.suggestions![0].desc}等 ${g.length} 处`, fix: sug }];
      else delete merged.suggestions;
    }
    return merged;
  });
}

export function countResult(filePath: string, messages: LintMessage[], notes: string[] = []): LintResult {
  const result: LintResult = { filePath, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, notes };
  for (const m of messages) {
    if (m.severity === 2) { result.errorCount++; if (m.fix) result.fixableErrorCount++; }
    else { result.warningCount++; if (m.fix) result.fixableWarningCount++; }
  }
  return result;
}

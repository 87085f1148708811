// Runs the configured rules over one document: structure once, each rule's reports turned into positioned,
// worded messages, inline switches applied, sorted and counted. Pure data in, data out; nothing prints.
import type { SpeechDocument } from '../text/document.js';
import { positionAt, codePointLength } from '../text/document.js';
import { analyzeStructure } from '../extract/index.js';
import type { SpeechStructure, SpeechType } from '../extract/types.js';
import { TEMPLATE_TYPE_IDS, isTemplateType, parseSpeechTypeAmong, type TemplateTypeId } from '../speech-types.js';
import { parseDirectives } from './directives.js';
import { resolveRuleSettings, type RuleSetting } from './config.js';
import { formatMessage, type LintMessage, type LintResult, type Report, type RuleDefinition } from './rule.js';
import { proseText } from './text.js';
import { rules as allRules } from './rules/index.js';

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

/** The type used by type-dependent rules, or null when unknown; `source` says where it came from. */
export function decideSpeechType(structure: SpeechStructure, opts: LintOptions): { type: TemplateTypeId | null; source: 'option' | 'detected' | 'config' | 'none' } {
  if (opts.type && isTemplateType(opts.type)) return { type: opts.type, source: 'option' };
  const t = structure.type;
  if (t && isTemplateType(t.label) && t.confidence >= (opts.minTypeConfidence ?? DEFAULT_MIN_TYPE_CONFIDENCE)) return { type: t.label, source: 'detected' };
  const fallback = opts.defaultType ? parseSpeechTypeAmong(opts.defaultType, KNOWN_TYPES) : null;
  if (fallback) return { type: fallback, source: 'config' };
  return { type: null, source: 'none' };
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

export function lintDocument(doc: SpeechDocument, opts: LintOptions = {}): LintResult {
  const ruleList = opts.ruleList ?? (allRules as RuleDefinition[]);
  const settings = resolveRuleSettings(opts.rules ?? {}, opts.configFile, ruleList);
  const structure = opts.structure ?? analyzeStructure(doc);
  const { type: speechType } = decideSpeechType(structure, opts);
  const prose = proseText(doc);
  const directives = parseDirectives(doc, new Set(allRules.map((r) => r.id)));
  const notes: string[] = [];
  const messages: LintMessage[] = [];
  const order = new Map(ruleList.map((r, i) => [r.id, i]));

  for (const setting of settings) {
    setting.rule.check({
      doc,
      structure,
      options: setting.options,
      prose,
      speechType,
      phraseFiles: opts.phraseFiles ?? [],
      date: opts.date,
      formulationPacks: opts.formulationPacks,
      roster: opts.roster,
      note: (t) => { if (!notes.includes(t)) notes.push(t); },
      report: (r) => {
        const m = toMessage(doc, setting, r);
        if (directives.lines.has(m.line) || directives.isDisabled(m.ruleId, m.line)) return;
        messages.push(m);
      },
    });
  }
  for (const u of directives.unknown) notes.push(`第 ${u.line} 行的 jianghua 指令中有未知规则“${u.id}”，已忽略。`);

  messages.sort((a, b) => a.line - b.line || a.column - b.column || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0));
  return countResult(doc.file, messages, notes);
}

export function countResult(filePath: string, messages: LintMessage[], notes: string[] = []): LintResult {
  const result: LintResult = { filePath, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, notes };
  for (const m of messages) {
    if (m.severity === 2) { result.errorCount++; if (m.fix) result.fixableErrorCount++; }
    else { result.warningCount++; if (m.fix) result.fixableWarningCount++; }
  }
  return result;
}

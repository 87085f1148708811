// The shape of a lint rule and of its findings: rules report a messageId plus data, the engine turns it into text.
// Modelled on ESLint's rule meta (messages, defaultOptions) with positions from src/text (1-based, code points).
import type { SpeechDocument } from '../text/document.js';
import type { SpeechStructure, SpeechType } from '../extract/types.js';

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint numbering: 1 warning, 2 error. */
export type SeverityLevel = 1 | 2;

export interface Fix {
  /** UTF-16 offsets [start, end) in the document's normalised text (LF line ends). */
  range: [number, number];
  text: string;
  /** The range as 1-based lines and code-point columns of the file (set by the engine, for SARIF's regions). */
  loc?: { line: number; column: number; endLine: number; endColumn: number };
}

/** A repair that is plausible but not certain (ESLint's suggestions): shown to the user, never applied by --fix. */
export interface Suggestion {
  /** Chinese, one line: what applying it would do. */
  desc: string;
  fix: Fix;
}

export interface LintMessage {
  ruleId: string;
  severity: SeverityLevel;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Findings of one rule in one paragraph grouped into this one: how many there are (absent or 1 for one). */
  count?: number;
  /** The text around the finding on its line (about 20 characters either side), for the stylish excerpt. */
  context?: { before: string; text: string; after: string; cutBefore: boolean; cutAfter: boolean };
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Chinese notes about how the file was checked (e.g. a rule skipped because the speech type is unknown). */
  notes: string[];
  /** The fixed text, present only when fixing changed something. */
  output?: string;
}

/** What a rule hands to report(): a messageId with data, and either an offset range or a line/column. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** UTF-16 offsets [start, end) in doc.text; preferred by text rules. */
  range?: [number, number];
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Report at most at this level: a pack entry marked as a caution is a warning even in an error rule. */
  maxSeverity?: SeverityLevel;
}

export type OptionValue = string | number | boolean | string[];
export type RuleOptions = Record<string, OptionValue>;

export interface RuleContext<O extends RuleOptions = RuleOptions> {
  doc: SpeechDocument;
  structure: SpeechStructure;
  options: O;
  /** The text with code, URLs and HTML comments blanked out (same length and offsets as doc.text). */
  prose: string;
  /** Speech type used for type-dependent rules, or null when it is unknown (the rule should skip and note why). */
  speechType: SpeechType | null;
  /** Phrase lists (Vale-style YAML) loaded for this run. */
  phraseFiles: string[];
  /** The speech date given by the user (--date, YYYY-MM-DD); rules read the text's own date when absent. */
  date?: string;
  /** Extra 提法 rule packs (config `formulationPacks`), files or folders. */
  formulationPacks?: string[];
  /** A roster file given by the user (--roster); the roster rule looks upwards from the file when absent. */
  roster?: string;
  report(r: Report): void;
  /** Add a Chinese note to the result (shown once per file). */
  note(text: string): void;
}

export interface RuleDefinition<O extends RuleOptions = RuleOptions> {
  /** Stable kebab-case id. */
  id: string;
  /** Chinese, one line: what the rule checks. */
  description: string;
  severity: Exclude<SeverityName, 'off'>;
  fixable: boolean;
  /** Defaults double as the option schema: an option's type is the type of its default. */
  defaultOptions: O;
  /** Chinese templates with {name} placeholders. */
  messages: Record<string, string>;
  /**
   * Findings with one suggestion and no fix are mechanical repairs held back from --fix (full-width digits): group
   * them per paragraph like fixable ones, their suggestions merged. Content findings (提法) stay one by one.
   */
  groupSuggestions?: boolean;
  check(ctx: RuleContext<O>): void;
}

export function defineRule<O extends RuleOptions>(def: RuleDefinition<O>): RuleDefinition<O> {
  return def;
}

/** Fill a message template: '宣布“{phrase}”' + {phrase: '三点'}. Unknown placeholders stay visible. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

// Public entry of lint: lintDocument / lintText return plain data (LintResult); formatters live in src/format.
import { createDocument, type SpeechDocument } from '../text/document.js';
import { lintDocument as runLint, type LintOptions } from './engine.js';
import type { LintResult } from './rule.js';

export type { LintOptions } from './engine.js';
export type { LintMessage, LintResult, Fix, RuleDefinition, Report, RuleContext } from './rule.js';
export { defineRule, formatMessage } from './rule.js';
export { rules } from './rules/index.js';
export { resolveRuleSettings } from './config.js';
export { fixDocument, applyFixes, MAX_FIX_PASSES } from './fix.js';
export { decideSpeechType, countResult } from './engine.js';

export function lintDocument(doc: SpeechDocument, opts: LintOptions = {}): LintResult {
  return runLint(doc, opts);
}

export function lintText(text: string, opts: LintOptions & { file?: string } = {}): LintResult {
  return runLint(createDocument(text, opts.file ?? '<文本>'), opts);
}

// Applying fixes ESLint-style: sort by range, skip any fix overlapping one already taken, re-lint and repeat
// (at most 10 passes) until no fixable finding is left or the text stops changing.
import { createDocument, type SpeechDocument } from '../text/document.js';
import { finishLint, lintRaw, type LintOptions } from './engine.js';
import type { LintMessage, LintResult } from './rule.js';

export const MAX_FIX_PASSES = 10;

/** Apply the non-overlapping fixes of one pass; fixes that overlap an earlier one wait for the next pass. */
export function applyFixes(text: string, messages: LintMessage[]): { output: string; applied: number } {
  const fixes = messages.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  let applied = 0;
  for (const f of fixes) {
    const [start, end] = f.range;
    if (start < last || end < start || end > text.length) continue;
    out += text.slice(last, start) + f.text;
    last = end;
    applied++;
  }
  return { output: out + text.slice(last), applied };
}

export interface FixOutcome {
  /** Findings left after fixing, located in the fixed text; `output` set when the text changed. */
  result: LintResult;
  /** The fixed text (equal to doc.text when nothing was fixed). */
  output: string;
  changed: boolean;
  passes: number;
}

export function fixDocument(doc: SpeechDocument, opts: LintOptions = {}): FixOutcome {
  let text = doc.text;
  let current = doc;
  // Passes run on ungrouped findings (each fix as small as its finding, so one pass takes nearly all of them);
  // only the findings left at the end are grouped for the report.
  let raw = lintRaw(doc, opts);
  let passes = 0;
  // A hand-built structure only describes the original text; later passes analyse the fixed text.
  const later: LintOptions = { ...opts, structure: undefined };
  while (passes < MAX_FIX_PASSES && raw.messages.some((m) => m.fix)) {
    const { output } = applyFixes(text, raw.messages);
    passes++;
    if (output === text) break;
    text = output;
    current = createDocument(text, doc.file, doc.encoding);
    raw = lintRaw(current, later);
  }
  const result = finishLint(current, raw, passes ? later : opts);
  const changed = text !== doc.text;
  if (changed) result.output = text;
  return { result, output: text, changed, passes };
}

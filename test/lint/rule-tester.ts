// A tiny RuleTester (after ESLint's): tables of valid texts (no finding) and invalid texts (the listed messageIds,
// optionally positions, data and the fixed output). A hand-built structure can stand in for the extractors.
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';
import type { SpeechStructure, SpeechType } from '../../src/extract/types.js';
import { lintDocument, fixDocument, applyFixes } from '../../src/lint/index.js';
import type { RuleDefinition, RuleOptions } from '../../src/lint/rule.js';

export interface Case {
  name?: string;
  text: string;
  options?: Record<string, unknown>;
  /** Replaces parts of the analysed structure (hand-built headings, series, announcements…). */
  structure?: Partial<SpeechStructure>;
  type?: SpeechType;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endColumn?: number;
  message?: string;
  data?: Record<string, string>;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
  /** Text after --fix (all passes); omit to skip, or give `text` itself to assert "no fix". */
  output?: string;
  /** Text after applying the first finding's first suggestion. */
  suggestion?: string;
}

export function runRule(rule: RuleDefinition<any>, c: Case) {
  const doc = createDocument(c.text, 'case.txt');
  const structure = c.structure ? { ...analyzeStructure(doc), ...c.structure } : undefined;
  const opts = {
    ruleList: [rule as RuleDefinition<RuleOptions>],
    rules: { [rule.id]: c.options ? { severity: 'error', ...c.options } : 'error' },
    structure,
    type: c.type,
    // Each finding on its own: grouping per paragraph is the engine's, tested in engine.test.ts.
    group: false,
  };
  return { doc, opts, result: lintDocument(doc, opts) };
}

export function ruleTester(rule: RuleDefinition<any>, cases: { valid: Array<Case | string>; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { result } = runRule(rule, c);
        expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { doc, opts, result } = runRule(rule, c);
        expect(result.messages.map((m) => m.messageId), result.messages.map((m) => m.message).join('\n')).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, k) => {
          const m = result.messages[k];
          if (e.line !== undefined) expect(m.line).toBe(e.line);
          if (e.column !== undefined) expect(m.column).toBe(e.column);
          if (e.endColumn !== undefined) expect(m.endColumn).toBe(e.endColumn);
          if (e.message !== undefined) expect(m.message).toBe(e.message);
          for (const val of Object.values(e.data ?? {})) expect(m.message).toContain(val);
          if (m.fix) expect(rule.fixable).toBe(true);
        });
        if (c.output !== undefined) expect(fixDocument(doc, opts).output).toBe(c.output);
        if (c.suggestion !== undefined) {
          const sug = result.messages.find((m) => m.suggestions?.length)?.suggestions?.[0];
          expect(sug, 'a suggestion').toBeDefined();
          expect(applyFixes(doc.text, [{ ...result.messages[0], fix: sug!.fix }]).output).toBe(c.suggestion);
        }
      });
    });
  });
}

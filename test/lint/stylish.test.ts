// The stylish lint report: excerpts with a caret line, suggestions, the per-rule summary, and no stack overflow
// on hundreds of thousands of findings.
import { describe, it, expect } from 'vitest';
import { formatStylish, excerptLines } from '../../src/format/stylish.js';
import { countResult } from '../../src/lint/index.js';
import type { LintMessage } from '../../src/lint/rule.js';

const msg = (i: number, extra: Partial<LintMessage> = {}): LintMessage => ({
  ruleId: 'punctuation-width', severity: 2, message: '半角标点“,”用在中文里，应为全角“，”', messageId: 'halfWidth',
  line: 1, column: i + 1, endLine: 1, endColumn: i + 2, ...extra,
});

describe('formatStylish', () => {
  it('shows the excerpt with the finding marked, and suggestions', () => {
    const m = msg(0, { context: { before: '召开会议', text: ',', after: '研究工作', cutBefore: true, cutAfter: false },
      suggestions: [{ desc: '改为“三是”', fix: { range: [0, 1], text: '，' } }] });
    const out = formatStylish([countResult('a.txt', [m])]);
    expect(out).toContain('…召开会议,研究工作');
    const [line, caret] = excerptLines(m)!;
    expect(caret.indexOf('^')).toBe(1 + 8); // '…' is one cell, 召开会议 eight
    expect(line).toBe('…召开会议,研究工作');
    expect(out).toContain('建议：改为“三是”（不自动修复）');
    expect(out).toContain('按规则：');
    expect(out).toMatch(/punctuation-width +1 个错误/);
  });
  it('prints 200,000 findings without overflowing the stack', () => {
    const messages = Array.from({ length: 200_000 }, (_, i) => msg(i));
    const out = formatStylish([countResult('big.txt', messages)]);
    expect(out).toContain('✖ 200000 个问题（200000 个错误，0 个警告）');
  });
});

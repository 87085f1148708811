// Engine pieces: config validation, inline switches, fix application, speech-type decision, phrase lists, formatters.
import { describe, it, expect } from 'vitest';
import { lintText, applyFixes, resolveRuleSettings, rules } from '../../src/lint/index.js';
import { parsePhraseFile } from '../../src/lint/phrases.js';
import { sequenceProblems } from '../../src/lint/numbering.js';
import { unifiedDiff } from '../../src/lint/diff.js';
import { formatStylish } from '../../src/format/stylish.js';
import { formatLintJson } from '../../src/format/lint-json.js';
import { formatSarif } from '../../src/format/sarif.js';
import { JianghuaError } from '../../src/errors.js';

const DRAFT = '同志们:\n今天召开会议,请XX同志发言。\n同志们，让我们共同努力，确保取得实效！';

describe('config', () => {
  it('turns rules off, changes severity and options', () => {
    const r = lintText(DRAFT, { rules: { placeholder: 'off', 'punctuation-width': 'warn', 'sentence-length': { max: 5 } } });
    expect(r.messages.some((m) => m.ruleId === 'placeholder')).toBe(false);
    expect(r.messages.filter((m) => m.ruleId === 'punctuation-width').every((m) => m.severity === 1)).toBe(true);
    expect(r.messages.some((m) => m.ruleId === 'sentence-length')).toBe(true);
  });
  it('rejects unknown rules, bad severities and bad options in Chinese, naming the file', () => {
    expect(() => resolveRuleSettings({ 'no-such-rule': 'error' }, '/x/.jianghuarc.yaml')).toThrow(JianghuaError);
    expect(() => resolveRuleSettings({ 'no-such-rule': 'error' }, '/x/.jianghuarc.yaml')).toThrow(/\/x\/\.jianghuarc\.yaml：未知的规则“no-such-rule”/);
    expect(() => resolveRuleSettings({ placeholder: 'fatal' }, 'c.yaml')).toThrow(/级别“fatal”无效/);
    expect(() => resolveRuleSettings({ 'sentence-length': { max: 'long' } }, 'c.yaml')).toThrow(/选项“max”应为数字/);
    expect(() => resolveRuleSettings({ 'sentence-length': { maxx: 3 } }, 'c.yaml')).toThrow(/没有选项“maxx”/);
  });
  it('every rule has a Chinese description and messages, and stable kebab-case ids', () => {
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
      for (const m of Object.values(r.messages)) expect(m).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe('inline switches', () => {
  it('disable … enable, disable-next-line, and all rules', () => {
    const text = [
      '同志们：',
      '<!-- jianghua-disable placeholder -->',
      '请XX同志发言。',
      '<!-- jianghua-enable placeholder -->',
      '请XX同志发言，某某主持。',
      '<!-- jianghua-disable-next-line -->',
      '会议,由XX主持。',
      '会议,由XX主持！',
    ].join('\n');
    const r = lintText(text);
    const lines = r.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(lines).not.toContain('3 placeholder');
    expect(lines.filter((l) => l === '5 placeholder')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('7 '))).toEqual([]);
    expect(lines).toContain('8 placeholder');
    expect(lines).toContain('8 punctuation-width');
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes and leaves overlapping ones for the next pass', () => {
    const msg = (range: [number, number], text: string) => ({ ruleId: 'x', severity: 2 as const, message: '', messageId: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range, text } });
    expect(applyFixes('abcdef', [msg([3, 4], 'D'), msg([0, 1], 'A'), msg([0, 2], 'Z')])).toEqual({ output: 'AbcDef', applied: 2 });
  });
  it('sequence problems: gaps, repeats and reversals are reported once', () => {
    expect(sequenceProblems([1, 2, 4, 5]).map((p) => [p.kind, p.index, p.renumber])).toEqual([['gap', 2, [2, 3]]]);
    expect(sequenceProblems([1, 2, 2, 4]).map((p) => [p.kind, p.index])).toEqual([['repeat', 2]]);
    expect(sequenceProblems([1, 3, 2]).map((p) => p.kind)).toEqual(['gap', 'order']);
    expect(sequenceProblems([1, 2, 3])).toEqual([]);
  });
  it('unified diff of a fixed text', () => {
    const d = unifiedDiff('甲\n乙,丙\n丁\n', '甲\n乙，丙\n丁\n', 'a.txt');
    expect(d).toBe('--- a.txt\n+++ a.txt（修复后）\n@@ -1,3 +1,3 @@\n 甲\n-乙,丙\n+乙，丙\n 丁\n');
  });
});

describe('speech type and required sections', () => {
  it('an unknown type skips required-sections with a note', () => {
    const r = lintText('今天天气很好，大家出去走走。');
    expect(r.notes.join()).toContain('未检查标准段落');
    expect(r.messages.some((m) => m.ruleId === 'required-sections')).toBe(false);
  });
  it('--type forces the section list', () => {
    const r = lintText('同志们：\n今天天气很好，大家出去走走。', { type: 'summary' });
    expect(r.messages.filter((m) => m.ruleId === 'required-sections').length).toBeGreaterThan(2);
  });
});

describe('phrase lists', () => {
  it('parses substitution and existence lists and rejects bad ones', () => {
    expect(parsePhraseFile('extends: substitution\nswap:\n  台帐: 台账\n', 'a.yaml').entries).toHaveLength(1);
    expect(parsePhraseFile('extends: existence\ntokens: ["\\\\d+届"]\n', 'b.yaml').entries[0].pattern.test('18届')).toBe(true);
    expect(() => parsePhraseFile('extends: occurrence\n', 'c.yaml')).toThrow(/c\.yaml：“extends” 应为 substitution 或 existence/);
    expect(() => parsePhraseFile('extends: existence\ntokens: ["("]\n', 'd.yaml')).toThrow(/正则表达式/);
  });
});

describe('formatters', () => {
  const r = { ...lintText(DRAFT), filePath: 'draft.txt' };
  it('stylish: grouped by file with a summary line', () => {
    const out = formatStylish([r]);
    expect(out).toContain('draft.txt\n');
    expect(out).toMatch(/ {2}2:9 {2}错误 {2}占位符“XX”未替换，应填写实际内容\s+placeholder\n/);
    expect(out).toContain(`✖ ${r.messages.length} 个问题（${r.errorCount} 个错误，${r.warningCount} 个警告）`);
    expect(formatStylish([{ ...r, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, notes: [] }])).toBe('');
  });
  it('json: ESLint result shape', () => {
    const [j] = JSON.parse(formatLintJson([r]));
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']));
    const m = j.messages.find((x: { ruleId: string }) => x.ruleId === 'punctuation-width');
    // Punctuation width is typographic: a warning by default (issue 8 decision).
    expect(m).toMatchObject({ severity: 1, messageId: 'halfWidth', line: 1, column: 4, endLine: 1, endColumn: 5, fix: { range: [3, 4], text: '：' } });
  });
  it('sarif: 2.1.0 with rule metadata', () => {
    const s = JSON.parse(formatSarif([r], { rules, version: '0.1.0', baseDir: process.cwd() }));
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.id));
    expect(run.results).toHaveLength(r.messages.length);
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'placeholder');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 9, endLine: 2, endColumn: 11 });
    expect(run.tool.driver.rules[res.ruleIndex].id).toBe('placeholder');
  });
});

describe('grouping, excerpts, --rule and suggestions (issue 8)', () => {
  it('groups one rule’s mechanical findings per paragraph with a count, and the merged fix still fixes all', async () => {
    const { lintText, fixDocument } = await import('../../src/lint/index.js');
    const { createDocument } = await import('../../src/text/document.js');
    const text = '同志们：\n今天,我们召开会议:研究工作,部署任务。\n第二段,也有一处。\n';
    const r = lintText(text, { only: ['punctuation-width'] });
    expect(r.messages.map((m) => [m.line, m.count ?? 1])).toEqual([[2, 3], [3, 1]]);
    expect(r.messages[0].message).toContain('（本段共 3 处）');
    expect([r.errorCount, r.warningCount]).toEqual([0, 2]);
    expect(lintText(text, { only: ['punctuation-width'], rules: { 'punctuation-width': 'error' } }).errorCount).toBe(2);
    expect(fixDocument(createDocument(text, 'a.txt')).output).toBe('同志们：\n今天，我们召开会议：研究工作，部署任务。\n第二段，也有一处。\n');
  });
  it('groups suggestion-only findings of one kind per paragraph, their suggestions merged; --fix leaves them', async () => {
    const { lintText, fixDocument, applyFixes } = await import('../../src/lint/index.js');
    const { createDocument } = await import('../../src/text/document.js');
    const text = '同志们：\n完成率达到９８％，增长６．５％，居第１位。\n';
    const r = lintText(text, { only: ['punctuation-width'] });
    expect(r.messages.map((m) => [m.line, m.count, m.severity])).toEqual([[2, 3, 1]]);
    expect(r.messages[0].suggestions).toHaveLength(1);
    expect(r.messages[0].suggestions![0].desc).toBe('改为半角“98%”等 3 处');
    expect(applyFixes(text, [{ ...r.messages[0], fix: r.messages[0].suggestions![0].fix }]).output).toBe('同志们：\n完成率达到98%，增长6.5%，居第1位。\n');
    expect(fixDocument(createDocument(text, 'a.txt')).output).toBe(text);
  });
  it('keeps distinct findings of one rule apart (two missing sections are two findings)', async () => {
    const { lintText } = await import('../../src/lint/index.js');
    const r = lintText('同志们：\n今天开会。\n', { type: 'mobilization', only: ['required-sections'] });
    expect(r.messages.length).toBeGreaterThan(1);
    expect(r.messages.every((m) => m.count === undefined)).toBe(true);
  });
  it('each finding carries the text around it for the excerpt', async () => {
    const { lintText } = await import('../../src/lint/index.js');
    const line = '这是很长的一行文字，前面有许多内容，'.repeat(5) + '请XX同志发言，后面也有许多内容。'.repeat(4);
    const m = lintText(line, { only: ['placeholder'] }).messages[0];
    expect(m.context!.text).toBe('XX');
    expect([...m.context!.before].length).toBe(20);
    expect(m.context!.before.endsWith('请')).toBe(true);
    expect(m.context!.cutBefore).toBe(true);
    expect(m.context!.after.startsWith('同志发言')).toBe(true);
  });
  it('--rule (only) runs just the named rules', async () => {
    const { lintText } = await import('../../src/lint/index.js');
    const r = lintText('今天,请XX同志发言。', { only: ['placeholder'] });
    expect(new Set(r.messages.map((m) => m.ruleId))).toEqual(new Set(['placeholder']));
  });
});

// Validation of facts files: each bad case names the key and its YAML line in Chinese; all errors are collected.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { checkFacts, closestKey, FactsError, parseFacts, formatProblem } from '../../src/draft/facts.js';
import { JianghuaError } from '../../src/errors.js';

const GOOD = `type: progress
meeting: 全县秋冬季森林防火工作推进会
unit: 云岭县
theme: 秋冬季森林防火工作
achievements:
  - 责任体系进一步压实
problems:
  - 野外用火管控还有盲区
next_steps:
  - 加强重点时段巡查
`;

/** Replace one line (1-based) of GOOD. */
function withLine(n: number, text: string | null): string {
  const lines = GOOD.split('\n');
  if (text === null) lines.splice(n - 1, 1); else lines[n - 1] = text;
  return lines.join('\n');
}

describe('checkFacts: valid files', () => {
  it('accepts a minimal progress file and fills the optional keys', () => {
    const r = checkFacts(GOOD);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.facts).toMatchObject({
      type: 'progress', meeting: '全县秋冬季森林防火工作推进会', unit: '云岭县', speaker: null, date: null, guests: [], period: null,
      achievements: [{ title: '责任体系进一步压实', points: [], stats: [] }],
    });
  });
  it('takes the type from the option, with a warning when the file says otherwise', () => {
    const r = checkFacts(GOOD.replace('type: progress\n', 'type: summary\n'), { type: 'progress' });
    expect(r.errors).toEqual([]);
    expect(r.facts?.type).toBe('progress');
    expect(r.warnings[0]).toMatchObject({ line: 1, path: 'type' });
  });
  it('reads items with points and figures', () => {
    const r = checkFacts(withLine(6, '  - {title: 责任体系进一步压实, points: [签订责任书], stats: [{label: 签订责任书, value: 312, unit: 份}]}'));
    expect(r.errors).toEqual([]);
    expect((r.facts!.achievements as unknown[])[0]).toEqual({ title: '责任体系进一步压实', points: ['签订责任书'], stats: [{ label: '签订责任书', value: 312, unit: '份' }] });
  });
});

describe('checkFacts: errors name the key and the line', () => {
  it('missing required key', () => {
    const r = checkFacts(withLine(4, null));
    expect(r.facts).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain('缺少必填项“theme”');
    expect(r.errors[0].message).toContain('工作主题');
    expect(r.errors[0].line).toBe(1);
  });
  it('empty list', () => {
    const src = withLine(9, 'next_steps: []').split('\n').filter((l) => l !== '  - 加强重点时段巡查').join('\n');
    const r = checkFacts(src);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 9, column: 13, path: 'next_steps' });
    expect(r.errors[0].message).toBe('“next_steps”是空列表，至少要有一项。');
  });
  it('wrong type: a number where a list belongs, a number where text belongs', () => {
    const src = withLine(3, 'unit: 2024').replace('problems:\n  - 野外用火管控还有盲区', 'problems: 12');
    const r = checkFacts(src);
    expect(r.errors.map((e) => [e.line, e.path])).toEqual([[3, 'unit'], [7, 'problems']]);
    expect(r.errors[0].message).toBe('“unit”应为文字，实际是数字。');
    expect(r.errors[1].message).toContain('“problems”应为列表');
    expect(r.errors[1].message).toContain('实际是数字');
  });
  it('a single text where a list belongs is a list of one item', () => {
    const src = GOOD.replace('problems:\n  - 野外用火管控还有盲区', 'problems: 野外用火管控还有盲区');
    const r = checkFacts(src);
    expect(r.errors).toEqual([]);
    expect(r.facts!.problems).toEqual([{ title: '野外用火管控还有盲区', points: [], stats: [] }]);
  });
  it('a period that ends before it starts is refused', () => {
    const r = checkFacts(GOOD + 'period: {start: 2024-05, end: 2024-03}\n');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 11, path: 'period.end' });
    expect(r.errors[0].message).toBe('“period”的“end”的值“2024-03”早于开始时间“2024-05”：结束时间不能在开始之前。');
    expect(checkFacts(GOOD + 'period: {start: 2024-03-15, end: 2024-03}\n').errors).toEqual([]);
  });
  it('placeholders in the facts are warned, naming the key', () => {
    const r = checkFacts(GOOD + 'speaker: {name: 某某, title: XX县委书记}\nguests: [市委X同志]\n');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.line, w.path])).toEqual([[11, 'speaker.name'], [11, 'speaker.title'], [12, 'guests[0]']]);
    expect(r.warnings[0].message).toBe('“speaker”的“name”含有占位符“某某”，起草时会原样写入，请填写实际内容。');
    expect(checkFacts(GOOD + 'guests: [市应急管理局王建华同志]\n').warnings).toEqual([]);
  });
  it('nested errors give the path down to the item', () => {
    const r = checkFacts(withLine(6, '  - {points: [签订责任书], stats: [{label: 签订责任书, unit: 份}]}'));
    expect(r.errors.map((e) => e.path)).toEqual(['achievements[0]', 'achievements[0].stats[0]']);
    expect(r.errors[0].message).toBe('“achievements”第1项缺少“title”（这一点的标题）。');
    expect(r.errors[1].message).toContain('“achievements”第1项的“stats”第1项缺少“value”');
    expect(r.errors.every((e) => e.line === 6)).toBe(true);
  });
  it('an impossible date', () => {
    const r = checkFacts(GOOD + 'date: 2024-02-30\n');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 11, path: 'date' });
    expect(r.errors[0].message).toContain('不是有效日期');
  });
  it('collects every error, not just the first', () => {
    const src = 'type: mobilization\nmeeting: 动员大会\nunit: [县委]\nsignificance: []\ntasks: 3\n';
    const r = checkFacts(src);
    expect(r.errors.map((e) => `${e.line}:${e.path}`)).toEqual(['1:theme', '1:requirements', '3:unit', '4:significance', '5:tasks']);
  });
  it('no type at all', () => {
    const r = checkFacts(withLine(1, null));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain('没有指定讲话类型');
    expect(r.errors[0].message).toContain('--type');
  });
  it('an unknown type value', () => {
    const r = checkFacts(withLine(1, 'type: speech'));
    expect(r.errors[0]).toMatchObject({ line: 1, column: 7, path: 'type' });
    expect(r.errors[0].message).toContain('“speech”不是已知的讲话类型');
  });
  it('an unknown --type is a usage error', () => {
    expect(() => checkFacts(GOOD, { type: 'speech' })).toThrow(JianghuaError);
  });
});

describe('checkFacts: YAML syntax errors show line and column', () => {
  it('unclosed flow sequence', () => {
    const r = checkFacts(withLine(5, 'achievements: [责任体系进一步压实'));
    expect(r.facts).toBeNull();
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0].message).toContain('YAML 语法错误');
    expect(r.errors[0].line).toBeGreaterThanOrEqual(5);
    expect(formatProblem(r.errors[0])).toMatch(/^第\d+行第\d+列：YAML 语法错误/);
  });
  it('tab indentation, line and column in code points', () => {
    const r = checkFacts(withLine(6, '\t- 责任体系进一步压实'));
    expect(r.errors[0]).toMatchObject({ line: 6, column: 1 });
    expect(r.errors[0].message).toContain('YAML 语法错误');
  });
  it('duplicate key', () => {
    const r = checkFacts(GOOD + 'unit: 云岭县林业局\n');
    expect(r.errors[0]).toMatchObject({ line: 11 });
    expect(r.errors[0].message).toContain('键重复');
  });
});

describe('checkFacts: unknown keys are warnings', () => {
  it('a typo suggests the closest key', () => {
    const r = checkFacts(GOOD + 'gusets:\n  - 市林业局副局长王立同志\n');
    expect(r.errors).toEqual([]);
    expect(r.facts).not.toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 11, column: 1, path: 'gusets' });
    expect(r.warnings[0].message).toBe('未知的键“gusets”，已忽略；是不是想写“guests”？');
  });
  it('a typo inside an item', () => {
    const r = checkFacts(withLine(6, '  - {title: 责任体系进一步压实, point: [签订责任书]}'));
    expect(r.warnings[0].message).toContain('是不是想写“points”');
    expect(r.warnings[0].line).toBe(6);
  });
  it('a key of another speech type', () => {
    const r = checkFacts(GOOD + 'experiences:\n  - 坚持问题导向\n');
    expect(r.warnings[0].message).toBe('“experiences”不属于这一类讲话（它用于总结大会讲话），已忽略');
  });
  it('closestKey', () => {
    expect(closestKey('meting', ['meeting', 'unit'])).toBe('meeting');
    expect(closestKey('nextsteps', ['next_steps', 'problems'])).toBe('next_steps');
    expect(closestKey('领导', ['meeting', 'unit'])).toBeNull();
  });
});

describe('parseFacts', () => {
  it('throws one FactsError with every error, and the warnings, in Chinese', () => {
    const src = 'type: summary\nmeeting: 总结大会\nuint: 云岭县\ntheme: 森林防火\nachievements: []\n';
    let caught: unknown;
    try { parseFacts(src, { file: 'f.yaml' }); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(FactsError);
    const e = caught as FactsError;
    expect(e.exitCode).toBe(2);
    expect(e.problems.map((p) => p.path)).toEqual(['unit', 'experiences', 'next_steps', 'achievements']);
    expect(e.message).toContain('f.yaml：事实文件有 4 处错误');
    expect(e.message).toContain('第5行第15列：“achievements”是空列表');
    expect(e.message).toContain('是不是想写“unit”');
  });
  it('the shipped examples are valid and warning-free', async () => {
    for (const t of ['mobilization', 'progress', 'summary']) {
      const src = await fs.readFile(new URL(`../../examples/${t}.yaml`, import.meta.url), 'utf8');
      const r = checkFacts(src);
      expect(r.errors, t).toEqual([]);
      expect(r.warnings, t).toEqual([]);
      expect(r.facts?.type).toBe(t);
    }
  });
});

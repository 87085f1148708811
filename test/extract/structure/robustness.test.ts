import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

describe('analyzeStructure on awkward input', () => {
  it('handles a speech with no headings', () => {
    const s = analyze('同志们：\n今天召开这次会议，主要是部署下步工作。大家要认真抓好落实，确保各项任务按期完成。\n谢谢大家。');
    expect(s.headings).toEqual([]);
    expect(s.series).toEqual([]);
    expect(s.announced).toEqual([]);
    expect(s.salutationLine).toBe(1);
    expect(s.paragraphs).toHaveLength(3);
  });

  it('handles one huge line without any paragraph marks', () => {
    const unit = '我们要坚持问题导向，一是加强学习。二是狠抓落实。三是强化督查。各级党组织要认真贯彻落实上级部署。';
    const text = '同志们：' + unit.repeat(3000);
    const s = analyze(text);
    // A one-line text: only its salutation line is cut off (paragraphs.ts headerCuts), the body stays one paragraph.
    expect(s.paragraphs.map((p) => [p.text.length, p.column])).toEqual([[4, 1], [text.length - 4, 5]]);
    expect(s.series).toHaveLength(3000);
    expect(s.series.every((x) => x.items.length === 3 && x.problems.length === 0)).toBe(true);
    const last = s.series[2999].items[2];
    expect(last.line).toBe(1);
    expect([...text].slice(last.column - 1, last.column + 1).join('')).toBe('三是');
  });

  it('handles a table full of numbers', () => {
    const rows = ['序号 单位 完成数 占比', ...Array.from({ length: 200 }, (_, i) => `${i + 1}. ${1000 + i} ${(i * 1.5).toFixed(1)} ${i % 100}%`)];
    const s = analyze(rows.join('\n'));
    expect(s.headings).toEqual([]);
    expect(s.series).toEqual([]);
    expect(s.announced).toEqual([]);
    expect(s.type.label).toBe('other');
  });

  it('handles empty text, blank lines and lone punctuation', () => {
    for (const text of ['', '\n\n\n', '。', '　　　　', '一、', '（一）', '一是', '1.', '同志们：']) {
      expect(() => analyze(text)).not.toThrow();
    }
    expect(analyze('').paragraphs).toEqual([]);
  });

  it('handles CRLF line ends with the same lines', () => {
    const s = analyze('在全县动员大会上的讲话\r\n同志们：\r\n一、提高认识\r\n二、明确任务\r\n');
    expect(s.headings.map((h) => [h.line, h.text])).toEqual([[3, '提高认识'], [4, '明确任务']]);
    expect(s.salutationLine).toBe(2);
  });
});

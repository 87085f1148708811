import { describe, expect, it } from 'vitest';
import { extractHeadings, headingPhrase } from '../../../src/extract/headings.js';
import { splitParagraphs } from '../../../src/extract/paragraphs.js';
import { doc, WEB_ONE_LINE } from './helpers.js';

const headings = (text: string) => {
  const d = doc(text);
  return extractHeadings(d, splitParagraphs(d));
};
const brief = (text: string) => headings(text).map((h) => [h.level, h.number, h.text, h.placement, h.parent]);

describe('extractHeadings: markers and levels', () => {
  const cases: [string, string, unknown[]][] = [
    ['一、 on its own line', '一、充分认识开展主题教育的重大意义', [[1, 1, '充分认识开展主题教育的重大意义', 'line', null]]],
    ['（一） full-width run-in', '（一）牢牢把握“总要求”。中央和省委明确指出，这次活动的总要求是……', [[2, 1, '牢牢把握“总要求”', 'run-in', null]]],
    ['(二) ASCII parentheses', '(二)搞好教育实践活动,是夯实基层基础的现实需要。党的基层组织是基础。', [[2, 2, '搞好教育实践活动,是夯实基层基础的现实需要', 'run-in', null]]],
    ['1. num-dot', '1.党员干部思想认识得到显著提高,理想信念普遍增强。我们坚持把学习教育贯穿始终。', [[3, 1, '党员干部思想认识得到显著提高,理想信念普遍增强', 'run-in', null]]],
    ['1、 num-dun', '3、展好党员先进性标准要求讨论。开展讨论是重要环节。', [[3, 3, '展好党员先进性标准要求讨论', 'run-in', null]]],
    ['1． full-width dot', '２．加强思想政治教育', [[3, 2, '加强思想政治教育', 'line', null]]],
    ['（1） level 4', '（1）建立问题清单。对照检查找差距。', [[4, 1, '建立问题清单', 'run-in', null]]],
    ['十二、 two-character numeral', '十二、加强作风建设', [[1, 12, '加强作风建设', 'line', null]]],
    ['a blank ends the heading when the body follows on the same line', '四、加强领导,周密部署,确保取得实效 这次活动标准高、任务重。', [[1, 4, '加强领导,周密部署,确保取得实效', 'run-in', null]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('records marker, style, position and end column', () => {
    const [h] = headings('前言\n  （一）压实安全责任。要严格落实。');
    expect(h).toMatchObject({ marker: '（一）', style: 'cn-paren', line: 2, column: 3, endColumn: 12 });
    const [g] = headings('(3)细化措施');
    expect(g).toMatchObject({ marker: '(3)', style: 'num-paren-ascii', level: 4 });
  });
});

describe('extractHeadings: not headings', () => {
  const cases: [string, string][] = [
    ['a decimal at a line start', '13.5万元追加到16.5万元，社区工作人员工资也调升至2000元左右。'],
    ['a date in parentheses', '(2014年11月 11 日)'],
    ['a range of numerals', '一、二等奖各评选10名，三等奖评选20名。'],
    ['a number inside a sentence', '全县共有12个乡镇，其中1、2号片区已完成改造。'],
    ['a table row of numbers', '1. 12.5 13.6 14.8'],
    ['一是 is a series, not a heading', '一是坚持领导带头。二是坚持群众参与。'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(headings(text)).toEqual([]);
  });

  it('accepts an inline number only where it continues the numbering', () => {
    // 三、 after a sentence end, with no 一、 or 二、 before it: a stray number, not a heading.
    expect(headings('今年完成了任务。三、四月份要抓好春耕。')).toEqual([]);
    expect(headings('今年完成了任务。三、抓好春耕生产。')).toEqual([]);
  });
});

describe('extractHeadings: tree and placement', () => {
  it('builds the tree from levels, skipping absent levels', () => {
    const text = ['一、坚持从严从实', '1.思想认识得到提高。正文。', '2.作风明显转变。正文。', '二、探索积累经验', '（一）坚持领导带头。正文。', '（1）带头学习。正文。', '三、下步工作'].join('\n');
    const hs = headings(text);
    expect(hs.map((h) => [h.marker, h.parent])).toEqual([
      ['一、', null], ['1.', 0], ['2.', 0], ['二、', null], ['（一）', 3], ['（1）', 4], ['三、', null],
    ]);
  });

  it('finds headings inside a web copy with no line breaks', () => {
    const hs = headings(WEB_ONE_LINE);
    expect(hs.map((h) => [h.marker, h.text, h.placement, h.parent])).toEqual([
      ['一、', '充分肯定一季度安全生产工作取得的成效', 'line', null],
      ['二、', '清醒认识当前安全生产面临的严峻形势', 'line', null],
      ['三、', '扎实做好下步安全生产各项工作', 'line', null],
      ['（一）', '压实安全责任', 'run-in', 2],
      ['（二）', '深化隐患排查', 'inline', 2],
    ]);
  });

  it('finds a heading after a sentence end inside a long line', () => {
    const hs = headings('我再提几点要求。一、广泛征求意见，深入查摆问题找准病灶，才能对症下药。这次在查摆问题时，要注意把握三点要求。');
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ level: 1, number: 1, placement: 'inline', column: 9, text: '广泛征求意见，深入查摆问题找准病灶，才能对症下药' });
  });
});

describe('headingPhrase', () => {
  it('cuts at the first sentence end or colon', () => {
    expect(headingPhrase('牢牢把握“总要求”。中央明确指出……', 'run-in')).toBe('牢牢把握“总要求”');
    expect(headingPhrase('主要成效：一是……', 'run-in')).toBe('主要成效');
  });
  it('cuts a heading that runs into its body without punctuation to two parallel clauses', () => {
    expect(headingPhrase('要聚焦重点关键，抓好整改落实作风建设过程中，有些问题的解决不会一蹴而就。但只要', 'inline')).toBe('要聚焦重点关键，抓好整改落实');
    expect(headingPhrase('要聚焦重点工作,狠抓落实突破作风建设成效怎样,关键看工作成效如何。下步', 'inline')).toBe('要聚焦重点工作,狠抓落实突破');
  });
  it('keeps short balanced headings and standalone lines whole', () => {
    expect(headingPhrase('坚持领导带头，以身作则，发挥示范作用。正文', 'run-in')).toBe('坚持领导带头，以身作则，发挥示范作用');
    expect(headingPhrase('深刻认识开展党的群众路线教育实践活动的重大意义,把思想高度统一到中央和省委、市委部署要求上来', 'line'))
      .toBe('深刻认识开展党的群众路线教育实践活动的重大意义,把思想高度统一到中央和省委、市委部署要求上来');
  });
});

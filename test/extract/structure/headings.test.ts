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
    expect(headingPhrase('牢牢把握“总要求”。中央明确指出……')).toBe('牢牢把握“总要求”');
    expect(headingPhrase('主要成效：一是……')).toBe('主要成效');
  });
  it('does not cut clauses to a guessed length: a long heading of three clauses stays whole', () => {
    expect(headingPhrase('要切实提高政治站位，充分认识这项工作的重大意义，以更加饱满的热情投入到各项工作之中。正文'))
      .toBe('要切实提高政治站位，充分认识这项工作的重大意义，以更加饱满的热情投入到各项工作之中');
    expect(headingPhrase('要聚焦重点工作,狠抓落实突破作风建设成效怎样,关键看工作成效如何。下步')).toBe('要聚焦重点工作,狠抓落实突破作风建设成效怎样,关键看工作成效如何');
  });
  it('keeps short balanced headings and long lines whole', () => {
    expect(headingPhrase('坚持领导带头，以身作则，发挥示范作用。正文')).toBe('坚持领导带头，以身作则，发挥示范作用');
    expect(headingPhrase('深刻认识开展党的群众路线教育实践活动的重大意义,把思想高度统一到中央和省委、市委部署要求上来'))
      .toBe('深刻认识开展党的群众路线教育实践活动的重大意义,把思想高度统一到中央和省委、市委部署要求上来');
  });
});

describe('extractHeadings: what is not a heading of the speech', () => {
  it('stops at an appendix or glossary after the body (附件, 附录, 名词解释)', () => {
    const body = ['各位代表：', '一、过去一年的工作', '去年，我们完成了全年目标任务。'.repeat(8), '二、今年的主要任务', '今年要抓好以下工作。'.repeat(8)];
    const appendix = ['附件1', '2025年十件民生实事', '一、提升养老服务水平。新增床位一千张。', '二、改善农村供水条件。新建水厂十座。',
      '附件2 名词解释', '1.“四网融合”：干线铁路、城际铁路、市域铁路和城市轨道交通的融合。', '2.虚拟电厂：一种聚合分布式资源的系统。'];
    expect(headings([...body, ...appendix].join('\n')).map((h) => [h.level, h.number, h.line])).toEqual([[1, 1, 2], [1, 2, 4]]);
    // A speech sent as the attachment of a notice starts with 附件: that line opens the text, it does not end it.
    expect(headings(['附件', '在全县工作会议上的讲话', '一、总结成绩', '正文。'.repeat(5), '二、部署任务', '正文。'.repeat(5)].join('\n')).map((h) => h.number)).toEqual([1, 2]);
    expect(headings(['名词解释', '一、基本概念', '正文。', '二、主要内容', '正文。'].join('\n')).map((h) => h.number)).toEqual([1, 2]);
  });

  it('takes the items of a list that closes with semicolons after a colon for a list, not for headings', () => {
    const text = ['（一）关于价格改革', '今年价格改革的主要内容是：', '一、调整粮食购销价格；', '二、提高短途运价；', '三、拉开质量差价。', '这个方案是稳妥的。', '（二）关于工资改革', '正文。'].join('\n');
    expect(headings(text).map((h) => [h.level, h.number, h.line])).toEqual([[2, 1, 1], [2, 2, 7]]);
    // Headings after an announcing colon end with no semicolon: they stay headings.
    expect(headings(['下面，我讲三点意见：', '一、提高认识', '正文。', '二、突出重点', '正文。', '三、加强领导'].join('\n')).map((h) => h.number)).toEqual([1, 2, 3]);
  });
});

describe('extractHeadings: a list of one-paragraph items after a colon (the older reports\' 采取以下措施：)', () => {
  const list = ['二、加快发展农业', '为此，今后准备采取以下措施：', '（一）加快建设一批商品粮基地，提高粮食供给能力。', '（二）改革农产品收购办法，适当提高收购价格。',
    '（三）加强对困难地区的帮助，使它们尽快改变面貌。为此要增加投入，并减轻负担。', '农业上去了，工业才有后劲。', '三、加快发展工业', '正文。'];
  it('takes the items, numbered on without a paragraph between them and mostly one sentence each, for a list', () => {
    expect(headings(list.join('\n')).map((h) => [h.level, h.number, h.line])).toEqual([[1, 2, 1], [1, 3, 7]]);
  });
  it('keeps headings whose numbering goes on after a body paragraph (（一）…（二）… then body, then （三）)', () => {
    const text = ['主要做了以下几方面工作：', '（一）稳定经济增长。加强调控。扩大投资。', '（二）推进结构调整。淘汰落后产能。培育新产业。', '在产业方面，正文。', '（三）深化体制改革。正文。'].join('\n');
    expect(headings(text).map((h) => h.number)).toEqual([1, 2, 3]);
  });
  it('keeps headings standing alone on their lines after a colon (no sentence closes them)', () => {
    expect(headings(['同志们：', '一、提高认识', '二、明确任务', '正文。'].join('\n')).map((h) => h.number)).toEqual([1, 2]);
  });
  it('keeps one-paragraph points of several sentences after an announcing colon', () => {
    const text = ['下面，我讲三点意见：', '一、提高认识。这项工作十分重要。大家要高度重视。', '二、突出重点。要抓住关键。要集中力量。', '三、加强领导。各级要负起责任。要强化督查。', '同志们，任务艰巨。'].join('\n');
    expect(headings(text).map((h) => h.number)).toEqual([1, 2, 3]);
  });
});

describe('extractHeadings: bare numerals', () => {
  it('reads a Markdown heading of a numeral alone (## 一) as a level-1 heading', () => {
    const hs = headings(['# 在全会上的报告', '', '## 一', '', '正文第一部分。', '## 二', '', '正文第二部分。', '## 三', '正文。'].join('\n'));
    expect(hs.map((h) => [h.level, h.number, h.line, h.marker, h.text])).toEqual([[1, 1, 3, '一', ''], [1, 2, 6, '二', ''], [1, 3, 9, '三', '']]);
  });
  it('reads a numeral alone on a line as a heading only where it continues the numbering', () => {
    expect(headings(['一', '正文。', '二', '正文。'].join('\n')).map((h) => h.number)).toEqual([1, 2]);
    expect(headings(['正文。', '三', '正文。'].join('\n'))).toEqual([]);
    expect(headings(['一、总结', '正文。', '三', '正文。'].join('\n')).map((h) => h.number)).toEqual([1]);
  });
});

// Heading and series shapes that the fifth fresh batch (national reports, issue 10) showed mishandled, written as
// general shapes with invented sentences (none is taken from a development text).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const tops = (text: string) => analyze(text).headings.map((h) => [h.level, h.number, h.line]);

describe('a numbering that starts again among the body: list items or headings', () => {
  const sections = '各位代表：\n一、过去一年的工作\n去年各项工作稳步推进。\n二、今年的主要任务\n今年要继续抓好发展。\n三、加强政府自身建设\n要建设人民满意的政府。\n';
  it('closed one-sentence paragraphs numbered from 一 again, with explanations between, are the items of a list', () => {
    const text = sections +
      '为了管好建设资金，会议作出以下决定。\n' +
      '一、所有新建项目都必须经过论证，统一纳入年度计划。\n' +
      '论证由主管部门负责组织。\n' +
      '二、建设资金由财政部门统一拨付；任何单位不得挪用。\n' +
      '拨付情况每季度公布一次。\n' +
      '三、建设单位必须按期报送工程进度。\n' +
      '各位代表，让我们共同努力。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6]]);
  });
  it('a list item broken at a comma still counts with the closed ones', () => {
    const text = sections +
      '对重点项目实行以下办法。\n' +
      '一、每个项目都实行“三定”，\n' +
      '即定规模，定投资，定工期。\n' +
      '二、项目负责人对工程质量终身负责。\n' +
      '三、竣工项目由审计部门统一验收。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6]]);
  });
  it('headings standing alone that start the numbering again under an unnumbered part stay headings', () => {
    const text = sections +
      '关于外交工作\n' +
      '一、我们坚持独立自主的和平外交政策，同各国发展友好关系\n' +
      '我们愿同各国一道维护和平。\n' +
      '二、我们积极参与国际事务，推动建设开放型世界经济\n' +
      '我们支持多边贸易体制。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 1, 9], [1, 2, 11]]);
  });
  it('run-in headings that start the numbering again stay headings (the body follows the phrase)', () => {
    const text = sections +
      '关于国防建设\n' +
      '一、加强军队现代化建设。要全面提高部队的战斗力。\n' +
      '二、巩固军政军民团结。要开展双拥共建活动。';
    expect(tops(text)).toEqual([[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 1, 9], [1, 1 + 1, 10]]);
  });
  it('a second-level numbering starts again under each heading: closed ones there are headings', () => {
    const text = '一、工作回顾\n（一）经济平稳运行。\n（二）改革不断深化。\n二、今年安排\n（一）抓好项目建设。\n（二）办好民生实事。';
    expect(analyze(text).headings.map((h) => [h.level, h.number])).toEqual([[1, 1], [2, 1], [2, 2], [1, 2], [2, 1], [2, 2]]);
  });
});

const lengths = (text: string) => analyze(text).series.map((s) => [s.family, s.items.length, s.problems.map((p) => p.kind)]);
const counts = (text: string) => analyze(text).announced.map((a) => [a.announced, a.actual, a.target]);

describe('series whose first item is written 首先 and whose others 二是, 三是', () => {
  it('首先…。二是…。三是… is one series of three, noted as mixed', () => {
    expect(lengths('今年要重点抓好农业。首先要增加投入，改善生产条件。二是保护耕地，稳定播种面积。三是搞好开发，提高综合效益。')).toEqual([['shi', 3, ['mixed']]]);
  });
  it('首先…，二要…，三要… alike', () => {
    expect(lengths('做好这项工作，首先要统一思想，二要明确责任，三要加强督查。')).toEqual([['yao', 3, ['mixed']]]);
  });
  it('a 二是 goes on an open 一要 before a 首先 opened inside its first item', () => {
    expect(lengths('一要抓好生产，首先要保证原料供应；二是抓好流通，搞活市场。')).toEqual([['yao', 2, ['mixed']]]);
  });
  it('首先…其次… stays a 首先 series', () => {
    expect(lengths('首先，要提高认识。其次，要落实责任。')).toEqual([['shouxian', 2, []]]);
  });
});

describe('the older style 一是…；一是… with a 首先 inside an item', () => {
  // A 第二 elsewhere in the text keeps the weak 首先 inside the item as a possible item of its own.
  const elsewhere = '\n今年的工作，第一，要稳住增长；第二，要守住底线。';
  it('is one series of two, announced by the count before the colon', () => {
    const text = '我们要抓好两件事：一是新建大矿，首先把条件好的矿建起来；一是改造老矿，挖掘现有潜力。' + elsewhere;
    expect(lengths(text)).toEqual([['shi', 2, []], ['di', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('a 二是 after such a 首先 still numbers the run on (一是…，首先…；二是…)', () => {
    expect(lengths('一是新建大矿，首先把条件好的矿建起来；二是改造老矿，挖掘现有潜力。' + elsewhere)).toEqual([['shi', 2, []], ['di', 2, []]]);
  });
});

describe('announcements: 以下N类X，…： before numbered paragraphs, 讲一讲这N个问题, N个字', () => {
  it('a count after 以下 whose sentence ends with the colon closing the paragraph counts the numbered paragraphs', () => {
    const text = '对以下三类企业，必须实行关停并转：\n一、长期亏损的企业；\n二、产品积压的企业；\n三、污染严重的企业。\n各地要制定计划。';
    expect(counts(text)).toEqual([[3, 3, 'enumeration']]);
  });
  it('not when another 以下 in the sentence is what the colon introduces', () => {
    const text = '对以下三类企业，要按照下面的办法处理：\n一、限期整改；\n二、停产整顿。';
    expect(counts(text).filter(([n]) => n === 3)).toEqual([[3, null, 'none']]);
  });
  it('讲一讲这N个问题 announces the series that follows', () => {
    const text = '只有这三个方面都做好了，目标才能实现。下面我讲一讲这三个问题。\n第一，关于生产问题。\n第二，关于分配问题。\n第三，关于流通问题。';
    expect(counts(text)).toEqual([[3, 3, 'series']]);
  });
  it('讲这N个问题 with nothing counted after it, or narrated (讲了这), announces nothing', () => {
    expect(counts('下面讲讲这两个问题，希望大家认真思考。')).toEqual([]);
    expect(counts('我刚才讲了这两个问题。\n第一，关于生产问题。\n第二，关于分配问题。')).toEqual([]);
  });
  it('N个字： counts the characters of its words, not items', () => {
    expect(counts('今后五年的任务，可以归纳为八个字：稳定、改革、发展、团结。')).toEqual([]);
  });
});

describe('restarted numbering of closed headings with a body of their own', () => {
  it('headings written as closed sentences, numbered again under a second unnumbered part, each with a body of several paragraphs, stay headings', () => {
    const body = '正文第一段。\n正文第二段。\n正文第三段。\n';
    const text = '一、坚持流程责任制，主管对结果负责。\n' + body + '二、加强审计监督，问责标准逐年收紧。\n' + body +
      '关于明年的工作\n一、继续精简机关，清理不作为的岗位。\n' + body + '二、打开思路，全流程优化服务。\n' + body;
    expect(tops(text).map(([l, n]) => [l, n])).toEqual([[1, 1], [1, 2], [1, 1], [1, 2]]);
  });
});

describe('restarted numbering under unnumbered parts, closed headings with short bodies', () => {
  it('（一）… numbered again under a second unnumbered part, two body paragraphs each, stay headings', () => {
    const body = '正文第一段。\n正文第二段。\n';
    const text = '一年来的主要工作\n（一）加强宏观调控。\n' + body + '（二）推进结构调整。\n' + body + '（三）深化改革开放。\n' + body +
      '今年的主要任务\n（一）继续推进农村改革。\n' + body + '（二）深化国有企业改革。\n' + body;
    expect(tops(text).map(([l, n]) => [l, n])).toEqual([[2, 1], [2, 2], [2, 3], [2, 1], [2, 2]]);
  });
});

describe('首先 and a 二是 paragraphs later', () => {
  it('a 首先 that opens a thought is not the first item of a 二是 three paragraphs on', () => {
    const text = '首先，我代表市委向大家表示感谢。\n过去一年，各项工作取得新进展。\n成绩来之不易。\n二是要抓好项目建设，三是要抓好民生实事。';
    expect(lengths(text).map(([f, n]) => [f, n])).toEqual([['shi', 2]]);
  });
});

describe('一要 right after the copula 是 (最重要的就是一要…，二要…)', () => {
  it('opens the list when the 二要 of its shape follows in the same sentence', () => {
    expect(lengths('合理使用资金，最重要的就是一要保重点建设，二要保技术改造。')).toEqual([['yao', 2, []]]);
    expect(lengths('工作的关键是一是要稳住增长，二是要防范风险，三是要改善民生。')).toEqual([['shi', 3, []]]);
  });
  it('not without a 二要 in its sentence, nor in the idiom 一是一、二是二', () => {
    expect(lengths('我们的目标是一要吃饱。二要穿暖。').map(([f, n]) => [f, n])).toEqual([['yao', 1]]);
    expect(lengths('这是一是一、二是二的问题。').map(([f, n]) => [f, n])).toEqual([['shi', 1]]);
    expect(lengths('这个问题的答案是一样的。')).toEqual([]);
  });
});

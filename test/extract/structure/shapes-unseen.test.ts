// Announcement and series shapes that the third fresh batch (national reports, issue 10) showed missing, written as
// general shapes with invented sentences (none is taken from a development text).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const counts = (text: string) => analyze(text).announced.map((a) => [a.announced, a.actual, a.target]);
const lengths = (text: string) => analyze(text).series.map((s) => [s.family, s.items.length, s.problems.map((p) => p.kind)]);

describe('the older report style: every item led by 一是', () => {
  it('one paragraph of 一是…；一是… is one series of two items, with no problem', () => {
    const text = '我们要抓好两件事：一是加快交通建设，打通断头路；一是加强人才培养，办好职业学校。';
    expect(lengths(text)).toEqual([['shi', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('after a count closing its clause (基本经验是两条，一是…，一是…)', () => {
    const text = '多年来的基本经验是两条，一是坚持实事求是，一是坚持依靠群众。';
    expect(lengths(text)).toEqual([['shi', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('a paragraph that goes on with 二是 keeps its numbering (一是 opening an inner list stays nested)', () => {
    expect(lengths('一是抓产业：一是抓工业，二是抓农业；二是抓民生。').map(([f, n]) => [f, n])).toEqual([['shi', 2], ['shi', 2]]);
  });
  it('a count of a formula before the comma is no announcement of the series (坚持三项原则，一是…)', () => {
    expect(counts('路线的基本点是两条，一是坚持三项基本原则，一是坚持改革开放。')).toEqual([[2, 2, 'series']]);
  });
  it('一是 in two sentences is not joined', () => {
    expect(lengths('一是加快交通建设。一是加强人才培养。').map(([f, n]) => [f, n])).toEqual([['shi', 1], ['shi', 1]]);
  });
  it('一是 in two paragraphs is not joined', () => {
    expect(lengths('一是加快交通建设。\n一是加强人才培养。').map(([f, n]) => [f, n])).toEqual([['shi', 1], ['shi', 1]]);
  });
});

describe('第N次是: the items of a count of times', () => {
  const text = '这个村先后经历了三次搬迁。\n第一次是在五十年代，因为修水库。\n第二次是在八十年代，因为修公路。\n第三次是在新世纪，因为建新区。';
  it('is a series, and the count echoed by it is announced', () => {
    expect(lengths(text)).toEqual([['di', 3, []]]);
    expect(counts(text)).toEqual([[3, 3, 'series']]);
  });
  it('第一次X的Y是…第二次X的Y是… in one paragraph, after 两次X and 两大Y', () => {
    const text = '这门学科的发展有两次大的突破，带来了两大成果。第一次突破的主要成果是甲理论，影响深远。第二次突破的主要成果是乙理论，至今适用。';
    expect(lengths(text)).toEqual([['di', 2, []]]);
    expect(counts(text)).toEqual([[2, 2, 'series']]);
  });
  it('第一轮X的Y是… / 第一批X的Y是…: rounds and batches recounted alike', () => {
    expect(lengths('巡视分两轮进行。第一轮巡视的重点是国有企业。第二轮巡视的重点是高等院校。')).toEqual([['di', 2, []]]);
    expect(lengths('试点分三批推开。\n第一批试点的任务是探索路子。\n第二批试点的任务是完善制度。\n第三批试点的任务是全面推广。')).toEqual([['di', 3, []]]);
  });
  it('第一批X的Y是 alone, with no partner of its shape, is no item', () => {
    expect(lengths('第一批试点的任务是探索路子，已经完成。')).toEqual([]);
  });
  it('第一次X的 with no 是 after its noun is no item', () => {
    expect(lengths('第一次全国代表大会的召开，开天辟地。第二次全国代表大会的决议，意义重大。')).toEqual([]);
  });
  it('第一次 as "the first time" is no item', () => {
    expect(lengths('第一次来到这里，我就被吸引了。第二次来时，村子变了样。')).toEqual([]);
    expect(lengths('这是第一次全体会议。\n第二次全体会议明年召开。')).toEqual([]);
  });
});

describe('a count of parts whose noun ends in a parts word', () => {
  it('以下几个重大关系问题 → 首先…最后', () => {
    const text = '今年要着力处理好以下几个重大关系问题。\n首先，关于速度和效益的问题。正文。\n其次，关于城市和乡村的问题。正文。\n最后，关于当前和长远的问题。正文。';
    expect(counts(text)).toEqual([[null, 3, 'series']]);
  });
  it('not a count of things (讲了三个优秀的人物)', () => {
    expect(counts('他讲了三个优秀的人物。\n第一，老张。\n第二，老李。')).toEqual([]);
  });
});

describe('items that open with 一 + the count\'s measure word', () => {
  it('两次…，一次是…，一次是…', () => {
    expect(counts('这条河历史上发生过两次大的改道，一次是在清朝末年，一次是在民国初年。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('an ordinal inside an item (由第五次…) is no further item', () => {
    expect(counts('这条河发生过两次改道，一次是因为第三次大地震，一次是因为第五次大洪水。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('两手：一手是…，另一手是…', () => {
    expect(counts('工作中要坚持两手：一手是抓发展，另一手是抓安全。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('a count of times before a colon lists nothing unless its items open alike', () => {
    expect(counts('他在第十八次代表大会上的报告中说：一是要团结，二是要奋斗。')).toEqual([]);
    expect(counts('他在十八次代表大会上的报告中说：一是要团结，二是要奋斗。')).toEqual([]);
  });
  it('a further item named otherwise (…，今天是第三次) leaves the count unknown: no announcement', () => {
    expect(counts('我们见面只有三次。一次是在开学时，一次是在运动会上，今天是第三次。')).toEqual([]);
  });
  it('一次比一次 lists nothing', () => {
    expect(counts('他去过两次北京，一次比一次印象深。')).toEqual([]);
  });
});

describe('作如下说明 after the count and its noun', () => {
  it('the parts named before the count, then 第一…第三', () => {
    const text = '下面，我就产业升级、城市更新、民生保障三个方面的重点工作，作如下说明。\n第一，产业升级。正文。\n第二，城市更新。正文。\n第三，民生保障。正文。';
    expect(counts(text)).toEqual([[3, 3, 'series']]);
  });
});

describe('a quoted enumeration', () => {
  it('“一要…，二要…” is a series of two', () => {
    expect(lengths('“一要安全，二要发展”，是我们的一条原则。')).toEqual([['yao', 2, []]]);
  });
});

describe('two halves after a count of steps', () => {
  it('分两步走：前五年…，后五年…', () => {
    expect(counts('实现这个目标要分两步走：前五年主要是打基础，后五年主要是上台阶。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('上半年…，下半年…', () => {
    expect(counts('全年工作分两个阶段：上半年集中排查，下半年集中整改。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('前三年…，后两年…: halves of a different length in the same unit', () => {
    expect(counts('实现这个目标要分两步走：前三年主要是打基础，后两年主要是上台阶。')).toEqual([[2, 2, 'enumeration']]);
    expect(counts('规划期分两个阶段：前6个月集中建设，后4个月集中验收。')).toEqual([[2, 2, 'enumeration']]);
  });
  it('前三年… then 后 with another unit lists nothing', () => {
    expect(counts('实现这个目标要分两步走：前三年主要是打基础，后两天组织验收。')).toEqual([]);
  });
  it('前期… then another word lists nothing', () => {
    expect(counts('实现这个目标要分两步走：前期做好调研，然后组织实施。')).toEqual([]);
  });
});

describe('a quotation after the colon', () => {
  it('is no list of the count (斗争有两个方面的任务：“…”)', () => {
    expect(counts('毛主席说过，斗争有两个方面的任务：“改造客观世界，也改造主观世界”。')).toEqual([]);
  });
  it('plain text after the colon keeps the count with its actual unknown', () => {
    expect(counts('我们有两条路：继续前进或者停滞不前。')).toEqual([[2, null, 'none']]);
  });
});

describe('a quoted list (sixth batch kind)', () => {
  it('“第一条，…；第二条，…” is a series, as “一要…，二要…”', () => {
    expect(lengths('我们对这件事的态度是：“第一条，反对；第二条，不怕”。')).toEqual([['di', 2, []]]);
  });
  it('a quoted formula opening with a later numeral (“三要三不要”) is no item', () => {
    expect(lengths('要坚持“三要三不要”的原则，加强自身建设。')).toEqual([]);
  });
});

describe('第N个X whose noun starts with a measure character (genre list)', () => {
  it('第一个环节是… / 第二个环节是… is a series, announced by 三个环节', () => {
    const text = '这项工作有三个环节：第一个环节是调研。第二个环节是论证。第三个环节是决策。';
    expect(lengths(text)).toEqual([['di', 3, []]]);
    expect(counts(text)).toEqual([[3, 3, 'series']]);
  });
  it('第一个月… / 第二个月… stays a count of time', () => {
    expect(lengths('第一个月，完成了调研。第二个月，完成了论证。')).toEqual([]);
  });
});


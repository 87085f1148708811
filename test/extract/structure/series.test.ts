import { describe, expect, it } from 'vitest';
import { extractSeries } from '../../../src/extract/series.js';
import { extractHeadings } from '../../../src/extract/headings.js';
import { splitParagraphs } from '../../../src/extract/paragraphs.js';
import { doc } from './helpers.js';

const series = (text: string) => {
  const d = doc(text);
  const ps = splitParagraphs(d);
  return extractSeries(d, ps, extractHeadings(d, ps));
};
const brief = (text: string) => series(text).map((s) => [s.family, s.items.map((i) => i.marker).join(''), s.problems.map((p) => p.kind).join(',')]);

describe('extractSeries: families and spans', () => {
  const cases: [string, string, unknown[]][] = [
    ['一是/二是 inside one paragraph', '主要呈现三个特点：一是推进从严从实。各党委政治站位高。二是学习入脑入心。三是整改聚焦聚力。', [['shi', '一是二是三是', '']]],
    ['one item per paragraph', '主要做到“三个坚持”：\n一是坚持领导带头，以身作则。正文。\n二是坚持群众参与，公开公正。正文。\n三是坚持问题导向，立改立行。正文。', [['shi', '一是二是三是', '']]],
    ['一要/二要', '具体要注重把握几点：一要从干部自身抓起。二要从群众关心的事抓起。三要从当前重点工作抓起。', [['yao', '一要二要三要', '']]],
    ['第一，第二，', '我讲两点。第一，要提高认识。第二，要狠抓落实。', [['di', '第一第二', '']]],
    ['首先/其次/最后', '首先，要统一思想。其次，要明确责任。最后，要强化督查。', [['shouxian', '首先其次最后', '']]],
    ['after a comma', '总的来看,一是组织领导比较到位。二是总体安排科学务实。', [['shi', '一是二是', '']]],
    ['semicolons', '要做到三个到位：一是思想认识到位；二是工作措施到位；三是责任落实到位。', [['shi', '一是二是三是', '']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('gives each item its ordinal, leading clause and position', () => {
    const [s] = series('存在的问题：\n一是总体进展不平衡。大部分单位扎实有力。\n　　二是学习实践“两张皮”；一些单位知行脱节。');
    expect(s.items).toEqual([
      { ordinal: 1, marker: '一是', text: '总体进展不平衡', line: 2, column: 1 },
      { ordinal: 2, marker: '二是', text: '学习实践“两张皮”', line: 3, column: 3 },
    ]);
    expect([s.line, s.column]).toEqual([2, 1]);
  });

  it('starts a new run when the ordinal drops back to 一 or a heading intervenes', () => {
    const text = '成绩：一是甲。二是乙。问题：一是丙。二是丁。三是戊。\n二、下步工作\n三是己。四是庚。';
    expect(brief(text)).toEqual([['shi', '一是二是', ''], ['shi', '一是二是三是', ''], ['shi', '三是四是', 'gap']]);
  });
});

describe('extractSeries: problems', () => {
  it('reports a repeated ordinal', () => {
    const [s] = series('下阶段：一是抓好班子建设。二是强化整顿。三是完善工作站。四是落实责任制。五是加大排查力度。六是推进网格化。七是抓好实事。七是创新思路。');
    expect(s.items).toHaveLength(8);
    expect(s.problems).toEqual([{ kind: 'repeat', message: '“七是”重复，应为“八是”', line: 1, column: expect.any(Number), expected: 8, found: 7 }]);
  });
  it('reports a gap', () => {
    const [s] = series('一是加强学习。三是狠抓落实。');
    expect(s.problems.map((p) => [p.kind, p.message, p.expected, p.found])).toEqual([['gap', '“三是”之前缺少“二是”', 2, 3]]);
  });
  it('reports an ordinal out of order', () => {
    expect(brief('一是甲。三是乙。二是丙。')[0][2]).toBe('gap,order');
  });
  it('reports a series of one', () => {
    expect(brief('要做好这项工作，一是要提高认识。此外还要注意方法。')).toEqual([['shi', '一是', 'single']]);
  });
  it('continues a run whose markers switch from 一要 to 二是, and notes it', () => {
    const [s] = series('一要加强宗旨意识教育，弄清根本问题。二是加强警示教育，做到警钟长鸣。');
    expect(s.family).toBe('yao');
    expect(s.items.map((i) => i.ordinal)).toEqual([1, 2]);
    expect(s.problems.map((p) => p.kind)).toEqual(['mixed']);
  });
});

describe('extractSeries: false markers', () => {
  const cases: [string, string][] = [
    ['一是一、二是二', '我们要坚持一是一、二是二，实事求是。'],
    ['唯一是 / 统一是', '这是唯一是非标准。认识统一是前提。'],
    ['第一时间 / 第一责任人 / 第一书记', '要第一时间到场。主要负责同志是第一责任人，第一书记要驻村。'],
    ['第一批 / 第二批 at a clause start', '第一批活动已经结束。第二批教育实践活动在群众家门口开展。'],
    ['最后一公里', '打通服务群众“最后一公里”，最后，我再强调一点。'],
    ['首先 as an adverb', '要求别人做到的自己首先做到。'],
    ['一是 inside a word', '这是一是非问题。'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(series(text)).toEqual([]);
  });
});

describe('extractSeries: the forms real speeches use (expected structure written before the rules)', () => {
  const cases: [string, string, unknown[]][] = [
    ['第一阶段为…第二阶段为…', '整个工作分两个阶段：第一阶段为动员学习，时间一个月；第二阶段为整改提高，时间两个月。', [['di', '第一阶段第二阶段', '']]],
    ['第一层，…第二层，…', '经营责任中心分几个层级：第一层，项目型组织；第二层，代表处；第三层，地区部。', [['di', '第一层第二层第三层', '']]],
    ['第一个问题是… in paragraphs of their own', '第一个问题是关于群众生活的问题。\n正文。\n第二个问题是关于工作方法的问题。\n正文。', [['di', '第一个问题第二个问题', '']]],
    ['第一个假设：…', '我提出两个假设。第一个假设：流程优化是否会有进步？第二个假设：成本是否会下降？', [['di', '第一个假设第二个假设', '']]],
    ['第一必须…；第二必须…', '慧通去矩阵化，第一必须对主业服务，这是制约；第二必须自己养活自己。', [['di', '第一第二', '']]],
    ['首先 opening a 第二/第三 run', '评价标准，首先一定要通，第二看是否多产粮食，第三看人力资源贡献。', [['di', '首先第二第三', 'mixed']]],
    ['首先， then 第二， in paragraphs', '首先，我不反对整体规划。\n正文。\n第二，在战略投入上要有耐心。\n第三，关于产品突破。', [['di', '首先第二第三', 'mixed']]],
    ['首先…其次…再次…最后 inside 第一…第二', '第一，从组织上动员群众。首先，要发挥政府作用。其次，要推动群众团体。再次，要开好群众大会。最后，要检查落实。\n第二，动员群众的方式要对头。\n第三，要培养大批干部。',
      [['di', '第一第二第三', ''], ['shouxian', '首先其次再次最后', '']]],
    ['a repeated 其次 inside 第一 stays in its own run', '工作首先是为了胜利。\n正文。\n第一，从组织上动员群众。首先，要发挥政府作用。其次，要推动群众团体。其次，要开好群众大会。\n第二，动员群众的方式要对头。',
      [['di', '第一第二', ''], ['shouxian', '首先其次其次', 'repeat']]],
    ['一抓…三抓', '今年要着力“三抓”：一抓项目建设，确保开工；二抓招商引资，扩大总量；三抓环境整治，改善面貌。', [['shi', '一抓二抓三抓', '']]],
    ['一要…二要…三要', '具体来说，一要提高认识；二要加强领导；三要狠抓落实。', [['yao', '一要二要三要', '']]],
    ['一怕…二怕…三是 (mixed)', '现在有几种顾虑：一怕对手抢单；二怕客户不高兴；三是方案有缺陷。', [['shi', '一怕二怕三是', 'mixed']]],
    ['第一…第二 interleaved with 一是…二是', '第一，要提高认识。一是认识到位，二是责任到位。第二，要狠抓落实。一是措施到位，二是督查到位。第三，要加强领导。',
      [['di', '第一第二第三', ''], ['shi', '一是二是', ''], ['shi', '一是二是', '']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reports a repeated or skipped weak item against its run', () => {
    expect(brief('今年要着力“三抓”：一抓项目建设，确保开工；二抓招商引资，扩大总量；二抓环境整治，改善面貌。')).toEqual([['shi', '一抓二抓二抓', 'repeat']]);
    expect(brief('工作分三个阶段：第一阶段为动员学习；第二阶段为整改提高；第四阶段为总结验收。')).toEqual([['di', '第一阶段第二阶段第四阶段', 'gap']]);
  });

  it('nests an inner series in the item it follows, so the outer count is the outer items', () => {
    const s = series('一是抓学习。主要有：一是读原著，二是听辅导，三是谈体会。二是抓整改。三是抓制度。');
    expect(s.map((x) => [x.items.map((i) => i.marker).join(''), x.parent ?? null])).toEqual([['一是二是三是', null], ['一是二是三是', { series: 0, item: 0 }]]);
  });

  const not: [string, string][] = [
    ['ranks listed with 、', '在全球总决赛中名列第六、第七，荣获优胜奖。'],
    ['ordinals with measure words', '第一次会议，第二次会议，都开得很好。'],
    ['一等奖，二等奖', '荣获一等奖，二等奖三名。'],
    ['a lone 第一阶段', '第一阶段为期三个月，主要是学习动员。'],
    ['numerals starting clauses that do not count on', '一年来，我们做了大量工作。二十年前，这里还很落后。'],
    ['numbers written in words', '一千多人参加，二千多人观看，三千多人转发。'],
    ['首先…最后 far apart (first of all … finally)', '首先要使干部懂得问题的严重性。\n正文。\n正文。\n正文。\n最后，我们要注意两条宗旨。'],
  ];
  it.each(not)('not a series: %s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('extractSeries: ordinals after 的 and closing 最后一X (issue 10; expected written before the rules)', () => {
  const cases: [string, string, unknown[]][] = [
    ['我的第一点体会是… in paragraphs of their own', '我的第一点体会是：学习要深入。正文。\n我的第二点体会是：落实要有力。正文。', [['di', '第一点体会第二点体会', '']]],
    ['…的第N条X是 beside 第N条X是 at a clause start', '文风的第一条毛病是：空话多。正文。\n文风的第二条毛病是：篇幅长。正文。\n第三条毛病是：不看对象。第四条毛病是：语言无味。',
      [['di', '第一条毛病第二条毛病第三条毛病第四条毛病', '']]],
    ['一个想法 written 第一想法 then 第二点想法', '我的第一想法是：主动适应比被动跟进好。\n正文。\n我的第二点想法是：要给学生更多选择。', [['di', '第一想法第二点想法', '']]],
    ['最后一篇 closes a 第N篇 run', '第一篇，讲调查研究。正文。\n第二篇，讲群众路线。正文。\n最后一篇，讲工作方法。正文。', [['di', '第一第二最后一篇', 'mixed']]],
    ['a 第N条X run nested in the item of an outer run keeps its own items', '文风的第一条毛病是：空话多。第一，篇幅长；第二，内容空。\n文风的第二条毛病是：不看对象。',
      [['di', '第一条毛病第二条毛病', ''], ['di', '第一第二', '']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  const not: [string, string][] = [
    ['的第一 without a partner', '发展是党执政兴国的第一要务是大家的共识。'],
    ['的第一代 (a measure word)', '党的第一代中央领导集体是伟大的，党的第二代中央领导集体是伟大的。'],
    ['最后一X that no run of its shape precedes', '第一，要学习。第二，要实践。最后一次会议在北京召开。'],
  ];
  it.each(not)('no item: %s', (_name, text) => {
    expect(brief(text).filter((s) => s[1] !== '第一第二')).toEqual([]);
  });
});

describe('extractSeries: session-3 shapes (invented sentences, expected written before the rules)', () => {
  const lengths = (text: string) => series(text).map((s) => [s.family, s.items.length]);
  it('a 最后 paragraphs after a 首先/其次 pair inside one paragraph closes the speech, not the pair', () => {
    expect(lengths('大家要做到两点，首先要读书，多读经典；其次要实践，多动手。\n正文。\n正文。\n最后，祝大家学习进步。')).toEqual([['shouxian', 2]]);
  });
  it('a 最后 in the paragraph of the pair is its item', () => {
    expect(lengths('首先，要读书。其次，要实践。最后，要坚持。')).toEqual([['shouxian', 3]]);
  });
  it('首先 after a short subject, continued by 其次 in the same paragraph', () => {
    expect(lengths('这一阶段首先有一个选科的问题，要早做准备，其次到学期结束还有一次考试。')).toEqual([['shouxian', 2]]);
    expect(lengths('我们首先要统一思想，其次要明确责任。')).toEqual([['shouxian', 2]]);
  });
  it('首先 after a subject with no 其次 is an adverb', () => {
    expect(lengths('他首先发言，大家随后讨论。')).toEqual([]);
  });
  it('an item continues the run whose latest item it follows in writing (一要 … 二是要 … 三是要), not an older 一是 run', () => {
    expect(lengths('借此机会，一是总结工作，二是部署任务。\n正文。\n一要锚定目标。\n二是要力学笃行。\n三是要品德高尚。')).toEqual([['shi', 2], ['yao', 3]]);
  });
});

// Uncertain means no error (issue 8 item 3): the heading and series forms real speeches use are recognised, and
// where the count cannot be trusted lint gives a note (无法确定实际数目), never an error.
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';
import { lintDocument } from '../../src/lint/index.js';

const doc = (t: string) => createDocument(t, 'case.txt');
const lint = (t: string) => lintDocument(doc(t), { group: false });
const errors = (t: string) => lint(t).messages.filter((m) => m.severity === 2 && m.ruleId !== 'punctuation-width');
const HEAD = '同志们：\n今天召开全县工作会议，主要任务是总结工作、部署任务。\n';
const END = '\n同志们，让我们团结一心，奋力谱写新篇章！\n';

describe('heading forms 第一部分 / 第一个问题： / 第一方面', () => {
  it('standalone and colon forms are headings, counted apart from 一、', () => {
    const t = HEAD + '下面，我讲三个问题。\n第一个问题：关于形势\n一、国际形势\n正文。\n二、国内形势\n正文。\n第二个问题：关于任务\n正文。\n第三个问题：关于要求\n正文。' + END;
    const s = analyzeStructure(doc(t));
    expect(s.headings.filter((h) => h.style === 'di-wenti').map((h) => [h.number, h.text])).toEqual([[1, '关于形势'], [2, '关于任务'], [3, '关于要求']]);
    expect(errors(t)).toEqual([]);
  });
  it('第一部分 alone on a line is a heading', () => {
    const s = analyzeStructure(doc(HEAD + '第一部分\n正文。\n第二部分\n正文。' + END));
    expect(s.headings.map((h) => h.marker)).toEqual(['第一部分', '第二部分']);
  });
  it('第一点，/第二，/第三个问题， are the items of one enumeration', () => {
    const s = analyzeStructure(doc(HEAD + '第一点，要统一思想。\n第二，要明确任务。\n第三个问题，要加强领导。' + END));
    expect(s.headings).toEqual([]);
    expect(s.series.map((x) => x.items.map((it) => it.ordinal))).toEqual([[1, 2, 3]]);
  });
});

describe('nested and interleaved series', () => {
  it('一是…二是 inside 第一 and 第二 is nested, nothing is reported', () => {
    const t = HEAD + '第一，要提高认识。一是认识到位；二是责任到位。\n第二，要狠抓落实。一是抓学习；二是抓整改；三是抓建制。' + END;
    const s = analyzeStructure(doc(t));
    const outer = s.series.findIndex((x) => x.family === 'di');
    expect(s.series[outer].items).toHaveLength(2);
    expect(s.series.filter((x) => x.parent?.series === outer).map((x) => x.parent!.item)).toEqual([0, 1]);
    expect(errors(t)).toEqual([]);
  });
  it('a series that does not start at 一 is uncertain: a note, no error', () => {
    const r = lint(HEAD + '过去，怕竞争对手抢单；怕客户不高兴；三是解决方案不成熟。' + END);
    expect(r.messages.filter((m) => m.ruleId === 'series-sequence')).toEqual([]);
    expect(r.notes.join()).toContain('无法确定实际数目');
  });
  it('一怕…二怕…三是 is one series of three items (mixed markers): no error', () => {
    const t = HEAD + '过去，一怕竞争对手抢单；二怕客户不高兴；三是解决方案不成熟。' + END;
    const s = analyzeStructure(createDocument(t, 't.txt'));
    expect(s.series.map((x) => x.items.map((i) => i.marker).join(''))).toEqual(['一怕二怕三是']);
    expect(lint(t).messages.filter((m) => m.ruleId === 'series-sequence')).toEqual([]);
  });
  it('a repeated marker the extractor leaves out of an inline series is still a repeat, its gap not a second finding', () => {
    const t = HEAD + '评价标准，首先一定要通，第二看是否产粮食，第二看人力资源贡献。' + END;
    expect(errors(t).map((m) => [m.messageId, m.message])).toEqual([['repeat', '列举序号“第二”重复，应为“第三”']]);
    // A rank or a longer numeral at a clause start is not a repeat.
    expect(errors(HEAD + '评价标准，首先一定要通，第二看是否产粮食，第二十届运动会也要办好。' + END)).toEqual([]);
    expect(errors(HEAD + '评价标准，首先一定要通，第二看是否产粮食，第二名的成绩也不错。' + END)).toEqual([]);
  });
  it('a real repeat in a plain series is still an error', () => {
    expect(errors(HEAD + '一是统一思想；二是明确目标；二是压实责任；四是严格考核。' + END).map((m) => m.messageId)).toEqual(['repeat']);
  });
});

describe('announced-count: not an announcement, or an uncertain count, is a note', () => {
  it('有两条路 followed by three items is not an error', () => {
    const r = lint(HEAD + '我们有两条路：一是自己干；二是请人干；三是合作干。' + END);
    expect(r.messages.filter((m) => m.ruleId === 'announced-count')).toEqual([]);
  });
  it('a nested series opening right after the announcement’s colon is the one announced: a mismatch is an error', () => {
    const t = HEAD + '第一，要提高认识。这里要注意三条：一是认识到位；二是责任到位。\n第二，要狠抓落实。一是抓学习；二是抓整改；三是抓建制。' + END;
    expect(analyzeStructure(doc(t)).series.find((x) => x.items.length === 2 && x.parent)).toBeDefined();
    expect(errors(t).filter((x) => x.ruleId === 'announced-count').map((x) => x.message)).toEqual(['宣布“这里要注意三条”（三点），实际只有 2 点']);
    // The same count, correct, is no finding.
    expect(errors(t.replace('三条', '两条')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
  });
  it('items that echo the count’s measure word announce whatever the verb (有四个文件：第一个…第二个…第三个…)', () => {
    const t = HEAD + '公司近期有四个文件：第一个是关于服务的决议，要改善服务质量；第二个是关于分享利益的决议，要改善合作关系；第三个就是加强激励机制的改革。' + END;
    expect(errors(t).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(t.replace('四个文件', '三个文件')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
  });
  it('items that echo the count’s noun are checked, even nested in an outer item (三大短板 → 第一个短板…; 三种矛盾。第一种是…)', () => {
    const t = HEAD + '这些问题可以归为三大短板。\n第一个短板是人才不足。正文。\n第二个短板是资金不足。正文。' + END;
    expect(errors(t).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(t.replace('三大短板', '两大短板')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
    const nested = HEAD + '第一，要看清形势。当前还存在着三种基本的矛盾。第一种是内部的，即效率和公平的矛盾。第二种是外部的，即发展和安全的矛盾。\n第二，要明确任务。正文。' + END;
    expect(errors(nested).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(nested.replace('三种', '两种')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
  });
  it('a speaking verb after the count (就…三个方面作简要汇报) is an announcing frame', () => {
    const t = HEAD + '下面，我就工作情况、存在问题和下步打算三个方面作简要汇报。\n一、工作情况\n正文。\n二、存在问题\n正文。' + END;
    expect(errors(t).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
  });
  it('a count of things before a later announcement of the same items is no error (列了十条规矩，我挑出几条来讲一讲)', () => {
    const t = HEAD + '书里一共列了十条规矩，我挑出几条来讲一讲。\n第一条，不说空话。\n第二条，不摆架子。\n第三条，不搞特殊。' + END;
    expect(errors(t).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
  });
  it('the session-3 frames are checked: 有N句话送给大家, X有N：, a quoted count carried by its items (“三牛”精神)', () => {
    const sayings = HEAD + '临别之际，我有三句话送给大家。一是要心怀感恩。二是要脚踏实地。' + END;
    expect(errors(sayings).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(sayings.replace('三句话', '两句话')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
    const bare = HEAD + '这次会议的任务有三：一是总结经验，二是部署工作。' + END;
    expect(errors(bare).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(bare.replace('有三', '有二')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
    const quoted = HEAD + '希望大家发扬“三牛”精神。一是要发扬孺子牛精神，服务群众。二是要发扬拓荒牛精神，敢闯新路。' + END;
    expect(errors(quoted).filter((x) => x.ruleId === 'announced-count').map((x) => x.messageId)).toEqual(['fewer']);
    expect(errors(quoted.replace('三牛', '两牛')).filter((x) => x.ruleId === 'announced-count')).toEqual([]);
  });
  it('讲三点意见 followed by two headings is an error', () => {
    const m = errors(HEAD + '下面，我讲三点意见。\n一、提高认识\n正文。\n二、狠抓落实\n正文。' + END).filter((x) => x.ruleId === 'announced-count');
    expect(m.map((x) => x.messageId)).toEqual(['fewer']);
  });
});

describe('punctuation-pair: a quotation over several paragraphs', () => {
  it('“ opening a paragraph and ” closing a later one is not a defect', () => {
    const t = HEAD + '“第一段引文，没有结束。\n第二段引文。\n第三段引文到此为止。”他说。' + END;
    expect(lint(t).messages.filter((m) => m.ruleId === 'punctuation-pair')).toEqual([]);
  });
  it('a quotation never closed is still reported', () => {
    const t = HEAD + '“第一段引文，没有结束。\n第二段。\n第三段。\n第四段。\n第五段。\n第六段。\n第七段。\n第八段。' + END;
    expect(lint(t).messages.filter((m) => m.ruleId === 'punctuation-pair').map((m) => m.messageId)).toEqual(['unclosed']);
  });
});

describe('placeholder: formulas are not placeholders (issue 8 item 6)', () => {
  const found = (t: string) => lint(t).messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.message);
  it('1+X, X+1, “数据要素×” are formulas', () => {
    expect(found('建立“1+X”容错纠错机制，推行X+1模式，实施“数据要素×”行动。')).toEqual([]);
  });
  it('X月X日, XX同志, ××局, 某某, 【待补充】, a lone X before 同志 still are', () => {
    const m = found('定于X月X日召开，请XX同志、××局和某某到会，请X同志发言，【待补充】。');
    expect(m.length).toBe(6);
  });
});

describe('closing: the usual closings (issue 8 item 7)', () => {
  const closing = (t: string) => lint(t).messages.filter((m) => m.ruleId === 'closing');
  const BODY = '同志们：\n今天召开全县工作会议，主要任务是总结工作、部署任务，大家要认真学习领会，抓好贯彻落实工作。\n';
  it('a call to action ending in ！ and 以优异成绩… are closings', () => {
    expect(closing(BODY + '让全县上下进一步振奋精神、开拓进取，以更加昂扬的斗志迎接建党一百周年！\n')).toEqual([]);
    expect(closing(BODY + '各级各部门要狠抓落实，以优异成绩向党和人民交上一份满意的答卷。\n')).toEqual([]);
  });
  it('a speech that stops mid-argument has no closing', () => {
    expect(closing(BODY + '第三，要加强督查考核，对工作不力的单位和个人严肃追责问责，确保各项工作落到实处。\n').length).toBe(1);
  });
});

describe('a count whose items open right after its colon', () => {
  it('is checked even without an announcing verb (五个要素：A、B、C、D is an error)', () => {
    const r = lint(HEAD + '支持市场的是五个要素：解决方案、客户关系、融资、交付。' + END);
    expect(r.messages.filter((m) => m.ruleId === 'announced-count').map((m) => m.message)).toEqual(['宣布“支持市场的是五个要素”（五点），实际只有 4 点']);
    expect(lint(HEAD + '支持市场的是四个要素：解决方案、客户关系、融资、交付。' + END).messages.filter((m) => m.ruleId === 'announced-count')).toEqual([]);
  });
  it('is checked when the series after the colon repeats the counting word (四个文件：第一个…第三个)', () => {
    const r = lint(HEAD + '公司近期有四个文件：第一个《甲决议》，改善服务；第二个《乙决议》，分享利益；第三个就是加强激励。' + END);
    expect(r.messages.filter((m) => m.ruleId === 'announced-count').map((m) => m.message)).toEqual(['宣布“公司近期有四个文件”（四点），实际只有 3 点']);
  });
  it('a 、-list with 和 before its last item counts that item', () => {
    expect(lint(HEAD + '要抓好三项工作：项目建设、招商引资和环境整治。' + END).messages.filter((m) => m.ruleId === 'announced-count')).toEqual([]);
  });
});

// Announcing frames and item forms of the genre, gathered from real speech pages outside the corpus (讲话 excerpts
// of public sites, read 2026-12-02) and written here as INVENTED sentences (none is copied from a page or from a
// development text); the expected counts were written by hand before any rule was changed for them.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const counts = (text: string) => analyze(text).announced.map((a) => [a.phrase, a.announced, a.actual, a.target]);

describe('announcing frames of the genre and what follows them', () => {
  const cases: [string, string, unknown[]][] = [
    ['讲几点意见 before 一、 headings', '下面，我就做好秋季防汛工作讲几点意见。\n一、提高思想认识\n正文。\n二、压实工作责任\n正文。\n三、强化督导检查\n正文。',
      [['我就做好秋季防汛工作讲几点意见', null, 3, 'headings']]],
    ['讲四点意见 before 第一， paragraphs', '下面，我讲四点意见。\n第一，规划思路要清晰\n正文。\n第二，项目推进要加快\n正文。\n第三，要素保障要有力\n正文。\n第四，干部作风要过硬\n正文。',
      [['我讲四点意见', 4, 4, 'series']]],
    ['以下几方面考虑： then 一是', '确定这样的主题，主要有以下几方面考虑：\n一是上级部署已经明确。二是群众期盼十分迫切。三是发展基础已经具备。',
      [['主要有以下几方面考虑', null, 3, 'series']]],
    ['谈两点 with the items in one sentence', '今天，我就谈两点。一是为什么要开展培训，二是培训要达到什么标准。', [['我就谈两点', 2, 2, 'series']]],
    ['讲三个问题： then （一）…； lines', '下边主要讲三个问题：\n（一）如何看待当前形势；\n（二）如何把握工作重点；\n（三）如何抓好责任落实。\n（一）如何看待当前形势。正文。',
      [['下边主要讲三个问题', 3, 3, 'enumeration']]],
    ['再强调四点意见： then 一要 paragraphs', '下面，我就贯彻落实会议精神，再强调四点意见：\n一要严密组织。正文。\n二要突出重点。正文。\n三要严格督查。正文。\n四要强化保障。正文。',
      [['再强调四点意见', 4, 4, 'series']]],
    ['Arabic count before 1、 headings', '下面，我讲3点意见。\n1、经济运行总体平稳\n正文。\n2、当前面临的主要困难\n正文。\n3、下一步工作安排\n正文。', [['我讲3点意见', 3, 3, 'headings']]],
    ['以下三个原则： then 第一，…；第二，… in one paragraph', '加强合作，要遵循以下三个原则：第一，互利共赢；第二，平等协商；第三，增进互信。', [['要遵循以下三个原则', 3, 3, 'series']]],
    ['a quoted count then 一要…四要', '写好材料要把握“四度”：\n一要有高度。正文。\n二要有深度。正文。\n三要有温度。正文。\n四要有广度。正文。', [['“四度”', 4, 4, 'series']]],
    ['以下三种： then （1） headings', '展开的方式有以下三种：\n（1）并列式。正文。\n（2）递进式。正文。\n（3）结合式。正文。', [['展开的方式有以下三种', 3, 3, 'headings']]],
    ['从六个方面下功夫 then 第一，…', '下一步，全县要从三个方面下功夫。\n第一，要攻坚克难。正文。\n第二，要雷厉风行。正文。\n第三，要从严督查。正文。', [['全县要从三个方面下功夫', 3, 3, 'series']]],
    ['分为三个部分： then 第一部分，…', '初步考虑将讲话分为三个部分：\n第一部分，谈形势。正文。\n第二部分，谈工作。正文。\n第三部分，谈作风。正文。', [['初步考虑将讲话分为三个部分', 3, 3, 'series']]],
    ['N个抓手： then a 、-list', '总体来说，就是五个抓手：抓经济、抓发展、抓改革、抓党风、抓纪律。', [['就是五个抓手', 5, 5, 'enumeration']]],
    ['讲两个问题 then 第一个问题，…', '我着重讲两个问题。\n第一个问题，关于工作回顾。正文。\n第二个问题，关于下步打算。正文。', [['我着重讲两个问题', 2, 2, 'series']]],
    ['四个字“…” then 第一个字', '抓落实重点围绕两个字“知行”。第一个字“知”，知是前提。第二个字“行”，行是关键。', [['抓落实重点围绕两个字“知行”', 2, 2, 'series']]],
    ['几个方面： then 一是…；二是…', '他的事迹集中体现在几个方面：一是对党忠诚；二是心系群众；三是夙夜在公；四是廉洁奉公。', [['他的事迹集中体现在几个方面', null, 4, 'series']]],
    ['a count in a 第一 item, nested', '归纳起来，主要有以下两个特点：\n第一，规格很高。主要体现在三个方面：一是领导出席。二是规模空前。三是影响广泛。\n第二，主题鲜明。正文。',
      [['主要有以下两个特点', 2, 2, 'series'], ['主要体现在三个方面', 3, 3, 'series']]],
    ['两个方面。一方面…另一方面…', '从认清形势讲，至少包括两个方面。一方面是经济的严峻性，正文。另一方面是发展的有利条件，正文。', [['至少包括两个方面', 2, 2, 'enumeration']]],
    ['以下四项工作： then 1. headings', '我们要抓好以下四项工作：\n1.抓好春耕生产。正文。\n2.抓好水利建设。正文。\n3.抓好防灾减灾。正文。\n4.抓好农民增收。正文。', [['我们要抓好以下四项工作', 4, 4, 'headings']]],
    ['做到“三个结合”： then 一是', '这次活动要做到“三个结合”：\n一是与日常工作相结合。正文。\n二是与中心任务相结合。正文。\n三是与为民办事相结合。正文。', [['这次活动要做到“三个结合”', 3, 3, 'series']]],
    ['讲三句话 then 第一句话', '下面，我讲三句话。第一句话，机遇不等人。正文。第二句话，发展靠实干。正文。第三句话，落实见真章。正文。', [['我讲三句话', 3, 3, 'series']]],
    ['“三件大事”： then 一件是…', '今年要着力抓好“三件大事”：一件是乡村振兴，一件是城市更新，一件是生态治理。', [['今年要着力抓好“三件大事”', 3, 3, 'enumeration']]],
    ['三点要求： then ①…；②…；③…', '对此，我提三点要求：①要加强组织领导；②要完善工作机制；③要强化督促检查。', [['我提三点要求', 3, 3, 'enumeration']]],
    ['讲两点 then 第一点，…', '我讲两点。第一点，要提高认识。正文。第二点，要落实责任。正文。', [['我讲两点', 2, 2, 'series']]],
    ['“三个到位”，即A、B、C', '这次活动要做到“三个到位”，即思想到位、措施到位、责任到位。', [['这次活动要做到“三个到位”', 3, 3, 'enumeration']]],
    ['有这么几点想法 then 第一，…', '对此，我有这么几点想法。\n第一，要认清形势。正文。\n第二，要坚定信心。正文。\n第三，要真抓实干。正文。', [['我有这么几点想法', null, 3, 'series']]],
    ['a count in a section, items 1. two levels down', '一、统一思想\n这项工作要重点把握三点：\n1.把握方向。正文。\n2.把握节奏。正文。\n3.把握力度。正文。\n二、狠抓落实\n正文。', [['这项工作要重点把握三点', 3, 3, 'headings']]],
    ['a count in a section, items （1） three levels down', '一、总体要求\n今年要把握好四个原则：\n（1）坚持稳中求进。正文。\n（2）坚持改革创新。正文。\n（3）坚持以人为本。正文。\n（4）坚持统筹兼顾。正文。\n二、主要任务\n正文。',
      [['今年要把握好四个原则', 4, 4, 'headings']]],
    ['讲三点意见： before （一） headings', '讲三点意见：\n（一）提高认识\n正文。\n（二）明确任务\n正文。\n（三）加强领导\n正文。', [['讲三点意见', 3, 3, 'headings']]],
    ['一要…三要… then 总之', '具体讲，要做到以下几点：\n一要提高认识。二要加强领导。三要落实责任。总之，要确保落到实处。', [['要做到以下几点', null, 3, 'series']]],
    ['讲五个字： then 一是 each character', '下面，我讲五个字：“早、实、细、严、快”。一是早，正文。二是实，正文。三是细，正文。四是严，正文。五是快，正文。', [['我讲五个字', 5, 5, 'series']]],
    ['讲几个方面的意见 before headings', '下面就今后工作，我讲几个方面的意见。\n一、关于经济工作\n正文。\n二、关于民生工作\n正文。', [['我讲几个方面的意见', null, 2, 'headings']]],
    ['重点抓好三件事： then 第一件事', '重点抓好三件事：第一件事，抓项目。正文。第二件事，抓招商。正文。第三件事，抓环境。正文。', [['重点抓好三件事', 3, 3, 'series']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('item forms that were not counted before (kinds built from the genre list)', () => {
  const cases: [string, string, unknown[]][] = [
    // A heading numbered 1、 whose words start with a Chinese numeral (1、一季度…) is no range like 一、二季度.
    ['Arabic count before 1、 headings whose words start with a numeral', '下面，我就经济运行讲3点意见。\n1、一季度运行总体平稳\n正文。\n2、当前面临的主要困难\n正文。\n3、下一步工作安排\n正文。',
      [['我就经济运行讲3点意见', 3, 3, 'headings']]],
    // Numbered items that each open a sentence of one paragraph: （一）…。（二）…。
    ['谈四个观点： then （一）…。（二）…。 in one paragraph', '下面，我先谈四个观点：（一）落后就要挨批评，这是自知之明。（二）打好翻身仗，这是知耻后勇。（三）共同努力，这才叫攻坚。（四）人人都有压力，这才叫自觉。',
      [['我先谈四个观点', 4, 4, 'enumeration']]],
    // Paragraphs numbered 1） or ① (not heading markers).
    ['几点要求： then paragraphs numbered 1）', '下面提几点要求：\n1）要提高站位。正文。\n2）要压实责任。正文。\n3）要严肃纪律。正文。', [['下面提几点要求', null, 3, 'enumeration']]],
    ['三点意见： then paragraphs numbered ①', '我讲三点意见：\n①要提高站位。正文。\n②要压实责任。正文。\n③要严肃纪律。正文。', [['我讲三点意见', 3, 3, 'enumeration']]],
    // 其一…其二… opening sentences or paragraphs.
    ['讲两点意见 then 其一，… / 其二，… paragraphs', '我讲两点意见。\n其一，要提高认识。正文。\n其二，要狠抓落实。正文。', [['我讲两点意见', 2, 2, 'enumeration']]],
    ['需要把握三点。其一…其二…其三… in one paragraph', '需要把握三点。其一，要坚持问题导向，正文。其二，要坚持目标导向，正文。其三，要坚持结果导向，正文。', [['需要把握三点', 3, 3, 'enumeration']]],
    // 一个是…再一个是… (再 as 另).
    ['两个问题。一个是…再一个是…', '我再强调两个问题。一个是安全问题，正文。再一个是稳定问题，正文。', [['我再强调两个问题', 2, 2, 'enumeration']]],
    // An addressee with a qualifier between the verb and the count: 送给年轻的朋友们三句话, 嘱咐即将毕业的同学们两点.
    ['送给X的朋友们三句话 then 第一句话', '最后，我想送给年轻的朋友们三句话。第一句话，要有理想。第二句话，要有担当。第三句话，要有本领。',
      [['我想送给年轻的朋友们三句话', 3, 3, 'series']]],
    ['送给X的朋友们三句话 with nothing countable after it', '我想送给年轻的朋友们三句话，希望大家记住。', [['我想送给年轻的朋友们三句话', 3, null, 'none']]],
    ['嘱咐即将毕业的同学们两点 then 一是', '我还要嘱咐即将毕业的同学们两点：一是要志存高远，二是要脚踏实地。', [['我还要嘱咐即将毕业的同学们两点', 2, 2, 'series']]],
    // A count of pairs: 三对关系.
    ['以下三对关系： then 第一是…', '必须处理好以下三对关系：第一是速度与质量的关系；第二是改革与稳定的关系；第三是公平与效率的关系。', [['必须处理好以下三对关系', 3, 3, 'series']]],
    // 有三个： with no noun, followed by numbered items: a count of parts.
    ['主要有三个： then （一）…（二）…（三）…', '书记的意图主要有三个：（一）营造攻坚气氛。（二）传导工作压力。（三）指明努力方向。', [['书记的意图主要有三个', 3, 3, 'enumeration']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  const not: [string, string][] = [
    ['有三个： before a list of things', '桌上有三个：一个杯子，一个碗。'],
    ['三对 of people', '会场里坐着三对夫妇，正在交谈。'],
    ['其一 inside a sentence, no count', '这只是其一，还有别的原因。'],
    // The number must stand alone: 〇 is a numeral character as well (一〇八项 is no count of 八).
    ['the tail of a numeral written with 〇', '今年共完成一〇八项：甲、乙。'],
  ];
  it.each(not)('not an announcement: %s', (_name, text) => {
    expect(counts(text)).toEqual([]);
  });
});

// Kinds of the fourth and sixth fresh batches (older national reports), classified before the rules were widened and
// written as invented sentences (none taken from those texts).
describe('kinds of the fourth and sixth batches', () => {
  const cases: [string, string, unknown[]][] = [
    // A count of headings stops where their numbering starts again at 一 (a second part of the text).
    ['headings numbered again from 一 are not counted with the first run', '这里着重讲以下几个问题。\n一、关于农业\n正文。\n二、关于工业\n正文。\n正文。\n一、关于外交\n正文。\n二、关于国防\n正文。\n三、关于统一\n正文。',
      [['这里着重讲以下几个问题', null, 2, 'headings']]],
    // 就 + items named + 这N个X，对…作些阐述: the speaking verb later in the sentence.
    ['就A、B和C这三个方面，对…作些阐述 then 一、', '现在，我就开放、合作和发展这三个方面，对我们的对外政策作些阐述。\n一、关于开放\n正文。\n二、关于合作\n正文。\n三、关于发展\n正文。',
      [['我就开放、合作和发展这三个方面，对我们的对外政策作些阐述', 3, 3, 'headings']]],
    // 对于A和B两个问题讲一些意见, the parts unnumbered (关于… paragraphs).
    ['对于A和B两个问题讲一些意见 with unnumbered parts', '下面我想对于教育和科学两个问题讲一些意见。\n关于教育问题\n正文。\n关于科学问题\n正文。',
      [['下面我想对于教育和科学两个问题讲一些意见', 2, null, 'none']]],
    ['对于A、B等几个问题谈一些看法', '最后，对于就业、工资、住房等几个问题谈一些看法。\n关于就业问题\n正文。', [['对于就业、工资、住房等几个问题谈一些看法', null, null, 'none']]],
    // 指出 + a count of points (…值得注意的地方), then 第一是…
    ['应当指出三个值得注意的地方。第一是…', '在发展中应当指出三个值得注意的地方。第一是速度加快了。第二是结构改善了。第三是效益提高了。', [['在发展中应当指出三个值得注意的地方', 3, 3, 'series']]],
    // Traditional characters read as simplified (個, 兩, 講); the phrase is kept as written.
    ['traditional characters: 應當指出三個…地方。第一是…', '在發展中應當指出三個值得注意的地方。第一是速度加快了。第二是結構改善了。第三是效益提高了。', [['在發展中應當指出三個值得注意的地方', 3, 3, 'series']]],
    ['traditional characters: 講兩點意見 then 第一，…', '下面，我講兩點意見。\n第一，要提高認識。正文。\n第二，要加強領導。正文。', [['我講兩點意見', 2, 2, 'series']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  const not: [string, string][] = [
    // Counts pointing back before a colon: 把这两件事对立起来是错误的：或者是…；或者是…
    ['这两件事 before a colon', '把这两件事对立起来都是错误的：或者是只顾眼前；或者是只顾长远。'],
    // What someone proposed, told with 了 and nothing listed after it.
    ['提出了四点建议, narrated, nothing listed', '我国政府在会谈中提出了四点新的建议，受到各方欢迎。'],
    // 第一個五年計劃 in traditional characters is a plan's name, no item (as 第一个五年计划).
    ['第一個五年計劃 … 第二個五年計劃', '第一個五年計劃的工作已經完成。第二個五年計劃正在制訂。'],
  ];
  it.each(not)('not an announcement: %s', (_name, text) => {
    expect(counts(text)).toEqual([]);
    expect(analyze(text).series).toEqual([]);
  });
});


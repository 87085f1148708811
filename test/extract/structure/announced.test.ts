import { describe, expect, it } from 'vitest';
import { analyze, WEB_ONE_LINE } from './helpers.js';

const announced = (text: string) => analyze(text).announced.map((a) => [a.phrase, a.announced, a.actual, a.target]);

describe('extractAnnouncements: phrases', () => {
  const cases: [string, string, unknown[]][] = [
    ['讲三点意见 before headings', '下面，讲三点意见：\n一、提高认识\n正文。\n二、明确任务\n正文。\n三、加强领导\n正文。', [['讲三点意见', 3, 3, 'headings']]],
    ['我讲四个方面的问题', '下面，根据常委会研究的意见，我讲四个方面的问题。\n一、甲\n二、乙\n三、丙\n四、丁', [['我讲四个方面的问题', 4, 4, 'headings']]],
    ['主要呈现四个特点：', '主要呈现四个特点：一是推进从严。二是学习入心。三是整改聚力。四是制度长效。', [['主要呈现四个特点', 4, 4, 'series']]],
    ['主要做到“五个坚持”：', '主要做到“五个坚持”：\n一是坚持甲。\n二是坚持乙。\n三是坚持丙。\n四是坚持丁。\n五是坚持戊。', [['主要做到“五个坚持”', 5, 5, 'series']]],
    ['还有几点问题和不足：', '具体到活动开展，还有几点问题和不足：一是查摆问题还不彻底。二是工作结合还不紧密。', [['还有几点问题和不足', null, 2, 'series']]],
    ['将重点健全三个工作机制：', '下步，将重点健全三个工作机制：一是综合评价机制。二是专项督查机制。', [['将重点健全三个工作机制', 3, 2, 'series']]],
    ['a count in a heading', '二、明确目标\n（一）着力解决“三方面问题”。开展这次活动，就是要解决问题。\n一是解决甲。\n二是解决乙。\n三是解决丙。', [['着力解决“三方面问题”', 3, 3, 'series']]],
    ['我再提几点要求 before an inline heading', '我再提几点要求。一、广泛征求意见。正文。二、抓好整改落实。正文。', [['我再提几点要求', null, 2, 'headings']]],
    ['nothing countable follows', '最后，我再强调两点。大家要认真落实。', [['我再强调两点', 2, null, 'none']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(announced(text)).toEqual(expected);
  });

  it('counts only the headings that exist (a file that stops after 一、)', () => {
    expect(announced('下面,讲三点意见:\n一、充分肯定教育活动取得的丰硕成果\n教育活动启动两个月以来，成效显著。')).toEqual([['讲三点意见', 3, 1, 'headings']]);
  });

  it('works on a web copy with no line breaks', () => {
    expect(announced(WEB_ONE_LINE)).toEqual([['我讲三点意见', 3, 3, 'headings'], ['主要呈现三个特点', 3, 3, 'series']]);
  });

  it('records the phrase position', () => {
    const [a] = analyze('同志们：\n下面，讲三点意见。').announced;
    expect([a.line, a.column, a.endColumn]).toEqual([2, 4, 9]);
  });
});

describe('extractAnnouncements: not announcements', () => {
  const cases: [string, string][] = [
    ['a duration', '活动时间不少于三个月，要抓紧推进。'],
    ['a count without an announcing frame', '要发挥两个作用，增强四个意识。围绕区里指出的六个方面问题建言献策。'],
    ['a road map of the subheadings', '具体工作中，要牢牢把握“总要求”，着力解决“三方面问题”，突出抓好“六项重点工作”。'],
    ['a formula after 提出的', '要按照同志提出的“六个坚持”，联系本地实际。'],
    ['statistics', '共收集意见建议 137 条，走访困难群众 167户，列出6大类别、25项整改任务。'],
    ['an ordinal', '这是第三个方面的问题。'],
    ['a time of day', '会议下午三点半开始。'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(analyze(text).announced).toEqual([]);
  });
});

describe('extractAnnouncements: frames', () => {
  it('takes 以下 as announcing without a colon', () => {
    expect(announced('下步要重点抓好以下三项工作。一是抓学习。二是抓整改。三是抓制度。')).toEqual([['下步要重点抓好以下三项工作', 3, 3, 'series']]);
  });
  it('does not take a formula in a heading for a count', () => {
    expect(announced('一、增强“四个意识”\n一是增强政治意识。二是增强大局意识。三是增强核心意识。')).toEqual([]);
  });
});

describe('extractAnnouncements: work-verb frames and quoted counts', () => {
  it('重点做好N个方面工作 followed by the headings it announces', () => {
    const a = analyze('同志们：\n今年要重点做好三个方面工作。\n一、抓好项目\n正文。\n二、抓好民生\n正文。\n三、抓好党建\n正文。').announced;
    expect(a.map((x) => [x.announced, x.actual, x.target])).toEqual([[3, 3, 'headings']]);
  });
  it('a work verb with nothing countable after it is not an announcement', () => {
    expect(analyze('同志们：\n要抓好三项工作，确保完成任务。').announced).toEqual([]);
  });
  it('a quoted count without its enumeration after it is a formula, not an announcement', () => {
    expect(analyze('同志们：\n着力“三抓”，全面提升水平。今年的任务很重。').announced).toEqual([]);
  });
});

describe('extractAnnouncements: more frames, each matched to what follows (expected written before the rules)', () => {
  const cases: [string, string, unknown[]][] = [
    ['a count followed by a 、-list after its colon', '支持市场的是四个要素：解决方案、客户关系、融资、交付，缺一不可。', [['支持市场的是四个要素', 4, 4, 'enumeration']]],
    ['a 、-list after 即：', '他对好老师提出了4点要求，即：要有理想信念、有道德情操、有扎实学识、有仁爱之心。', [['他对好老师提出了4点要求', 4, 4, 'enumeration']]],
    ['a list shorter than announced is counted as it is', '中央有四个职责：战略洞察、规则制定、监督。', [['中央有四个职责', 4, 3, 'enumeration']]],
    ['…、B和C: the last two joined by 和', '要抓好三项工作：项目建设、招商引资和环境整治。', [['要抓好三项工作', 3, 3, 'enumeration']]],
    ['N个X，分别是A，B和C', '孩子的成长一般会有三个叛逆期，分别是两三岁的“宝宝叛逆期”，七八岁的“儿童叛逆期”和十几岁的“青春叛逆期”。', [['孩子的成长一般会有三个叛逆期', 3, 3, 'enumeration']]],
    ['一种是…，一种是… after the colon', '党内的主观主义有两种：一种是教条主义，一种是经验主义。', [['党内的主观主义有两种', 2, 2, 'enumeration']]],
    ['有3项…要抓好 then 第一…第三', '为此，有3项基础性工作要抓好。\n第一，要抓思想。\n第二，要抓队伍。\n第三，要抓制度。', [['有3项基础性工作要抓好', 3, 3, 'series']]],
    ['三件大事：一是…', '十年来，我们经历了三件大事：一是迎来建党百年，二是进入新时代，三是完成脱贫攻坚。', [['我们经历了三件大事', 3, 3, 'series']]],
    ['办好十件民生实事 then 一是…', '今年要办好三件民生实事。一是提升养老服务。二是改善农村供水。三是建设公共厕所。', [['今年要办好三件民生实事', 3, 3, 'series']]],
    ['我提出四个假设 then 第一个假设：…', '我提出两个假设，你们来看是否正确。第一个假设：流程是否会有进步？第二个假设：成本是否会下降？', [['我提出两个假设', 2, 2, 'series']]],
    ['有两个问题…说一说 then 第一个问题是…', '有两个问题，同志们在讨论中没有注意，我觉得应该提出来说一说。\n第一个问题是关于群众生活的问题。\n正文。\n第二个问题是关于工作方法的问题。', [['有两个问题', 2, 2, 'series']]],
    ['就这三个问题作介绍 with nothing numbered after it', '下面我就这三个问题作一简单介绍。办这个班是为了培养人才。', [['下面我就这三个问题作一简单介绍', 3, null, 'none']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(announced(text)).toEqual(expected);
  });

  const not: [string, string][] = [
    ['说/提 with a count of things, not of points', '孔子没有说三个优秀的人。他们手里提两个盒子炮就出发了。大家说两个月好还是一个月好？'],
    ['a count before a colon with nothing countable after it', '特别是今年五大联赛：国际金牌2枚，全国金牌3枚。'],
    ['a count inside a heading that announces nothing', '4、子公司监督型董事会与三项中央集权的关系：中央集权的垂直监督是工具。'],
    ['有 with things, not parts', '会场里有两个人，桌上有三条毛巾。'],
  ];
  it.each(not)('not an announcement: %s', (_name, text) => {
    expect(announced(text)).toEqual([]);
  });
});

describe('extractAnnouncements: issue 10 frames, each matched to what follows (expected written before the rules)', () => {
  const cases: [string, string, unknown[]][] = [
    // A speaking verb after the count: …三个方面作简要汇报, 挑出几条来讲一讲, 三个应用场景作一说明.
    ['…N个方面作简要汇报 before the headings', '下面，我就今年的工作、存在的问题和明年的打算三个方面作简要汇报。\n一、今年的工作\n正文。\n二、存在的问题\n正文。\n三、明年的打算\n正文。',
      [['我就今年的工作、存在的问题和明年的打算三个方面作简要汇报', 3, 3, 'headings']]],
    ['几条来讲一讲 before a 第N条 series', '书里一共列了十条规矩，我挑出几条来讲一讲。\n第一条，不说空话。\n第二条，不摆架子。\n第三条，不搞特殊。',
      [['我挑出几条来讲一讲', null, 3, 'series']]],
    // Labelled paragraphs that repeat the count's noun: 场景一：… 场景二：…
    ['N个…场景作一说明 then 场景一：/场景二：/场景三：', '这里我把三个应用场景作一说明。\n数据要统一收集。\n场景一：学生健康。正文。\n正文。\n场景二：课堂教学。正文。\n场景三：家校沟通。正文。',
      [['这里我把三个应用场景作一说明', 3, 3, 'enumeration']]],
    // Items that echo the count's noun or measure word announce whatever the verb.
    ['N大X then 第一个X / 第二个X', '这些问题可以归为两大短板。\n第一个短板是人才不足。正文。\n第二个短板是资金不足。正文。', [['这些问题可以归为两大短板', 2, 2, 'series']]],
    ['分N个阶段 then 第一个阶段 …', '改革可以分三个阶段推进。\n第一个阶段，打基础。\n第二个阶段，见成效。\n第三个阶段，全面推开。', [['改革可以分三个阶段推进', 3, 3, 'series']]],
    ['N篇文章 then 第一篇 … 最后一篇', '会上发了三篇文章，请大家认真读。\n第一篇，讲调查研究。正文。\n第二篇，讲群众路线。正文。\n最后一篇，讲工作方法。正文。', [['会上发了三篇文章', 3, 3, 'series']]],
    ['N种X。第一种是… (two sentences)', '当前还存在着两种基本的矛盾。第一种是内部的，即效率和公平的矛盾。第二种是外部的，即发展和安全的矛盾。', [['当前还存在着两种基本的矛盾', 2, 2, 'series']]],
    // A measure word that announces parts before a colon: 两块：
    ['有两块…：第一，…第二，…', '监管有两块要分清：第一，业务监管前移。第二，财务监管集中。', [['监管有两块要分清', 2, 2, 'series']]],
    // Clauses after the colon that open alike: 一个叫做…，一个叫做…
    ['有两个X：一个叫做…，一个叫做…', '文件里常常有两个名词：一个叫做“严管”，一个叫做“厚爱”。这两个名词都对。\n正文。\n第一，甲。第二，乙。第三，丙。', [['文件里常常有两个名词', 2, 2, 'enumeration']]],
    ['有两个X：一个是…；另一个是… (sentences that open alike)', '我们重点表彰了两个团队：一个是研发团队，虽然起步晚，但进步很快；另一个是服务团队，口碑很好。',
      [['我们重点表彰了两个团队', 2, 2, 'enumeration']]],
    ['分为N个部分：（1）…；（2）…；（3）… (a semicolon list after the colon)', '这个报告分为三个部分：（1）关于形势；（2）关于任务；（3）关于措施。\n一、关于形势\n正文。\n二、关于任务\n正文。\n三、关于措施\n正文。',
      [['这个报告分为三个部分', 3, 3, 'enumeration']]],
    ['分N个部分：一、…；二、…；三、… (numbered items, not a 、-list)', '报告分三个部分：一、过去一年的工作和经验；二、今年的主要任务；三、加强政府自身建设。',
      [['报告分三个部分', 3, 3, 'enumeration']]],
    ['包括两个方面：一方面是A、B、C…。另一方面是… (the 、 inside the first item)', '它的主要内容包括两个方面：一方面是教育、科学、文化、卫生事业的发展水平。这是一个标志。另一方面是社会风气的发展方向。',
      [['它的主要内容包括两个方面', 2, 2, 'enumeration']]],
    ['N个X。一部分…另一部分… (the sentences after the count)', '这场运动后来分成了两个派别。一部分人坚持了改革的方向，成为骨干。另一部分人则走上了相反的道路。',
      [['这场运动后来分成了两个派别', 2, 2, 'enumeration']]],
    ['有两个方面的意义。一方面，…另一方面，…', '这项改革有两个方面的意义。一方面，它提高了效率。另一方面，它促进了公平。', [['这项改革有两个方面的意义', 2, 2, 'enumeration']]],
    ['从N个方面谈谈 before the headings', '下面，我从三个方面谈谈体会。\n一、提高认识\n正文。\n二、狠抓落实\n正文。\n三、加强领导\n正文。', [['我从三个方面谈谈体会', 3, 3, 'headings']]],
    ['“N个X”： then clauses that each carry X', '这次活动的主要任务可以概括为“四个一”：开展一次学习，召开一次座谈，撰写一篇体会，办好一件实事。',
      [['这次活动的主要任务可以概括为“四个一”', 4, 4, 'enumeration']]],
    ['N个关系： then clauses that each carry 关系', '要把握好三个关系：发展和安全的关系，改革和稳定的关系，当前和长远的关系。', [['要把握好三个关系', 3, 3, 'enumeration']]],
    ['“N个X”，即A、B、C', '要做到“三个坚持”，即坚持问题导向、坚持目标导向、坚持结果导向。', [['要做到“三个坚持”', 3, 3, 'enumeration']]],
    ['分两步走。第一步，…第二步，…', '实现这个目标，可以分两步走。第一步，打基础。第二步，上台阶。', [['可以分两步走', 2, 2, 'series']]],
    ['表现在N个方面。一是… (a verb of structure, then the items)', '存在的问题主要表现在三个方面。一是学习不深。二是整改不实。三是制度不全。', [['存在的问题主要表现在三个方面', 3, 3, 'series']]],
    ['概括为N个方面 before the headings', '今年的工作，可以概括为三个方面。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。', [['可以概括为三个方面', 3, 3, 'headings']]],
    ['有这么几点体会。一是…', '主要有这么几点体会。一是甲。二是乙。三是丙。', [['主要有这么几点体会', null, 3, 'series']]],
    ['full-width digits (３项工作：)', '今年重点抓好３项工作：一是甲。二是乙。三是丙。', [['今年重点抓好３项工作', 3, 3, 'series']]],
    ['“四个坚持”。 then four paragraphs opening with 坚持', '具体讲，要做到“四个坚持”。\n坚持问题导向。正文。\n坚持目标导向。正文。\n坚持结果导向。正文。\n坚持系统观念。正文。',
      [['“四个坚持”', 4, 4, 'enumeration']]],
    ['有两种X，一种是…，一种是…，这二者… (a comment after the items)', '这样看来，有两种不完全的经验，一种是书本上的经验，一种是局部的经验，这二者都有片面性。',
      [['有两种不完全的经验', 2, 2, 'enumeration']]],
    ['抓好以下的N项工作 then 第一、…', '当前要着重抓好以下的三项工作。\n第一、抓农业。正文。\n第二、抓工业。正文。\n第三、抓交通。正文。', [['当前要着重抓好以下的三项工作', 3, 3, 'series']]],
    ['讲几个…的认识问题 before the headings', '这里着重讲几个需要进一步明确的认识问题。\n一、关于市场\n正文。\n二、关于计划\n正文。', [['这里着重讲几个需要进一步明确的认识问题', null, 2, 'headings']]],
    ['有两种可能：或者是…；或者是…', '在这个问题上，有两种可能：或者是严格地控制人口的增长，使全体人民的生活水平逐步提高，国家建设逐年扩大；或者是控制不严，措施不力，听任人口继续大量增长。',
      [['有两种可能', 2, 2, 'enumeration']]],
    ['抓好N个环节。 then 一是…', '要着重抓好四个环节。\n一是抓研发。\n二是抓生产。\n三是抓销售。\n四是抓服务。', [['要着重抓好四个环节', 4, 4, 'series']]],
    ['N大X：一个是…；一个是… (semicolons)', '中华民族面对着两大历史任务：一个是求得民族独立；一个是实现国家富强。', [['中华民族面对着两大历史任务', 2, 2, 'enumeration']]],
    // The items named in quotes before the count: 交流“A、B”两个方面问题.
    ['交流“A、B”两个方面问题 before the headings', '今天主要和大家交流“怎么看、怎么干”两个方面问题。\n一、怎么看\n正文。\n二、怎么干\n正文。', [['今天主要和大家交流“怎么看、怎么干”两个方面问题', 2, 2, 'headings']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(announced(text)).toEqual(expected);
  });

  // Precision first: a count whose colon introduces text of its own does not count a series or headings further on.
  const notFurther: [string, string, unknown[]][] = [
    ['有两条路：… then another announcement before the headings', '在人才培养上，我们有两条路：立足自主培养和扩大对外引进。\n这需要一个过程。\n下面我谈几点看法。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。',
      [['我们有两条路', 2, null, 'none'], ['下面我谈几点看法', null, 3, 'headings']]],
    ['大家常说两句话：… then a series in a later paragraph', '大家常说两句话：干部要担当，群众要满意，这是老话。\n正文。\n一是甲。二是乙。三是丙。', [['大家常说两句话', 2, null, 'none']]],
    ['items that do not echo the count (第一 after N篇文章)', '他写过三篇文章。\n第一，要学习。第二，要实践。', []],
    ['a back reference followed by a series (上面这两条)', '上面这两条很重要。\n第一条，不说空话。\n第二条，不摆架子。\n第三条，不搞特殊。', []],
    ['请两个人来说一说 (a count of people)', '请你们两个人来说一说。大家听听。', []],
    ['几块钱：… (a price)', '他花了两块钱：买了一瓶水。', []],
    ['一部分… without 另一部分', '我们有两个孩子。一部分时间在家里，一部分时间在学校。', []],
    ['一种…另一种…还有一种 (more than 一 and 另一: the items not counted, the count kept)', '这里有三种人：一种是干的。另一种是看的。还有一种是说的。', [['这里有三种人', 3, null, 'none']]],
    ['a quoted count after a work verb, without its colon (a road map: 突出抓好“六项重点工作”。 then headings)', '要突出抓好“三项重点工作”。\n一、抓项目\n正文。\n二、抓招商\n正文。', []],
    ['a verb of structure with nothing countable after it', '这些问题集中在两个方面，要认真研究解决。', []],
    ['进一步 / 两步 with nothing after it', '要进一步抓好落实，迈出两步。', []],
    ['a verb of structure far before the headings', '我们要分两步走，在本世纪中叶建成现代化强国。\n正文。\n正文。\n正文。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。', []],
    ['“四个坚持”。 then three paragraphs opening with 坚持 (the fourth may be phrased otherwise: not counted)', '要做到“四个坚持”。\n坚持问题导向。\n坚持目标导向。\n坚持结果导向。\n同时要注意方法。', []],
    ['a work verb with a quoted formula (增强“四个意识”) before a series', '要增强“四个意识”，做到“两个维护”。\n一是抓学习。\n二是抓整改。', []],
    ['a decimal (十七点六，即…)', '粮食增长百分之十七点六，即增产五百亿斤，棉花增长百分之二十五点四。', []],
    ['，即使… is no 即', '这件事要抓好三个环节，即使困难再大也不能放松。', []],
    ['两个人说说笑笑 (a count of people)', '他们两个人说说笑笑地走了。', []],
    ['对两个市场来说 (not a speaking verb)', '对两个市场来说，这都是机遇。\n一是甲。二是乙。', []],
  ];
  it.each(notFurther)('%s', (_name, text, expected) => {
    expect(announced(text)).toEqual(expected);
  });
});

describe('extractAnnouncements: session-3 frames, general shapes (invented sentences, expected written before the rules)', () => {
  const cases: [string, string, unknown[]][] = [
    // 有 + a count of sayings or senses (N句话, N层意思), whatever verb follows (送给大家, 想说).
    ['有N句话送给大家。 then 一是…', '临别之际，我有三句话送给大家。一是要心怀感恩。二是要脚踏实地。三是要志存高远。', [['我有三句话送给大家', 3, 3, 'series']]],
    ['有两层意思。 then 一是…', '这句话有两层意思。一是要敢想，二是要敢干。', [['这句话有两层意思', 2, 2, 'series']]],
    // A speaking verb with its addressee before the count: 送给同学们两句话, 问大家几个问题, 提醒大家两点.
    ['送给同学们两句话 then 一是…', '最后，送给同学们两句话。一是读书要趁早。二是做事要专注。', [['送给同学们两句话', 2, 2, 'series']]],
    ['问同学们几个问题： with unnumbered questions after it', '开学第一天，我想问同学们几个问题：你们为什么读书？将来想做什么？', [['我想问同学们几个问题', null, null, 'none']]],
    ['提醒大家两点： then 第一…', '放假前，提醒大家两点：第一，注意安全。第二，按时返校。', [['提醒大家两点', 2, 2, 'series']]],
    // 下列 like 以下 (贯彻执行下列三条方针。 then 一、…).
    ['执行下列N条方针。 before the headings', '为此，必须认真贯彻执行下列三条方针。这些方针很重要。\n一、发展农业\n正文。\n二、发展工业\n正文。\n三、发展交通\n正文。', [['必须认真贯彻执行下列三条方针', 3, 3, 'headings']]],
    // A speaking verb 简述/介绍/阐述 (下面简述几项重点。).
    ['下面简述几项重点。 before the headings', '下面简述几项重点。\n（一）扩大需求\n正文。\n（二）稳定就业\n正文。', [['下面简述几项重点', null, 2, 'headings']]],
    // Numbered paragraphs that are no headings (items ending with ；), opening the paragraph after the count.
    ['做三件事： then numbered paragraphs', '在具体工作上，重点是做三件事：\n一、对企业逐步推行新的办法，改进分配关系；\n二、发挥中心城市的作用，解决条块分割的问题；\n三、改革流通体制，搞活商品流通。\n其他工作也要抓好。',
      [['重点是做三件事', 3, 3, 'enumeration']]],
    // X有N： — a bare numeral after 有 (目的有二, 原因有三), before a colon or the end of the clause.
    ['目的有二：一是…二是…', '这次会议的任务有二：一是总结经验，二是部署工作。', [['这次会议的任务有二', 2, 2, 'series']]],
    ['原因有三。 then 一是…', '之所以这样，原因有三。一是基础弱。二是投入少。三是人才缺。', [['原因有三', 3, 3, 'series']]],
    // Any verb + a count of parts closing its sentence, with a series opening right after it.
    ['采取N项举措。 then 一是…', '今年将采取四项举措。一是减税。二是降费。三是稳岗。四是扩需。', [['今年将采取四项举措', 4, 4, 'series']]],
    ['出台N条措施。 then 第一，…', '为此，省里出台了三条措施。\n第一，放宽准入。\n第二，降低成本。\n第三，优化服务。', [['省里出台了三条措施', 3, 3, 'series']]],
    // A quoted count whose series follows, each item carrying the quoted item word.
    ['“三心”精神 then 一是…恒心 / 二是…信心 / 三是…爱心', '希望大家发扬“三心”精神。一是要有恒心，坚持到底。二是要有信心，不怕困难。三是要有爱心，关心他人。', [['“三心”', 3, 3, 'series']]],
    ['“三牛”精神 then items carrying 牛精神 (counted whatever their number)', '要发扬“三牛”精神。一是要发扬孺子牛精神，服务群众。二是要发扬拓荒牛精神，敢闯新路。', [['“三牛”', 3, 2, 'series']]],
    ['“四个到位” then 一是…到位 …', '要做到“四个到位”。一是思想到位。二是责任到位。三是措施到位。四是落实到位。', [['要做到“四个到位”', 4, 4, 'series']]],
    // Headings numbered from （一） right after the count, at the level of the previous section (the part title
    // above them is unnumbered).
    ['做好N个方面工作： then （一）… after an unnumbered part title', '一、过去一年的工作\n正文。\n（一）经济\n正文。\n（二）民生\n正文。\n今年的工作安排\n今年要重点做好三个方面工作：\n（一）扩大内需\n正文。\n（二）科技创新\n正文。\n（三）改革开放\n正文。',
      [['今年要重点做好三个方面工作', 3, 3, 'headings']]],
    ['几个问题： then 一、…三、, ended by the next part numbered on at the same level (三、 again)', '一、形势\n正文。\n二、改革\n这里着重讲几个认识问题：\n一、认识甲\n正文。\n二、认识乙\n正文。\n三、认识丙\n正文。\n三、对外开放\n正文。',
      [['这里着重讲几个认识问题', null, 3, 'headings']]],
    ['a quoted count followed by a series of another length whose items carry its word (as “三农” may): only an equal count is taken', '要做好“三心”工作。一是要有恒心。二是要有信心。', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(announced(text)).toEqual(expected);
  });

  const not: [string, string][] = [
    ['a count of things closing its sentence before a series', '全年新建三个园区。一是规模更大。二是配套更全。'],
    ['a back reference closing its sentence before a series', '以上三项措施很重要。一是减税。二是降费。'],
    ['items named before the count (从A和B两方面…) closing a sentence before a series', '必须从扩大投资和促进消费两方面采取措施。一是甲。二是乙。三是丙。'],
    ['a count of things after an addressee', '我送给同学们两本书，也告诉大家三个好消息。'],
    ['有 + a numeral that is no count', '他家有二三十亩地，一分为二：一半种粮。'],
    ['a quoted count whose series does not carry the item word', '要增强“四个意识”。一是抓学习。二是抓整改。'],
    ['headings numbered from （一） far after the count', '一、工作\n（一）甲\n正文。\n（二）乙\n正文。\n我们要分两步走。\n正文。\n正文。\n正文。\n（一）丙\n正文。\n（二）丁\n正文。'],
  ];
  it.each(not)('not an announcement: %s', (_name, text) => {
    expect(announced(text)).toEqual([]);
  });
});

describe('extractAnnouncements: 一是 items named with the count\'s noun echo it (rule written with these cases)', () => {
  it('两条线 … 一是质量线：… 二是特色线：… is an announcement of the series', () => {
    expect(announced('学校按照质量和特色两条线安排工作，并落实到人：一是质量线：提高成绩。二是特色线：办好社团。')).toEqual([['学校按照质量和特色两条线安排工作', 2, 2, 'series']]);
  });
  it('items that do not name themselves with the noun echo nothing', () => {
    expect(announced('会上讨论了两条线路的问题。\n一是资金问题。\n二是人员问题。')).toEqual([]);
  });
});

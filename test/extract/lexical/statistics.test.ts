import { describe, expect, it } from 'vitest';
import { lexical } from './helpers.js';
import { createDocument } from '../../../src/text/document.js';
import { analyzeStructure } from '../../../src/extract/index.js';

const stats = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.approx, x.noun]);

describe('extractStatistics: valid', () => {
  const cases: [string, string, unknown[]][] = [
    ['noun after', '共有15个基层党组织、426名党员参加了活动。', [[15, '个', null, '基层党组织'], [426, '名', null, '党员']]],
    ['noun before, spaces inside', '共收集原汁原味意见建议 137 条，召开座谈会 24 场次。', [[137, '条', null, '意见建议'], [24, '场次', null, '座谈会']]],
    ['percent with approximation', '减少了会议总量23%，群众满意度测评结果达到98 %以上。', [[23, '%', null, '会议总量'], [98, '%', '以上', '群众满意度测评结果']]],
    ['余 / 多 / 近', '筹集资金60余万元，对原1200多名低保户重新核查，建成近500㎡的办公用房。', [[60, '万元', '余', '资金'], [1200, '名', '多', '低保户'], [500, '㎡', '近', '']]],
    ['decimals and 左右', '经费已由13.5万元追加到16.5万元，工资也调升至2000元左右。', [[13.5, '万元', null, '经费'], [16.5, '万元', null, ''], [2000, '元', '左右', '']]],
    ['prefix approximations', '活动时间不少于3个月，每年至少进行5次调研，不能少于12学时。', [[3, '个月', '不少于', '活动时间'], [5, '次', '至少', '调研'], [12, '学时', '不少于', '']]],
    // 的时间 after a span names it, as the development annotations have it (20年的时间).
    ['Chinese numerals of ten or more', '还有二十几天的时间，在十个不同行业群体确立标准。', [[20, '天', '几', '时间'], [10, '个', null, '不同行业群体']]],
    ['近百万', '筹集近百万对社区主要道路提质改造。', [[100, '万', '近', '']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(stats(text)).toEqual(expected);
  });

  it('reads a range with the full-width hyphen of some printings', () => {
    const [a, b] = lexical('预期增长7%－7.5%，招生2－3万人，电话0571－88886666。').statistics;
    expect([a.value, a.max, a.unit]).toEqual([7, 7.5, '%']);
    expect([b.value, b.max, b.unit]).toEqual([2, 3, '万人']);
  });

  it('reads ranges with their upper end', () => {
    const [a, b] = lexical('每年撰写1—2份调研报告，至少3-4人合用一间办公室。').statistics;
    expect([a.value, a.max, a.unit]).toEqual([1, 2, '份']);
    expect([b.value, b.max, b.unit, b.approx]).toEqual([3, 4, '人', '至少']);
  });

  it('gives the position of the number and the text as written', () => {
    const [s] = lexical('一、标题\n其中“四风”问题 59 条，走访困难群众。').statistics;
    expect([s.line, s.column, s.text]).toEqual([2, 10, '问题 59 条']);
  });
});

describe('extractStatistics: invalid', () => {
  const cases: [string, string][] = [
    ['dates and years', '今年1月20日，中央召开会议；(2014年11月 11 日)；到9月份基本结束；2015年经济工作。'],
    ['ordinals', '第一批总结暨第二批部署会议，第3次会议。'],
    ['hotline, address, ids', '通过12345政务服务热线反映，解放西路60号，ICP16022047，37052102000249号。'],
    ['single-digit Chinese counts', '讲三点意见，启动两个月以来，写两篇以上体会，一周之内完成。'],
    ['numerals inside names and formulas', '以“千名干部走百村联万户”为载体，落实市委十条规定，千方百计走进千家万户。'],
    ['heading numbers', '1、要把学习培训进一步引向深入。\n2.加强思想政治教育。'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(stats(text)).toEqual([]);
  });
});

describe('extractStatistics: magnitudes, percentages in words, announcements', () => {
  const cases: [string, string, unknown[]][] = [
    ['magnitude and unit are one unit', '全年生产总值6.36万亿元，销售新能源汽车3万辆，粮食产量达到2亿斤。', [[6.36, '万亿元', null, '生产总值'], [3, '万辆', null, '新能源汽车'], [2, '亿斤', null, '粮食产量']]],
    ['％ is %; a change with no subject measures the change', '增长8.5％，占比12%。', [[8.5, '%', null, '增长'], [12, '%', null, '占比']]],
    ['a bare magnitude', '动员了三百万群众。', [[300, '万', null, '群众']]],
    ['magnitude, approximation, then unit', '产生900亿以上美金的产值。', [[900, '亿美金', '以上', '']]],
    ['超 / 逾 kept', '覆盖超9亿人，投资逾3000亿元。', [[9, '亿人', '超', ''], [3000, '亿元', '逾', '投资']]],
    ['a percentage in words', '工业占百分之十左右，收成增加了百分之二十至二十五。', [[10, '%', '左右', '工业'], [20, '%', null, '']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(stats(text).map((x, i) => (expected[i] as unknown[])?.[3] === undefined ? x.slice(0, 3) : x)).toEqual(expected);
  });

  it('a span of a hundred years is a figure, a year is not', () => {
    expect(stats('建党100年来，2021年取得新成绩。').map((x) => x.slice(0, 3))).toEqual([[100, '年', null]]);
  });

  it('announcements and numeral words are not figures', () => {
    expect(stats('今天我讲3个问题，谈两点意见。百年大计，千万不能马虎，千家万户受益。')).toEqual([]);
  });
});

describe('extractStatistics: compound Chinese numerals, decimals, ranges, measure words', () => {
  const figs = (s: string) => lexical(s).statistics.map((x) => [x.value, x.max ?? null, x.unit, x.approx]);
  it.each([
    ['a magnitude inside the numeral stays in the unit', '全市常住人口四千六百万人，覆盖十三亿五千万人。', [[4600, null, '万人', null], [135000, null, '万人', null]]],
    ['亿 over a numeral with 万', '累计投资二万八千亿元。', [[28000, null, '亿元', null]]],
    ['a magnitude after the approximation', '粮食产量三亿零五百多万吨。', [[30500, null, '万吨', '多']]],
    ['a single digit with a magnitude is a large number', '两万名志愿者参加，近一亿农民受益，全国八亿人口。', [[2, null, '万名', null], [1, null, '亿', '近'], [8, null, '亿', null]]],
    ['Chinese decimals', '提高六点五个百分点，平均寿命七十七点三岁。', [[6.5, null, '个百分点', null], [77.3, null, '岁', null]]],
    ['ranges written with 、', '邀请了三、四十名代表，来了2、3百人。', [[30, 40, '名', null], [200, 300, '人', null]]],
    ['a unit on both ends of a range', '优秀比例保持在60%—70%。', [[60, 70, '%', null]]],
    ['measure words of weight, distance, people, tenths', '一斤卖十二两，走了二百多里路，手下一百多号人，占全国3成。', [[12, null, '两', null], [200, null, '里', '多'], [100, null, '号', '多'], [3, null, '成', null]]],
    ['部 counts laws and films, not in 部门', '制定行政法规28部，拍摄电影3部，3部门联合发文。', [[28, null, '部', null], [3, null, '部', null]]],
  ])('%s', (_name, text, expected) => {
    expect(figs(text as string)).toEqual(expected);
  });

  it.each([
    ['vague numbers', '千百万群众，上百万个项目，数十年如一日，成千上万的人，百万雄师过大江。'],
    ['points in time', '100年前的今天，五十年后回头看。'],
    ['ranks', '进入全省前100名，位列前20位。'],
    ['round numbers offered as alternatives', '再干十年、二十年，甚至更长。'],
    ['a count announced with 以下', '会有以下5个点上的变化。'],
  ])('%s: none', (_name, text) => {
    expect(figs(text as string)).toEqual([]);
  });
});

describe('extractStatistics: the noun, from the nearer side, in whole words', () => {
  const nouns = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.noun]);
  it.each([
    ['a rate: the subject before it, without the predicate, never cut inside a word', '全省城镇调查失业率平均为5.1%。', [[5.1, '%', '全省城镇调查失业率']]],
    ['leading verbs and time words are not the noun', '预计全年地区生产总值增长6%左右。', [[6, '%', '地区生产总值']]],
    ['a noun the dictionary tags as a verb heads the phrase', '居民人均可支配收入达到4.2万元。', [[4.2, '万元', '居民人均可支配收入']]],
    ['a share keeps its whole phrase', '新能源汽车产量占全国比重达到30%。', [[30, '%', '新能源汽车产量占全国比重']]],
    ['a change with no subject in its clause', '全市财政收入120亿元，比上年增长3.5%。', [[120, '亿元', '全市财政收入'], [3.5, '%', '比上年增长']]],
    ['a count: the noun after it, up to its predicate', '全校有12名学生进入决赛，7个课题获奖。', [[12, '名', '学生'], [7, '个', '课题']]],
    ['a verb after a classifier modifies the noun', '梳理出3个突出问题，制定25项整改措施清单。', [[3, '个', '突出问题'], [25, '项', '整改措施清单']]],
    ['a unit that is what it counts, then a verb: no noun', '11人进入复赛。', [[11, '人', '']]],
    ['a predicate between the noun and the count', '经营主体净增5万户。', [[5, '万户', '经营主体']]],
    ['a verb with a noun suffix is a noun; 等 after a numeral is a grade', '全市城乡污水处理率达到95%，物理竞赛获省一等奖7人。', [[95, '%', '全市城乡污水处理率'], [7, '人', '省一等奖']]],
    ['a one-character predicate after the noun; the award a count won', '邀请9位院士来校讲学，合唱团获一等奖3个。', [[9, '位', '院士'], [3, '个', '一等奖']]],
    ['an adverb left before a count, and words of scope alone', '培训骨干教师共120人，全市一共只3所。', [[120, '人', '骨干教师'], [3, '所', '']]],
  ])('%s', (_name, text, expected) => {
    expect(nouns(text as string)).toEqual(expected);
  });
});

// Kinds of figures missed or misread on the development set (issue 10, item 6), each with invented sentences
// written before the rule: tallies without a measure word, units of several characters, ranges in words and with the
// unit on both ends, 廿, a magnitude with no digit, N+ and a bare number after an approximation; and what is not a
// figure: congresses numbered without 第, quoted article counts, ranks, numerals inside a word, announced counts.
describe('extractStatistics: kinds of figures (issue 10)', () => {
  const figs = (s: string) => lexical(s).statistics.map((x) => [x.value, x.max ?? null, x.unit, x.approx, x.noun]);
  it.each([
    ['a medal tally without measure words', '代表队在省运会上获得5金3银2铜，团体总分第一。', [[5, null, '', null, '金'], [3, null, '', null, '银'], [2, null, '', null, '铜']]],
    ['units of several characters, 遍, 校', '完成设备更新12万台套，这篇讲话读了3遍，组织8校联考。', [[12, null, '万台套', null, '设备更新'], [3, null, '遍', null], [8, null, '校', null, '联考']]],
    ['N大 with a noun after Arabic digits', '覆盖12大产业集群，组建5大联盟。', [[12, null, '大', null, '产业集群'], [5, null, '大', null, '联盟']]],
    ['ranges of adjacent Chinese digits', '每段不超过三四十个字，会场来了七八百人。', [[30, 40, '个', '不超过', '字'], [700, 800, '人', null]]],
    ['a range with the unit on both ends', '每天劳动十小时至十二小时，步行3公里至5公里。', [[10, 12, '小时', null], [3, 5, '公里', null, '步行']]],
    ['廿 is twenty', '办学一百廿三年来，培养了大批人才。', [[123, null, '年', null]]],
    ['a magnitude with no digit after an approximation', '旅游总收入突破万亿元，参观者近万人。', [[1, null, '万亿元', '突破', '旅游总收入'], [1, null, '万人', '近']]],
    ['N+ as an approximation', '今年计划引进“300+人”，培训骨干1000+名。', [[300, null, '人', '+', ''], [1000, null, '名', '+', '骨干']]],
    ['a bare number after an approximation', '名校录取人数超20，本科上线率超95%。', [[20, null, '', '超', '名校录取人数'], [95, null, '%', '超']]],
  ])('%s', (_name, text, expected) => {
    expect(figs(text as string).map((x, i) => ((expected as unknown[][])[i]?.[4] === undefined ? x.slice(0, 4) : x))).toEqual(expected);
  });

  it.each([
    ['congresses numbered without 第', '认真筹备十一次党代会，学习党的十八次代表大会精神，迎接区11次党代会召开。'],
    ['a quoted count of articles names a document', '出台“25条”惠企政策，落实“乡村振兴18条”。'],
    ['ranks, also coordinated ones', '两名同学分别位列全省12名和37名。'],
    ['a numeral inside a word', '站在人生的十字路口，三十而立。'],
    ['a tally needs two kinds of medal', '现有3金融机构入驻。'],
    ['one numeral with 校 is a word', '开展百校联百村行动。'],
  ])('%s: none', (_name, text) => {
    expect(figs(text as string)).toEqual([]);
  });

  it('a percentage in words before a year is no range', () => {
    expect(lexical('比重由百分之三十九点七到一九五七年提高。').statistics.map((x) => [x.value, x.max ?? null, x.unit])).toEqual([[39.7, null, '%']]);
  });

  it('a tally item is written as itself', () => {
    expect(lexical('获3金3银7铜，全国赛6银3铜。').statistics.map((x) => x.text)).toEqual(['3金', '3银', '7铜', '6银', '3铜']);
  });

  it('an announced count is not a figure (the announcement found by the structure)', () => {
    const text = '为此，有3项基础性工作要抓好。一是抓队伍，二是抓制度，三是抓落实。\n全年完成3项重点工程。';
    const doc = createDocument(text, '<test>');
    const s = analyzeStructure(doc);
    expect(s.statistics.map((x) => [x.line, x.value, x.unit])).toEqual([[2, 3, '项']]);
  });
});

// Kinds of figure misses on the second fresh batch (issue 10, item 6), each with invented sentences written before
// the rule: a measure word after a magnitude that ends its clause, Latin units, a class (…级), a point in time after a
// span, a unit character that begins a verb, a power (次方), and a count of articles that names a policy package.
describe('extractStatistics: units and non-figures from the second fresh batch (issue 10)', () => {
  const figs = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.approx, x.noun]);
  it.each([
    ['a measure word after a magnitude that ends the clause is its unit', '全年开行货运班列1.2万列，生产平板玻璃900多万重量箱、纱线30万锭。', [[1.2, '万列', null], [900, '万重量箱', '多'], [30, '万锭', null, '纱线']]],
    ['a noun of the dictionary after a magnitude is what is counted, not a unit', '团结带领14亿人民。', [[14, '亿', null, '人民']]],
    ['Latin units after digits', '智能算力规模达到8EFlops，新增装机120MW。', [[8, 'EFlops', null, '智能算力规模'], [120, 'MW', null]]],
    ['a unit character that begins a verb is no unit', '近3万遍布全国的校友。', [[3, '万', '近', '']]],
  ])('%s', (_name, text, expected) => {
    expect(figs(text as string).map((x, i) => ((expected as unknown[][])[i]?.[3] === undefined ? x.slice(0, 3) : x))).toEqual(expected);
  });

  it.each([
    ['a one-letter code after digits is a name', '建成5G基站，拍摄4K影片，投资25l亿元。'],
    ['a class: a unit followed by 级', '建设30万吨级原油码头，下线16兆瓦级风电机组。'],
    ['a point in time after a span', '20天后就要开学，3个月后再次复查，再过48小时后公布。'],
    ['a power', '2的10次方是1024。'],
    ['a count of articles that names a policy package', '出台促进消费12条措施，推出稳就业十条支持政策。'],
  ])('%s: none', (_name, text) => {
    expect(figs(text as string).filter((x) => x[0] !== 1024)).toEqual([]);
  });
});

describe('extractStatistics: a number written in 万 and 千 with Arabic digits (issue 10)', () => {
  it('4万3千多名 is one figure', () => {
    expect(lexical('全县共有2万5千多名党员。').statistics.map((x) => [x.value, x.unit, x.approx, x.noun])).toEqual([[2.5, '万名', '多', '党员']]);
  });
});

// Noun misses of the development table (issue 10, item 6 “the noun from the nearer side with the most plausible
// phrase”), by kind, with invented sentences: a stop character inside a word (就业) and a linking verb between the
// subject and its count (覆盖, 惠及) written before their rules; 实际/稳定 as predicates and a verb opening a phrase
// of whole words (推广节能空调) added with theirs, after measuring them on the dev table. An activity named by its verb
// (家电销售820万件) was tried and left out: the corpus annotations give no noun after a verb (社区借调7人).
describe('extractStatistics: the noun before a count, by kind (issue 10)', () => {
  const nouns = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.noun]);
  it.each([
    ['a stop character inside a word does not end the noun', '今年城镇新增就业12.5万人，全县新增就业3200人。', [[12.5, '万人', '城镇新增就业'], [3200, '人', '全县新增就业']]],
    ['a verb that ends the phrase is no noun, nor a time word before it', '从社区借调7人，每天保证3个小时。', [[7, '人', ''], [3, '个小时', '']]],
    ['实际 of a change in real terms and 稳定 before 在 are predicates', '社会消费品零售总额实际增长6.5%，实际增长5.2%，基本养老保险参保率稳定在95%以上。', [[6.5, '%', '社会消费品零售总额'], [5.2, '%', '实际增长'], [95, '%', '基本养老保险参保率']]],
    ['a verb that opens a phrase of whole words acts on what is counted', '推广节能空调500万台，组织生活会15场。', [[500, '万台', '节能空调'], [15, '场', '组织生活会']]],
    ['a linking verb is not part of the noun', '医疗保险覆盖13.6亿人，产业帮扶惠及脱贫人口900万人。', [[13.6, '亿人', '医疗保险'], [900, '万人', '脱贫人口']]],
  ])('%s', (_name, text, expected) => {
    expect(nouns(text as string)).toEqual(expected);
  });
});

// A phrase cut by the window keeps whole words and does not open with a character of no word (保障|性住房).
describe('extractStatistics: a long phrase before a count (issue 10)', () => {
  it('keeps 保障性住房 whole', () => {
    expect(lexical('各地全面推进城镇保障性住房1200套。').statistics.map((x) => x.noun)).toEqual(['保障性住房']);
  });
});

// Spans of time and their nouns (issue 10, item 6): of the development table's durations most have no noun; the
// noun of a span follows it (15年基础教育, 28年的努力) or is a noun of time before it (活动时间不少于3个月). Invented
// sentences, added with the rule after measuring it.
describe('extractStatistics: the noun of a span of time (issue 10)', () => {
  const nouns = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.noun]);
  it.each([
    ['the activity before a span is no noun of it', '潜心钻研20年，连续12年居全省首位。', [[20, '年', ''], [12, '年', '']]],
    ['a noun after the span, also after 的', '经过15年的历程，完成12年义务教育。', [[15, '年', '历程'], [12, '年', '义务教育']]],
    ['a noun of time before the span', '活动时间不少于5天。', [[5, '天', '活动时间']]],
  ])('%s', (_name, text, expected) => {
    expect(nouns(text as string)).toEqual(expected);
  });
  it.each([
    ['a clause of when before an age names no noun', '他奔赴前线时19岁，登上领奖台的时候23岁。', [[19, '岁', ''], [23, '岁', '']]],
    ['a scope alone before a rate names no noun; after a subject the subject is it', '粮食产量占全国12%，其中占世界8%。', [[12, '%', '粮食产量'], [8, '%', '']]],
  ])('%s', (_name, text, expected) => {
    expect(nouns(text as string)).toEqual(expected);
  });
});

// Kinds of figure misses in the third fresh batch (older reports), opened for development: invented sentences.
describe('extractStatistics: thousands written with ，, units of older reports, the base of a rate (issue 10)', () => {
  const figs = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit]);
  it.each([
    ['a full-width comma before three digits separates thousands', '粮食产量达到30，477万吨，棉花产量2，167万担。', [[30477, '万吨'], [2167, '万担']]],
    ['a comma between numbers of other lengths is a comma', '分别为12，3456人，最高分709，700分以上3人。', [[3456, '人'], [700, '分'], [3, '人']]],
    ['full-width digits group thousands with ， as ASCII ones', '全年收入１２，４０６，５１８，０００元，比上年增加２，３０７个，结余８７５，２０４，０００元。', [[12406518000, '元'], [2307, '个'], [875204000, '元']]],
    ['three digits before ， and one group are two numbers', '最高分７０９，７００分以上３人。', [[700, '分'], [3, '人']]],
    ['after 万 or 亿 in Chinese numerals the 千 of 千瓦/千克 opens the unit', '新建一台十五万千瓦机组，装机四百二十万千瓦以上，储备三万千克种子。', [[15, '万千瓦'], [420, '万千瓦'], [3, '万千克']]],
    ['other currencies are units of amounts', '共欠款十二亿零三百万新卢布，进口2.5亿卢布和三千万法郎的设备，学习马克思主义。', [[120300, '万新卢布'], [2.5, '亿卢布'], [3000, '万法郎']]],
    ['a digit with 千万/百万 after a figure in 亿 continues its number', '游客由6200万增加到1亿4千多万，投资2亿5千万元；投资1亿，3千万元用于教育。', [[6200, '万'], [1.4, '亿'], [2.5, '亿元'], [1, '亿'], [3, '千万元']]],
    ['four digits with 多/余 before 年 are a span, not a year', '延续3400多年的传统，1800余年的古城，2016年以来。', [[3400, '年'], [1800, '年']]],
    ['千瓦小时 and 大卡 are units', '发电量3，006亿千瓦小时，每公斤7000大卡。', [[3006, '亿千瓦小时'], [7000, '大卡']]],
    ['the base of a rate after 每 is no figure', '每百元固定资产实现利润12.5元，每10万人口拥有医生80人。', [[12.5, '元'], [80, '人']]],
  ])('%s', (_name, text, expected) => {
    expect(figs(text as string)).toEqual(expected);
  });
});

describe('extractStatistics: packages of N项, points in time with 时, 个多百分点 (issue 10)', () => {
  const figs = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit, x.approx]);
  it.each([
    ['N项 and N条 naming a package of measures or guidelines', '出台稳增长的十项措施，贯彻12条经济工作方针，完成重点工程15项。', [[15, '项', null]]],
    ['a span with 时 is a point in time, not with 时间', '到建校100年时，用了20年时间。', [[20, '年', null]]],
    ['多 inside 个百分点', '份额提高2个多百分点。', [[2, '个百分点', '多']]],
  ])('%s', (_name, text, expected) => {
    expect(figs(text as string)).toEqual(expected);
  });
});

// Kinds of statistics misses of the sixth fresh batch (opened for development), each with invented sentences written
// before the rule: digits spaced one by one (a web copy's artifact) and the traditional characters of older printings
// (萬/億/點 of numerals, 個/項/噸/戶 measure words kept as written), kWh counted as 亿度/万度.
describe('extractStatistics: spaced digits and traditional characters (issue 10)', () => {
  const val = (s: string) => lexical(s).statistics.map((x) => [x.value, x.unit]);
  it.each([
    ['digits spaced one by one', '1 9 9 9 年全市生产总值达到3 5 2 1 亿元，平均每年增长1 2 ％，人均达到8 ．6 万元。', [[3521, '亿元'], [12, '%'], [8.6, '万元']]],
    ['traditional magnitudes and decimal point', '原煤產量四千五百萬噸，等於過去的三點二倍，投資二十六億元。', [[4500, '万噸'], [3.2, '倍'], [26, '亿元']]],
    ['traditional measure words kept as written', '新建項目三百個，完成十二項，遷入農戶八百戶。', [[300, '個'], [12, '項'], [800, '戶']]],
    ['traditional percent in words', '工業產值每年遞增百分之十八點五。', [[18.5, '%']]],
    ['electricity in 亿度 and 万度', '发电量达到一百二十亿度，节约用电三千万度。', [[120, '亿度'], [3000, '万度']]],
    ['十 after a counted 百 or 千 is 一十', '钢产量三百十五万吨，机床二万四千六百十二台。', [[315, '万吨'], [24612, '台']]],
    ['traditional 餘 and the older 万万', '损失二十三億餘元，全国八万万人民。', [[23, '亿元'], [8, '亿']]],
    ['freight traffic, a rate in 千分点, cloth in 匹', '货运周转量3200亿吨公里，出生率下降2个千分点，棉布产量一千二百万匹。', [[3200, '亿吨公里'], [2, '个千分点'], [1200, '万匹']]],
    ['个体 after a magnitude is no measure word', '全省有三百多万个体工商户。', [[300, '万']]],
  ])('%s', (_name, text, expected) => {
    expect(val(text as string)).toEqual(expected);
  });

  it.each([
    ['single digits with spaces that are no number', '第 1 期和第 2 期，序号 1 2 3 依次排列。'],
    ['度 elsewhere', '一度出现过热，零下十度，三度获奖。'],
    ['百十 without a digit is vague', '来了百十个人。'],
    ['N字方针 is a formula, not a count of characters', '贯彻十六字方针，落实二十四字方针。'],
    ['几 in the place of a digit before 十/百/千 is vague', '还有一百几十亿元的缺口，涉及三千几百万人。'],
  ])('%s: none', (_name, text) => {
    expect(val(text as string)).toEqual([]);
  });
});

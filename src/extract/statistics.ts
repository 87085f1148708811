// Quantities of a speech with what they count: 426名党员, 意见建议 137 条, 98 %以上, 60余万元, 近500㎡, 1—2份.
// Dates, years, ordinals, page and heading numbers, hotlines and numeral formulas are not statistics.
import { lastAtOrBefore } from '../text/sorted.js';
import { positionAt, type SpeechDocument } from '../text/document.js';
import type { Announcement, Paragraph, Statistic } from './types.js';
import { paragraphIdioms, lexicon, wordClasses } from './lexicon/index.js';
import { paragraphQuotes } from './lexicon/quotes.js';
import { CN_DIGIT_VALUE, CN_NUMERAL_CHARS, CN_UNIT_VALUE, parseCnAmount, parseCnNumber, withCnDecimals } from '../text/numerals.js';
import { addRange, charTable, hasAny, isHanCode, isSpaceAt, WordMatcher } from './lexicon/scan.js';
import { foldTraditional, traditionalSubset } from './fold.js';

/**
 * Units and measure words, longest first. Left out on purpose: 年 after a four-digit number and 月/日/号 (dates),
 * 届/级/期 after 第 (ordinals), 点 (a clock time or a count of remarks), 周年 (an anniversary).
 */
const UNITS = [
  '平方公里', '平方米', '平米', '㎡', 'm²', '立方米', '微克/立方米', '公里', '千米', '公顷', '亩', '千瓦小时', '千瓦时', '千瓦', '大卡', '千卡', '马力',
  '元人民币', '元', '美元', '美金', '欧元', '港元', '英镑', '日元', '块钱',
  // Other currencies of debts and trade (十四亿零六百万新卢布, 1961's rouble; not 马克思).
  '新卢布', '卢布', '法郎', '马克(?!思)', '卢比', '韩元', '澳元', '加元', '新台币', '个多百分点', '个百分点', '个千分点', '%', '％', '‰',
  // Freight and passenger traffic (吨公里, 人公里) before 吨 and 人.
  '吨公里', '人公里',
  '个小时', '小时', '分钟', '个月', '天', '周(?!年)', '学时', '课时', '年(?![月底初度级代])',
  '人次', '件次', '场次', '户次', '架次', '个(?!体)', '名', '位', '人(?![口民员才类群])', '户', '条', '项', '件', '次', '场', '批', '种',
  '大类别', '大类', '类别', '类', '台套', '台', '辆', '艘', '架', '套', '盏', '份', '篇', '本', '册', '家', '所', '座', '栋', '间',
  '处', '支', '张', '块', '棵', '株', '头', '只', '匹', '吨', '公斤', '千克', '克', '斤', '担', '坛', '米', '倍', '岁', '页', '轮',
  '起', '宗', '封', '层', '门', '县', '字', '枚', '部(?![门分队长委署位属])', '兆瓦', '瓩', '遍',
  // Electricity in kilowatt-hours after a magnitude (一百二十亿度); 度 alone is a degree or a time (一度出现).
  '(?<=[万亿])度',
  // Measure words of older printings in traditional characters, kept as written (萬/億/點 are read as 万/亿/点).
  '個百分点', '個月', '個', '項', '噸', '戶', '輛', '隻', '張', '條', '間', '歲', '畝', '擔', '種', '臺',
  // 16校联考: schools counted, not a word that starts with 校.
  '校(?![区园长友庆训级内外门风史规务企地医徽歌舍车办领])',
];
/**
 * Magnitudes: one unit with what follows (6.36万亿元 → 万亿元, 3万辆, 2亿斤), or a unit alone (300万, 5亿).
 * A magnitude is never read as the unit of a noun that begins with the rest (6.36万 + 亿元).
 */
const MAGNITUDES = ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万', '千'];
const MAGNITUDE = `(?:${MAGNITUDES.join('|')})`;
const UNIT = `(?:${MAGNITUDE}?(?:${UNITS.join('|')})|${MAGNITUDE}(?![分之]))`;
/** Units only after Arabic digits: 97分 is a score, but 百分之 and 十分 are words. */
/**
 * Latin units after digits (15EFlops, 120MW, 3kWh): two or more letters with a small one, or a prefixed watt or
 * byte; a single letter is a name (5G, 4K) or a slip (25l亿元).
 */
const LATIN_UNIT = '(?<latin>(?=[A-Za-z]{2})[A-Za-z]*[a-z][A-Za-z]*|[kKMGTPE][WB])(?![A-Za-z0-9])';
const ARABIC_UNIT = `(?:${MAGNITUDE}?${LATIN_UNIT}|${UNIT}|分(?![之钟别析工配类期批层级解散享管为成布红值局会部行站子])|发(?![展现生布出挥言表放扬动起])|两(?![个年岸会者类])|大(?=[\u4e00-\u9fff])|(?<medal>[金银铜])|成(?![为功果员立熟本长就绩效交了])|里(?![面外边头程]))`;
/** Approximation before the number, as written; 不能少于 is reported as 不少于. */
const PRE_WORDS = ['不少于', '不能少于', '不低于', '不超过', '不到', '不足', '至少', '超过', '突破', '将近', '大约', '近', '约', '逾', '超'];
const PRE = `(?:${PRE_WORDS.join('|')})`;
const MAX_PRE = Math.max(...PRE_WORDS.map((w) => w.length));
const DISTANT_PRE = /(至少|不少于|不低于)[\u4e00-\u9fff]{1,3}$/;
/**
 * Digits spaced one by one, as some web copies print them (7 4 7 7 2 亿元, 8 ．8 ％): single digits, each gap one
 * space, a decimal point glued to the digit after it.
 */
const SPACED_DIGITS = '[0-9０-９](?: [.．]?[0-9０-９])+(?![0-9０-９])';
/**
 * Digits, with thousands separated by , or by a full-width ， as older reports print them (33，212万吨: one or two
 * digits before it, exactly three after it; 高考最高分709，700分以上 is two numbers; three digits before it only with
 * two groups or more after, 966，485，000元). Full-width digits as ASCII ones (２７，２０３，３１９，０００元).
 */
const D = '[0-9０-９]';
const ARABIC = `(?:${SPACED_DIGITS}|${D}{1,3}(?:,${D}{3})+|${D}{1,2}(?:，${D}{3}(?!${D}))+|${D}{3}(?:，${D}{3}){2,}(?!${D})|${D}+)(?:[.．]${D}+)?`;
/** Range separators: hyphens and dashes (the full-width － of some printings: 6%－6.5%), tildes and 至. */
const RANGE_SEP = '\\s*[-—–~～至－]\\s*';
/** 2、3百人, 2、3十人: two single digits before 十/百 (read 200–300人; the 十/百 is folded into the value). */
const ARABIC_PAIR = '(?<pair>[1-9]、[1-9](?=[十百]))';
const PAIR_TENS = `(?<tens>[十百])`;
const SP = '[ \\t\\u3000\\u00a0]*';
/** 2.4万余名, 1.2万多人, 900亿以上美金: a magnitude before the approximation word belongs to the unit (万名). */
const MAG = `(?:(?<mag>${MAGNITUDE})(?=[余多来+＋]|以上|左右))?`;
const POST = '(?<post>以上|左右|以下|以内|上下)';

/** 426名, 意见建议 137 条, 98 %以上, 1—2份, 近500㎡. Not after a digit, a letter, 第 (ordinal) or a date. */
const ARABIC_STAT = new RegExp(
  `(?<pre>${PRE})?${SP}(?<![0-9０-９A-Za-z_.．第:/@-])(?:${ARABIC_PAIR}${PAIR_TENS}|(?<num>${ARABIC}(?:[%％]?${RANGE_SEP}${ARABIC})?)${SP}${MAG})(?<mid>余|多|来|[+＋])?(?<post0>以上|左右)?${SP}(?:(?<unit>${ARABIC_UNIT})${POST}?)?`,
  'g',
);
const ARABIC_STAT_AT = new RegExp(ARABIC_STAT.source, 'y');
/**
 * Chinese numerals with a unit character: 十个不同行业群体, 二十几天, 千名优秀共产党员, 近百万, 两万名, 三万九千八百元,
 * 十亿四千万人, 二万八千亿元, 四亿零七百多万吨; decimals (七点二个百分点, 七十八点二岁) and the 四、五十名 range.
 * Single digits (三个月) are left out; what the numeral is worth is decided in readCn.
 */
/** The Chinese digits 零 to 九, 〇 and 两 included (the keys of CN_DIGIT_VALUE). */
const CN_DIGITS = Object.keys(CN_DIGIT_VALUE).join('');
/** Every character of a numeral in a figure: those of text/numerals, 亿, 廿 and 卅. */
const CN_FIGURE_CHARS = `${CN_NUMERAL_CHARS}亿廿卅`;
/** 廿 and 卅 (twenty, thirty) are read as 二十 and 三十 (一百廿三年). */
/** 十七万千瓦, 三百万千米: after 万 or 亿 the 千 of 千瓦/千米/千克/千卡 opens the unit, not a digit of the numeral. */
const CN_NUM = `(?:(?!(?<=[万亿])千[瓦米克卡])[${CN_FIGURE_CHARS}])+(?:点[${CN_DIGITS}]+(?:万亿|亿|万)?)?`;
/** Measure words read only after a Chinese numeral: 十二两 (weight), 二百多里 (distance), 一百多号人. */
const CN_UNIT = `(?:${UNIT}|两(?![个年岸会者类])|里(?![面外边头程])|号(?=人))`;
const CN_STAT = new RegExp(
  `(?<pre>${PRE})?(?<![第几零〇一二两三四五六七八九十百千万亿之廿])(?!(?<=成)[百千万]|(?<=[上数])[十百千万])(?<![一二三四五六七八九]、)(?:(?<rlo>[一二三四五六七八九])、)?(?<num>${CN_NUM})(?<mid>几|余|多|来)?(?<post0>以上|左右)?(?<unit>${CN_UNIT})?${POST}?`,
  'g',
);
const CN_STAT_AT = new RegExp(CN_STAT.source, 'y');

const TRAILING_MAGNITUDE = /(万亿|亿|万)$/;
/** 三四十, 七八百: two digits, the second one more, then a unit character. */
const ADJACENT_RANGE = /^([一二两三四五六七八九])([一二两三四五六七八九])([十百千])$/;

interface CnReading { lo: number; hi?: number; unit: string }

/**
 * Value and unit of a Chinese-numeral match, or null when it is not a figure: a single digit, a vague or malformed
 * numeral (千百万, 百万 and 千万 without an approximation), a numeral with neither unit nor magnitude. A magnitude
 * at the end of the numeral or the start of the unit stays in the unit, as for Arabic digits (四亿五千万人 →
 * 45000 万人, 四亿零七百多万吨 → 40700 万吨).
 */
function readCn(g: Record<string, string | undefined>): CnReading | null {
  const raw = g.num!;
  let num = raw.indexOf('廿') < 0 && raw.indexOf('卅') < 0 ? raw : raw.replace(/廿/g, '二十').replace(/卅/g, '三十');
  // 二百十七, 五百十三 of older printings: 十 after a counted 百/千 is 一十 (百十个 without a digit stays vague).
  if (num.indexOf('十') > 0) num = num.replace(/([一二两三四五六七八九][百千])十/g, '$1一十');
  // 六万万人民: 万万 is the older 亿.
  if (num.indexOf('万万') >= 0) num = num.replace('万万', '亿');
  const dot = num.indexOf('点');
  let int = dot < 0 ? num : num.slice(0, dot);
  let frac = '';
  let unit = g.unit ?? '';
  // 十二两: 两 after a digit is the weight, not a numeral.
  if (dot < 0 && !unit && /[一二三四五六七八九十]两$/.test(int)) {
    int = int.slice(0, -1);
    unit = '两';
  }
  if (dot >= 0) {
    const m = TRAILING_MAGNITUDE.exec(num.slice(dot + 1));
    frac = num.slice(dot + 1, m ? num.length - m[1].length : num.length);
    if (m) unit = m[1] + unit;
  }
  // A numeral needs a unit character, or a decimal point: 三个月 and 五年 are single-digit counts.
  let hasUnitChar = false;
  for (const c of int) if (c in CN_UNIT_VALUE) { hasUnitChar = true; break; }
  if (!hasUnitChar && dot < 0) return null;
  // 一百几十亿元, 三千几百万: 几 in the place of a digit before 十/百/千 leaves the number vague (not 100 十亿元).
  if (g.mid === '几' && /^[十百千]/.test(unit)) return null;
  // 百万, 千万, 千亿 with no digit: "millions", a vague count, unless approximated (近百万).
  if (!g.pre && !g.mid && /^[百千]+[万亿]+$/.test(int)) return null;
  if (/^[万亿]/.test(int)) {
    // 突破万亿元, 近万人: a magnitude alone after an approximation is one of it.
    if (!g.pre || !/^(?:万亿|亿|万)$/.test(int) || !/^$|^[\u4e00-\u9fff]/.test(unit)) return null;
    return { lo: 1, unit: int + unit };
  }
  // 三四十, 七八百, 一两百: two adjacent digits before a unit character are a range (30–40), not the second digit.
  const adjacent = ADJACENT_RANGE.exec(int);
  if (adjacent && dot < 0 && !g.rlo) {
    const a = CN_DIGIT_VALUE[adjacent[1]];
    const b = CN_DIGIT_VALUE[adjacent[2]];
    if (b === a + 1) {
      if (!unit) return null;
      const place = CN_UNIT_VALUE[adjacent[3]];
      return { lo: a * place, hi: b * place, unit };
    }
  }
  // The magnitude that stays in the unit: the numeral's own ending, or the one the unit starts with (七百多万吨).
  let mag = '';
  const own = TRAILING_MAGNITUDE.exec(int);
  const unitMag = /^(万亿|亿|万|千(?![瓦米克卡]))/.exec(unit);
  if (dot < 0 && own && !unitMag) mag = own[1];
  else if (unitMag) mag = unitMag[1];
  else if (dot < 0 && !unit && int.endsWith('千') && int.length > 1 && g.mid) mag = '千'; // 五千多学员
  const whole = unitMag ? int + unitMag[1] : int;
  const total = parseCnAmount(whole);
  if (total === null) return null;
  const worth = mag ? MAGNITUDE_VALUE[mag] : 1;
  let lo = total / worth;
  if (frac) {
    const withFrac = withCnDecimals(lo, frac);
    if (withFrac === null) return null;
    lo = withFrac;
  }
  const outUnit = unitMag ? unit : mag + unit;
  if (!outUnit) return null;
  if (g.rlo) {
    // 四、五十名: the first digit takes the place value of the second numeral's unit.
    const place = /^[一二三四五六七八九]([十百千万])$/.exec(int);
    if (!place) return null;
    return { lo: (CN_DIGIT_VALUE[g.rlo] * CN_UNIT_VALUE[place[1]]) / worth, hi: lo, unit: outUnit };
  }
  return { lo, unit: outUnit };
}

/**
 * Both patterns open with an optional approximation word and a lookbehind, so V8 would try them at every
 * position of a paragraph. Every match holds an anchor character — a digit for ARABIC_STAT, 十/百/千 for
 * CN_STAT — and starts at most a few characters before it (the approximation word, blanks, one leading
 * numeral), so the sticky pattern is tried only at those starts, in increasing order: the first success is the
 * leftmost match, the one the global pattern would find.
 */
const DIGIT = /[0-9０-９]/g;
const DIGIT_CODE = addRange(addRange(new Uint8Array(0x10000), 0x30, 0x39), 0xff10, 0xff19);
const BLANK = charTable(' \t\u3000\u00a0');
const CN_ANCHOR = /[十百千万亿点廿卅]/g;

/**
 * Anchors are found by `test` of a global pattern (the regex engine's scan, and no match object per anchor). An
 * anchor right after a digit cannot start ARABIC_STAT (its lookbehind rejects a digit) and, when a digit anchor,
 * every earlier start was tried at the anchor before: `digitRun` skips it.
 */
function nextStat(
  re: RegExp, text: string, from: number, anchors: RegExp, back: (anchor: number) => number, starts: Uint8Array,
  plausible?: (text: string, anchor: number) => boolean, digitRun = false,
): RegExpExecArray | null {
  let tested = from;
  anchors.lastIndex = from;
  while (anchors.test(text)) {
    const a = anchors.lastIndex - 1;
    if (plausible && !plausible(text, a)) continue;
    if (digitRun && a > 0 && DIGIT_CODE[text.charCodeAt(a - 1)]) { tested = a + 1; continue; }
    for (let s = Math.max(back(a), tested); s <= a; s++) {
      // Before the anchor a match can only start where an approximation word, a blank or a numeral does.
      if (s < a && !starts[text.charCodeAt(s)]) continue;
      re.lastIndex = s;
      const m = re.exec(text);
      if (m) return m;
    }
    tested = a + 1;
    // The digits that follow are skipped here rather than found one by one.
    if (digitRun) {
      while (DIGIT_CODE[text.charCodeAt(tested)]) tested++;
      anchors.lastIndex = tested;
    }
  }
  return null;
}

/**
 * Where a match may start before its anchor (no digit lies between the last anchor tried and this one): ARABIC_STAT
 * at an approximation word or a blank, CN_STAT at an approximation word or a numeral. Elsewhere the sticky pattern
 * cannot match, and is not tried.
 */
const PRE_FIRST = PRE_WORDS.map((w) => w[0]).join('');
const ARABIC_STARTS = charTable(PRE_FIRST + ' \t\u3000\u00a0');
const CN_STARTS = charTable(PRE_FIRST + CN_FIGURE_CHARS);
const arabicBack = (text: string) => (a: number) => {
  let s = a;
  while (s > 0 && BLANK[text.charCodeAt(s - 1)]) s--;
  return s - MAX_PRE;
};
/** One numeral may precede the anchor (三百, 二十), or a range's first digit and 、 that, and the approximation word that. */
const cnBackIn = (text: string) => (a: number) => (text.charCodeAt(a - 2) === 0x3001 /* 、 */ ? a - 3 : a - 1) - MAX_PRE;
const CN_NUMERAL = charTable(CN_FIGURE_CHARS);
const CN_DIGIT_CODE = charTable(CN_DIGITS);
const TEN_HUNDRED_THOUSAND = charTable('十百千廿卅');
/** Last characters of the approximation words: a magnitude alone may follow them (突破万亿元, 近万人). */
const APPROX_END = charTable(PRE_WORDS.map((w) => w[w.length - 1]).join(''));
/**
 * 十/百/千 may open a numeral (十个, 百余年); 万 and 亿 only follow one (两万, 十亿), and 点 lies between digits
 * (七点二). Most 万 and 点 of a text (万众, 重点) are not numerals: they are skipped without trying the pattern.
 */
const cnPlausible = (text: string, a: number): boolean => {
  const c = text.charCodeAt(a);
  if (TEN_HUNDRED_THOUSAND[c]) return true;
  const prev = a > 0 ? text.charCodeAt(a - 1) : 0;
  if (c === 0x70b9 /* 点 */) return CN_NUMERAL[prev] === 1 && CN_DIGIT_CODE[text.charCodeAt(a + 1)] === 1;
  return CN_NUMERAL[prev] === 1 || APPROX_END[prev] === 1;
};
const RANGE_SPLIT = new RegExp(RANGE_SEP);
/** What an announcement counts (3个问题, 四点意见, 五个方面) and the verbs that announce it (讲, 谈, 提). */
const ANNOUNCED_AFTER = /^(?:问题|意见|方面|要求|建议|看法|体会|想法|认识|点)/;
const ANNOUNCING_BEFORE = /(?:(?:讲|谈|提|说|强调|汇报|报告|明确)(?:以下|下面|这么|一下)?|有以下|有如下)$/;
/** 前100名, 前3位: a rank, not a count. */
const RANK_BEFORE = /前$/;
const isRankUnit = (unit: string) => unit === '名' || unit === '位' || unit === '强';
/** 十年、二十年, 十年或二十年: round numbers offered as alternatives are a manner of speaking, not a figure. */
const ROUND_ALTERNATIVE = /[十百千万](?:个)?([年月天倍])[、或]?$/;
/** 百分之十, 百分之二十至二十五: a percentage in words. */
const CN_PERCENT = /(?<pre>超过|将近|近|约|逾|超)?百分之(?<num>[零〇一二两三四五六七八九十百点.\d]+)(?:[至到](?:百分之)?(?<hi>[零〇一二两三四五六七八九十百点.\d]+))?(?<post>以上|左右|以下)?/g;

/**
 * Words that end the noun after a quantity (426名党员参加了活动) or before it (召开座谈会 24 场次). Not 新增: it
 * modifies the noun of an indicator (城镇新增就业, 新增本外币贷款); right before a figure it is a predicate.
 */
const VERBS = [
  '参加', '进行', '开展', '建设好', '解决', '得到', '完成', '重新', '合并', '合用', '违反', '正在', '全部', '纳入', '不到',
  '追加', '确立', '召开', '收集', '走访', '减少', '清理', '借调', '取消', '建成', '筹集', '投入', '听取',
  '安装', '投放', '疏通', '达到', '超过', '压缩', '调整', '出台', '制定', '列出', '调升', '提高', '增加', '下降',
  '增长', '保证', '安排', '处理', '曝光', '反馈', '发现', '进驻', '捐款', '派出', '成立', '抽调', '公示',
  '举办', '实现', '帮扶', '排查', '检查', '培训', '惠及', '覆盖', '涉及', '带动', '吸纳', '创建', '新建', '改造',
  '建立', '签订', '关停', '取缔', '查处', '受理', '办结', '化解', '共有', '拥有', '累计',
  // Adverbs after the noun end it as well (8个县市区委书记分别作了述职).
  '分别', '先后', '陆续', '相继', '共同', '均已', '作了', '作出',
  '销售', '引进', '培育', '转移', '吸引', '争取', '发放', '培养', '接待', '开通', '产生', '生产了',
  // What people counted do (12名学生进入决赛, 5位教师荣获一等奖).
  '进入', '考入', '升入', '获得', '荣获', '获评', '当选', '组成', '来自', '位于', '参与', '出席', '列席', '入选', '晋级',
  // Time words before a noun say when, not what (全年生产总值 → 生产总值).
  '全年', '今年', '去年', '上年', '当年', '本年', '年内',
];
/** Always end a noun. */
const STOP_ALWAYS = '的了和与及等对从向把被将';
/** End a noun after its first character (在职党员 starts with 在). */
const STOP_CHARS = STOP_ALWAYS + '是都也已就还并又为由这该那其它有在上';
/** Stops of a noun before its number: 在 is not one (在编不在岗2人). */
const STOP_BEFORE = STOP_CHARS.replace('在', '');
/** The same sets as tables by code unit: a test of text[i] without a one-character string. */
const STOP_ALWAYS_CODE = charTable(STOP_ALWAYS);
const STOP_CHARS_CODE = charTable(STOP_CHARS);
const STOP_BEFORE_CODE = charTable(STOP_BEFORE);
/** Connectors between a noun and its number: 开支达到70%, 文件在30%以上, 工资也调升至2000元. */
const CONNECTOR = /(?:达到|达|为|在|是|占|计|共|有|到|至|了)$/;

const VERB_MATCHER = new WordMatcher(VERBS);

/** Where a clause, and so the noun phrase before a figure, begins. */
const CLAUSE_MARKS = '，,。；;：:！!？?（(）)“”"《》、\n——…·';
const CLAUSE_MARK = charTable(CLAUSE_MARKS);
const BLANK_OR_NL = charTable(' \t\u3000\u00a0\r\n');
/** What ends the clause before a figure: a punctuation mark, a blank, a digit or %. */
const CLAUSE_END = addRange(addRange(charTable(CLAUSE_MARKS + ' \t\u3000\u00a0\r%％'), 0x30, 0x39), 0xff10, 0xff19);
/** 的, 和, 与, 及 join the words of one noun phrase (国民收入和国家财政收入, 经济总量占世界经济的比重), never end it. */
const JOINERS = charTable('的和与及');
/**
 * Predicates between a noun and its figure (城镇调查失业率平均为5.2%, 进出口总额突破9万亿元): stripped from the end
 * of the phrase before the figure, with the function words around them.
 */
const PREDICATE_WORDS = [
  '达到', '达', '为', '是', '在', '占', '计', '共', '有', '到', '至', '了', '约', '约为', '超过', '突破', '迈上', '跃上', '跨上',
  '增长', '增长到', '增至', '提高', '提高到', '增加', '增加到', '下降', '下降到', '降至', '降到', '降低', '减少', '上升', '上涨',
  '回落', '保持', '保持在', '稳定', '稳定在', '控制在', '平均', '年均', '累计', '分别', '分别为', '均', '已', '仅', '只有', '一共', '总共',
  '合计', '净增', '新增', '增', '减', '降', '升', '涨', '递增', '扩大', '缩小', '实现', '完成', '接近', '居', '位居', '列',
  // 实际 of a change in real terms (社会消费品零售总额实际增长12.5%).
  '实际',
  // Targets: 赤字率拟按4%左右安排, 中央预算内投资拟安排7350亿元, 力争达到.
  '拟', '拟安排', '拟按', '安排', '按', '力争', '预期', '预计',
];
const PREDICATES = new WordMatcher(PREDICATE_WORDS);
const PREDICATE_SET = new Set(PREDICATE_WORDS);
/** A change with no subject in its clause (，增长5.2%; 比上年增长14.2%): the change itself is what the figure measures. */
const CHANGE_CLAUSE = /^(?:比上年|同比|较上年|比去年)?(?:平均每年|年均|平均)?(?:实际)?(?:增长|下降|上涨|提高|降低|增加|减少|递增|上升|回落)$/;
/** A share (占全国比重, 占规模以上工业比重) keeps its whole phrase: the verb 占 is part of what is measured. */
const SHARE_END = /(?:比重|比例|份额|占比)$/;
const BOUND_WORDS = new Set(['以上', '以下', '以内', '以外']);
/** The last word of a clause of when (登上开山岛时, 牺牲的时候). */
const WHEN_END = /^(?:时|时候|之时)$/;
/** One character that makes a verb before it a noun: 创建率, 完成额, 覆盖面. */
const NOUN_SUFFIX = /^[率量数额费价值比面]$/;
/** Longest noun phrase kept before a figure, in characters; a longer clause keeps its last words. */
const MAX_NOUN_BEFORE = 14;
const KEEP_NOUN_BEFORE = 8;

/** 升至, 提高到, 降为, 调升至: a verb with its result links a noun to the figure as 达到 does. */
const RESULTATIVE = /^[\u4e00-\u9fff]{1,3}[至到为达]$/;

/** Whether a word at the end of the phrase before a figure links it to the figure rather than names what is counted. */
function isPredicate(w: string, last: boolean): boolean {
  if (PREDICATES.matchAt(w, 0) === w || isFunctionWord(w)) return true;
  if (w.length === 1) return JOINERS[w.charCodeAt(0)] === 1;
  return last && RESULTATIVE.test(w);
}

/** The clause's words by maximum matching over the word classes; characters of no word stand alone. */
function words(text: string): string[] {
  const wc = wordClasses();
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const w = wc.wordAt(text, i);
    out.push(w);
    i += w.length;
  }
  return out;
}

function isVerb(w: string): boolean {
  return wordClasses().isVerb(w) || VERB_MATCHER.matchAt(w, 0) === w;
}
const isFunctionWord = (w: string) => wordClasses().isFunctionWord(w) || (w.length === 1 && STOP_BEFORE_CODE[w.charCodeAt(0)] === 1);

/**
 * The noun right after a figure (426名党员参加 → 党员): the words up to the first verb or function word. One
 * character is a particle or suffix (100年来, 3次后) — except 人 after 个 (十几个人).
 */
function nounAfter(text: string, from: number, unit: string): string {
  const wc = wordClasses();
  // After a classifier a noun must follow, so a verb there modifies it (467名在职党员, 3个突出问题); after 人, 户 or
  // 天 — units that are what they count — a verb is the predicate (11人进入大学).
  const classifier = CLASSIFIER_UNIT.test(unit);
  let sawNoun = false;
  let i = from;
  while (i < text.length && i - from < 8 && isHanCode(text.charCodeAt(i))) {
    if (STOP_ALWAYS_CODE[text.charCodeAt(i)] === 1 || VERB_MATCHER.matchAt(text, i) !== null) break;
    const w = wc.wordAt(text, i);
    if (w.length === 1 ? LOCATIVES[w.charCodeAt(0)] === 1 : wc.isVerb(w) || wc.isFunctionWord(w)) {
      const next = text.charCodeAt(i + w.length);
      // A verb right after the figure and before a pause is a noun (20多种表现，).
      const pause = CLAUSE_MARK[next] === 1 || Number.isNaN(next) || next === 0x7684; /* 的 */
      // After a classifier a verb before any noun, or between two nouns, is part of the phrase (2次集中讨论,
      // 25项整改任务分解表, 1个软弱涣散党支部); one after the noun and before anything else is its predicate (7个课题获奖).
      const verb = classifier && wc.isVerb(w);
      let nextNoun = false;
      if (verb && isHanCode(text.charCodeAt(i + w.length))) {
        const nw = wc.wordAt(text, i + w.length);
        nextNoun = nw.length > 1 && !wc.isVerb(nw) && !wc.isFunctionWord(nw);
      }
      if (!(i === from && (pause || verb)) && !(verb && (!sawNoun || nextNoun))) break;
    }
    if (i > from && w.length === 1 && STOP_CHARS_CODE[w.charCodeAt(0)] === 1) break;
    // 9位科学家来校, 6位同学获…: a verb of one character after the noun is its predicate.
    if (sawNoun && w.length === 1 && PREDICATE_CHARS[w.charCodeAt(0)] === 1) break;
    if (!wc.isVerb(w)) sawNoun = true;
    i += w.length;
  }
  const noun = text.slice(from, i);
  if (noun.length > 1) return noun;
  // One character is a particle or suffix (100年来, 3次后) unless a noun of its own (20多个村，, 百个人中).
  return noun.length === 1 && !wc.isVerb(noun) && !wc.isFunctionWord(noun) && STOP_CHARS_CODE[noun.charCodeAt(0)] !== 1 ? noun : '';
}

/** Verbs of one character that follow a counted noun as its predicate (not 打 of 打卡机, 保 of 低保户, 会 of 残奥会). */
const PREDICATE_CHARS = charTable('来去获到能要可应');
/** Classifiers: a noun follows them. */
const CLASSIFIER_UNIT = /^(?:(?:万|千|百)?(?:个|名|位|项|条|件|次|场|批|种|类|台|辆|艘|架|套|盏|份|篇|本|册|所|座|栋|间|处|支|张|块|棵|株|头|只|门|起|宗|封|层|枚|家|大类|类别|大类别))$/;
/** Places after a noun (团队中, 人中): they end it. */
const LOCATIVES = charTable('中上下内外后前里间');

/**
 * The noun phrase before a figure: the clause up to it (from the last punctuation mark), without the predicate that
 * links it to the figure (达到, 平均为, 突破) and without leading verbs and function words (召开座谈会 → 座谈会,
 * 预计全省地区生产总值 → 全省地区生产总值). Whole words only: the clause is cut at word boundaries.
 */
function nounBefore(text: string, to: number): string {
  let end = to;
  while (end > 0 && BLANK_OR_NL[text.charCodeAt(end - 1)]) end--;
  let start = end;
  while (start > 0 && end - start < 24 && !CLAUSE_END[text.charCodeAt(start - 1)]) start--;
  if (start === end || !isHanCode(text.charCodeAt(end - 1))) return '';
  const clause = text.slice(start, end);
  const ws = words(clause);
  // A clause cut by the length limit may start inside a word.
  if (start > 0 && !CLAUSE_END[text.charCodeAt(start - 1)]) ws.shift();
  let e = ws.length;
  // 粮食产量占全国12%: the share of a whole named by its scope measures the subject.
  if (e >= 3 && ws[e - 2] === '占' && SCOPE_WORDS.has(ws[e - 1])) e -= 2;
  while (e > 0 && isPredicate(ws[e - 1], e === ws.length)) e--;
  if (e === 0) return CHANGE_CLAUSE.test(clause) || SHARE_END.test(clause) ? clause : '';
  let b = 0;
  while (b < e - 1 && (isFunctionWord(ws[b]) || isVerb(ws[b]) || (ws[b].length === 1 && JOINERS[ws[b].charCodeAt(0)]))) b++;
  let phrase = ws.slice(b, e);
  // A verb inside: what follows it is the object counted (收集原汁原味意见建议 → 意见建议), unless a share.
  const joined = phrase.join('');
  if (!SHARE_END.test(joined)) {
    let cut = -1;
    for (let k = phrase.length - 2; k >= 0; k--) {
      const w = phrase[k];
      // Only event verbs (VERBS) and function words: the dictionary tags many nouns of figures as verbs (测评, 收入, 预算).
      // 规模以上工业增加值: 以上 and 以下 bound the noun that follows, they do not end a clause.
      if (VERB_MATCHER.matchAt(w, 0) === w || (isFunctionWord(w) && !BOUND_WORDS.has(w))) { cut = k; break; }
    }
    // 创建率: a single character after the verb makes it a noun (a rate, an amount), not its object.
    if (cut >= 0 && !NOUN_SUFFIX.test(phrase.slice(cut + 1).join(''))) phrase = phrase.slice(cut + 1);
  }
  // A verb alone names no noun (产生900亿美金的产值), nor does a scope alone (占全国44%).
  if (phrase.every(isVerb) || phrase.every((w) => SCOPE_WORDS.has(w))) return '';
  // 牺牲时29岁: a clause of when, not a noun.
  if (WHEN_END.test(phrase[phrase.length - 1])) return '';
  let noun = phrase.join('');
  if (noun.length > MAX_NOUN_BEFORE) {
    let n = 0;
    let k = phrase.length;
    while (k > 0 && n + phrase[k - 1].length <= KEEP_NOUN_BEFORE) n += phrase[--k].length;
    noun = phrase.slice(k).join('');
  }
  return noun.length > 1 ? noun : '';
}

/** After an amount whose clause names no noun before it: the words up to a verb of VERBS or a stop character. */
function amountNounAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && i - from < 8 && isHanCode(text.charCodeAt(i))) {
    if (VERB_MATCHER.matchAt(text, i) !== null) break;
    if (STOP_CHARS_CODE[text.charCodeAt(i)] === 1 && (i > from || STOP_ALWAYS_CODE[text.charCodeAt(i)] === 1)) break;
    i++;
  }
  // One character after a figure is a particle or suffix (100年来, 3次后), not what is counted.
  return i - from > 1 ? text.slice(from, i) : '';
}

/**
 * The noun before a count (召开座谈会 24 场次 → 座谈会, 在编不在岗2人): the words since the last stop character or
 * verb of VERBS; a window that ran out of length keeps its last whole words of up to four characters.
 */
function countNounBefore(text: string, to: number): string {
  let end = to;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  const head = text.slice(Math.max(0, end - 3), end);
  const conn = CONNECTOR.exec(head);
  if (conn) end -= conn[0].length;
  // 经营主体净增5万户: a predicate of two or three characters as well.
  for (const n of [3, 2]) if (end - n > 0 && PREDICATE_SET.has(text.slice(end - n, end))) { end -= n; break; }
  let start = end;
  // 在 is not a stop here: 在编不在岗2人.
  // A stop character inside a word of the dictionary (就业, 成都, 已经) is none.
  const stopsAt = (k: number) => STOP_BEFORE_CODE[text.charCodeAt(k)] === 1 && !(text.charCodeAt(k) === 0x7b49 /* 等 */ && CN_DIGIT_CODE[text.charCodeAt(k - 1)]) && !inWord(text, k, end);
  // 等 after a numeral is a grade (省一等奖7人), not “and so on”.
  while (start > 0 && end - start < 8 && isHanCode(text.charCodeAt(start - 1)) && !stopsAt(start - 1)) start--;
  const bounded = start === 0 || !isHanCode(text.charCodeAt(start - 1)) || stopsAt(start - 1);
  let noun = text.slice(start, end);
  // The last verb in the window starts the object: 召开座谈会 → 座谈会. The furthest end of any verb occurrence.
  let cut = -1;
  let last = '';
  for (let k = 0; k < noun.length; k++) {
    const v = VERB_MATCHER.matchAt(noun, k);
    if (v !== null && k + v.length > cut) { cut = k + v.length; last = v; }
  }
  if (cut === noun.length) {
    // The window ends in a verb: a linking one stands between the subject and its count (医疗保险覆盖13亿人); after
    // another the phrase names no noun (社区借调7人, 协调处理10项), and a time word is no subject (每天保证3个小时).
    const at = cut - last.length;
    let before = 0;
    for (let k = 0; k < at; k++) {
      const v = VERB_MATCHER.matchAt(noun, k);
      if (v !== null && k + v.length <= at && k + v.length > before) before = k + v.length;
    }
    const subject = noun.slice(before, at);
    noun = subject.length < 2 || !LINKING_VERBS.has(last) || words(subject).every(isFunctionWord) ? '' : subject;
  } else if (cut >= 0) noun = noun.slice(cut);
  else if (noun.length > 4 && !bounded) {
    // Whole words only: 城镇调查失业率平均 is not cut to 业率平均.
    const ws = words(noun);
    let n = 0;
    let k = ws.length;
    while (k > 0 && (n === 0 || n + ws[k - 1].length <= 4)) n += ws[--k].length;
    // A kept phrase does not open with a character of no word (保障|性住房 → 保障性住房).
    if (k > 0 && ws[k].length === 1 && !isFunctionWord(ws[k])) k--;
    noun = ws.slice(k).join('');
  }
  return noun.length > 1 ? trimCountNoun(noun) : '';
}

/** Verbs of VERBS that link a subject to its count (覆盖13亿人, 惠及900万人) rather than name an activity counted. */
const LINKING_VERBS = new Set(['覆盖', '惠及', '涉及', '带动', '吸纳', '共有', '拥有', '累计', '达到', '超过', '不到', '得到', '产生', '实现', '保证', '全部']);

/**
 * Whether text[k] lies inside a word of two or more characters of the dictionary that ends by `end` (就业, 成都):
 * a stop character there is part of the word.
 */
function inWord(text: string, k: number, end: number): boolean {
  const wc = wordClasses();
  for (let i = Math.max(0, k - 3); i <= k; i++) {
    const w = wc.wordAt(text, i);
    if (w.length > 1 && i + w.length > k && i + w.length <= end && !wc.isFunctionWord(w)) return true;
  }
  return false;
}

/** Adverbs left before a count (资金再 5 亿, 只 3 所): measure words (一栋二层, 下水沟道) stay. */
const COUNT_ADVERBS = charTable('再只仅还又也都已就共均');
const trailingPredicate = (w: string, last: boolean) =>
  w.length === 1 ? COUNT_ADVERBS[w.charCodeAt(0)] === 1 : PREDICATES.matchAt(w, 0) === w || (last && RESULTATIVE.test(w));

const AWARD_VERBS = new Set(['获', '获得', '荣获', '取得', '夺得', '摘得', '中获']);
/** Words of scope before a count: where it is counted, not what (全省一共只 3 所 → none). */
const SCOPE_WORDS = new Set(['全省', '全市', '全国', '全球', '全县', '全区', '全校', '我校', '我们', '一共', '总共', '其中', '居', '冲', '世界', '全世界', '全中国']);

/**
 * The noun before a count without the predicate that ends it (中青年骨干教师成为 → 中青年骨干教师, 资金再 → 资金); words
 * of scope alone are none (全省一共只 → '').
 */
function trimCountNoun(noun: string): string {
  const ws = words(noun);
  let e = ws.length;
  while (e > 1 && trailingPredicate(ws[e - 1], e === ws.length)) e--;
  // 获一等奖8人, 取得一等奖: the award won is what is counted.
  for (let k = e - 2; k >= 0; k--) if (AWARD_VERBS.has(ws[k])) return trimCountNoun(ws.slice(k + 1, e).join(''));
  // Scope words modify a noun that follows (全省地区生产总值); alone they name none.
  if (ws.slice(0, e).every((w) => SCOPE_WORDS.has(w))) return '';
  // A verb that opens the phrase acts on what is counted (推广节能空调500万台, 修订行政法规8部): its object is the noun.
  let b = 0;
  // Two whole words at least must remain (组织|生活|会 and 下水|沟|道 are nouns the dictionary splits).
  if (ws.slice(0, e).every((w) => w.length > 1)) while (b < e - 2 && wordClasses().isVerb(ws[b])) b++;
  const out = ws.slice(b, e).join('');
  return out.length > 1 ? out : '';
}

/** Units of amounts and rates: their noun is the subject before them (生产总值6.36万亿元), not the word after. */
const NOUN_BEFORE_UNITS = /^(?:(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?(?:元|美元|美金|欧元|港元|英镑|日元|元人民币|块钱|吨|公斤|千克|斤|担|亩|公顷|平方公里|平方米|千瓦时|千瓦)|%|‰|个百分点|倍|岁)$/;

/** ASCII digits and points only (6.36): what toNumber reads as Number(s). */
const isAsciiDecimal = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x30 || c > 0x39) && c !== 0x2e) return false;
  }
  return s.length > 0;
};

/** NOUN_BEFORE_UNITS by unit, kept (a speech has a few dozen units). */
const nounBeforeKnown = new Map<string, boolean>();
function nounBeforeUnit(unit: string): boolean {
  let known = nounBeforeKnown.get(unit);
  if (known === undefined) {
    if (nounBeforeKnown.size > 10_000) nounBeforeKnown.clear();
    nounBeforeKnown.set(unit, (known = NOUN_BEFORE_UNITS.test(unit)));
  }
  return known;
}

function toNumber(s: string): number {
  if (isAsciiDecimal(s)) return Number(s); // the common case, without the normalising replaces below
  const ascii = s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10))).replace(/[,， ]/g, '');
  return /^[\d.]+$/.test(ascii) ? Number(ascii) : parseCnNumber(ascii);
}

function percentValue(s: string): number | null {
  if (/^[\d.]+$/.test(s)) return Number(s);
  const [int, frac] = s.split('点');
  const n = parseCnNumber(int);
  if (Number.isNaN(n)) return null;
  return frac === undefined ? n : withCnDecimals(n, frac);
}

/** Which pattern a candidate matched. */
const ARABIC_MATCH = 0;
const CN_MATCH = 1;
const PERCENT_MATCH = 2;

/** A match of one of the three patterns in a paragraph: one shape for all three, so the loop over them stays monomorphic. */
class Candidate {
  constructor(readonly start: number, readonly end: number, readonly m: RegExpExecArray, readonly kind: number) {}
}

/** The matches of a paragraph, by start (a stable sort: at one start an Arabic match, then a Chinese one, then 百分之). */
function paragraphCandidates(t: string): Candidate[] {
  const found: Candidate[] = [];
  const back = arabicBack(t);
  for (let m = nextStat(ARABIC_STAT_AT, t, 0, DIGIT, back, ARABIC_STARTS, undefined, true); m; m = nextStat(ARABIC_STAT_AT, t, m.index + m[0].length, DIGIT, back, ARABIC_STARTS, undefined, true)) {
    found.push(new Candidate(m.index, m.index + m[0].length, m, ARABIC_MATCH));
  }
  const cnBack = cnBackIn(t);
  for (let m = nextStat(CN_STAT_AT, t, 0, CN_ANCHOR, cnBack, CN_STARTS, cnPlausible); m; m = nextStat(CN_STAT_AT, t, m.index + m[0].length, CN_ANCHOR, cnBack, CN_STARTS, cnPlausible)) {
    found.push(new Candidate(m.index, m.index + m[0].length, m, CN_MATCH));
  }
  if (t.includes('百分之')) {
    CN_PERCENT.lastIndex = 0;
    for (let m = CN_PERCENT.exec(t); m; m = CN_PERCENT.exec(t)) found.push(new Candidate(m.index, m.index + m[0].length, m, PERCENT_MATCH));
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return found;
}

/** The figure pushed last, with where its number ends, for a range written with the unit on both ends. */
class PushedFigure {
  constructor(readonly stat: Statistic, public end: number, readonly textStart: number) {}
}

/** What the figures of one paragraph share while its candidates are read in order. */
class ParagraphFigures {
  readonly t: string;
  /** Quotes and idioms matter only for Chinese numerals; most paragraphs have none, so they are found on demand. */
  quotedOrIdiom: SpanIndex | undefined = undefined;
  /** Where the last figure read ends: a candidate that starts before it is inside it. */
  lastEnd = -1;
  prev: PushedFigure | undefined = undefined;
  /** Where the last place in a ranking ends (全省35名和86名). */
  lastRankEnd = -1;
  constructor(readonly doc: SpeechDocument, readonly p: Paragraph, readonly announced: AnnouncedCounts | null, readonly out: Statistic[]) {
    this.t = p.text;
  }
}

/** A number read from a candidate, with its unit, where it ends and the words around it that the pattern captured. */
class Reading {
  constructor(
    public numText: string,
    public unit: string,
    public lo: number,
    public hi: number | undefined,
    public end: number,
    readonly pre: string | undefined,
    readonly mid: string | undefined,
    readonly post0: string | undefined,
    readonly post: string | undefined,
    readonly medal: string | undefined,
    readonly latin: string | undefined,
  ) {}
}

/**
 * The figures of a speech. `announced`, when given (analyzeStructure passes the announcements it found), names the
 * counts that announce the speech's own parts (有3项基础性工作要抓好): they are not figures.
 */
/** 萬/億/點/餘 of older printings, read as 万/亿/点/余 through the shared fold (one code unit for one: offsets stay). */
let traditionalNumeral: Uint8Array | null = null;
function readableNumerals(p: Paragraph): Paragraph {
  traditionalNumeral ??= traditionalSubset('萬億點餘');
  if (!hasAny(p.text, traditionalNumeral)) return p;
  return { ...p, text: foldTraditional(p.text, traditionalNumeral) };
}

export function extractStatistics(doc: SpeechDocument, paragraphs: Paragraph[], announced: readonly Announcement[] = []): Statistic[] {
  const out: Statistic[] = [];
  const counts = announced.length > 0 ? new AnnouncedCounts(announced) : null;
  for (const para of paragraphs) {
    const p = readableNumerals(para);
    const found = paragraphCandidates(p.text);
    if (found.length === 0) continue;
    const s = new ParagraphFigures(doc, p, counts, out);
    for (let k = 0; k < found.length; k++) {
      const c = found[k];
      if (c.start < s.lastEnd) continue;
      if (c.kind === PERCENT_MATCH) percentFigure(s, c);
      else figure(s, c);
    }
  }
  return out;
}

/** 百分之十, 百分之二十至二十五: a percentage in words, its noun before it. */
function percentFigure(s: ParagraphFigures, c: Candidate): void {
  const g = c.m.groups as Record<string, string | undefined>;
  const lo = percentValue(g.num!);
  if (lo === null) return;
  // 百分之三十九点七到一九五七年: an upper end below the lower one is a year, not a range.
  let hi = g.hi === undefined ? null : percentValue(g.hi);
  if (hi !== null && !(hi > lo)) hi = null;
  s.lastEnd = c.end;
  const pos = positionAt(s.doc, s.p.offset + c.start + (g.pre?.length ?? 0));
  const noun = nounBefore(s.t, c.start);
  s.out.push({ text: s.t.slice(c.start, c.end), value: lo, ...(hi !== null ? { max: hi } : {}), unit: '%', approx: g.pre ?? g.post ?? null, noun, line: pos.line, column: pos.column });
}

/** A figure in Chinese numerals (readCn decides what it is worth), or null. */
function readChinese(c: Candidate): Reading | null {
  const g = c.m.groups as Record<string, string | undefined>;
  const r = readCn(g);
  if (!r) return null;
  return new Reading((g.rlo ? `${g.rlo}、` : '') + g.num!, r.unit, r.lo, r.hi, c.end, g.pre, g.mid, g.post0, g.post, undefined, undefined);
}

/** A figure in Arabic digits (a range, 2、3百, a tally of medals, a bare magnitude), or null. */
function readArabic(t: string, c: Candidate): Reading | null {
  const g = c.m.groups as Record<string, string | undefined>;
  const end = c.end;
  let numText: string;
  let unit: string;
  let lo: number;
  let hi: number | undefined;
  if (g.pair) {
    // 2、3百人: 200–300 人.
    if (g.unit === undefined) return null;
    numText = g.pair;
    const f = g.tens === '百' ? 100 : 10;
    lo = Number(g.pair[0]) * f;
    hi = Number(g.pair[2]) * f;
    unit = g.unit;
  } else {
    numText = g.num!;
    if (g.medal) {
      // 5金3银2铜: a tally counts medals without a measure word; a lone 3金 is none (3金融机构).
      if (!inTally(t, c.start, end)) return null;
      unit = '';
    } else if (g.unit === undefined) {
      // 2.4万余: a magnitude alone; 超20，: a bare number after an approximation and before a pause.
      if (g.mag) unit = g.mag;
      else if (g.pre && BARE_PRE.has(g.pre) && !g.mid && (end === t.length || CLAUSE_MARK[t.charCodeAt(end)]) && !/^(?:19|20)\d\d$/.test(numText)) unit = '';
      else return null;
    } else {
      unit = (g.mag ?? '') + g.unit;
      // 12大产业集群: 大 counts a named kind only before a noun.
      if (g.unit === '大' && !bigKindAt(t, end)) return null;
    }
    if (isAsciiDecimal(numText)) lo = Number(numText); // the common case (426, 6.36): no range, nothing to normalise
    // 60%—70%: the unit written on both ends of a range.
    else {
      // Read by index, not destructured: an array of doubles (2.5—3) has another map than one of integers, and
      // the iterator a destructuring takes would deoptimise this function for it.
      const ends = numText.replace(/[%％]/, '').split(RANGE_SPLIT).map(toNumber);
      lo = ends[0];
      hi = ends[1];
    }
  }
  return new Reading(numText, unit, lo, hi, end, g.pre, g.mid, g.post0, g.post, g.medal, g.latin);
}

/** One candidate of Arabic digits or Chinese numerals: read, tested, given its noun and pushed. */
function figure(s: ParagraphFigures, c: Candidate): void {
  const cn = c.kind === CN_MATCH;
  const r = cn ? readChinese(c) : readArabic(s.t, c);
  if (r === null) return;
  r.unit = r.unit.replace('％', '%');
  if (!fitUnit(s.t, r, cn) || !Number.isFinite(r.lo) || notAFigure(s.t, c.start, r) || (cn && notACount(s, c.start, r))) return;
  const numStart = c.start + Math.max(0, c.m[0].indexOf(r.numText));
  // 十字路口: the numeral and its unit begin a longer word of the dictionary (not 一百多万|国民党: 万国 starts inside).
  if (cn && (lexicon().numeralWords.matchAt(s.t, numStart)?.length ?? 0) > r.end - numStart) return;
  if (joinsRange(s, r, numStart)) return;
  s.lastEnd = r.end;
  pushFigure(s, c.start, r, numStart, cn);
}

/**
 * The unit of a magnitude with the measure word that follows it to the end of its clause (3.6万列，7600多万重量箱、),
 * or without a unit character that begins a verb (近5万遍布各地); false when a one-character unit begins a verb (5位于).
 */
function fitUnit(t: string, r: Reading, cn: boolean): boolean {
  const unit = r.unit;
  if (!cn && !r.latin && (MAGNITUDES.includes(unit) || MAGNITUDES.includes(unit.slice(0, -1)))) {
    const run = MAGNITUDES.includes(unit) ? measureRun(t, r.end) : '';
    if (run) {
      r.unit += run;
      r.end += run.length;
    } else if (unitBeginsVerb(t, r.end - 1)) {
      r.unit = unit.slice(0, -1);
      r.end--;
    }
    return true;
  }
  return !(unit.length === 1 && !r.medal && unitBeginsVerb(t, r.end - 1));
}

/** Numbers that are no figure by what stands around them: years, announcements, phone numbers, ranks, points in time. */
function notAFigure(t: string, start: number, r: Reading): boolean {
  const { unit, numText, end } = r;
  // 2014年 is a year; 100年 a span, and so is 2600多年 (a year takes no 多 or 余).
  if (unit === '年' && (r.mid !== '多' && r.mid !== '余') && (r.lo >= 1000 || /^[\d０-９]{4}/.test(numText))) return true;
  // 讲3个问题, 谈两点意见: an announcement of the speech's parts, not a figure.
  if (ANNOUNCED_AFTER.test(t.slice(end, end + 3)) && ANNOUNCING_BEFORE.test(t.slice(Math.max(0, start - 4), start))) return true;
  if (numText.length >= 7 && /^[\d０-９]{7,}$/.test(numText)) return true; // phone numbers and ids
  // 十一次党代会, 十八次代表大会: a congress numbered without 第, not a count of meetings.
  if (unit === '次' && CONGRESS_AFTER.test(t.slice(end, end + 6))) return true;
  // 每百元工业固定资产, 每10万人: the base of a rate, not a figure.
  if (!r.pre && start > 0 && t.charCodeAt(start - 1) === 0x6bcf /* 每 */) return true;
  // 2的10次方: a power, not a count.
  if (unit === '次' && t.charCodeAt(end) === 0x65b9 /* 方 */) return true;
  // 30万吨级码头, 16兆瓦级机组: a class of size, not a quantity (3个级别 is a count).
  if (t.charCodeAt(end) === 0x7ea7 /* 级 */ && t.charCodeAt(end + 1) !== 0x522b /* 别 */) return true;
  // 出台12条措施, 十条支持政策: a count of articles that names a policy package.
  // N项 only after the clause that names the package (促进经济增长的十项措施; 制定25项整改措施 counts measures).
  if ((unit === '条' || (unit === '项' && t.charCodeAt(start - 1) === 0x7684 /* 的 */)) && POLICY_AFTER.test(t.slice(end, end + 8))) return true;
  // “33条”, “减负30条”: a quoted count of articles names a document.
  if (unit === '条' && CLOSE_QUOTE[t.charCodeAt(end)]) return true;
  if (isRankUnit(unit) && RANK_BEFORE.test(t.slice(Math.max(0, start - 1), start))) return true;
  // 100年前, 三年后: a point in time, not a span.
  // 到建党一百年时: a point in time as well (not 3年时间).
  return TIME_SPAN.test(unit) && /^(?:前|后|以前|以后|时(?![间期代光段刻候]))/.test(t.slice(end, end + 2));
}

/**
 * Chinese numerals inside names and formulas (“千名干部走百村联万户”, 十条规定, 千家万户) are not counts; a bare 万
 * after one (千万不能) is a word unless the count is approximate (近百万).
 */
function notACount(s: ParagraphFigures, start: number, r: Reading): boolean {
  const { unit, numText, end } = r;
  s.quotedOrIdiom ??= new SpanIndex([...paragraphQuotes(s.p).map((q): [number, number] => [q.open, q.close]), ...paragraphIdioms(s.p)]);
  const next = s.t.charCodeAt(end);
  if (s.quotedOrIdiom.overlaps(start, end) || next === 0x89c4 /* 规 */ || next === 0x7981 /* 禁 */) return true;
  // 十六字方针: a guideline named by the count of its characters is a formula (see formulas' SHAPES), not a count.
  if (unit === '字' && s.t.startsWith('方针', end)) return true;
  // A bare magnitude after a single numeral is a word (千万不能, 万万); 三百万群众 is a count.
  if (MAGNITUDES.includes(unit) && !r.pre && !r.mid && numText.length < 2) return true;
  // 百年, 十年, 千家, 百岁, 千里, 百校: one numeral with these units is a word (百年大计, 千家万户), not a count.
  if (numText.length < 2 && !r.pre && !r.mid && /^(?:年|岁|家|户|倍|种|里|校)$/.test(unit)) return true;
  const alt = ROUND_ALTERNATIVE.exec(s.t.slice(Math.max(0, start - 4), start));
  return alt !== null && unit === alt[1];
}

/** 十小时至十二小时, 3公里至5公里: the unit written on both ends of a range makes this number the upper end of the last. */
function joinsRange(s: ParagraphFigures, r: Reading, numStart: number): boolean {
  const prev = s.prev;
  if (prev === undefined || r.pre || r.hi !== undefined || prev.stat.unit !== r.unit || prev.stat.max !== undefined || !(r.lo > prev.stat.value)) return false;
  if (!RANGE_BETWEEN.test(s.t.slice(prev.end, numStart))) return false;
  prev.stat.max = r.lo;
  prev.stat.text = s.t.slice(prev.textStart, r.end);
  prev.end = r.end;
  s.lastEnd = r.end;
  return true;
}

/**
 * Spans [start, end) sorted by start, with the furthest end of each prefix: whether any overlaps [start, end) is one
 * binary search (a walk over every quote and idiom of the paragraph for every figure was quadratic on a one-line text).
 */
class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];
  constructor(spans: Array<[number, number]>) {
    const sorted = spans.slice().sort((a, b) => a[0] - b[0]);
    this.starts = sorted.map((x) => x[0]);
    this.maxEnds = [];
    let max = -Infinity;
    for (const x of sorted) this.maxEnds.push((max = Math.max(max, x[1])));
  }

  /** overlaps(spans, start, end) of lexicon/index.ts: a span that starts before end and ends after start. */
  overlaps(start: number, end: number): boolean {
    // Integer offsets: the last start below end is the last at or before end - 1.
    const k = lastAtOrBefore(this.starts, end - 1);
    return k >= 0 && this.maxEnds[k] > start;
  }
}


/**
 * The announcements of a speech by line and count, each list as a SpanIndex of columns: whether one at a figure counts
 * it (有3项基础性工作要抓好) is a lookup (a walk over every announcement for every figure was quadratic on a one-line text).
 */
class AnnouncedCounts {
  private readonly byLine = new Map<number, Map<number, SpanIndex>>();
  constructor(announced: readonly Announcement[]) {
    const lists = new Map<number, Map<number, Array<[number, number]>>>();
    for (const a of announced) {
      if (a.announced === null) continue;
      let line = lists.get(a.line);
      if (line === undefined) lists.set(a.line, (line = new Map()));
      let list = line.get(a.announced);
      if (list === undefined) line.set(a.announced, (list = []));
      list.push([a.column, a.endColumn ?? a.column + 1]);
    }
    for (const [l, counts] of lists) {
      const line = new Map<number, SpanIndex>();
      for (const [n, list] of counts) line.set(n, new SpanIndex(list));
      this.byLine.set(l, line);
    }
  }

  /** Whether an announcement of the count lo covers the column (a.column <= column < a.endColumn). */
  counts(line: number, column: number, lo: number): boolean {
    const index = this.byLine.get(line)?.get(lo);
    return index !== undefined && index.overlaps(column, column + 1);
  }
}

/** The figure's approximation and noun, pushed (or added to the figure in 万 before it: 4万3千多名). */
function pushFigure(s: ParagraphFigures, start: number, r: Reading, numStart: number, cn: boolean): void {
  const t = s.t;
  const end = r.end;
  // 至少要安排5天, 至少进行5次: a bound separated from its number by a short verb.
  const distant = r.pre ? undefined : DISTANT_PRE.exec(t.slice(Math.max(0, numStart - 6), numStart))?.[1];
  const pre = r.pre === '不能少于' ? '不少于' : r.pre ?? distant;
  let unit = r.unit;
  // 提高2个多百分点: 多 inside the unit is the approximation.
  const inner = unit === '个多百分点' ? '多' : null;
  if (inner) unit = '个百分点';
  const approx = pre ?? r.mid ?? inner ?? r.post0 ?? r.post ?? null;
  const from = r.pre ? start : numStart;
  // The nearer side first: a count's noun follows it (426名党员), an amount's or a rate's precedes it.
  const beforeFirst = nounBeforeUnit(unit);
  // A span of time names what lasts it only after it (15年基础教育, 28年的努力); before it stands the activity
  // (办学123年, 艰苦奋斗90年) and after it a predicate (连续36年居全国首位): no noun.
  const span = !r.medal && TIME_SPAN.test(unit);
  const spanNoun = span ? spanNounAfter(t, end) : '';
  let noun = r.medal ?? (beforeFirst || span ? spanNoun : nounAfter(t, end, unit));
  // 全省35名和86名: a place in a ranking (no noun follows), also one joined to the rank before it.
  if (!noun && isRankUnit(unit) && (RANK_SCOPE.test(t.slice(Math.max(0, start - 3), start)) || (s.lastRankEnd >= 0 && RANK_JOIN.test(t.slice(s.lastRankEnd, start))))) {
    s.lastRankEnd = end;
    return;
  }
  let textStart = from;
  let textEnd = r.medal ? end : span && noun ? t.indexOf(noun, end) + noun.length : end + noun.length;
  // Before a span only a noun of time names it (活动时间不少于3个月, 时间不少于3天).
  if (!noun && span) {
    const before = countNounBefore(t, from);
    if (TIME_NOUN.test(before)) noun = before;
  }
  if (!noun && !span) {
    noun = beforeFirst ? nounBefore(t, from) : countNounBefore(t, from);
    if (!noun && beforeFirst) {
      noun = amountNounAfter(t, end);
      textEnd = end + noun.length;
    }
  }
  if (noun && textEnd === end && !r.medal) {
    let k = from;
    while (k > 0 && isSpaceAt(t, k - 1)) k--;
    // t.lastIndexOf(noun, k) when no further back than that: only there is it tried (a search back to the start of
    // the paragraph for every figure was quadratic on a one-line text).
    for (let idx = k; idx >= 0 && idx >= k - noun.length - 6; idx--) {
      if (t.startsWith(noun, idx)) {
        textStart = idx;
        break;
      }
    }
  }
  const pos = positionAt(s.doc, s.p.offset + numStart);
  if (s.announced !== null && s.announced.counts(pos.line, pos.column, r.lo)) return;
  const lo = r.lo;
  const hi = r.hi;
  const stat: Statistic = {
    text: t.slice(textStart, textEnd),
    value: lo,
    ...(hi !== undefined && Number.isFinite(hi) ? { max: hi } : {}),
    unit,
    approx,
    noun,
    line: pos.line,
    column: pos.column,
  };
  // 4万3千多名: a second digit with 千 or 百 right after a figure in 万 continues its number (43000); after one in
  // 亿, with 千万/百万 or 千/百 alone (1亿3千多万, 2亿5千万人: 1.3亿, 2.5亿人).
  const prev = s.prev;
  const inYi = prev?.stat.unit === '亿' ? /^[千百](?:万|$)/.exec(unit) : null;
  if (prev && !cn && prev.end === numStart && (prev.stat.unit === '万' || inYi) && prev.stat.max === undefined && hi === undefined && /^[1-9]$/.test(r.numText) && /^[千百]/.test(unit)) {
    // 3千 after 万 is 0.3万, 3千万 after 亿 is 0.3亿: the same tenth in both.
    prev.stat.value = Math.round((prev.stat.value + (lo * (unit[0] === '千' ? 1000 : 100)) / 10000) * 1e6) / 1e6;
    prev.stat.unit = (inYi ? '亿' : '万') + unit.slice(inYi ? inYi[0].length : 1);
    prev.stat.approx = approx ?? prev.stat.approx;
    prev.stat.noun = noun || prev.stat.noun;
    prev.stat.text = t.slice(Math.min(prev.textStart, textStart), textEnd);
    prev.end = end;
    return;
  }
  s.out.push(stat);
  s.prev = new PushedFigure(stat, end, textStart);
}

/** Nouns of a length of time, the only nouns before a span that name what lasts it. */
const TIME_NOUN = /(?:时间|时长|期限|周期|年限|工期|学制)$/;
/** Spans of time: with 前/后 after them they name a point in time (100年前, 17天后, 3个月后). */
const TIME_SPAN = /^(?:年|天|周|个月|小时|个小时|分钟)$/;
/**
 * The package nouns after N条/N项 (十条支持政策, 十项措施, 十条经济建设方针), after at most four characters of what
 * they are for.
 */
const POLICY_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:政策|措施|举措|规定|办法|方针)/;
/** Characters that after a magnitude are no measure word of their own: particles, 前/后, cohorts and grades. */
const NOT_MEASURE = charTable(STOP_CHARS + '前后来余多时届级期号版代');

/**
 * A measure word after a magnitude that ends its clause (1.2万列，900多万重量箱、): one to three characters up to a
 * punctuation mark or the end, one character that is no particle, or characters that are not one word of the
 * dictionary (14亿人民。 counts 人民, a noun, with the magnitude as its unit). '' when there is none.
 */
function measureRun(text: string, from: number): string {
  let k = from;
  while (k < text.length && k - from <= 3 && isHanCode(text.charCodeAt(k))) k++;
  const n = k - from;
  if (n === 0 || n > 3 || (k < text.length && !CLAUSE_MARK[text.charCodeAt(k)])) return '';
  const run = text.slice(from, k);
  for (let i = 0; i < n; i++) if (NOT_MEASURE[run.charCodeAt(i)]) return '';
  const wc = wordClasses();
  if (n === 1) return wc.isFunctionWord(run) ? '' : run;
  return wc.wordAt(run, 0) === run ? '' : run;
}

/**
 * Whether the unit character at text[at] begins a verb of the dictionary (近5万遍布各地, 5位于): then it is no unit.
 * Not when the verb's second character begins a word of its own (3起诉讼 is 3起 + 诉讼).
 */
function unitBeginsVerb(text: string, at: number): boolean {
  if (!isHanCode(text.charCodeAt(at + 1))) return false;
  const wc = wordClasses();
  const w = wc.wordAt(text, at);
  return w.length === 2 && wc.isVerb(w) && wc.wordAt(text, at + 1).length === 1;
}

/**
 * The noun after a span of time (15年基础教育, 28年的努力, 20年的时间): words of the dictionary's nouns only, after at
 * most one 的, and no scope word (连续8年全国第一).
 */
function spanNounAfter(text: string, from: number): string {
  let i = from;
  if (text.charCodeAt(i) === 0x7684 /* 的 */) i++;
  const wc = wordClasses();
  const start = i;
  while (i < text.length && i - start < 6 && isHanCode(text.charCodeAt(i))) {
    const w = wc.wordAt(text, i);
    if (w.length < 2 || wc.isVerb(w) || wc.isFunctionWord(w) || SCOPE_WORDS.has(w) || VERB_MATCHER.matchAt(w, 0) !== null) break;
    i += w.length;
  }
  return text.slice(start, i);
}

/** Between the two ends of a range whose unit is written on both: 至, 到, a dash or a tilde. */
const RANGE_BETWEEN = /^\s*(?:至|到|[-—–]{1,2}|[~～])\s*$/;
/** Congresses and assemblies are numbered: 十一次党代会 is the eleventh. */
const CONGRESS_AFTER = /^(?:党代会|党员代表大会|代表大会|人代会|团代会|人民代表大会)/;
const CLOSE_QUOTE = charTable('”’」』"');
/** Where a place in a ranking is counted: 全省35名, 年级12名, 排名3位. */
const RANK_SCOPE = /(?:全省|全市|全国|全县|全区|全校|年级|全班|排名|位列|名列)$/;
const RANK_JOIN = /^(?:和|与|及|、|或)$/;
/** Approximations after which a number stands without a unit (清北录取超20，). */
const BARE_PRE = new Set(['超', '超过', '逾', '近', '将近', '约', '突破']);
/** 5金3银2铜: a run of two or more counts of medals. */
const TALLY = /^(?:[0-9０-９]+[金银铜]){2,}/;
const TALLY_CHAR = addRange(addRange(charTable('金银铜'), 0x30, 0x39), 0xff10, 0xff19);

function inTally(text: string, start: number, end: number): boolean {
  let k = start;
  while (k > 0 && TALLY_CHAR[text.charCodeAt(k - 1)] === 1) k--;
  const m = TALLY.exec(text.slice(k, k + 40));
  return m !== null && k + m[0].length >= end;
}

const KIND_CHAR = charTable('类项工行领板块战');
/** Whether 大 after a number counts kinds (12大产业集群, 5大类): a noun or a kind character follows. */
function bigKindAt(text: string, at: number): boolean {
  if (KIND_CHAR[text.charCodeAt(at)] === 1) return true;
  const wc = wordClasses();
  const w = wc.wordAt(text, at);
  return w.length >= 2 && !wc.isVerb(w) && !wc.isFunctionWord(w);
}

const MAGNITUDE_VALUE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3 };
const MAGNITUDE_PREFIX = /^(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦克米]))/;

/** A figure in its base unit, so that 3.5万元 and 2000元 can be added: { value: 35000, unit: '元' }. */
export function foldMagnitude(value: number, unit: string): { value: number; unit: string } {
  const m = MAGNITUDE_PREFIX.exec(unit);
  if (!m) return { value, unit };
  return { value: Math.round(value * MAGNITUDE_VALUE[m[1]] * 1e6) / 1e6, unit: unit.slice(m[1].length) };
}

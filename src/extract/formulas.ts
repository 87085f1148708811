// Numeral formulas (数字提法): 三严三实, 一岗双责, 四个不放过, “四风”, “三制、五单”. Found by pattern, not by list:
// numeral alternations anywhere, short numeral terms when quoted; then every occurrence of a found formula is counted.
import { positionAt, type SpeechDocument } from '../text/document.js';
import type { Formula, Paragraph } from './types.js';
import { paragraphIdioms, lexicon, overlaps, wordClasses, wordCrosses } from './lexicon/index.js';
import { paragraphQuotes } from './lexicon/quotes.js';
import { charTable, isHanCode, WordMatcher } from './lexicon/scan.js';
import { CN_DIGIT_VALUE } from '../text/numerals.js';

/** Numerals of formulas: single characters only (十八届三中全会 is not 八届三中), 双 counts (一岗双责). */
const NUM = '一二两三四五六七八九十百千万双';
/** 一X is mostly “one/whole” (一站式, 一把手, 一阵风): short quoted terms need a numeral of two or more. */
const NUM2 = '二两三四五六七八九十百千万双';
const HAN = '\\u4e00-\\u9fff';
/** A Han character that is not a numeral. */
const W = `(?:(?![${NUM}〇零几])[${HAN}])`;
/**
 * Measure and time words: after a numeral they make a count (三届一次, 一栋二层, 一个一个, 两张皮), not a formula.
 * 个 is allowed only in the N个X form.
 */
const COUNT = '届次年月日天周期批个名位点张条项件种类只头根把块篇份栋层间台辆套座级第等号';
/**
 * A part of an inline alternation is no 點 of a decimal (四點二倍), no 是 of a series marker (三是一些) and no unit of
 * measure (一人一亩, 一户一吨: a ratio).
 */
const W1 = `(?:(?![${NUM}〇零几${COUNT}點是亩斤吨元克升米])[${HAN}])`;

/**
 * What may not precede a formula: an ordinal 第, another numeral or a digit (十八届三中全会 is not 八届三中).
 * Checked by hand rather than as a leading lookbehind (?<![第…]) in the patterns below: V8 scans a pattern
 * that starts with a lookbehind position by position, several times slower.
 */
const NOT_BEFORE = charTable(`第${NUM}〇零几0123456789０１２３４５６７８９`);
export const acceptStart = (text: string, i: number) => i === 0 || !NOT_BEFORE[text.charCodeAt(i - 1)];

/** Unquoted alternation of one-character parts: 三严三实, 四不两直, 三会一课, 一岗双责, 一区一核一带一心 (after NOT_BEFORE). */
const INLINE_ALT = new RegExp(`[${NUM}]${W1}(?:[${NUM}]${W1}){1,3}`, 'g');
/** Numbered rules: 八项规定, 十条规定 (after NOT_BEFORE). */
const RULES = new RegExp(`[${NUM}][项条]规定`, 'g');

/** 一X多Y (一专多能, 一岗多责): X is no measure word and no 一是/一要 of a list; Y is no particle or measure. */
const W_ONE = `(?:(?![${NUM}〇零几${COUNT}亿是要的切倍岁米元斤亩])[${HAN}])`;
const W_MANY = `(?:(?![${NUM}〇零几${COUNT}的了是在和与就都也又度])[${HAN}])`;

/**
 * Other numeral shapes of formulations (after NOT_BEFORE): five-year plans (十四五, 十二五; 九五 only before
 * 规划/计划/时期), a doubled numeral with its noun (八八战略, 三三制), numbered projects (一号工程, 一号文件),
 * 三位一体, 双一流, 一专多能, 每月一题; selection schemes N选M with M of two or more (六选三; 三选一 is a plain
 * choice, and M below N is checked in code); N化 before 融合/同步 (两化融合 of 工信部信〔2013〕317号, 四化同步); N X合一
 * (三证合一, not 三者合一); N X融合 (三网融合: 电信网、广播电视网、互联网; not 两岸融合, where N X is a word); N字方针
 * (八字方针, 十六字方针: a guideline named by the count of its characters); N好 and the people or units it honours (五好战士,
 * 四好连队, 三好学生: the noun is checked in code).
 */
const SHAPES = new RegExp(`(?:[二两三四五六七八九]|十[二三四五六七八九]?|二十[二四八]?)字方针|[三四五六]好${W}{2}|十[一二三四五六七八九]五(?![${NUM}年个])|[一二三四五六七八九十]五(?=规划|计划|时期|期间)|([${NUM}])\\1(?:战略|工程|方针|制)|[${NUM}]号(?:工程|文件)|[二三四五六七八九十]位一体|双一${W}|一${W_ONE}多${W_MANY}|每[日月季年]一${W_MANY}|[三四五六七八九十]选[二两三四五六七八九](?![${NUM}])|[两三四五六]化(?=融合|同步|协同|并举|互动|联动)|[二两三四五六七八九十](?!者)${W1}{1,2}合一|[二两三四五六七八九十]${W1}融合`, 'g');
/**
 * N大X with a two-character X (五大联赛, 三大战略; after NOT_BEFORE, so 十九大 and 第二大 are not): a named set. 两大X
 * is mostly a plain count (两大任务), and so is N大X that sums up the list just before it (物理、化学三大学科).
 */
const BIG = new RegExp(`[三四五六七八九十]大${W}{2}`, 'g');
/**
 * Nouns that head the X of a named set (十大重点产业, 五大发展理念, 三大攻坚战): after a first word of X they extend it.
 * The programme heads among them name undertakings, so that N大X stays a formula where it sums up their list
 * (…工程、…工程等四大重点工程), while a set of plain kinds is a count there (物理、化学三大学科).
 */
const SET_HEADS = ['攻坚战', '工程', '产业', '理念', '战略', '行动', '计划', '举措', '领域', '板块', '任务', '体系', '平台', '集群', '学科', '基地', '战役', '运动', '改造'];
/** Heads of undertakings, campaigns among them (三大运动, 三大改造: 土地改革、抗美援朝… 三大运动 names its list). */
const PROGRAMME_HEAD = /(?:攻坚战|工程|理念|战略|行动|计划|举措|战役|运动|改造)$/;
const CONGRESS_WORKS = /^(?:党章|精神|报告|路线|决议|文件|以来|以后|期间|前后|召开|闭幕|代表)$/;
/** A word one character longer than a head that names people or a meeting (工程师, 运动会): no named set. */
const NOT_SET_END = /[师家员者会人商]$/;
/**
 * The head noun at text[at], extended to the dictionary word of one more character it begins (产业链, 产业园); '' where
 * that word names people or a meeting (十大工程师, 三大运动会); undefined where no head stands.
 */
function headAt(text: string, at: number): string | undefined {
  const head = SET_HEADS.find((h) => text.startsWith(h, at));
  if (head === undefined) return undefined;
  const word = wordClasses().wordAt(text, at);
  if (word.length !== head.length + 1 || !word.startsWith(head)) return head;
  return NOT_SET_END.test(word) ? '' : word;
}

/**
 * The length of X when text[i] starts N大X whose X is one whole noun-like word of two characters (五大联赛), or a
 * first word and the head noun it modifies, with at most one word between (十大重点产业, 五大发展理念, 九大有色金属基地,
 * 十大重点节能工程); 0 when it is none: not 三大攻坚 cut short, not 十大提出 or 七大又把, and not a congress (党的八大).
 */
function namedSet(text: string, i: number): number {
  if (i >= 2 && text[i - 1] === '的' && text[i - 2] === '党') return 0;
  // 七大和八大党章, 八大精神: what a congress adopts or leaves.
  if (CONGRESS_WORKS.test(text.slice(i + 2, i + 4))) return 0;
  const classes = wordClasses();
  const x = classes.wordAt(text, i + 2);
  let head = headAt(text, i + 2);
  if (head === '') return 0;
  // 五大产业集群: a head noun that heads another (产业|集群) is the modifier of a longer name.
  if (head) return head.length + (headAt(text, i + 2 + head.length)?.length ?? 0);
  if (x.length < 2 || classes.isVerb(x) || classes.isFunctionWord(x)) return 0;
  const at = i + 2 + x.length;
  head = headAt(text, at);
  if (head === '') return 0;
  if (head) return x.length + head.length;
  // A longer word alone is most often a modifier cut from its noun (三大历史性|事件).
  if (x.length > 2) return 0;
  if (at >= text.length || !isHanCode(text.charCodeAt(at))) return 2;
  const next = classes.wordAt(text, at);
  if (next.length === 2 && (head = headAt(text, at + 2))) return 4 + head.length;
  // A lone character after X that is no particle most likely ends a longer word (里程|碑).
  return next.length > 1 || classes.isFunctionWord(next) ? 2 : 0;
}
/**
 * 三大社会主义改造 beside 三大改造 in one speech: the named set spelled out with its modifier is the same formula as its
 * short name, which is the one kept.
 */
function spelledOut(b: string, sets: Set<string>): boolean {
  if (b.length <= 4) return false;
  for (const h of SET_HEADS) if (b.endsWith(h) && b.length > 2 + h.length && sets.has(b.slice(0, 2) + h)) return true;
  return false;
}
/** Whether w, after N好, is one noun of the dictionary (战士, 连队, 家庭): no verb, no function word. */
function honouredNoun(w: string): boolean {
  const classes = wordClasses();
  return classes.wordAt(w, 0) === w && !classes.isVerb(w) && !classes.isFunctionWord(w);
}
/** Where a clause ends: the list an N大X sums up lies between the last of these and the numeral. */
const CLAUSE_END = charTable('，。；：！？,;:!?\n“”');
/** 其中有十大钢铁基地，九大…: the parts a total is broken into, counted. */
const BREAKDOWN = /其中(?:有|包括)/;
/**
 * Whether the clause before text[i] holds a list (、) or ends in 等, or the sentence breaks a total into parts
 * (其中有…): then N大X counts.
 */
function sumsUpList(text: string, i: number): boolean {
  if (text[i - 1] === '等') return true;
  const sentence = Math.max(text.lastIndexOf('。', i - 1), text.lastIndexOf('；', i - 1), i - 60);
  if (BREAKDOWN.test(text.slice(Math.max(0, sentence), i))) return true;
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    const c = text.charCodeAt(j);
    if (CLAUSE_END[c]) return false;
    if (c === 0x3001) return true;
  }
  return false;
}
/** A numeral character's worth, 十 included; 0 for any other character. */
const cnDigit = (c: string) => CN_DIGIT_VALUE[c] ?? (c === '十' ? 10 : 0);
const QUOTED_PLAN = /^(?:十[一二三四五六七八九]|[一二三四五六七八九十])五$/;
/**
 * A quoted pair of numerals names a plan where a plan word follows (“八七”扶贫攻坚计划); elsewhere it is a name (“三七”,
 * “五四”时期: a time word follows a movement's name as well as a plan's).
 */
const QUOTED_PAIR = /^[一二三四五六七八九十]{2}$/;
const PLAN_AFTER = /^(?:计划|规划|扶贫|攻坚|工程|战略)/;


/** Quoted forms, matched against the whole quotation. */
const QUOTED_ALT = new RegExp(`^[${NUM}]${W}{1,3}(?:[${NUM}]${W}{1,3}){1,3}$`);
/** N个X: the words after 个 may hold a numeral (六个相统一, 五个一), and run long when quoted (“两个…支持系统”). */
const QUOTED_GE = new RegExp(`^(?:[${NUM2}]|十[一二三四五六七八九])个(?:一|(?!以上|以下|左右|半)${W}[${HAN}]{0,7})$`);
const QUOTED_CLASSIFIER = new RegExp(`^[${NUM2}](?:方面|面|项|大|种|条)${W}{1,4}$`);
/** A named set after the field it belongs to: “民生十大工程”, “碳达峰十大行动”. */
const QUOTED_FIELD_BIG = new RegExp(`^${W}{1,3}[${NUM2}]大${W}{2,4}$`);
/**
 * A small numeral and a short word: 四风, 三公, 五好家庭, 四有好教师. 百/千/万 and a word are no formula: a word of
 * their own (“百姓”, “万一”, “千万”) or the name of an activity (“百企大走访”); 双百, 千万工程 have shapes of their own.
 */
const QUOTED_SHORT = new RegExp(`^(?:[二两三四五六七八九十双](?![${COUNT}])${W}{1,4})$`);
/** Two characters: a numeral and a measure word (“三朵”, “两张”) are a count, not a formula. */
const MEASURE = charTable(`${COUNT}朵颗粒枚株棵匹头口双对`);
/** The numeral inside: 校训三问, 干部双述, 铁三角 (one numeral, between words; 后两名 is a count, 神舟九号 a name). */
const QUOTED_INNER = new RegExp(`^${W}{1,2}[${NUM2}](?![${COUNT}号])${W}{1,2}$`);
/** A word, a numeral, a word, a numeral: places kept and won (“保二争一”, “保五争三”); idioms of the shape are excluded. */
const QUOTED_WORD_ALT = new RegExp(`^${W}[${NUM2}一]${W}[${NUM2}一]$`);
/** A compound numeral and a word: “千万工程”, “百千万工程” (not an amount: “千万元”). */
const QUOTED_COMPOUND = new RegExp(`^(?:百千万|千百万|百千|千万)(?![${COUNT}元亿])${W}{1,3}$`);
/** Numeral schemes written with +: “1+N”, “3+1+2”, “4+1” (quoted only: unquoted they are sums). */
const QUOTED_PLUS = /^(?:[0-9]{1,2}|[NXnx])(?:[+＋](?:[0-9]{1,2}|[NXnx]))+$/;
/** A numeral of two characters and a word of two: “十二连增”, “十一连冠” (not a congress or a session: “十八大”). */
const QUOTED_TEENS = new RegExp(`^十[一二三四五六七八九](?![${COUNT}大])${W}{2}$`);
/** 双一流, 双一流建设: 双 with a word that starts with 一; 双百, 双千计划: 双 with 百/千/万. */
const QUOTED_DOUBLE = new RegExp(`^双(?:一${W}{1,3}|[百千万]${W}{0,2})$`);
/** A quotation named an award or an honour (“十大杰出青年”称号) is a name, not a formula. */
const HONOUR_AFTER = /^(?:荣誉)?称号|^奖/;

/**
 * Whether s contains an idiom or lies inside one (一心一意, 心一意), or is an idiom with one numeral (三顾茅庐). Two
 * characters inside an idiom say little (三公 of 三公九卿): those are the short formulas (四风, 两委).
 */
function isIdiom(s: string): boolean {
  const lex = lexicon();
  return (s.length > 2 && lex.idiomParts.has(s)) || lex.singleNumeralIdioms.has(s) || lex.idiomMatcher.occursIn(s);
}

/**
 * A known formulation followed by the noun it heads (“双一流大学”, “四个全面示范区”): the formulation, not the
 * phrase. Only a known one: of an unknown quotation (“五好家庭”) the boundary between formula and noun is unknown.
 */
function knownWithHead(s: string): string | null {
  const { set, longest } = knownFormulas();
  // No prefix longer than the longest known formula is one: a long quotation is not sliced at every length.
  for (let k = Math.min(s.length - 2, longest); k >= 2; k--) {
    if (!set.has(s.slice(0, k))) continue;
    const rest = s.slice(k);
    const classes = wordClasses();
    if (classes.wordAt(rest, 0) === rest && !classes.isVerb(rest) && !classes.isFunctionWord(rest)) return s.slice(0, k);
  }
  return null;
}
let known: { set: Set<string>; longest: number } | undefined;
function knownFormulas(): { set: Set<string>; longest: number } {
  if (!known) {
    const list = lexicon().knownFormulas;
    known = { set: new Set(list), longest: list.reduce((n, f) => Math.max(n, f.length), 0) };
  }
  return known;
}

/**
 * A numeral, a measure word and a verb: “三期叠加”, “两期并存” — what the counted things do, a formulation; with a noun
 * (“三期工程”) or a time word (“两年计划”) it is a count. Years, months and days are left out (“三年攻坚” names a plan).
 */
const MEASURE_VERB = new RegExp(`^[${NUM2}](?![年月日天])[${COUNT}]${W}{2}$`);
const isMeasureVerb = (s: string) => MEASURE_VERB.test(s) && wordClasses().isVerb(s.slice(2));

const NUMERALS_RE = new RegExp(`[${NUM}]`, 'g');
/**
 * “四川造”, “十堰行”: a quotation of one numeral that starts with a place name holding it names a place. A place
 * that is the whole quotation may be a formulation of regions (“三北”).
 */
function startsWithPlace(s: string): boolean {
  const place = lexicon().numeralPlaces.matchAt(s, 0);
  return place !== null && place.length < s.length && (s.match(NUMERALS_RE) ?? []).length === 1;
}

/** Whether a quotation (without its marks) is one numeral formula: “三重新三不限”, “六个坚持”, “四风”. */
export function isQuotedFormula(content: string): boolean {
  const s = content.trim();
  if (s.length < 2 || s.length > 12) return false;
  // The shape tests are cheap; the idiom list is searched only for a quotation that has the shape of a formula.
  if (QUOTED_PLAN.test(s) || QUOTED_PLUS.test(s)) return true;
  if (s.length === 2 && MEASURE[s.charCodeAt(1)]) return false;
  if (isMeasureVerb(s)) return !isIdiom(s);
  if (!(QUOTED_ALT.test(s) || QUOTED_GE.test(s) || QUOTED_CLASSIFIER.test(s) || QUOTED_SHORT.test(s) || QUOTED_INNER.test(s) || QUOTED_DOUBLE.test(s) || QUOTED_TEENS.test(s) || QUOTED_FIELD_BIG.test(s) || QUOTED_WORD_ALT.test(s) || QUOTED_COMPOUND.test(s))) return false;
  return !isIdiom(s) && !startsWithPlace(s);
}

/**
 * An item of a quoted list that opens with a numeral (“五星育人、三名争创”, “双随机、一公开”): a formula when another
 * item is one.
 */
const NUMERAL_LED = new RegExp(`^[${NUM}][${HAN}]{1,5}$`);

/** Formulas of a quotation: itself, or each of its items when all are formulas (“三制、五单”); else null. */
export function quotedFormulas(content: string): string[] | null {
  // Formulas and slogans ask about the same quotations: the answers for the latest ones are kept (read them only).
  let known = recentQuoted.get(content);
  if (known === undefined) {
    if (recentQuoted.size >= RECENT_MAX) recentQuoted.clear();
    recentQuoted.set(content, (known = quotedFormulasOf(content)));
  }
  return known;
}

const ORDINAL_DIGITS = '一二三四五六七八九十';

/** Quotations whose answer is kept: more than any one speech has. */
const RECENT_MAX = 4096;
const recentQuoted = new Map<string, string[] | null>();

function quotedFormulasOf(content: string): string[] | null {
  const s = content.trim();
  const core = knownWithHead(s);
  if (core) return [core];
  if (isQuotedFormula(s)) return [s];
  const items = s.split(/[、，,]/).map((x) => x.trim());
  if (items.length < 2) return null;
  const formulas = items.filter(isQuotedFormula);
  if (formulas.length === items.length) return items;
  // “一开会，二报告，三讨论”: items led by 一, 二, 三 in turn are the steps of a list, not formulas (两 counts, it
  // numbers no step: “一个中心、两个基本点”).
  if (items.every((x, k) => x[0] === ORDINAL_DIGITS[k])) return null;
  if (formulas.length > 0 && items.every((x) => NUMERAL_LED.test(x) && !isIdiom(x))) return items;
  return null;
}

interface Hit { text: string; offset: number }

const ASCII_ALNUM = charTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');

/** Whether text[start, end) is exactly a quotation's content: “三角一体” is a formula even where words would cross. */
function quotedAt(text: string, start: number, end: number): boolean {
  return start > 0 && '“‘「『"'.includes(text[start - 1]) && '”’」』"'.includes(text[end] ?? '');
}

/** Every one of them opens with a numeral or 每 (每月一题), a character of FORMULA_START. */
export const PATTERNS = [INLINE_ALT, RULES, SHAPES, BIG];
const FORMULA_START = new RegExp(`[${NUM}每]`, 'g');
const STICKY = new Map(PATTERNS.map((re) => [re, new RegExp(re.source, 'y')]));

/** Where in t a pattern may start: at a character of FORMULA_START that acceptStart lets open one. */
export function formulaStarts(t: string): number[] {
  const out: number[] = [];
  FORMULA_START.lastIndex = 0;
  while (FORMULA_START.test(t)) {
    const i = FORMULA_START.lastIndex - 1;
    if (acceptStart(t, i)) out.push(i);
  }
  return out;
}

/**
 * The matches of a pattern of PATTERNS that `execAccepted(re, t, acceptStart)` gives in turn (leftmost,
 * non-overlapping, each at a start acceptStart passes), found by trying the sticky pattern only at `starts`
 * (formulaStarts): four scans of every character of a paragraph cost more than one.
 */
export function patternMatches(re: RegExp, t: string, starts: readonly number[]): RegExpExecArray[] {
  const sticky = STICKY.get(re)!;
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (s < next) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(t);
    if (m) {
      out.push(m);
      next = s + m[0].length;
    }
  }
  return out;
}
const HYPERBOLE = charTable('百千万');

/**
 * What pass 1 of extractFormulas keeps while it reads the paragraphs of one speech. The passes are functions of their
 * own, each a smaller unit for V8 to compile: a path first taken on new text deoptimises only the function it lies in.
 */
class FormulaScan {
  /** The texts decided to be formulas in this speech. */
  readonly found: Set<string>;
  /** N大X found as sets and as counts that sum up a list. */
  readonly bigSets = new Set<string>();
  readonly bigCounts = new Set<string>();
  /** The idiom spans of each paragraph, found only when a candidate needs them (most paragraphs have none). */
  readonly idiomsOf: Array<Array<[number, number]> | undefined>;
  constructor(readonly paragraphs: Paragraph[]) {
    this.found = new Set<string>(lexicon().knownFormulas);
    this.idiomsOf = new Array(paragraphs.length);
  }

  idiomsAt(pi: number): Array<[number, number]> {
    return (this.idiomsOf[pi] ??= paragraphIdioms(this.paragraphs[pi]));
  }
}

export function extractFormulas(doc: SpeechDocument, paragraphs: Paragraph[]): Formula[] {
  // Pass 1: decide which texts are formulas in this speech. The idiom spans of a paragraph are kept for pass 2.
  const scan = new FormulaScan(paragraphs);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const t = paragraphs[pi].text;
    const formulaQuotes: Array<[number, number]> = [];
    const quotes: Array<[number, number]> = [];
    quotedIn(scan, paragraphs[pi], formulaQuotes, quotes);
    knownBeforeIn(scan, pi);
    const starts = formulaStarts(t);
    if (starts.length > 0) patternsIn(scan, pi, starts, formulaQuotes, quotes);
  }
  const found = scan.found;
  for (const b of scan.bigSets) if (!scan.bigCounts.has(b) && !spelledOut(b, scan.bigSets)) found.add(b);
  // Pass 2: count every occurrence of the found texts, quoted or not, longest first (a word matcher rather than
  // an alternation regex compiled anew for every speech).
  const words = new WordMatcher(found);
  if (words.size === 0) return [];
  return countFormulas(doc, scan, words);
}

/** The quotations of a paragraph: quoted formulas found, the spans of those and of every quote kept. */
function quotedIn(scan: FormulaScan, p: Paragraph, formulaQuotes: Array<[number, number]>, quotes: Array<[number, number]>): void {
  const t = p.text;
  for (const q of paragraphQuotes(p)) {
    if (q.kind === 'quote') quotes.push([q.open, q.close]);
    if (q.kind !== 'quote' || HONOUR_AFTER.test(t.slice(q.close + 1, q.close + 5))) continue;
    // The content read once: a property load first reached in the rare branch below would deoptimise this function.
    const content = q.content;
    const items = quotedFormulas(content) ?? (QUOTED_PAIR.test(content) && PLAN_AFTER.test(t.slice(q.close + 1, q.close + 3)) ? [content] : null);
    if (!items) continue;
    items.forEach((f) => scan.found.add(f));
    formulaQuotes.push([q.open, q.close]);
  }
}

/**
 * 两手抓 is the standing formulation where its paragraph, or the next one that spells it out, states its standard
 * continuation (两手都要硬).
 */
function knownBeforeIn(scan: FormulaScan, pi: number): void {
  const t = scan.paragraphs[pi].text;
  for (const { formula, then } of lexicon().knownBefore) {
    const at = t.indexOf(formula);
    if (at < 0) continue;
    const next = scan.paragraphs[pi + 1]?.text ?? '';
    if (then.some((c) => t.includes(c, at + formula.length) || next.includes(c))) scan.found.add(formula);
  }
}

/** The matches of PATTERNS in paragraph pi (tried at `starts`) that are formulas, added to the scan. */
function patternsIn(scan: FormulaScan, pi: number, starts: readonly number[], formulaQuotes: Array<[number, number]>, quotes: Array<[number, number]>): void {
  const t = scan.paragraphs[pi].text;
  for (const re of PATTERNS) {
    // Every match of RULES holds 规定 and every one of BIG holds 大: a paragraph without them is not scanned.
    if ((re === RULES && !t.includes('规定')) || (re === BIG && !t.includes('大'))) continue;
    for (const m of patternMatches(re, t, starts)) {
      let end = m.index + m[0].length;
      let text = m[0];
      if (re === BIG) {
        const x = namedSet(t, m.index);
        if (x === 0) continue;
        end = m.index + 2 + x;
        text = t.slice(m.index, end);
      }
      // 五好战士, 四好连队: N好 and one noun of two characters (not 三好看, 五好处理); a quoted one is decided by the
      // quoted forms, and one before 称号 or 奖 is the honour's name (“五好家庭”称号).
      if (re === SHAPES && text[1] === '好' && (!honouredNoun(text.slice(2)) || overlaps(quotes, m.index, end) || HONOUR_AFTER.test(t.slice(end, end + 4)))) continue;
      // 两岸融合: N X that is a word of its own (两岸) is no count of things merged.
      if (re === SHAPES && text.endsWith('融合') && lexicon().numeralWords.matchAt(t, m.index)?.length === 2) continue;
      // 六选三: the second number below the first (三选三 is no scheme); 六选三组 is no alternation.
      if (text[1] === '选' && (re === INLINE_ALT || cnDigit(text[2]) >= cnDigit(text[0]))) continue;
      // Inside “八问八改八个强化” the one-character pattern would cut the formula short.
      if (overlaps(scan.idiomsAt(pi), m.index, end) || overlaps(formulaQuotes, m.index, end)) continue;
      // 一步一步, 一代一代: a reduplication, not a formula; 一代又|一代一中: the tail of one before a word.
      if (text.length === 4 && text.slice(0, 2) === text.slice(2)) continue;
      if (re === INLINE_ALT && m.index >= 3 && t[m.index - 1] === '又' && t.startsWith(text.slice(0, 2), m.index - 3)) continue;
      // 千叮万嘱, 百听千看, 千教万教: two one-character parts led by 百/千/万 are hyperbole, the shape of an idiom; so
      // is many against one (千城一面, 千人一面, 万众一心).
      if (re === INLINE_ALT && text.length === 4 && HYPERBOLE[text.charCodeAt(0)] && (HYPERBOLE[text.charCodeAt(2)] || text.charCodeAt(2) === 0x4e00 /* 一 */)) continue;
      // 四川三大化纤厂: an alternation does not open with a place name that holds the numeral (四川, 十堰).
      if (re === INLINE_ALT && (lexicon().numeralPlaces.matchAt(t, m.index)?.length ?? 0) >= 2) continue;
      // 长三角一体化 holds no 三角一体: a formula does not start or end inside a word.
      if (wordCrosses(t, m.index) || wordCrosses(t, end)) continue;
      if (re === BIG) {
        // A quoted N大X is decided by the quoted forms (“十大杰出青年”称号 is a name); one that sums up a list
        // anywhere in the speech is a count everywhere in it.
        if (overlaps(quotes, m.index, end)) continue;
        (sumsUpList(t, m.index) && !PROGRAMME_HEAD.test(text) ? scan.bigCounts : scan.bigSets).add(text);
        continue;
      }
      scan.found.add(text);
    }
  }
}

/** Pass 2: every occurrence of the found formulas (`words`), by text with its count and lines. */
function countFormulas(doc: SpeechDocument, scan: FormulaScan, words: WordMatcher): Formula[] {
  const paragraphs = scan.paragraphs;
  const hits: Hit[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    for (const [start, end] of words.spans(p.text, NOT_BEFORE)) {
      if (overlaps(scan.idiomsAt(pi), start, end)) continue;
      // “4+1” is not counted inside 4+12.
      if (ASCII_ALNUM[p.text.charCodeAt(end - 1)] && ASCII_ALNUM[p.text.charCodeAt(end)]) continue;
      if (!quotedAt(p.text, start, end) && (wordCrosses(p.text, start) || wordCrosses(p.text, end))) continue;
      hits.push({ text: p.text.slice(start, end), offset: p.offset + start });
    }
  }
  const byText = new Map<string, Formula>();
  for (const h of hits) {
    const { line } = positionAt(doc, h.offset);
    let f = byText.get(h.text);
    if (!f) byText.set(h.text, (f = { text: h.text, count: 0, lines: [] }));
    f.count++;
    if (f.lines[f.lines.length - 1] !== line) f.lines.push(line);
  }
  return [...byText.values()];
}

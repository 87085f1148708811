// Numeral formulas (数字提法): 三严三实, 一岗双责, 四个不放过, “四风”, “三制、五单”. Found by pattern, not by list:
// numeral alternations anywhere, short numeral terms when quoted; then every occurrence of a found formula is counted.
import { positionAt, type SpeechDocument } from '../text/document.js';
import type { Formula, Paragraph } from './types.js';
import { idiomSpans, lexicon, overlaps, wordClasses, wordCrosses } from './lexicon/index.js';
import { findQuotes } from './lexicon/quotes.js';
import { charTable, execAccepted, isHanCode, WordMatcher } from './lexicon/scan.js';

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
const COUNT = '届次年月日天周期批个名位点张条项件种类只头根把块篇份栋层间台辆套座级第等';
const W1 = `(?:(?![${NUM}〇零几${COUNT}])[${HAN}])`;

/**
 * What may not precede a formula: an ordinal 第, another numeral or a digit (十八届三中全会 is not 八届三中).
 * Checked by hand rather than as a leading lookbehind (?<![第…]) in the patterns below: V8 scans a pattern
 * that starts with a lookbehind position by position, several times slower.
 */
const NOT_BEFORE = charTable(`第${NUM}〇零几0123456789０１２３４５６７８９`);
const acceptStart = (text: string, i: number) => i === 0 || !NOT_BEFORE[text.charCodeAt(i - 1)];

/** Unquoted alternation of one-character parts: 三严三实, 四不两直, 三会一课, 一岗双责, 两学一做 (after NOT_BEFORE). */
const INLINE_ALT = new RegExp(`[${NUM}]${W1}(?:[${NUM}]${W1}){1,2}`, 'g');
/** Numbered rules: 八项规定, 十条规定 (after NOT_BEFORE). */
const RULES = new RegExp(`[${NUM}][项条]规定`, 'g');

/** 一X多Y (一专多能, 一岗多责): X is no measure word and no 一是/一要 of a list; Y is no particle or measure. */
const W_ONE = `(?:(?![${NUM}〇零几${COUNT}亿是要的切倍岁米元斤亩])[${HAN}])`;
const W_MANY = `(?:(?![${NUM}〇零几${COUNT}的了是在和与就都也又度])[${HAN}])`;

/**
 * Other numeral shapes of formulations (after NOT_BEFORE): five-year plans (十四五, 十二五; 九五 only before
 * 规划/计划/时期), a doubled numeral with its noun (八八战略, 三三制), numbered projects (一号工程, 一号文件),
 * 三位一体, 双一流, 一专多能, 每月一题.
 */
const SHAPES = new RegExp(`十[一二三四五六七八九]五(?![${NUM}年个])|[一二三四五六七八九]五(?=规划|计划|时期|期间)|([${NUM}])\\1(?:战略|工程|方针|制)|[${NUM}]号(?:工程|文件)|[二三四五六七八九十]位一体|双一${W}|一${W_ONE}多${W_MANY}|每[日月季年]一${W_MANY}`, 'g');
/**
 * N大X with a two-character X (五大联赛, 三大战略; after NOT_BEFORE, so 十九大 and 第二大 are not): a named set. 两大X
 * is mostly a plain count (两大任务), and so is N大X that sums up the list just before it (物理、化学三大学科).
 */
const BIG = new RegExp(`[三四五六七八九十]大${W}{2}`, 'g');
/**
 * Whether text[i] starts N大X whose X is one whole noun-like word of two characters: not 三大攻坚战 cut short, not
 * 十大提出 or 七大又把, and not a congress (党的八大).
 */
function namedSet(text: string, i: number): boolean {
  if (i >= 2 && text[i - 1] === '的' && text[i - 2] === '党') return false;
  const classes = wordClasses();
  const x = classes.wordAt(text, i + 2);
  if (x.length !== 2 || classes.isVerb(x) || classes.isFunctionWord(x)) return false;
  // A lone character after X that is no particle most likely ends a longer word (攻坚|战, 里程|碑).
  if (i + 4 >= text.length || !isHanCode(text.charCodeAt(i + 4))) return true;
  const next = classes.wordAt(text, i + 4);
  return next.length > 1 || classes.isFunctionWord(next);
}
/** Where a clause ends: the list an N大X sums up lies between the last of these and the numeral. */
const CLAUSE_END = charTable('，。；：！？,;:!?\n“”');
/** Whether the clause before text[i] holds a list (、) or ends in 等: then N大X counts that list. */
function sumsUpList(text: string, i: number): boolean {
  if (text[i - 1] === '等') return true;
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    const c = text.charCodeAt(j);
    if (CLAUSE_END[c]) return false;
    if (c === 0x3001) return true;
  }
  return false;
}
const QUOTED_PLAN = /^(?:十[一二三四五六七八九]|[一二三四五六七八九])五$/;

/** Quoted forms, matched against the whole quotation. */
const QUOTED_ALT = new RegExp(`^[${NUM}]${W}{1,3}(?:[${NUM}]${W}{1,3}){1,3}$`);
/** N个X: the words after 个 may hold a numeral (六个相统一, 五个一). */
const QUOTED_GE = new RegExp(`^[${NUM2}]个(?:一|${W}[${HAN}]{0,4})$`);
const QUOTED_CLASSIFIER = new RegExp(`^[${NUM2}](?:方面|面|项|大)${W}{1,4}$`);
/**
 * A numeral and a short word: 四风, 三公, 五好家庭, 四有好教师. Beyond three characters only a small numeral: with
 * 百/千/万 a longer quotation is the name of an activity (“百企大走访”).
 */
const QUOTED_SHORT = new RegExp(`^(?:[${NUM2}](?![${COUNT}])${W}{1,2}|[二两三四五六七八九十双](?![${COUNT}])${W}{3,4})$`);
/** Two characters: a numeral and a measure word (“三朵”, “两张”) are a count, not a formula. */
const MEASURE = charTable(`${COUNT}朵颗粒枚株棵匹头口双对`);
/** The numeral inside: 校训三问, 干部双述, 铁三角 (one numeral, between words; 后两名 is a count). */
const QUOTED_INNER = new RegExp(`^${W}{1,2}[${NUM2}](?![${COUNT}])${W}{1,2}$`);
/** 双一流, 双一流建设: 双 with a word that starts with 一. */
const QUOTED_DOUBLE = new RegExp(`^双一${W}{1,3}$`);
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

/** Whether a quotation (without its marks) is one numeral formula: “三重新三不限”, “六个坚持”, “四风”. */
export function isQuotedFormula(content: string): boolean {
  const s = content.trim();
  if (s.length < 2 || s.length > 12) return false;
  // The shape tests are cheap; the idiom list is searched only for a quotation that has the shape of a formula.
  if (QUOTED_PLAN.test(s)) return true;
  if (s.length === 2 && MEASURE[s.charCodeAt(1)]) return false;
  if (!(QUOTED_ALT.test(s) || QUOTED_GE.test(s) || QUOTED_CLASSIFIER.test(s) || QUOTED_SHORT.test(s) || QUOTED_INNER.test(s) || QUOTED_DOUBLE.test(s))) return false;
  return !isIdiom(s);
}

/** An item of a quoted list that opens with a numeral (“五星育人、三名争创”): a formula when another item is one. */
const NUMERAL_LED = new RegExp(`^[${NUM2}][${HAN}]{1,5}$`);

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

/** Quotations whose answer is kept: more than any one speech has. */
const RECENT_MAX = 4096;
const recentQuoted = new Map<string, string[] | null>();

function quotedFormulasOf(content: string): string[] | null {
  const s = content.trim();
  if (isQuotedFormula(s)) return [s];
  const items = s.split(/[、，,]/).map((x) => x.trim());
  if (items.length < 2) return null;
  const formulas = items.filter(isQuotedFormula);
  if (formulas.length === items.length) return items;
  if (formulas.length > 0 && items.every((x) => NUMERAL_LED.test(x) && !isIdiom(x))) return items;
  return null;
}

interface Hit { text: string; offset: number }

/** Whether text[start, end) is exactly a quotation's content: “三角一体” is a formula even where words would cross. */
function quotedAt(text: string, start: number, end: number): boolean {
  return start > 0 && '“‘「『"'.includes(text[start - 1]) && '”’」』"'.includes(text[end] ?? '');
}

export function extractFormulas(doc: SpeechDocument, paragraphs: Paragraph[]): Formula[] {
  // Pass 1: decide which texts are formulas in this speech. The idiom spans of each paragraph are kept for pass 2.
  const found = new Set<string>(lexicon().knownFormulas);
  const idiomsOf: Array<Array<[number, number]>> = new Array(paragraphs.length);
  const bigSets = new Set<string>();
  const bigCounts = new Set<string>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const t = paragraphs[pi].text;
    const idioms = (idiomsOf[pi] = idiomSpans(t));
    const formulaQuotes: Array<[number, number]> = [];
    const quotes: Array<[number, number]> = [];
    for (const q of findQuotes(t)) {
      if (q.kind === 'quote') quotes.push([q.open, q.close]);
      if (q.kind !== 'quote' || HONOUR_AFTER.test(t.slice(q.close + 1, q.close + 5))) continue;
      const items = quotedFormulas(q.content);
      if (!items) continue;
      items.forEach((f) => found.add(f));
      formulaQuotes.push([q.open, q.close]);
    }
    for (const re of [INLINE_ALT, RULES, SHAPES, BIG]) {
      re.lastIndex = 0;
      for (let m = execAccepted(re, t, acceptStart); m; m = execAccepted(re, t, acceptStart)) {
        const end = m.index + m[0].length;
        // Inside “八问八改八个强化” the one-character pattern would cut the formula short.
        if (overlaps(idioms, m.index, end) || overlaps(formulaQuotes, m.index, end)) continue;
        // 一步一步, 一代一代: a reduplication, not a formula.
        if (m[0].length === 4 && m[0].slice(0, 2) === m[0].slice(2)) continue;
        // 长三角一体化 holds no 三角一体: a formula does not start or end inside a word.
        if (wordCrosses(t, m.index) || wordCrosses(t, end)) continue;
        if (re === BIG) {
          // A quoted N大X is decided by the quoted forms (“十大杰出青年”称号 is a name); one that sums up a list
          // anywhere in the speech is a count everywhere in it.
          if (overlaps(quotes, m.index, end) || !namedSet(t, m.index)) continue;
          (sumsUpList(t, m.index) ? bigCounts : bigSets).add(m[0]);
          continue;
        }
        found.add(m[0]);
      }
    }
  }
  for (const b of bigSets) if (!bigCounts.has(b)) found.add(b);
  // Pass 2: count every occurrence of the found texts, quoted or not, longest first (a word matcher rather than
  // an alternation regex compiled anew for every speech).
  const words = new WordMatcher(found);
  if (words.size === 0) return [];
  const hits: Hit[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const idioms = idiomsOf[pi];
    for (const [start, end] of words.spans(p.text, NOT_BEFORE)) {
      if (overlaps(idioms, start, end)) continue;
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

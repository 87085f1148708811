// Announced counts: 下面，我讲三点意见 / 主要做到“五个坚持”： / 还有几点问题和不足：, and how many items
// actually follow — the next-level headings after it, or the series that starts right after it.
import { lastAtOrBefore } from '../text/sorted.js';
import { positionAt, offsetAt, type SpeechDocument } from '../text/document.js';
import { CN_NUMERAL_CHARS, parseCnNumber } from '../text/numerals.js';
import type { Announcement, Heading, Paragraph, Series } from './types.js';
import { charTable, execAccepted, WHITESPACE_CHARS } from './lexicon/scan.js';
import { bodyEnd, oneLineIndex } from './paragraphs.js';
import { foldedParagraphs } from './fold.js';

/**
 * A number with a counting noun: 三点, 四个方面, 三方面, 六项, 五条, 四个特点, 几点, 两次, 三对关系; or any measure word the
 * items repeat after 一 (两手：一手是…，另一手是…; 抓两头：一头是…). 点 is not 点钟/点半/点多,
 * and the number must stand alone (not 第三个, not the tail of 二十三).
 */
const COUNT = /(几|[两二三四五六七八九十]{1,3}|[2-9]|1\d|[２-９]|１[０-９])(点(?![钟半多整零〇一二三四五六七八九\d])|个方面|方面|层(?=意思|含义)|句(?=话)|项|条|个|种|块|类|篇|步|件(?=[\u4e00-\u9fff]{0,3}事)|对(?=[\u4e00-\u9fff]{0,4}(?:关系|矛盾))|大(?=[\u4e00-\u9fff])|次|([\u4e00-\u9fff])(?=[：:，,]\s*一\3(?:是|叫|为))|(?=[：:，,。；;]))/g;

/**
 * The number must stand alone: not after a numeral, a digit or 第. Tested by hand on each match instead of as
 * a leading lookbehind, which makes V8 try the pattern at every position.
 */
const NUMERAL_BEFORE = new RegExp(`[${CN_NUMERAL_CHARS}\\d０-９．.第]`);
const standsAlone = (text: string, i: number) => i === 0 || !NUMERAL_BEFORE.test(text[i - 1]);

/**
 * A speaker announcing: 讲三点, 再提几点, 谈两个问题, 强调以下几点; or any 以下/下列/下面 (抓好以下几项工作, 执行下列十条方针,
 * 有下面几种); or a
 * verb of saying or giving with its addressee before the count (送给同学们两句话, 问大家几个问题, 提醒大家两点); the
 * addressee may carry a qualifier (青年朋友们, 即将毕业的同学们, 新闻界的朋友们).
 */
const SPEECH_VERB = /(?:(?:讲一讲|谈一谈|说一说|讲|谈|提出?|说|强调|汇报|交流|讲讲|谈谈|简述|概述|阐述|介绍|说明|指出)了?(?:一下|这么|这样)?|(?:以下|下列)的?|下面的?|(?:讲|谈|提出?|说|强调|交流|问|提醒|告诉|嘱咐|叮嘱|送给?|赠送?|分享|寄语)了?(?:给|向|跟|和|与)?(?:大家|各位[\u4e00-\u9fff]{0,4}?|(?:[\u4e00-\u9fff]{1,4}?的?)?(?:同学们|同志们|老师们|朋友们)|你们|在座的各位)(?:一下|这么|这样)?)$/;
/**
 * A speaking verb with 这 before the count (下面我讲一讲这四个问题): the parts just named, announced as what comes
 * next only when they follow (counted series, headings or numbered items, two or more).
 */
const SPEECH_VERB_THIS = /(?:讲一讲|谈一谈|说一说|讲讲|谈谈|讲|谈)(?:一下)?这$/;
/** The items named in quotes between the verb and the count (交流“孩子的成长、学习安排”两个方面问题). */
const QUOTED_TAIL = /[“"][^“”"]*[”"]$/;
/**
 * A speaking verb after the count and its noun, in the same clause: 三个方面作一简要汇报, 三个应用场景作一说明,
 * 几条来说一说 (来说 alone is 对…来说), 两个问题讲一些意见; or after a comma, 作如下说明 (…四个方面的措施，作如下说明。)
 * and 对/就…作些阐述 (就A、B和C这三个方面，对我们的政策作些阐述).
 */
const SAID_AFTER = /([^，,。；;：:！？!?\s\u3000]{0,16}?)(?:(?:作|做|进行)(?:一下|一个|一些|一|些)?(?:简要|简单|扼要|简短|重点)?的?(?:汇报|说明|介绍|交流|阐述|发言|讲解|分析)|(?:来|再)?(?:说一说|讲一讲|谈一谈|说说|讲讲|谈谈|谈一下|讲一下|说一下)|(?:讲|谈)(?:一些|一点|几点)(?:意见|看法|体会|认识)|[，,]\s*(?:作|做)如下(?:说明|汇报|介绍|阐述|报告)|[，,]\s*(?:对|就)[^，,。；;！？!?]{1,20}?(?:作|做)(?:一些|些|一下|一个|一)?(?:简要|简单|扼要|简短|重点)?的?(?:说明|阐述|介绍|汇报|分析))/y;
/** A verb of saying in the perfective (提出了, 讲了): what was said is told. */
const NARRATED = /了$/;
/** A count that points back (这两条, 上面这八条, 以上三点) announces nothing that follows. */
const BACK_REFERENCE = /(?:这|那|此|这些|上述|以上|上面|前面)$/;
/**
 * What a speaker counts with 个 after a speaking verb: points, questions, aspects (谈两个问题, 提出四个假设), or a
 * quoted formula (讲“五个坚持”) — not things (说三个优秀的人, 提两个盒子炮).
 */
const PARTS_WORD = /^(?:[“"]|问题|方面|要求|意见|观点|体会|建议|看法|想法|启示|任务|特点|原因|目标|假设|阶段|层次|环节|重点|措施|原则|方向|因素|关系|转变|变化)/;
/** A parts word heading the noun phrase at its end: 以下几个重要原则问题, 三个重大关系问题. */
const PARTS_HEAD = /^[\u4e00-\u9fff]{1,6}(?:问题|方面|要求|意见|观点|体会|建议|看法|启示|任务|特点|原因|目标|重点|措施|原则)$/;
/** A parts word closing the noun phrase after 的: 讲几个需要进一步明确的认识问题, 指出三个值得注意的地方. */
const PARTS_TAIL = /的[\u4e00-\u9fff]{0,4}(?:问题|方面|要求|意见|观点|体会|建议|看法|想法|启示|任务|特点|原因|目标|重点|措施|原则|关系|地方)/;
/** 有 + a count of parts: 有3项基础性工作要抓好, 有两个问题…说一说, 主观主义有两种：… — taken when something countable follows. */
const HAVE = /有(?:这么|这样|如下)?$/;
/**
 * Verbs that lay out parts (主要表现在三个方面, 可以概括为三个方面, 工作分为三个阶段, 分两步走): like a work verb, taken
 * only when the parts follow.
 */
const STRUCTURE_VERB = /(?:表现|体现|集中|归结|概括|归纳|分)(?:在|为|成)?(?:以下|如下|这么|这样)?$/;
/** 就 + a count: 下面我就这三个问题作一简单介绍, 就以下几点谈谈看法. */
const ON = /就(?:这|以下|下面)?$/;
/**
 * Work verbs that announce the parts of what follows (重点做好八个方面工作, 抓好三项任务, 突出四个重点). Weaker than
 * a speaking verb: such a count is taken only with parts counting nouns and when something countable follows.
 */
const WORK_VERB = /(?:做好|抓好|办好|抓住|突出|把握好?|做到|落实好?|处理好|推进|着力|注重|强化|重点|加强|开展|实施|完成|聚焦|经历了?)(?:好|以下的?|这|下面的?)?$/;
const WORK_NOUN = /^(?:点|个方面|方面|项|条|种|块|类|步|件|大)$/;
/**
 * 有 + a count of sayings or senses (我有四句话送给大家，…。 / 这句话有两层意思。): taken only when a series opens the
 * next sentence (总有几句话要讲的。所以… counts nothing).
 */
const SAYING_NOUN = /^(?:句|层)$/;
const SENTENCE_CLOSE = /[。！？!?：:]/g;
const MAX_SENTENCE = 40;
/** A bare numeral after 有 (目的有二：, 原因有三。): the count of what the subject names. */
const HAS_BARE = /有$/;
const BARE_NUMERAL = /^[二三四五六七八九十]{1,2}$/;
/**
 * A count of parts closing its sentence or clause (今年将采取三项举措。/ 基本点是两条，一是…), whatever the verb: taken
 * only when a series opens right after it.
 */
const CLOSING = /[。；;！!，,]/;
/** …before a comma only as the predicate, with no noun (是两条，): 坚持四项基本原则，一是… counts a formula. */
const CLAUSE_COMMA = /[，,]/;
/** Its noun is short (举措, 重点工作): 两方面采取有力措施 goes on with a verb. */
const MAX_CLOSING_NOUN = 4;
/** Items named before the count (从增加供给和抑制需求两方面…) are what it counts, not the series after it. */
const NAMED_BEFORE = /[和与及、]/;
const BLANK = /^[\s\u3000]*$/;
const MAX_GAP = 4;
/** Nothing but a colon or a sentence end left in the paragraph. */
const CLOSES_PARAGRAPH = /^[\s\u3000]*[：:。]?[\s\u3000]*$/;
/**
 * After a count that says "the following" (对以下三类企业，必须…：): the rest of its sentence ends with the colon that
 * closes the paragraph, announcing nothing else on the way (no further 以下/如下/下列).
 */
const FOLLOWING_BEFORE = /(?:以下|下列)的?$/;
const COLON_CLOSES_SENTENCE = /^[^。！？!?：:；;]*[：:][\s\u3000]*$/;
const ANOTHER_FOLLOWING = /以下|如下|下列|下面/;
/** A quoted count of one-character items: 着力“十抓”, 做到“五个一”, followed by their enumeration (一抓…十抓). */
const QUOTED_COUNT = /[“"]([两二三四五六七八九十]{1,2})([\u4e00-\u9fff])[”"]/g;
const TWO_AFTER = /^[\u4e00-\u9fff]{2}$/;
/** A quoted count of two-character items: 做到“四个坚持”, 突出“三个聚焦”, whose paragraphs may open with the item word. */
const QUOTED_PARTS = /[“"]([两二三四五六七八九十]{1,2})个([\u4e00-\u9fff]{2})[”"]/g;
/** Counting nouns that announce parts even inside a heading; 个 is left out there: 增强“四个意识” is a formula. */
const PART_NOUN = /^(?:点|个方面|方面|项|条|层|句)$/;

/** The noun phrase after the counting noun: 意见, 方面的问题, “五个坚持”, 工作机制 — up to punctuation. */
const NOUN_PHRASE = /[“”"‘’「」\u4e00-\u9fff]{0,12}/y;
const COLON_NEXT = /\s*[：:]/y;
const QUOTATION_NEXT = /^\s*[“"「]/;
/** A colon after the noun phrase, directly or after 即/分别是/包括 (提出了4点要求，即：…). */
const LIST_COLON = /[，,]?\s*(?:即|分别是|分别为|包括)?\s*[：:]|[，,]\s*(分别(?:是|为))|[，,]\s*即(?![使便将可时刻])/y;
/** The end of the sentence a 、-list lies in. */
const LIST_END = /[。；;！？!?\n]/;
const MAX_LIST = 200;
/** 三个叛逆期，分别是…: the count's items named one by one. */
const RESPECTIVELY = /[，,]\s*分别(?:是|为)/y;
/** …“三个坚持”，即坚持A、坚持B、坚持C (not 即使/即便/即将/即可). */
const NAMELY = /[，,]\s*即(?![使便将可时刻])/y;
const MAX_LIST_ITEM = 20;
/**
 * 一个是… / 一种叫做… / 一次是… / 一手是… opening what the colon introduces (一 + a measure word of parts); the other
 * items open with 另一个/另一种 or alike.
 */
const ONE_OF = /^\s*一(?:([个种类块次手头条件项])(?=是|叫|为)|(方面|部分))/;
/** An item opening with its number: 一、 （一） （1） 1. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,2}、|[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2}|[１-９])[）)]|\d{1,2}[.．、）)]|[①②③④⑤⑥⑦⑧⑨⑩])/;
const SENTENCE_BREAK = /[。；;！？!?]/;
const SENTENCE_BREAK_CODE = charTable('。；;！？!?');
const SENTENCE_END = /[。！？!?\n]/;
const EITHER = /^\s*(?:或者|要么|或是)/;
const MAX_SEMI_ITEM = 30;
const LAST_JOINED = /^([^和及与]{2,})(?:和|以及|及|与)([^和及与]{2,})$/;

/** Where the clause before a count begins (a table by code unit: the walk back tests every character). */
const CLAUSE_BREAK = charTable(`，,。；;：:！？!?\u3000）)${WHITESPACE_CHARS}`);
const MAX_PHRASE = 30;

interface Span { start: number; end: number }

export function extractAnnouncements(doc: SpeechDocument, allParagraphs: Paragraph[], headings: Heading[], series: Series[]): Announcement[] {
  // An appendix (附件, 名词解释) after the speech announces nothing of it.
  // Read with traditional characters folded (個 as 个, 講 as 讲); phrases are shown as written (`written`).
  const paragraphs = foldedParagraphs(allParagraphs).slice(0, bodyEnd(doc, allParagraphs));
  const written = (at: number, end: number) => doc.text.slice(at, end);
  // Both read from headings in one loop: a map over headingSpans met an array of another elements kind in a speech
  // without headings (an empty result of map) and deoptimised this function.
  const headingSpans: Span[] = [];
  const headingStarts: number[] = [];
  for (const h of headings) {
    const start = offsetAt(doc, { line: h.line, column: h.column });
    headingSpans.push({ start, end: offsetAt(doc, { line: h.line, column: h.endColumn }) });
    headingStarts.push(start);
  }
  const seriesStarts = series.map((s) => offsetAt(doc, { line: s.line, column: s.column }));
  const paragraphStarts = paragraphs.map((p) => p.offset);
  /** The paragraph an offset lies in (the first one for an offset before it). */
  const paragraphIndexAt = (offset: number) => Math.max(0, lastAtOrBefore(paragraphStarts, offset));
  // A one-line text (every line break lost) is one paragraph, where "within the next two paragraphs" reaches any
  // series of the text: there the distances are counted in sentences (the sentence ends before an offset).
  const sentenceEnds = oneLineIndex(doc) >= 0 ? sentenceEndsOf(doc.text) : null;
  const unitAt = sentenceEnds ? (offset: number) => lastAtOrBefore(sentenceEnds, offset - 1) + 1 : paragraphIndexAt;

  /** Whether a 第N or 一是 series starts within the next two paragraphs (the only thing an echoed count can count). */
  const echoableSeriesNear = (at: number) => {
    const k = lastAtOrBefore(seriesStarts, at) + 1;
    return k < series.length && series[k].family !== 'shouxian' && unitAt(seriesStarts[k]) - unitAt(at) <= 2;
  };

  /**
   * Whether a series opens at `local` in paragraph p (after blanks), or at the start of the next paragraph when
   * nothing but blanks is left in p.
   */
  const seriesRightAfter = (p: Paragraph, local: number) => {
    const at = p.offset + local;
    const k = lastAtOrBefore(seriesStarts, at - 1) + 1;
    if (k >= seriesStarts.length) return false;
    if (seriesStarts[k] - at <= MAX_GAP) return BLANK.test(doc.text.slice(at, seriesStarts[k]));
    const i = paragraphIndexAt(seriesStarts[k]);
    return BLANK.test(p.text.slice(local)) && paragraphs[i - 1] === p && seriesStarts[k] - paragraphs[i].offset <= MAX_GAP &&
      BLANK.test(doc.text.slice(paragraphs[i].offset, seriesStarts[k]));
  };

  /** Whether a series opens the sentence after the one `local` lies in (within MAX_SENTENCE characters). */
  const seriesAtNextSentence = (p: Paragraph, local: number) => {
    SENTENCE_CLOSE.lastIndex = local;
    const close = SENTENCE_CLOSE.exec(p.text);
    return close !== null && close.index - local <= MAX_SENTENCE && seriesRightAfter(p, close.index + 1);
  };

  const found: Announcement[] = [];
  /** The series each announcement counted, and whether only the echo of its noun made it one. */
  const claims = new Map<Announcement, { series: Series; echoing: boolean }>();
  for (const p of paragraphs) {
    COUNT.lastIndex = 0;
    for (let m = execAccepted(COUNT, p.text, standsAlone); m; m = execAccepted(COUNT, p.text, standsAlone)) {
      const numberAt = m.index;
      const afterNoun = m.index + m[0].length;
      NOUN_PHRASE.lastIndex = afterNoun;
      let noun = NOUN_PHRASE.exec(p.text)![0];
      let phraseEnd = afterNoun + noun.length;
      // 三个方面作一简要汇报: the phrase runs to the end of the verb; the noun counted is what stands before it.
      SAID_AFTER.lastIndex = afterNoun;
      const saidAfter = SAID_AFTER.exec(p.text);
      if (saidAfter) {
        // 从三个方面谈谈体会: what is said may follow the verb.
        NOUN_PHRASE.lastIndex = afterNoun + saidAfter[0].length;
        phraseEnd = afterNoun + saidAfter[0].length + NOUN_PHRASE.exec(p.text)![0].length;
        noun = saidAfter[1];
      }
      let clauseStart = numberAt;
      while (clauseStart > 0 && !CLAUSE_BREAK[p.text.charCodeAt(clauseStart - 1)] && numberAt - clauseStart < MAX_PHRASE) clauseStart--;
      const before = p.text.slice(clauseStart, numberAt);
      // A bare numeral counts only after 有 (目的有二：): elsewhere 初三， or 十三， is no count.
      const bare = m[2] === '';
      if (bare && !(HAS_BARE.test(before) && BARE_NUMERAL.test(m[1]))) continue;
      const absolute = p.offset + numberAt;
      const candidate = lastAtOrBefore(headingStarts, absolute);
      const inHeading = candidate >= 0 && absolute < headingSpans[candidate].end ? candidate : -1;

      const parts = m[2] !== '个' || PARTS_WORD.test(noun) || PARTS_TAIL.test(noun) || PARTS_HEAD.test(noun);
      const spokenThis = SPEECH_VERB_THIS.test(before) && !NARRATED.test(before.slice(0, -1)) && parts;
      const spoken = ((SPEECH_VERB.test(before) || SPEECH_VERB.test(before.replace(QUOTED_TAIL, '')) || Boolean(saidAfter)) && parts) || spokenThis;
      COLON_NEXT.lastIndex = phraseEnd;
      const colon = COLON_NEXT.test(p.text);
      // The colon introduces text of its own in this paragraph: what is counted starts there, not further on.
      const colonText = colon && p.text.slice(COLON_NEXT.lastIndex).trim() !== '';
      // In a heading (（二）着力解决“三方面问题”) the count must close the heading or sit in quotes.
      const headed = inHeading >= 0 && PART_NOUN.test(m[2]) && (p.offset + phraseEnd >= headingSpans[inHeading].end || /[”"]$/.test(noun));
      // Weaker frames, taken only when something countable follows: a work verb (重点做好八个方面工作), 有 or 就 with
      // a count of parts (有3项基础性工作要抓好), a colon after the count (四个要素：…).
      RESPECTIVELY.lastIndex = phraseEnd;
      NAMELY.lastIndex = phraseEnd;
      const partsCount = WORK_NOUN.test(m[2]) || (m[2] === '个' && parts && !/^[“"]/.test(noun));
      // Items that open alike after the count (分成了两个潮流。一部分人…另一部分人…).
      const alike = alikeAfter(p.text, phraseEnd) !== null;
      const worked = !spoken && !headed && (
        (colon && !BACK_REFERENCE.test(before)) || RESPECTIVELY.test(p.text) || NAMELY.test(p.text) || bare ||
        (partsCount && CLOSING.test(p.text[phraseEnd] ?? '') && (noun === '' || !CLAUSE_COMMA.test(p.text[phraseEnd])) && [...noun].length <= MAX_CLOSING_NOUN && !BACK_REFERENCE.test(before) && !NAMED_BEFORE.test(before) && seriesRightAfter(p, phraseEnd + 1)) ||
        (SAYING_NOUN.test(m[2]) && HAVE.test(before) && seriesAtNextSentence(p, phraseEnd)) ||
        (WORK_VERB.test(before) && partsCount) ||
        ((HAVE.test(before) || ON.test(before) || (STRUCTURE_VERB.test(before) && inHeading < 0)) && (WORK_NOUN.test(m[2]) || (m[2] === '个' && parts))) ||
        Boolean(saidAfter) || alike) &&
        // A count of times (十八次代表大会上…：) announces only items that open alike (一次是…，一次是…).
        (m[2] !== '次' || alike || (colon && ONE_OF.test(p.text.slice(COLON_NEXT.lastIndex, COLON_NEXT.lastIndex + 8))));
      // Otherwise a count is an announcement when the items that follow echo its noun or measure word (八大罪状 →
      // 第一条罪状…; 两个阶段 → 第一个阶段…; 四篇文章 → 第一篇…), whatever the verb; not a count pointing back (这两条).
      const echoing = !spoken && !headed && !worked && inHeading < 0 && echoableSeriesNear(absolute) && !BACK_REFERENCE.test(before);
      if (!spoken && !headed && !worked && !echoing) continue;
      // 个 alone needs a noun after it (两个问题, 五个坚持); a bare 三个： is a list of things, not of points — unless
      // 有 + the count and a colon introduce numbered items (意图主要有三个：（一）…（二）…).
      if (m[2] === '个' && !/[\u4e00-\u9fff]/.test(noun) && !(colon && HAVE.test(before) && NUMBERED.test(p.text.slice(COLON_NEXT.lastIndex)))) continue;

      const announced = m[1] === '几' ? null : parseCnNumber(m[1]);
      const phrase = written(p.offset + clauseStart, p.offset + phraseEnd);
      const start = positionAt(doc, p.offset + clauseStart);
      const end = positionAt(doc, p.offset + phraseEnd);
      const { actual, target, counted } = countFollowing(p.offset + phraseEnd, inHeading, p, phraseEnd, colonText, noun, !spoken && !headed, FOLLOWING_BEFORE.test(before));
      if (echoing && !(counted && echoes(m[2], noun, counted))) continue;
      // 就这三个问题作一简单介绍 is said, even when the questions are answered in unnumbered paragraphs.
      // 有 or a work verb with a count of parts and a colon (我们有两条路：…) announces even when what follows cannot
      // be counted (the count is kept, its actual unknown).
      // Not when a quotation follows the colon (任务有两个方面：“…”): what is quoted is said by someone else, uncounted.
      const introducing = colon && (HAVE.test(before) || WORK_VERB.test(before)) && partsCount && !QUOTATION_NEXT.test(p.text.slice(COLON_NEXT.lastIndex));
      if (worked && actual === null && !ON.test(before) && !introducing) continue;
      if (spokenThis && (actual === null || actual < 2)) continue;
      // 八个字：稳定、改革、发展、团结 counts the characters of the words listed, not items (讲五个字：“早、实、…” lists
      // one character an item, as many as counted).
      if (m[2] === '个' && noun.startsWith('字') && target === 'enumeration' && actual !== announced) continue;
      // 提出了四点新的建议 with nothing listed after it tells what was said, it announces nothing.
      if (spoken && actual === null && NARRATED.test(before)) continue;
      // A count closing a heading (与三项中央集权的关系：) announces only when its items follow, or when quoted.
      if (headed && !spoken && actual === null && !/[”"]$/.test(noun)) continue;
      const a: Announcement = { phrase, announced, actual, target, ...seriesIndex(counted), line: start.line, column: start.column, endColumn: end.line === start.line ? end.column : start.column };
      found.push(a);
      if (counted) claims.set(a, { series: counted, echoing });
    }
  }
  // An announcement whose only evidence is the echo gives way to a nearer one counting the same series (列了十条规矩，
  // 我挑出几条来讲一讲。第一条… counts 几条, not 十条).
  for (const [a, c] of claims) {
    if (c.echoing && [...claims].some(([b, d]) => b !== a && d.series === c.series && (b.line > a.line || (b.line === a.line && b.column > a.column)))) {
      found.splice(found.indexOf(a), 1);
    }
  }
  // Quoted counts (着力“十抓”) are announcements only when their enumeration follows.
  for (const p of paragraphs) {
    if (!p.text.includes('“') && !p.text.includes('"')) continue;
    QUOTED_COUNT.lastIndex = 0;
    for (let m = QUOTED_COUNT.exec(p.text); m; m = QUOTED_COUNT.exec(p.text)) {
      const end = m.index + m[0].length;
      if (found.some((a) => a.line === positionAt(doc, p.offset + m!.index).line && a.phrase.includes(written(p.offset + m!.index, p.offset + end)))) continue;
      const { actual, target, counted } = countFollowing(p.offset + end, -1);
      if (target !== 'series' || actual === null) continue;
      const s = series[lastAtOrBefore(seriesStarts, Infinity) >= 0 ? lastAtOrBefore(seriesStarts, p.offset + end - 1) + 1 : 0];
      // The enumeration repeats the quoted item word in its markers (一抓 … 十抓), or in the text of every item with the
      // two characters after the quote (“三牛”精神 → 一是…孺子牛精神 … 三是…老黄牛精神), or in the text of as many
      // items as announced (“三心” → 一是…恒心 … 三是…爱心; a count that differs may be a formula whose word recurs: “三农”).
      const word = m[2] + (TWO_AFTER.exec(p.text.slice(end, end + 2))?.[0] ?? '\u0000');
      const carried = (w: string) => s.items.every((it) => it.text.includes(w));
      if (!s || !(s.items.every((it) => String(it.marker).endsWith(m![2])) || carried(word) || (s.items.length === parseCnNumber(m[1]) && carried(m[2])))) continue;
      const start = positionAt(doc, p.offset + m.index);
      found.push({ phrase: written(p.offset + m.index, p.offset + end), announced: parseCnNumber(m[1]), actual, target, ...seriesIndex(counted), line: start.line, column: start.column, endColumn: positionAt(doc, p.offset + end).column });
    }
  }
  // 要做到“四个坚持”。 then paragraphs opening with 坚持…: counted only when as many follow as were announced (a
  // paragraph phrased otherwise may be one of the items, so fewer or more cannot be told).
  paragraphs.forEach((p, k) => {
    if (!p.text.includes('“') && !p.text.includes('"')) return;
    QUOTED_PARTS.lastIndex = 0;
    for (let m = QUOTED_PARTS.exec(p.text); m; m = QUOTED_PARTS.exec(p.text)) {
      const line = positionAt(doc, p.offset + m.index).line;
      if (found.some((a) => a.line === line && a.phrase.includes(written(p.offset + m!.index, p.offset + m!.index + m![0].length)))) continue;
      const announced = parseCnNumber(m[1]);
      const end = p.offset + m.index + m[0].length;
      let n = 0;
      while (k + 1 + n < paragraphs.length && paragraphs[k + 1 + n].text.trimStart().startsWith(m[2]) && lastAtOrBefore(headingStarts, paragraphs[k + 1 + n].offset) === lastAtOrBefore(headingStarts, end)) n++;
      const start = positionAt(doc, p.offset + m.index);
      const endColumn = positionAt(doc, end).column;
      if (n === announced) {
        found.push({ phrase: written(p.offset + m.index, end), announced, actual: n, target: 'enumeration', line: start.line, column: start.column, endColumn });
        continue;
      }
      // …or a series of as many items follows, each carrying the item word (“四个到位”。一是思想到位。…四是落实到位。);
      // not from a heading, where “四个意识” names a formula.
      const h = lastAtOrBefore(headingStarts, end - 1);
      if (h >= 0 && end <= headingSpans[h].end) continue;
      const { actual, target, counted } = countFollowing(end, -1);
      if (target === 'series' && counted && actual === announced && counted.items.every((it) => it.text.includes(m![2]))) {
        found.push({ phrase: written(p.offset + m.index, end), announced, actual, target, ...seriesIndex(counted), line: start.line, column: start.column, endColumn });
      }
    }
  });
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  return found;

  /** The `series` field of an announcement that counted series s (none when it counted something else). */
  function seriesIndex(s: Series | undefined): { series?: number } {
    return s ? { series: series.indexOf(s) } : {};
  }

  /**
   * What follows an announcement at `at`: a series starting within the next two paragraphs (before any heading)
   * is counted; otherwise, when the next heading is deeper than the announcement's own section, the headings of
   * that level in that section are counted.
   */
  function countFollowing(at: number, ownHeading: number, p?: Paragraph, local?: number, colonText = false, noun = '', weakFrame = false, following = false): { actual: number | null; target: Announcement['target']; counted?: Series } {
    // A 、-list after the colon, in the same sentence, is what was counted — unless a series opens there (一是…).
    if (p && local !== undefined) {
      // Numbered sentences after the count's sentence, unless they are headings (counted below).
      const headingNext = headingStarts[lastAtOrBefore(headingStarts, at - 1) + 1] ?? Infinity;
      // In a one-line text the paragraph goes on over the sections: numbered sentences end at the next heading.
      const listEnd = sentenceEnds && headingNext !== Infinity ? Math.max(local, Math.min(p.text.length, headingNext - p.offset)) : p.text.length;
      const n = listAfterColon(p.text, local, noun, listEnd) ?? alikeAfter(p.text, local) ?? (headingNext - at > 6 ? numberedAfter(p.text, local, listEnd) : null);
      if (n !== null) {
        const s0 = lastAtOrBefore(seriesStarts, at - 1) + 1;
        const opensHere = s0 < seriesStarts.length && seriesStarts[s0] - at <= 6;
        if (!opensHere) return { actual: n, target: 'enumeration' };
      }
    }
    let context = ownHeading;
    if (context < 0) context = lastAtOrBefore(headingStarts, at);
    const contextLevel = context >= 0 ? headings[context].level : 0;
    const before = lastAtOrBefore(headingStarts, at - 1);
    const next = before + 1 < headingStarts.length ? before + 1 : -1;
    const nextStart = next >= 0 ? headingSpans[next].start : Infinity;
    const hereParagraph = paragraphIndexAt(at);
    // A colon followed by text of its own: only what starts in this paragraph can be what it introduces.
    const limit = colonText && p ? p.offset + p.text.length : Infinity;
    const s0 = lastAtOrBefore(seriesStarts, at - 1) + 1;
    const s = s0 < seriesStarts.length ? s0 : -1;
    if (s >= 0 && seriesStarts[s] < nextStart && seriesStarts[s] < limit && unitAt(seriesStarts[s]) - unitAt(at) <= 2) {
      return { actual: series[s].items.length, target: 'series', counted: series[s] };
    }
    // Numbered paragraphs that are not headings (一、对国营企业逐步推行…。 二、…), opening the next paragraph after a
    // count that closes its own: the run numbered 1…n in one style.
    // So do they after 以下N类X，…： (the count's sentence ends with the colon that closes the paragraph).
    const restOfParagraph = p && local !== undefined ? p.text.slice(local) : '';
    if (p && local !== undefined && (CLOSES_PARAGRAPH.test(restOfParagraph) || (following && COLON_CLOSES_SENTENCE.test(restOfParagraph) && !ANOTHER_FOLLOWING.test(restOfParagraph)))) {
      const n = numberedParagraphs(hereParagraph + 1, nextStart);
      if (n !== null) return { actual: n, target: 'enumeration' };
    }
    if (limit !== Infinity) {
      if (!(next >= 0 && nextStart < limit)) return { actual: null, target: 'none' };
    } else if (noun) {
      const n = labelledParagraphs(hereParagraph, nextStart, noun);
      if (n !== null) return { actual: n, target: 'enumeration' };
    }
    // A weak frame (分两步走 inside a long sentence) counts headings only when they start right after it.
    if (next >= 0 && headings[next].level > contextLevel && !(weakFrame && unitAt(nextStart) - unitAt(at) > 2)) {
      const h = headings[next];
      let n = 0;
      for (let k = next; k < headings.length; k++) {
        if (headings[k].level <= contextLevel) break;
        if (headings[k].level !== h.level || headings[k].parent !== h.parent) continue;
        // Numbered again from 一: another part of the text, not more of what was counted.
        if (k > next && headings[k].number === 1) break;
        n++;
      }
      return { actual: n, target: 'headings' };
    }
    // Headings numbered from 1 opening the next paragraph, at the level of the section before (重点做好9个方面工作：
    // under an unnumbered part title, then （一）…（九）): the run of them numbered on without a break, up to a
    // shallower heading (the next part's 四、 at the same level ends it too). A weak frame must close its paragraph
    // (in a one-line text: its sentence, right before the heading).
    if (next >= 0 && headings[next].number === 1 && p && local !== undefined && (sentenceEnds ? (!weakFrame || (nextStart - at <= MAX_GAP && CLOSES_PARAGRAPH.test(doc.text.slice(at, nextStart)))) && unitAt(nextStart) - unitAt(at) <= 1 : (!weakFrame || CLOSES_PARAGRAPH.test(p.text.slice(local))) && paragraphIndexAt(nextStart) === hereParagraph + 1)) {
      const h = headings[next];
      let n = 0;
      for (let k = next; k < headings.length && headings[k].level >= h.level; k++) {
        if (headings[k].level !== h.level) continue;
        if (headings[k].parent !== h.parent || headings[k].number !== n + 1) break;
        n++;
      }
      return { actual: n, target: 'headings' };
    }
    return { actual: null, target: 'none' };
  }

  /**
   * Paragraphs from `from` opening 一、二、… (or （一）（二）…, 1）2）…, ①②…, 其一，其二，…) in turn, none of them holding a heading (they end before
   * offset `before`, the next heading): how many, or null under two.
   */
  function numberedParagraphs(from: number, before: number): number | null {
    let n = 0;
    let style = '';
    for (let k = from; k < paragraphs.length && paragraphs[k].offset + paragraphs[k].text.length <= before; k++) {
      const item = itemNumber(paragraphs[k].text);
      if (!item || item.n !== n + 1 || (n > 0 && item.style !== style)) break;
      style = item.style;
      n++;
    }
    return n >= 2 ? n : null;
  }

  /**
   * Paragraphs labelled with the count's noun and an ordinal (三个应用场景 → 场景一：… 场景二：… 场景三：…) in the
   * next paragraphs before a heading: how many, numbered 1…n; null when there are fewer than two or the numbering
   * breaks (then the count cannot be told).
   */
  function labelledParagraphs(here: number, before: number, noun: string): number | null {
    let n = 0;
    for (let k = here + 1; k < paragraphs.length && k <= here + MAX_LABEL_GAP + 2 * n && paragraphs[k].offset < before; k++) {
      const m = LABEL.exec(paragraphs[k].text);
      if (!m || !noun.endsWith(m[1])) continue;
      if (parseCnNumber(m[2]) !== n + 1) return null;
      n++;
    }
    return n >= 2 ? n : null;
  }
}

/** Whether the items of series s echo the count in an announcing phrase (lint trusts such a count: 八大罪状 → 第一条罪状…). */
export function countEchoedBy(phrase: string, s: Series): boolean {
  COUNT.lastIndex = 0;
  const m = execAccepted(COUNT, phrase, standsAlone);
  if (!m || !m[2]) return false;
  return echoes(m[2], phrase.slice(m.index + m[0].length), s);
}

/** A paragraph opening with a label: 场景一：, 理由二，. */
const LABEL = /^[\s\u3000]*([\u4e00-\u9fff]{1,4}?)([一二三四五六七八九十]{1,2})[：:，,]/;
const MAX_LABEL_GAP = 3;
/**
 * An item opening with its number, in the forms that are no heading markers as well: 一、 （一） 1） ① 其一，.
 * Group 1 is the number; the style is the marker with the number taken out.
 */
const ITEM_NUMBER = /^[\s\u3000]*(?:([一二三四五六七八九十]{1,2})、|（([一二三四五六七八九十]{1,2})）|(\d{1,2}|[０-９]{1,2})[）)]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|其([一二三四五六七八九十]{1,2})[，,、：:])/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ITEM_STYLES = ['、', '（）', '）', '①', '其'];

/** The number and the style of the marker an item opens with (一、 → 1 '、'; ③ → 3 '①'), or null. */
function itemNumber(text: string): { n: number; style: string } | null {
  const m = ITEM_NUMBER.exec(text);
  if (!m) return null;
  const g = [1, 2, 3, 4, 5].find((i) => m[i] !== undefined)!;
  const n = g === 4 ? CIRCLED.indexOf(m[4]) + 1 : parseCnNumber(m[g]);
  return { n, style: ITEM_STYLES[g - 1] };
}

/**
 * Whether the items of a series echo the count: its measure word (四篇文章 → 第一篇…, 两种矛盾 → 第一种是…) or, for
 * 个/大, its noun (两个阶段 → 第一个阶段, 八大罪状 → 第一条罪状); 一是 items when each names itself with the count's
 * noun (两条线 → 一是整体推进线：… 二是教学质量线：…).
 */
function echoes(measure: string, noun: string, s: Series): boolean {
  if (s.family === 'shi' || s.family === 'yao') return namedByNoun(noun, s);
  if (s.family !== 'di') return false;
  return s.items.every((it) => {
    const rest = it.marker.replace(/^(?:第[一二三四五六七八九十]{1,3}|最后一)/, '');
    if (measure !== '个' && measure !== '大') return (rest || it.text).startsWith(measure.replace(/^个/, ''));
    const core = rest.replace(/^[个条点项种件篇]/, '');
    return core.length > 0 && noun.startsWith(core);
  });
}

/** The head of an item: its text up to the first punctuation. */
const ITEM_HEAD = /^[^：:，,。；;！？!?（(]*/;
/** Characters a noun does not start with (线设定了… starts with 线; 的/了/是… start no noun). */
const NOT_NOUN_START = /[的了是在和与及等要把对为从就都也还]/;
const MAX_ECHO = 4;

/** Whether every item (two or more) of a series names itself with the head of the count's noun: …推进线, …质量线. */
function namedByNoun(noun: string, s: Series): boolean {
  const chars = [...noun.replace(/^[“”"‘’「」]+/, '')];
  if (s.items.length < 2 || !chars.length || !/[\u4e00-\u9fff]/.test(chars[0]) || NOT_NOUN_START.test(chars[0])) return false;
  const heads = s.items.map((it) => ITEM_HEAD.exec(it.text)![0]);
  for (let n = Math.min(MAX_ECHO, chars.length); n >= 1; n--) {
    const w = chars.slice(0, n).join('');
    if (heads.every((h) => h.length > w.length && h.endsWith(w))) return true;
  }
  return false;
}

/**
 * How many items the list after a colon at `from` has, or null when there is none: items separated by 、 up to the
 * end of the sentence (解决方案、客户关系、融资、交付), or clauses opening alike (一种是…，一种是…). Quoted or bracketed
 * text is one item; items are short (a 、 inside a long clause is not a list).
 */
export function listAfterColon(text: string, from: number, noun = '', runEnd = text.length): number | null {
  LIST_COLON.lastIndex = from;
  const intro = LIST_COLON.exec(text);
  if (!intro) return null;
  const start = LIST_COLON.lastIndex;
  // …，分别是A，B和C: the items named one by one, separated by commas as well.
  const respectively = Boolean(intro[1]);
  const sentence = text.slice(start, start + MAX_LIST).split(SENTENCE_END)[0];
  // 一、…；二、…；三、…。 / （1）…；（2）…: numbered items separated by semicolons (the 、 after 一 separates nothing).
  if (NUMBERED.test(sentence)) {
    const parts = sentence.split(/[；;]/).filter((it) => it.trim());
    if (parts.length >= 2 && parts.every((it) => NUMBERED.test(it))) return parts.length;
    // （一）…。（二）…。（三）…。: numbered items that each open a sentence of the paragraph.
    return numberedSentences(text, start, runEnd);
  }
  // 一个是…，虽然…；另一个是… / 一方面是A、B、C。…另一方面是…: the items open sentences (or clauses after a
  // semicolon) of the paragraph alike; a 、 inside the first item lists nothing.
  const alike = oneAndOthers(text, start);
  if (alike !== undefined) return alike;
  // 前十年…，后十年… / 上半年…，下半年…: two parts that open clauses of the sentence with 前/上 and 后/下 + the same word.
  const halves = twoHalves(sentence);
  if (halves !== null) return halves;
  // 或者是…；或者是…: alternatives, each opening a semicolon clause of the sentence.
  const either = sentence.split(/[；;]/);
  if (either.length >= 2 && either.every((c) => EITHER.test(c))) return either.length;
  let rest = text.slice(start, start + MAX_LIST);
  const end = LIST_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of rest) {
    if ('“‘《（(「'.includes(ch)) depth++;
    else if ('”’》）)」'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) { items.push(cur); cur = ''; } else cur += ch;
  }
  items.push(cur);
  if (items.length >= 2) {
    // The last item ends at the first comma: 交付，缺一不可.
    items[items.length - 1] = items[items.length - 1].split(/[，,]/)[0];
    if (!items.every((it) => it.trim() && [...it].length <= MAX_LIST_ITEM)) return null;
    // …、B和C: the last two items are joined by 和/及/与.
    return LAST_JOINED.test(items[items.length - 1]) ? items.length + 1 : items.length;
  }
  const clauses = rest.split(/[，,]/);
  // 三个关系：A的关系，B的关系，C的关系 / “四个一”：开展一次学习，召开一次座谈，…: short clauses that each carry the
  // count's noun.
  const head = noun.replace(/[“”"‘’「」]/g, '').replace(/^的/, '');
  if (head && [...head].length <= 4) {
    const named = sentence.split(/[，,]/);
    if (named.length >= 2 && named.every((c) => c.trim() && [...c].length <= MAX_LIST_ITEM && c.includes(head))) return named.length;
  }
  // Short items separated by semicolons, up to the end of the sentence.
  const semis = sentence.split(/[；;]/);
  if (semis.length >= 2 && semis.every((it) => it.trim() && [...it].length <= MAX_SEMI_ITEM)) return semis.length;
  if (respectively) {
    // …，B和C: the last clause holds the last two items.
    const last = clauses.pop()!;
    const joined = LAST_JOINED.exec(last);
    const named = joined ? [...clauses, joined[1], joined[2]] : [...clauses, last];
    if (named.length >= 2 && named.every((c) => c.trim() && [...c].length <= MAX_LIST_ITEM)) return named.length;
  }
  return null;
}

/**
 * Items that open alike after `start`: 一个是…，一个是… in one sentence, or 一个是…；另一个是… / 一部分人…。另一部分人…
 * in the sentences of the paragraph. undefined when the text does not open so; null when a third item is added in
 * another way (还有一种…, 第三种…), so the count cannot be told.
 */
function oneAndOthers(text: string, start: number): number | null | undefined {
  const one = ONE_OF.exec(text.slice(start, start + 8));
  if (!one) return undefined;
  const x = one[1] ?? one[2];
  const window = text.slice(start, start + MAX_LIST * 3);
  const sentence = window.split(SENTENCE_END)[0];
  const segments = window.split(SENTENCE_BREAK).slice(1).map((c) => c.trim());
  const clauses = sentence.split(/[，,]/).map((c) => c.trim());
  // …，今天是第三次: a further item named by its ordinal, opening a clause or as its predicate (not 由第五次反围剿…).
  const further = new RegExp(`^第[三四五六七八九十]${x}|是第[三四五六七八九十]${x}$`);
  if ([...segments, ...clauses].some((c) => c.startsWith(`还有一${x}`) || c.startsWith(`再有一${x}`) || further.test(c))) return null;
  // 另一个是… / 再一个是…: the next item.
  const isOther = (c: string) => c.startsWith(`另一${x}`) || c.startsWith(`再一${x}`);
  const others = segments.filter(isOther).length + clauses.slice(1).filter(isOther).length;
  // 一种是A，一种是B(，这二者都…): the clauses that open alike, only for the forms with 是/叫/为 (一部分时间…，
  // 一部分时间… lists nothing).
  if (one[1] && others === 0) {
    // …；一个是… as well: the clauses of the sentence up to semicolons too.
    const parts = sentence.split(/[，,；;]/);
    let run = 0;
    while (run < parts.length && ONE_OF.test(parts[run])) run++;
    if (run >= 2) return run;
  }
  return others >= 1 ? 1 + others : null;
}

const HALVES: [string, string][] = [['前', '后'], ['上', '下']];
const MAX_HALF_WORD = 3;
/** A span of time or of a plan with its number: 三年, 十个月, 2年 (前三年…，后两年…: the two halves may differ in length). */
const HALF_SPAN = /^([一二两三四五六七八九十\d]{1,3})(个?[\u4e00-\u9fff])/;

/**
 * Two parts named by their place, a general way to list the stages of a plan: 2 when the first clause opens with
 * 前X (上X) and a later one with 后X (下X) — X the same word of one to three characters (前十年/后十年, 上半年/下半年,
 * 前期/后期), or a number with the same unit (前三年/后两年); else null.
 */
function twoHalves(sentence: string): number | null {
  const clauses = sentence.split(/[，,；;]/).map((c) => c.trim());
  for (const [a, b] of HALVES) {
    if (!clauses[0]?.startsWith(a)) continue;
    for (let n = MAX_HALF_WORD; n >= 1; n--) {
      const x = clauses[0].slice(1, 1 + n);
      if (x.length === n && /^[\u4e00-\u9fff\d]+$/.test(x) && clauses.slice(1).some((c) => c.startsWith(b + x))) return 2;
    }
    const span = HALF_SPAN.exec(clauses[0].slice(1));
    if (span && clauses.slice(1).some((c) => c.startsWith(b) && HALF_SPAN.exec(c.slice(1))?.[2] === span[2])) return 2;
  }
  return null;
}

/**
 * Items numbered in turn that each open a sentence of the paragraph from `start` (（一）…。（二）…。, 其一，…。其二，…。,
 * ①…。②…。): how many, or null under two. A sentence that opens otherwise ends the run only when no later one is
 * numbered on; a number out of turn makes the count unknown.
 */
function numberedSentences(text: string, start: number, end = text.length): number | null {
  let n = 0;
  let style = '';
  // The sentences of text.split(SENTENCE_BREAK), taken one at a time: the run usually ends within a few of them, and
  // splitting the rest of a one-line text of megabytes at every count made the announcements quadratic.
  for (let from = start; from <= end;) {
    let to = from;
    while (to < end && !SENTENCE_BREAK_CODE[text.charCodeAt(to)]) to++;
    const seg = text.slice(from, to);
    from = to + 1;
    const item = itemNumber(seg) ?? parenNumber(seg);
    if (!item) continue;
    if (item.n !== n + 1 || (n > 0 && item.style !== style)) return n >= 2 && item.n === 1 ? n : null;
    style = item.style;
    n++;
  }
  return n >= 2 ? n : null;
}

/** （1） / (一) / 1. openings, which ITEM_NUMBER leaves to the heading markers. */
const PAREN_NUMBER = /^\s*(?:[（(]([一二三四五六七八九十]{1,2}|\d{1,2})[）)]|(\d{1,2})[.．])/;
function parenNumber(text: string): { n: number; style: string } | null {
  const m = PAREN_NUMBER.exec(text);
  if (!m) return null;
  return m[1] !== undefined ? { n: parseCnNumber(m[1]), style: /\d/.test(m[1]) ? '(1)' : '(一)' } : { n: Number(m[2]), style: '1.' };
}

/** After a count that closes its sentence (需要把握三点。其一，…。其二，…。): the numbered sentences that follow. */
function numberedAfter(text: string, from: number, end = text.length): number | null {
  if (!/[。；;]/.test(text[from] ?? '')) return null;
  const first = itemNumber(text.slice(from + 1)) ?? parenNumber(text.slice(from + 1));
  return first && first.n === 1 ? numberedSentences(text, from + 1, end) : null;
}

/** After a count that closes its sentence or clause (分成了两个潮流。一部分人…另一部分人…): the items that open alike. */
function alikeAfter(text: string, from: number): number | null {
  if (!/[。，,；;]/.test(text[from] ?? '')) return null;
  return oneAndOthers(text, from + 1) ?? null;
}

/** Index of the last element <= x in an ascending array, or -1. */
/** The offsets of the sentence ends (。！？) of a text, in order. */
const SENTENCE_END_CODE = charTable('。！？!?');
function sentenceEndsOf(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END_CODE[text.charCodeAt(i)]) ends.push(i);
  return ends;
}


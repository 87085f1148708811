// Enumerations inside the body: 一是/二是 (shi), 一要/二要 (yao), 第一，/第二， (di), 首先/其次/最后 (shouxian).
// A run spans paragraphs until a heading intervenes or the ordinal starts again at 1; gaps, repeats and
// single items are reported as problems.
import { positionAt, offsetAt, type SpeechDocument } from '../text/document.js';
import { parseCnNumber, toCnNumber } from '../text/numerals.js';
import type { Heading, Paragraph, Series, SeriesItem, SeriesProblem } from './types.js';
import { execAccepted } from './lexicon/scan.js';
import { bodyEnd } from './paragraphs.js';
import { foldedParagraphs } from './fold.js';

type Family = Series['family'];

interface Marker {
  family: Family;
  ordinal: number;
  marker: string;
  /** Absolute UTF-16 offset of the marker. */
  offset: number;
  text: string;
  /** 最后: its ordinal is whatever comes next. */
  last?: boolean;
  /** Index of the paragraph it is in. */
  paragraph?: number;
  /**
   * A weak form (第一阶段为, 第一必须, 一抓, 首先 inside a sentence): it continues only a run whose last item has the same
   * shape, and a run of weak items alone counts only with two items or more.
   */
  weak?: boolean;
  /** The marker without its numeral (第阶段, 第个假设, 抓): weak items of one run share it. */
  shape?: string;
  /** 最后一篇: the measure word the 第N items it closes carry. */
  lastOf?: string;
  /** 一是…；一是…: the older style that leads every item with 一是 (a paragraph with no 二是 of that shape). */
  repeatedOne?: boolean;
}

/**
 * A marker counts only at a clause start: the paragraph start, after punctuation or a blank. This rules out
 * 唯一是, 统一是, 这是一是…; the idiom 一是一、二是二 is excluded by what follows it.
 * 第N needs a comma or 是/要 after it, so 第一时间, 第一批, 第一责任人, 第一书记 are not enumerators; 第一点，/第二个问题，
 * /第三方面， are items too.
 * Weak forms count only when an item of the same shape continues them (see Marker.weak): 第一阶段为…第二阶段为…,
 * 第一层，…第二层，…, 第一次是…第二次是…, and an ordinal event with what it brought or aimed at (第一次飞跃的成果是…第二次飞跃的
 * 成果是…, 第一轮巡视的重点是…, 第一批试点的任务是…: how reports recount successive rounds), 第一个假设：…, 第一必须…第二必须…, 一抓…二抓…, 一怕…二怕…, and 首先 inside a sentence
 * (标准，首先一定要通，第二看…).
 * Groups: 1-2 一是/一要; 3 第N (strong); 4 首先/其次/再次/最后 with a comma or 是/要; 5 首先/其次/再次 before a word;
 * 6-7 第N + a noun before a comma, colon, 是 or 为 (weak); 8 第N before a word (weak); 9 最后一 before a measure word (最后一篇,
 * closing a 第N篇 run). 一抓 and the like: findMarkers.
 */
const CN = '[一二三四五六七八九十]';
/** Measure words after an ordinal or numeral: 第一次, 第三届, 一等奖, 二季度 — counts and ranks, not items. */
const MEASURE = '次批天年届名位轮季期代线号级等类产审档星本楼环月日周岁倍成份分半些';
/**
 * After 第N个 only a unit of time or of succession makes a count (第一个月, 第二个季度, 第一个五年): 第一个环节,
 * 第二个等级 are items.
 */
const TIME_AFTER_GE = '次批天年届轮季期代星月日周岁';
const MARKER = new RegExp(
  `(?:(${CN}{1,3})([是要])(?!${CN}[、，,是])` +
  `|第(${CN}{1,3})(?:(?:点|个问题|个方面|方面)(?=[，,：:])|(?=[，,：:]|、(?!第)|[是要](?!${CN})))` +
  `|(首先|其次|再次|最后)(?=[，,：:]|[是要](?!求))` +
  `|(首先|其次|再次)(?=[\u4e00-\u9fff])` +
  `|第(${CN}{1,3})(个(?![${TIME_AFTER_GE}])[\u4e00-\u9fff]{0,3}?|(?:阶段|层次?|步|部分|方面|条|件事?|项|点)[\u4e00-\u9fff]{0,3}?|次(?=就?是|[，,：:])|[次轮批届][\u4e00-\u9fff]{1,3}?的[\u4e00-\u9fff]{1,6}?(?=是))(?=[，,：:《“"]|就?是|为)` +
  `|第(${CN}{1,3})(?=(?![${MEASURE}个一二三四五六七八九十])[\u4e00-\u9fff])` +
  `|(最后一)(?=[篇条个项点种件层步])` +
  `)`, 'g');
/**
 * An ordinal after 的 (党八股的第一条罪状是：, 我的第一想法是, 我的第二点想法是), weak: the ordinal, an optional measure
 * word and a noun of up to four characters, then 是/为/a colon. Not a count (的第一代, 的第二次): no measure word of
 * MEASURE after the numeral.
 */
const OF_ORDINAL = new RegExp(`第(${CN}{1,3})(?![${MEASURE}])((?:[个点条项种件层篇])?[\u4e00-\u9fff]{0,4}?)(?=就?是|为|[：:])`, 'y');
/** A weak ordinal's shape: the noun without a leading 个/点 (第一个问题 and 第二问题 alike, 第二点想法 and 第一想法). */
const shapeOf = (noun: string) => `第${noun.replace(/^[个点](?=[\u4e00-\u9fff])/, '')}`;
/** 一抓/一怕/一看 (weak): the word after the numeral, which is not a measure word, 是/要 (MARKER) or a numeral. */
const ONE_X_WORD = new RegExp(`^(?![${MEASURE}是要个一二三四五六七八九十百千万亿两零])[\\u4e00-\\u9fff]$`);
const CN_CHAR = /^[一二三四五六七八九十]$/;
const AFTER_X = /^[\u4e00-\u9fff“"]$/;

/**
 * The clause-start condition of MARKER, tested by hand on each match instead of as a leading lookbehind
 * (?<=^|[…]): V8 tries a pattern that opens with a lookbehind at every position, several times slower.
 */
const CLAUSE_BEFORE = /[。！？!?；;：:，,、\s\u3000”"）)]/;
const atClauseStart = (text: string, i: number) => i === 0 || CLAUSE_BEFORE.test(text[i - 1]);
/**
 * The first item of a quoted list right after the opening quote (“一要吃饭，二要建设”, “第一条，反对；第二条，不怕”)
 * opens a clause too; other forms there do not (“首先…), nor a later numeral, which opens a formula (“三要三不要”).
 */
const OPEN_QUOTE = /[“‘「"]/;
const FIRST_IN_QUOTE = /^(?:一[是要]|第一)/;
const atItemStart = (text: string, i: number) => atClauseStart(text, i) || (i > 0 && OPEN_QUOTE.test(text[i - 1]) && FIRST_IN_QUOTE.test(text.slice(i, i + 2)));
/** A clause start, or a 第 right after 的 (党八股的第一条罪状是：, checked by OF_ORDINAL). */
const atClauseOrOf = (text: string, i: number) => atItemStart(text, i) || (text[i] === '第' && text[i - 1] === '的');

/** 一是/一要 as MARKER reads it (not 一是一、 of the idiom 一是一、二是二). */
const ONE_AFTER_COPULA = new RegExp(`^一[是要](?!${CN}[、，,是])`);
const ITEM_END = /[。；;！？!?：:]/;
const SENTENCE_END_CHAR = /[。！？!?]/;
const MAX_ITEM = 60;

/** The whole leading clause (JSON carries it in full; the outline clips it), within a bound for run-on text. */
function leadingClause(text: string, from: number): string {
  let rest = text.slice(from, from + 8 * MAX_ITEM).replace(/^[，,：:\s]+/, '');
  const end = ITEM_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  return rest;
}

const RANK_BEFORE = /第[一二三四五六七八九十]{1,3}$/;

/** A subject of one to MAX_SUBJECT characters between a clause start and i (我们首先, 这一阶段首先). */
const MAX_SUBJECT = 5;
const SUBJECT_CHAR = /[\u4e00-\u9fff]/;
function afterSubject(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_SUBJECT; k--) {
    if (!SUBJECT_CHAR.test(text[k])) return false;
    if (atClauseStart(text, k)) return true;
  }
  return false;
}

/** Markers in the paragraphs (read with traditional characters folded); item text as written, from `source`. */
function findMarkers(paragraphs: Paragraph[], source: Paragraph[]): Marker[] {
  const out: Marker[] = [];
  // 一抓…二抓: the words that follow a 二 at a clause start somewhere; only those are looked for after 一, 三 ….
  const oneX = new Set<string>();
  for (const p of paragraphs) {
    for (let i = p.text.indexOf('二'); i >= 0; i = p.text.indexOf('二', i + 1)) {
      const x = p.text[i + 1] ?? '';
      if (ONE_X_WORD.test(x) && AFTER_X.test(p.text[i + 2] ?? '') && atClauseStart(p.text, i)) oneX.add(x);
    }
  }
  paragraphs.forEach((p, paragraph) => {
    const start = out.length;
    // 首先 … 其次 in one paragraph: both count inside it, as weak items (这一阶段首先有…，…其次到…).
    const first = p.text.indexOf('首先');
    const paired = first >= 0 && p.text.indexOf('其次', first + 2) > 0;
    const accept = paired ? (t: string, i: number) => atClauseOrOf(t, i) || (t.startsWith('首先', i) && afterSubject(t, i)) : atClauseOrOf;
    MARKER.lastIndex = 0;
    for (let m = execAccepted(MARKER, p.text, accept); m; m = execAccepted(MARKER, p.text, accept)) {
      const after = m.index + m[0].length;
      const offset = p.offset + m.index;
      if (!atItemStart(p.text, m.index)) {
        // 我们首先要…，其次要…: 首先 after a short subject, in a paragraph that pairs it with 其次.
        if (paired && (m[4] === '首先' || m[5] === '首先') && afterSubject(p.text, m.index)) {
          out.push({ family: 'shouxian', ordinal: 1, marker: '首先', offset, text: leadingClause(source[paragraph].text, after), weak: true, shape: '首先' });
          continue;
        }
        // …的第一条罪状是： (the scan accepts a 第 after 的 only for this form).
        OF_ORDINAL.lastIndex = m.index;
        const of = OF_ORDINAL.exec(p.text);
        if (of) out.push({ family: 'di', ordinal: parseCnNumber(of[1]), marker: of[0], offset, text: leadingClause(source[paragraph].text, m.index + of[0].length), weak: true, shape: shapeOf(of[2]) });
        continue;
      }
      if (m[9]) {
        out.push({ family: 'di', ordinal: 0, marker: p.text.slice(m.index, after + 1), offset, text: leadingClause(source[paragraph].text, after + 1), last: true, lastOf: p.text[after] });
        continue;
      }
      const text = leadingClause(source[paragraph].text, after);
      // 名列第六、第七: ordinals listed with 、 are ranks, not items.
      const ranked = m.index > 0 && p.text[m.index - 1] === '、' && RANK_BEFORE.test(p.text.slice(Math.max(0, m.index - 5), m.index - 1));
      if (m[1]) {
        out.push({ family: m[2] === '是' ? 'shi' : 'yao', ordinal: parseCnNumber(m[1]), marker: m[0], offset, text, shape: m[2] });
      } else if (m[3]) {
        if (ranked) continue;
        out.push({ family: 'di', ordinal: parseCnNumber(m[3]), marker: m[0], offset, text, shape: '第' });
      } else if (m[6] || m[8]) {
        if (ranked) continue;
        const noun = m[6] ? m[7] : '';
        out.push({ family: 'di', ordinal: parseCnNumber(m[6] ?? m[8]), marker: m[0], offset, text, weak: true, shape: shapeOf(noun) });
      } else {
        const word = m[4] ?? m[5];
        // Without a comma, 首先/其次/再次 count at the very start of a paragraph; inside one only 首先 after a
        // clause break, as a weak item (标准，首先一定要通，第二看…); elsewhere they are adverbs.
        const inside = Boolean(m[5]) && m.index !== 0;
        if (inside && word !== '首先' && !(paired && word === '其次' && m.index > first)) continue;
        const ordinal = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 0;
        out.push({ family: 'shouxian', ordinal, marker: word, offset, text, last: word === '最后', weak: inside, shape: '首先' });
      }
    }
    let added = false;
    // 最重要的就是一要…，二要…: a 一是/一要 right after the copula 是 opens the list when the 二是/二要 of its shape follows
    // at a clause start in the same sentence (the clause-start rule passes it over; 这是一是一、二是二 has no such 二).
    for (let j = p.text.indexOf('是一', 1); j >= 0; j = p.text.indexOf('是一', j + 1)) {
      const shape = p.text[j + 2];
      if ((shape !== '是' && shape !== '要') || !ONE_AFTER_COPULA.test(p.text.slice(j + 1, j + 5))) continue;
      const at = p.offset + j + 1;
      const end = SENTENCE_END_CHAR.exec(p.text.slice(j));
      const sentenceEnd = p.offset + (end ? j + end.index : p.text.length);
      const second = out.slice(start).find((mk) => !mk.weak && mk.ordinal === 2 && mk.shape === shape && mk.offset > at && mk.offset < sentenceEnd);
      if (!second || out.slice(start).some((mk) => mk.ordinal === 1 && mk.shape === shape && mk.offset < second.offset && mk.offset >= at)) continue;
      out.push({ family: shape === '是' ? 'shi' : 'yao', ordinal: 1, marker: `一${shape}`, offset: at, text: leadingClause(source[paragraph].text, j + 3), shape });
      added = true;
    }
    for (const x of oneX) {
      for (let j = p.text.indexOf(x, 1); j >= 0; j = p.text.indexOf(x, j + 1)) {
        if (!CN_CHAR.test(p.text[j - 1]) || !AFTER_X.test(p.text[j + 1] ?? '')) continue;
        const at = j >= 2 && CN_CHAR.test(p.text[j - 2]) ? j - 2 : j - 1;
        if (!atClauseStart(p.text, at)) continue;
        out.push({ family: 'shi', ordinal: parseCnNumber(p.text.slice(at, j)), marker: p.text.slice(at, j + 1), offset: p.offset + at, text: leadingClause(source[paragraph].text, j + 1), weak: true, shape: x });
        added = true;
      }
    }
    if (added) out.splice(start, out.length - start, ...out.slice(start).sort((a, b) => a.offset - b.offset));
    for (let k = start; k < out.length; k++) out[k].paragraph = paragraph;
    // 办两件大事：一是…；一是…: two or more 一是 (or 一要) following one another within one sentence, not numbered on
    // by a 二是 of their shape (一是…：一是…，二是… is a list inside an item).
    for (const shape of ['是', '要']) {
      const own = out.slice(start).filter((mk) => !mk.weak && mk.shape === shape && (mk.family === 'shi' || mk.family === 'yao'));
      const sameSentence = (a: Marker, b: Marker) => !SENTENCE_END_CHAR.test(p.text.slice(a.offset - p.offset, b.offset - p.offset));
      for (let i = 0; i < own.length; i++) {
        let j = i;
        while (j + 1 < own.length && own[j].ordinal === 1 && own[j + 1].ordinal === 1 && sameSentence(own[j], own[j + 1])) j++;
        if (j > i && !(j + 1 < own.length && own[j + 1].ordinal === 2 && sameSentence(own[j], own[j + 1]))) for (let k = i; k <= j; k++) own[k].repeatedOne = true;
        i = j;
      }
    }
  });
  return out;
}

interface Run {
  family: Family;
  items: SeriesItem[];
  problems: SeriesProblem[];
  mixed: boolean;
  /** Index in `runs`. */
  index: number;
  /** Section (stretch between headings) the run lies in. */
  section: number;
  /** The open item this run started inside; confirmed as its parent when the outer run continues after it. */
  within: { run: number; item: number } | null;
  parent: { run: number; item: number } | null;
  uncertain?: string;
  /** The marker of each item (its paragraph among them). */
  markers: Marker[];
  /** Every item so far is a weak form. */
  weak: boolean;
}

/**
 * Weak markers without a possible partner anywhere in the text (一些, 一定, 第一时间 with no 二些, 第二时间) are
 * dropped before the runs are built: a weak item needs the next or previous ordinal in its shape (第一阶段 — 第二阶段;
 * a bare 第一 or 首先 — any 第二).
 */
function partnered(markers: Marker[]): Marker[] {
  if (!markers.some((m) => m.weak)) return markers;
  const seen = new Set<string>();
  const count = new Map<string, number>();
  for (const m of markers) {
    seen.add(`${m.shape}:${m.ordinal}`);
    if (m.family === 'di') seen.add(`第:${m.ordinal}`);
    count.set(m.shape ?? '', (count.get(m.shape ?? '') ?? 0) + 1);
  }
  return markers.filter((m) => {
    if (!m.weak) return true;
    if (m.shape === '首先') return seen.has('首先:2') || seen.has('第:2');
    if (m.shape === '第') return seen.has(`第:${m.ordinal + 1}`) || seen.has(`第:${m.ordinal - 1}`) || (m.ordinal === 2 && seen.has('首先:1'));
    // Its neighbour, or two more of its shape (第一阶段 第二阶段 第四阶段: a gap to report).
    return seen.has(`${m.shape}:${m.ordinal + 1}`) || seen.has(`${m.shape}:${m.ordinal - 1}`) || (count.get(m.shape ?? '') ?? 0) >= 3;
  });
}

/** Whether a 第N item carries the measure word x: 第一篇，… or 第一篇文章 (the measure after the numeral). */
const carries = (mk: Marker, x: string) => (mk.marker.replace(/^第[一二三四五六七八九十]{1,3}/, '') || mk.text).startsWith(x);

/** How item n of a run is written: 三是, 三抓, 第三; 首先-runs by the marker given. */
const label = (family: Family, n: number, marker: string, shape?: string) =>
  family === 'shi' || family === 'yao' ? `${toCnNumber(n)}${shape ?? (family === 'shi' ? '是' : '要')}` : family === 'di' ? `第${toCnNumber(n)}` : marker;

const switchable = (f: Family) => f === 'shi' || f === 'yao';
/** Whether an item of family b may continue a run of family a: 一要 … 二是, and 首先，其次，第三 or 首先…二是…三是. */
const continues = (a: Family, b: Family) => a === b || (switchable(a) && switchable(b)) || (a === 'shouxian' && (b === 'di' || switchable(b)));

/**
 * Runs are kept on a stack, so a series nested in an item of another (一是…四是 inside the 二是 of an outer
 * 一是…五是; 一是、二是 inside 第一; 首先…其次 inside 第一) is its own run: an item continues the innermost open run
 * of its own family whose last ordinal it follows (else the innermost of a family it may continue: 首先 … 第二),
 * closing the runs opened inside; an item numbered 1 opens a new run inside the open item. 其次/再次/最后 belong
 * to the innermost open 首先.
 */
export function extractSeries(doc: SpeechDocument, paragraphs: Paragraph[], headings: Heading[]): Series[] {
  // An appendix (附件, 名词解释) after the speech is not searched.
  const end = bodyEnd(doc, paragraphs);
  // Folded once per paragraph array (announcements read the same one).
  const markers = partnered(findMarkers(foldedParagraphs(paragraphs).slice(0, end), paragraphs.slice(0, end)));
  // Heading offsets, in order, to close runs where a heading intervenes.
  const headingOffsets = headings.map((h) => offsetAt(doc, { line: h.line, column: h.column }));
  const headingAt = new Set(headingOffsets);
  let nextHeading = 0;
  let section = 0;

  const runs: Run[] = [];
  let stack: Run[] = [];
  const lastOrdinal = (r: Run) => r.items[r.items.length - 1].ordinal;
  const lastMarker = (r: Run) => r.markers[r.markers.length - 1];
  /** A run of one weak item (一年来, 第一阶段为期…) is not yet a list: nothing but a weak item of its shape continues it. */
  const unconfirmed = (r: Run) => r.weak && r.items.length < 2 && lastMarker(r).shape !== '首先';
  const close = (from: number, into: Run | null) => {
    // Runs above `from` are finished; those opened inside the run that now continues are nested in it.
    for (const r of stack.slice(from)) if (into && r.within && r.within.run === into.index) r.parent = r.within;
    stack = stack.slice(0, from);
  };
  /**
   * A run of weak items with a noun (第一步，…第二步，…) is not continued by a plain ordinal paragraphs away (第三，
   * eight lines later belongs to something else).
   */
  const foreign = (r: Run, mk: Marker) => {
    const last = lastMarker(r);
    return !mk.weak && r.weak && r.family === 'di' && last.shape !== '第' && last.shape !== '首先' && Math.abs((mk.paragraph ?? 0) - (last.paragraph ?? 0)) > 1;
  };
  /** Whether `mk`, numbered `ordinal`, may be the next item of run r. */
  const follows = (r: Run, mk: Marker, ordinal: number) => {
    if (lastOrdinal(r) !== ordinal - 1 || !continues(r.family, mk.family) || foreign(r, mk)) return false;
    const last = lastMarker(r);
    // 首先…二是 in one paragraph or the next: a 二是 paragraphs after a 首先 that opened a thought belongs elsewhere.
    if (last.family === 'shouxian' && switchable(mk.family) && Math.abs((mk.paragraph ?? 0) - (last.paragraph ?? 0)) > 1) return false;
    // Weak items continue their own shape (第一阶段 → 第二阶段, 一抓 → 二抓); a bare 第二 also a 首先 or 第一 of its
    // paragraph (首先一定要通，第二看…，第三看…).
    if (mk.weak) return last.shape === mk.shape || (mk.shape === '第' && last.paragraph === mk.paragraph && (last.family === 'di' || last.shape === '首先'));
    return !unconfirmed(r);
  };
  const open = (mk: Marker, item: SeriesItem, within: Run['within']): Run => {
    const run: Run = { family: mk.family, items: [item], markers: [mk], problems: [], mixed: false, index: runs.length, section, within, parent: null, weak: Boolean(mk.weak) };
    runs.push(run);
    stack.push(run);
    return run;
  };
  const add = (run: Run, mk: Marker, item: SeriesItem) => {
    run.items.push(item);
    run.markers.push(mk);
    if (!mk.weak) run.weak = false;
  };

  for (const mk of markers) {
    // A marker that is itself a heading (第一个问题：) is counted with the headings.
    if (headingAt.has(mk.offset)) continue;
    let crossed = false;
    while (nextHeading < headingOffsets.length && headingOffsets[nextHeading] <= mk.offset) { nextHeading++; crossed = true; }
    if (crossed) { stack = []; section++; }
    const pos = positionAt(doc, mk.offset);

    if (mk.lastOf) {
      // 最后一篇 is the next item of the innermost open 第 run whose items all carry 篇 (第一篇，… 第二篇，…); else no item.
      let o = stack.length - 1;
      while (o >= 0 && !(stack[o].family === 'di' && stack[o].items.length >= 2 && stack[o].markers.every((x) => carries(x, mk.lastOf!)))) o--;
      if (o < 0) continue;
      const run = stack[o];
      close(o + 1, run);
      const prev = run.items[run.items.length - 1];
      const item: SeriesItem = { ordinal: lastOrdinal(run) + 1, marker: mk.marker, text: mk.text, line: pos.line, column: pos.column };
      if (!run.mixed) {
        run.mixed = true;
        run.problems.push({ kind: 'mixed', message: `序号写法不统一：“${prev.marker}”之后用了“${mk.marker}”`, line: pos.line, column: pos.column });
      }
      add(run, mk, item);
      continue;
    }

    let ordinal = mk.ordinal;
    /** 其次/再次/最后 may continue only this run (the innermost 首先); -1: any. */
    let only = -1;
    if (mk.family === 'shouxian') {
      let o = stack.length - 1;
      while (o >= 0 && stack[o].family !== 'shouxian') o--;
      // 其次/再次/最后 without an open 首先 are discourse words (最后，我再强调一点), not items; with one, they
      // belong to the innermost.
      if (ordinal !== 1 && o < 0) continue;
      if (o >= 0) {
        const top = stack[o];
        // 首先 … (paragraphs later) … 最后 with nothing between: "first of all" and the speech's "finally".
        if (mk.last && top.items.length === 1 && (mk.paragraph ?? 0) - (top.markers[0].paragraph ?? -1) > 2) continue;
        // 首先…其次… inside one paragraph, and a 最后 paragraphs later: the speech's "finally", not the pair's third.
        if (mk.last && top.markers.every((x) => x.paragraph === top.markers[0].paragraph) && (mk.paragraph ?? 0) - (top.markers[0].paragraph ?? 0) > 1) continue;
        if (mk.last) ordinal = lastOrdinal(top) + 1;
        only = o;
      }
    }
    // 一是…；一是…: each further 一是 of the paragraph is the next item of the run its first one opened, closing the
    // runs opened inside the item before it (一是…，首先…；一是…).
    if (mk.repeatedOne) {
      let o = stack.length - 1;
      const repeats = (r: Run) => { const p = lastMarker(r); return p.repeatedOne && p.paragraph === mk.paragraph && p.shape === mk.shape; };
      while (o >= 0 && !repeats(stack[o])) o--;
      if (o >= 0) {
        const run = stack[o];
        close(o + 1, run);
        add(run, mk, { ordinal: lastOrdinal(run) + 1, marker: mk.marker, text: mk.text, line: pos.line, column: pos.column });
        continue;
      }
    }
    const item: SeriesItem = { ordinal, marker: mk.marker, text: mk.text, line: pos.line, column: pos.column };

    // 1. The item continues an open run: the innermost of its own family it follows, else the innermost it follows.
    let k = -1;
    if (ordinal > 1) {
      const lo = only >= 0 ? only : 0;
      const hi = only >= 0 ? only : stack.length - 1;
      // Its own family is the run's or that of the run's latest item (一要 … 二是要 takes 三是要 before an older 一是 run).
      for (let c = hi; c >= lo && k < 0; c--) if ((stack[c].family === mk.family || lastMarker(stack[c]).family === mk.family) && follows(stack[c], mk, ordinal)) k = c;
      // Another family's run (首先 … 第二) only while no run of its own family is open: with a 第 run open, a 第二
      // goes on (or repeats) the 第 numbering.
      const ownOpen = stack.some((r) => r.family === mk.family);
      // A 二是 goes on an open 一要 it follows before a 首先 opened inside it.
      const pairOpen = switchable(mk.family) && stack.slice(lo, hi + 1).some((r) => switchable(r.family) && follows(r, mk, ordinal));
      for (let c = hi; c >= lo && k < 0; c--) {
        if (pairOpen && stack[c].family === 'shouxian') continue;
        if (follows(stack[c], mk, ordinal) && (stack[c].family === mk.family || !ownOpen)) k = c;
      }
    }
    if (k >= 0) {
      const run = stack[k];
      close(k + 1, run);
      const first = run.markers[0];
      if (switchable(run.family) && switchable(mk.family) && first.shape !== mk.shape && !run.mixed) {
        run.mixed = true;
        run.problems.push({ kind: 'mixed', message: `序号写法不统一：“${run.items[0].marker}”之后用了“${mk.marker}”`, line: pos.line, column: pos.column });
      }
      add(run, mk, item);
      continue;
    }
    // 2. An item numbered 1 opens a run, inside the item open above it if any.
    if (ordinal === 1) {
      const top = stack[stack.length - 1];
      const within = top ? { run: top.index, item: top.items.length - 1 } : null;
      const run = open(mk, item, within);
      // 第一，……一是……二是…… in one paragraph: the inner series belongs to that item even if the outer one stops there.
      if (top && top.family !== mk.family && (lastMarker(top).paragraph ?? -1) === mk.paragraph) run.parent = within;
      continue;
    }
    // 3. A break in the numbering: against the innermost open run of the family, or a run that does not start at 1.
    // A weak form breaks only a run of two items or more that has its shape (一抓 二抓 二抓); otherwise it continues
    // nothing and is no item (第三看 alone, 二十年前).
    let j = stack.length - 1;
    // A 首先 run takes a 二是 only as its next item (follows), never as a break in its numbering.
    const fits = (r: Run) => continues(r.family, mk.family) && !(r.family === 'shouxian' && switchable(mk.family)) && !unconfirmed(r) && !foreign(r, mk) && (only < 0 || r === stack[only]) &&
      (!mk.weak || (r.items.length >= 2 && r.markers.some((o) => o.shape === mk.shape)));
    while (j >= 0 && !fits(stack[j])) j--;
    if (mk.weak && j < 0) continue;
    if (j < 0) {
      const top = stack[stack.length - 1];
      const run = open(mk, item, top ? { run: top.index, item: top.items.length - 1 } : null);
      run.problems.push({ kind: 'gap', message: `“${mk.marker}”前面没有“${label(mk.family, 1, '首先', mk.shape)}”`, line: pos.line, column: pos.column, expected: 1, found: ordinal });
      run.uncertain = `“${mk.marker}”前面没有“${label(mk.family, 1, '首先', mk.shape)}”，可能是另一种写法的序号`;
      continue;
    }
    const run = stack[j];
    const shape = run.markers[0].shape;
    // Runs open inside it make the break ambiguous only when the marker could belong to one of them.
    if (stack.slice(j + 1).some((r) => continues(r.family, mk.family))) run.uncertain = '列举中套有列举，无法确定各项归属';
    close(j + 1, run);
    const prev = lastOrdinal(run);
    if (ordinal === prev) {
      run.problems.push({ kind: 'repeat', message: `“${mk.marker}”重复，应为“${label(run.family, prev + 1, mk.marker, shape)}”`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    } else if (ordinal > prev + 1) {
      const missing = Array.from({ length: ordinal - prev - 1 }, (_, n) => `“${label(run.family, prev + 1 + n, '', shape)}”`).join('');
      run.problems.push({ kind: 'gap', message: `“${mk.marker}”之前缺少${missing}`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    } else {
      run.problems.push({ kind: 'order', message: `“${mk.marker}”出现在“${run.items[run.items.length - 1].marker}”之后，顺序颠倒`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    }
    add(run, mk, item);
  }

  // Weak forms numbered with a gap or out of order (第四条 … 第六条) may be references to articles or sections rather
  // than a list: counted, but not with confidence.
  for (const run of runs) {
    if (run.markers.every((m) => m.weak) && !run.uncertain && run.problems.some((p) => p.kind === 'gap' || p.kind === 'order') && !run.problems.some((p) => p.kind === 'repeat')) {
      run.uncertain = `“${run.items.map((it) => it.marker).join('”“')}”序号不连续，可能是对条款、章节的引用，无法确定是否为列举`;
    }
  }
  // 首先 … 第二 … 第三: a 第 run whose first item is written 首先 (首先 … 二是 … 三是: a 是 run).
  for (const run of runs) {
    if (run.family !== 'shouxian' || run.markers.length < 2) continue;
    const family = run.markers[1].family;
    if (family === 'shouxian' || !run.markers.slice(1).every((m) => continues(family, m.family) && m.family !== 'shouxian')) continue;
    run.family = family;
    const second = run.items[1];
    run.problems.push({ kind: 'mixed', message: `序号写法不统一：“${run.items[0].marker}”之后用了“${second.marker}”`, line: second.line, column: second.column });
  }

  // A single item is a list only if nothing else in its section goes on counting (一要……二是要…… written apart).
  const countsOnInSection = (r: Run) => runs.some((o) => o !== r && o.section === r.section && o.items.some((it) => it.ordinal >= 2));
  const kept = runs.filter((run) => {
    // A lone 首先 is how speakers start a thought, not a list.
    if (run.family === 'shouxian' && run.items.length < 2) return false;
    // A weak form alone (第一阶段为期三个月, 一年来) is not a list.
    if (run.weak && run.items.length < 2) return false;
    return true;
  });
  const indexOf = new Map(kept.map((r, i) => [r.index, i]));
  const series: Series[] = [];
  for (const run of kept) {
    if (run.items.length === 1) {
      const it = run.items[0];
      run.problems.push({ kind: 'single', message: `只有“${it.marker}”，没有后续各项`, line: it.line, column: it.column });
      if (!run.uncertain && (run.parent || countsOnInSection(run))) run.uncertain = '单独一项，附近另有列举，无法确定是否缺项';
    }
    const s: Series = {
      family: run.family,
      items: run.items,
      problems: run.problems,
      line: run.items[0].line,
      column: run.items[0].column,
    };
    if (run.parent && indexOf.has(run.parent.run)) s.parent = { series: indexOf.get(run.parent.run)!, item: run.parent.item };
    if (run.uncertain) s.uncertain = run.uncertain;
    series.push(s);
  }
  return series;
}

// Enumerations inside the body: 一是/二是 (shi), 一要/二要 (yao), 第一，/第二， (di), 首先/其次/最后 (shouxian).
// A run spans paragraphs until a heading intervenes or the ordinal starts again at 1; gaps, repeats and
// single items are reported as problems.
import { positionAt, offsetAt, type SpeechDocument } from '../text/document.js';
import { parseCnNumber, toCnNumber } from '../text/numerals.js';
import type { Heading, Paragraph, Series, SeriesItem, SeriesProblem } from './types.js';
import { execAccepted } from './lexicon/scan.js';
import { bodyEnd } from './paragraphs.js';

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
}

/**
 * A marker counts only at a clause start: the paragraph start, after punctuation or a blank. This rules out
 * 唯一是, 统一是, 这是一是…; the idiom 一是一、二是二 is excluded by what follows it.
 * 第N needs a comma or 是/要 after it, so 第一时间, 第一批, 第一责任人, 第一书记 are not enumerators; 第一点，/第二个问题，
 * /第三方面， are items too.
 */
const MARKER =
  /(?:([一二三四五六七八九十]{1,3})([是要])(?![一二三四五六七八九十][、，,是])|第([一二三四五六七八九十]{1,3})(?:(?:点|个问题|个方面|方面)(?=[，,：:])|(?=[，,：:]|、(?!第)|[是要](?![一二三四五六七八九十])))|(首先|其次|再次|最后)(?=[，,：:]|[是要](?!求))|(首先|其次|再次)(?=[\u4e00-\u9fff]))/g;

/**
 * The clause-start condition of MARKER, tested by hand on each match instead of as a leading lookbehind
 * (?<=^|[…]): V8 tries a pattern that opens with a lookbehind at every position, several times slower.
 */
const CLAUSE_BEFORE = /[。！？!?；;：:，,、\s\u3000”"）)]/;
const atClauseStart = (text: string, i: number) => i === 0 || CLAUSE_BEFORE.test(text[i - 1]);

const ITEM_END = /[。；;！？!?：:]/;
const MAX_ITEM = 60;

/** The whole leading clause (JSON carries it in full; the outline clips it), within a bound for run-on text. */
function leadingClause(text: string, from: number): string {
  let rest = text.slice(from, from + 8 * MAX_ITEM).replace(/^[，,：:\s]+/, '');
  const end = ITEM_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  return rest;
}

function findMarkers(paragraphs: Paragraph[]): Marker[] {
  const out: Marker[] = [];
  paragraphs.forEach((p, paragraph) => {
    const start = out.length;
    MARKER.lastIndex = 0;
    for (let m = execAccepted(MARKER, p.text, atClauseStart); m; m = execAccepted(MARKER, p.text, atClauseStart)) {
      const after = m.index + m[0].length;
      if (m[1]) {
        out.push({ family: m[2] === '是' ? 'shi' : 'yao', ordinal: parseCnNumber(m[1]), marker: m[0], offset: p.offset + m.index, text: leadingClause(p.text, after) });
      } else if (m[3]) {
        out.push({ family: 'di', ordinal: parseCnNumber(m[3]), marker: m[0], offset: p.offset + m.index, text: leadingClause(p.text, after) });
      } else {
        const word = m[4] ?? m[5];
        // Without a comma, only 首先/其次/再次 at the very start of a paragraph count; mid-sentence they are adverbs.
        if (m[5] && m.index !== 0) continue;
        const ordinal = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 0;
        out.push({ family: 'shouxian', ordinal, marker: word, offset: p.offset + m.index, text: leadingClause(p.text, after), last: word === '最后' });
      }
    }
    for (let k = start; k < out.length; k++) out[k].paragraph = paragraph;
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
  /** Paragraph of each item. */
  paragraphs: number[];
}

const label = (family: Family, n: number, marker: string) =>
  family === 'shi' ? `${toCnNumber(n)}是` : family === 'yao' ? `${toCnNumber(n)}要` : family === 'di' ? `第${toCnNumber(n)}` : marker;

const switchable = (f: Family) => f === 'shi' || f === 'yao';
/** Whether an item of family b may continue a run of family a: 一要 … 二是, and 首先，其次，第三. */
const continues = (a: Family, b: Family) => a === b || (switchable(a) && switchable(b)) || (a === 'shouxian' && b === 'di');

/**
 * Runs are kept on a stack, so a series nested in an item of another (一是…四是 inside the 二是 of an outer
 * 一是…五是; 一是、二是 inside 第一) is its own run: an item continues the innermost open run whose last ordinal
 * it follows, closing the runs opened inside; an item numbered 1 opens a new run inside the open item.
 */
export function extractSeries(doc: SpeechDocument, paragraphs: Paragraph[], headings: Heading[]): Series[] {
  // An appendix (附件, 名词解释) after the speech is not searched.
  const markers = findMarkers(paragraphs.slice(0, bodyEnd(doc, paragraphs)));
  // Heading offsets, in order, to close runs where a heading intervenes.
  const headingOffsets = headings.map((h) => offsetAt(doc, { line: h.line, column: h.column }));
  const headingAt = new Set(headingOffsets);
  let nextHeading = 0;
  let section = 0;

  const runs: Run[] = [];
  let stack: Run[] = [];
  const lastOrdinal = (r: Run) => r.items[r.items.length - 1].ordinal;
  const close = (from: number, into: Run | null) => {
    // Runs above `from` are finished; those opened inside the run that now continues are nested in it.
    for (const r of stack.slice(from)) if (into && r.within && r.within.run === into.index) r.parent = r.within;
    stack = stack.slice(0, from);
  };

  for (const mk of markers) {
    // A marker that is itself a heading (第一个问题：) is counted with the headings.
    if (headingAt.has(mk.offset)) continue;
    let crossed = false;
    while (nextHeading < headingOffsets.length && headingOffsets[nextHeading] <= mk.offset) { nextHeading++; crossed = true; }
    if (crossed) { stack = []; section++; }
    const pos = positionAt(doc, mk.offset);

    let ordinal = mk.ordinal;
    if (mk.family === 'shouxian') {
      const open = [...stack].reverse().find((r) => r.family === 'shouxian');
      // 其次/再次/最后 without an open 首先 are discourse words (最后，我再强调一点), not items.
      if (ordinal !== 1 && !open) continue;
      if (mk.last && open) ordinal = lastOrdinal(open) + 1;
    }
    const item: SeriesItem = { ordinal, marker: mk.marker, text: mk.text, line: pos.line, column: pos.column };

    // 1. The item continues an open run (the innermost one it follows).
    let k = -1;
    if (ordinal > 1) for (let j = stack.length - 1; j >= 0; j--) if (continues(stack[j].family, mk.family) && lastOrdinal(stack[j]) === ordinal - 1) { k = j; break; }
    if (k >= 0) {
      const run = stack[k];
      close(k + 1, run);
      if (run.family !== mk.family && switchable(run.family) && !run.mixed) {
        run.mixed = true;
        run.problems.push({ kind: 'mixed', message: `序号写法不统一：“${run.items[0].marker}”之后用了“${mk.marker}”`, line: pos.line, column: pos.column });
      }
      run.items.push(item);
      run.paragraphs.push(mk.paragraph ?? -1);
      continue;
    }
    // 2. An item numbered 1 opens a run, inside the item open above it if any.
    if (ordinal === 1) {
      const top = stack[stack.length - 1];
      const within = top ? { run: top.index, item: top.items.length - 1 } : null;
      const run: Run = { family: mk.family, items: [item], problems: [], mixed: false, index: runs.length, section, within, parent: null, paragraphs: [mk.paragraph ?? -1] };
      // 第一，……一是……二是…… in one paragraph: the inner series belongs to that item even if the outer one stops there.
      if (top && top.family !== mk.family && top.paragraphs[top.paragraphs.length - 1] === mk.paragraph) run.parent = within;
      runs.push(run);
      stack.push(run);
      continue;
    }
    // 3. A break in the numbering: against the innermost open run of the family, or a run that does not start at 1.
    let j = stack.length - 1;
    while (j >= 0 && !continues(stack[j].family, mk.family)) j--;
    if (j < 0) {
      const top = stack[stack.length - 1];
      const run: Run = { family: mk.family, items: [item], problems: [], mixed: false, index: runs.length, section, within: top ? { run: top.index, item: top.items.length - 1 } : null, parent: null, paragraphs: [mk.paragraph ?? -1] };
      run.problems.push({ kind: 'gap', message: `“${mk.marker}”前面没有“${label(mk.family, 1, '首先')}”`, line: pos.line, column: pos.column, expected: 1, found: ordinal });
      run.uncertain = `“${mk.marker}”前面没有“${label(mk.family, 1, '首先')}”，可能是另一种写法的序号`;
      runs.push(run);
      stack.push(run);
      continue;
    }
    const run = stack[j];
    if (j < stack.length - 1) run.uncertain = '列举中套有列举，无法确定各项归属';
    close(j + 1, run);
    const prev = lastOrdinal(run);
    if (ordinal === prev) {
      run.problems.push({ kind: 'repeat', message: `“${mk.marker}”重复，应为“${label(run.family, prev + 1, mk.marker)}”`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    } else if (ordinal > prev + 1) {
      const missing = Array.from({ length: ordinal - prev - 1 }, (_, n) => `“${label(run.family, prev + 1 + n, '')}”`).join('');
      run.problems.push({ kind: 'gap', message: `“${mk.marker}”之前缺少${missing}`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    } else {
      run.problems.push({ kind: 'order', message: `“${mk.marker}”出现在“${run.items[run.items.length - 1].marker}”之后，顺序颠倒`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
    }
    run.items.push(item);
    run.paragraphs.push(mk.paragraph ?? -1);
  }

  // A single item is a list only if nothing else in its section goes on counting (一要……二是要…… written apart).
  const countsOnInSection = (r: Run) => runs.some((o) => o !== r && o.section === r.section && o.items.some((it) => it.ordinal >= 2));
  const kept = runs.filter((run) => {
    // A lone 首先 is how speakers start a thought, not a list.
    if (run.family === 'shouxian' && run.items.length < 2) return false;
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

// Enumerations inside the body: 一是/二是 (shi), 一要/二要 (yao), 第一，/第二， (di), 首先/其次/最后 (shouxian).
// A run spans paragraphs until a heading intervenes or the ordinal starts again at 1; gaps, repeats and
// single items are reported as problems.
import type { SpeechDocument } from '../text/document.js';
import { parseCnNumber, toCnNumber } from '../text/numerals.js';
import { createLocator, createOffsetter } from './paragraphs.js';
import type { Heading, Paragraph, Series, SeriesItem, SeriesProblem } from './types.js';
import { execAccepted } from './lexicon/scan.js';

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
}

/**
 * A marker counts only at a clause start: the paragraph start, after punctuation or a blank. This rules out
 * 唯一是, 统一是, 这是一是…; the idiom 一是一、二是二 is excluded by what follows it.
 * 第N needs a comma or 是/要 after it, so 第一时间, 第一批, 第一责任人, 第一书记 are not enumerators.
 */
const MARKER =
  /(?:([一二三四五六七八九十]{1,3})([是要])(?![一二三四五六七八九十][、，,是])|第([一二三四五六七八九十]{1,3})(?=[，,：:]|、(?!第)|[是要](?![一二三四五六七八九十]))|(首先|其次|再次|最后)(?=[，,：:]|[是要](?!求))|(首先|其次|再次)(?=[\u4e00-\u9fff]))/g;

/**
 * The clause-start condition of MARKER, tested by hand on each match instead of as a leading lookbehind
 * (?<=^|[…]): V8 tries a pattern that opens with a lookbehind at every position, several times slower.
 */
const CLAUSE_BEFORE = /[。！？!?；;：:，,、\s\u3000”"）)]/;
const atClauseStart = (text: string, i: number) => i === 0 || CLAUSE_BEFORE.test(text[i - 1]);

const ITEM_END = /[。；;！？!?：:]/;
const MAX_ITEM = 60;

function leadingClause(text: string, from: number): string {
  let rest = text.slice(from, from + 4 * MAX_ITEM).replace(/^[，,：:\s]+/, '');
  const end = ITEM_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const cps = [...rest];
  return cps.length > MAX_ITEM ? cps.slice(0, MAX_ITEM).join('') : rest;
}

function findMarkers(paragraphs: Paragraph[]): Marker[] {
  const out: Marker[] = [];
  for (const p of paragraphs) {
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
  }
  return out;
}

interface Run {
  family: Family;
  items: SeriesItem[];
  problems: SeriesProblem[];
  mixed: boolean;
}

const label = (family: Family, n: number, marker: string) =>
  family === 'shi' ? `${toCnNumber(n)}是` : family === 'yao' ? `${toCnNumber(n)}要` : family === 'di' ? `第${toCnNumber(n)}` : marker;

export function extractSeries(doc: SpeechDocument, paragraphs: Paragraph[], headings: Heading[]): Series[] {
  const locate = createLocator(doc);
  const markers = findMarkers(paragraphs);
  // Heading offsets, in order, to close runs where a heading intervenes.
  const offsetOf = createOffsetter(doc);
  const headingOffsets = headings.map((h) => offsetOf(h.line, h.column));
  let nextHeading = 0;

  const runs: Run[] = [];
  const open = new Map<Family, Run>();
  let lastRun: Run | null = null;

  for (const mk of markers) {
    let crossed = false;
    while (nextHeading < headingOffsets.length && headingOffsets[nextHeading] <= mk.offset) { nextHeading++; crossed = true; }
    if (crossed) { open.clear(); lastRun = null; }
    const pos = locate(mk.offset);

    let run = open.get(mk.family);
    let ordinal = mk.ordinal;
    if (mk.family === 'shouxian') {
      // 其次/再次/最后 without an open 首先 are discourse words (最后，我再强调一点), not items.
      if (ordinal !== 1 && !run) continue;
      if (mk.last && run) ordinal = run.items[run.items.length - 1].ordinal + 1;
    }
    // 一要 … 二是 …: the writer switched markers mid-series; continue the run and note it.
    const switchable = (f: Family) => f === 'shi' || f === 'yao';
    if (!run && ordinal !== 1 && lastRun && lastRun.family !== mk.family && switchable(lastRun.family) && switchable(mk.family) &&
        lastRun.items[lastRun.items.length - 1].ordinal === ordinal - 1) {
      run = lastRun;
      if (!run.mixed) {
        run.mixed = true;
        run.problems.push({ kind: 'mixed', message: `序号写法不统一：“${run.items[0].marker}”之后用了“${mk.marker}”`, line: pos.line, column: pos.column });
      }
    } else if (!run || ordinal === 1) {
      run = { family: mk.family, items: [], problems: [], mixed: false };
      runs.push(run);
      open.set(mk.family, run);
      if (ordinal !== 1) {
        run.problems.push({ kind: 'gap', message: `“${mk.marker}”前面没有“${label(mk.family, 1, '首先')}”`, line: pos.line, column: pos.column, expected: 1, found: ordinal });
      }
    } else {
      const prev = run.items[run.items.length - 1].ordinal;
      if (ordinal === prev) {
        run.problems.push({ kind: 'repeat', message: `“${mk.marker}”重复，应为“${label(run.family, prev + 1, mk.marker)}”`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
      } else if (ordinal > prev + 1) {
        const missing = Array.from({ length: ordinal - prev - 1 }, (_, k) => `“${label(run!.family, prev + 1 + k, '')}”`).join('');
        run.problems.push({ kind: 'gap', message: `“${mk.marker}”之前缺少${missing}`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
      } else if (ordinal < prev) {
        run.problems.push({ kind: 'order', message: `“${mk.marker}”出现在“${run.items[run.items.length - 1].marker}”之后，顺序颠倒`, line: pos.line, column: pos.column, expected: prev + 1, found: ordinal });
      }
    }
    run.items.push({ ordinal, marker: mk.marker, text: mk.text, line: pos.line, column: pos.column });
    lastRun = run;
  }

  const series: Series[] = [];
  for (const run of runs) {
    // A lone 首先 is how speakers start a thought, not a list.
    if (run.family === 'shouxian' && run.items.length < 2) continue;
    if (run.items.length === 1) {
      const it = run.items[0];
      run.problems.push({ kind: 'single', message: `只有“${it.marker}”，没有后续各项`, line: it.line, column: it.column });
    }
    series.push({
      family: run.family,
      items: run.items,
      problems: run.problems,
      line: run.items[0].line,
      column: run.items[0].column,
    });
  }
  return series;
}

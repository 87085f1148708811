// compare(a, b) and byYear(speeches): what changed between two sides (files or folders pooled) or between the
// years of a folder. Pure: the caller reads, analyses and segments the speeches; nothing here prints or loads.
import type { SpeechDocument } from '../text/document.js';
import type { Formula, Slogan, Statistic } from '../extract/types.js';
import type { Comparison, KeynessThreshold, SideInfo, TermChange, TermKind, TimelineRow, YearComparison, YearGroup } from './types.js';
import { TermMatcher, searchForm } from './matcher.js';
import { kwicInDocument, KWIC_WIDTH } from './kwic.js';
import { mergeWordCounts, type WordCounts } from './words.js';
import { DEFAULT_THRESHOLD, keyness, rankShifts } from './keyness.js';
import { changedFigures } from './figures.js';

export * from './types.js';
export { kwic, kwicInDocument, KWIC_WIDTH } from './kwic.js';
export { countWords, mergeWordCounts, type WordCounts } from './words.js';
export { DEFAULT_THRESHOLD, thresholdFor, logLikelihood, logRatio } from './keyness.js';

/** One speech as compare reads it: the document, what the extractors found, and its word counts. */
export interface CompareSpeech {
  doc: SpeechDocument;
  chars: number;
  formulas: readonly Formula[];
  slogans: readonly Slogan[];
  statistics: readonly Statistic[];
  words: WordCounts;
}

export interface CompareOptions {
  threshold?: KeynessThreshold;
  /** Keyness rows per direction. */
  keynessTop?: number;
  /** Top words of each side whose ranks are compared. */
  rankTop?: number;
  /** KWIC lines per added or dropped 提法. */
  kwicLines?: number;
  kwicWidth?: number;
}

/** The 提法 of all speeches, each located in every speech's text in one pass. */
interface Catalog {
  speeches: readonly CompareSpeech[];
  /** Display text of each term (as first extracted) and its search form. */
  texts: string[];
  kinds: TermKind[];
  /** Per speech: terms the extractors found in it. */
  extracted: Array<Set<number>>;
  /** Per speech: occurrences of every term in its text (white space and zero-width characters ignored). */
  found: Array<Map<number, number>>;
}

function catalog(speeches: readonly CompareSpeech[]): Catalog {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const keys: string[] = [];
  const kinds: TermKind[] = [];
  const idOf = (text: string, kind: TermKind): number | undefined => {
    const key = searchForm(text);
    if ([...key].length < 2) return undefined;
    let id = ids.get(key);
    if (id === undefined) {
      id = texts.length;
      ids.set(key, id);
      texts.push(text);
      keys.push(key);
      kinds.push(kind);
    } else if (kind === 'formula') kinds[id] = 'formula';
    return id;
  };
  const extracted = speeches.map((s) => {
    const set = new Set<number>();
    for (const f of s.formulas) { const id = idOf(f.text, 'formula'); if (id !== undefined) set.add(id); }
    for (const x of s.slogans) {
      // Enumerations (照镜子、正衣冠…) are lists, not one 提法: their order and members vary freely; quotations
      // (古人云“…”) are citations, not the speech's own wording.
      if (x.kind === 'enumeration' || x.kind === 'quotation') continue;
      const id = idOf(x.text, x.kind);
      if (id !== undefined) set.add(id);
    }
    return set;
  });
  const matcher = new TermMatcher(keys);
  const found = speeches.map((s) => matcher.count(searchForm(s.doc.text)));
  return { speeches, texts, kinds, extracted, found };
}

interface SideStats {
  info: SideInfo;
  members: number[];
  extracted: Set<number>;
  /** Occurrences and documents of each term in the side's texts. */
  found: Map<number, { count: number; documents: number }>;
  words: WordCounts;
}

function sideStats(cat: Catalog, label: string, members: number[]): SideStats {
  const extracted = new Set<number>();
  const found = new Map<number, { count: number; documents: number }>();
  for (const i of members) {
    for (const id of cat.extracted[i]) extracted.add(id);
    for (const [id, c] of cat.found[i]) {
      const f = found.get(id);
      if (f) { f.count += c; f.documents++; } else found.set(id, { count: c, documents: 1 });
    }
  }
  const words = mergeWordCounts(members.map((i) => cat.speeches[i].words));
  const files = members.map((i) => cat.speeches[i].doc.file);
  const chars = members.reduce((n, i) => n + cat.speeches[i].chars, 0);
  return { info: { label, files, documents: members.length, chars, tokens: words.tokens }, members, extracted, found, words };
}

/** 提法 the extractors found on `has` that do not occur anywhere in the texts of `lacks`. */
function onlyOn(cat: Catalog, has: SideStats, lacks: SideStats, opts: CompareOptions): TermChange[] {
  const out: TermChange[] = [];
  for (const id of has.extracted) {
    if (lacks.found.has(id)) continue;
    const f = has.found.get(id) ?? { count: 1, documents: 1 };
    const text = cat.texts[id];
    const lines = [];
    const limit = opts.kwicLines ?? 3;
    for (const i of has.members) {
      if (lines.length >= limit) break;
      if (!cat.found[i].has(id)) continue;
      lines.push(...kwicInDocument(cat.speeches[i].doc, text, { width: opts.kwicWidth ?? KWIC_WIDTH, limit: limit - lines.length }));
    }
    out.push({ text, kind: cat.kinds[id], count: f.count, documents: f.documents, kwic: lines });
  }
  return out.sort((x, y) => y.documents - x.documents || y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
}

function compareStats(cat: Catalog, a: SideStats, b: SideStats, opts: CompareOptions): Comparison {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const figureSources = (s: SideStats) => s.members.map((i) => ({ file: cat.speeches[i].doc.file, statistics: cat.speeches[i].statistics, lines: cat.speeches[i].doc.lines }));
  return {
    a: a.info,
    b: b.info,
    threshold,
    added: onlyOn(cat, b, a, opts),
    dropped: onlyOn(cat, a, b, opts),
    keyness: keyness(a.words, b.words, { threshold, top: opts.keynessTop }),
    ranks: rankShifts(a.words, b.words, opts.rankTop),
    figures: changedFigures(figureSources(a), figureSources(b)),
  };
}

/** Compare side B against side A (each one speech or several pooled). */
export function compare(a: readonly CompareSpeech[], b: readonly CompareSpeech[], opts: CompareOptions & { labels?: [string, string] } = {}): Comparison {
  const cat = catalog([...a, ...b]);
  const ia = a.map((_, i) => i);
  const ib = b.map((_, i) => a.length + i);
  const [la, lb] = opts.labels ?? ['A', 'B'];
  return compareStats(cat, sideStats(cat, la, ia), sideStats(cat, lb, ib), opts);
}

export interface DatedSpeech extends CompareSpeech {
  year: number;
  yearSource: 'text' | 'name' | 'meta';
}

/** Group speeches by year, compare every year with the previous year present, and date every 提法. */
export function byYear(speeches: readonly DatedSpeech[], opts: CompareOptions = {}): YearComparison {
  const cat = catalog(speeches);
  const groups = new Map<number, number[]>();
  speeches.forEach((s, i) => {
    const g = groups.get(s.year);
    if (g) g.push(i); else groups.set(s.year, [i]);
  });
  const years = [...groups.keys()].sort((x, y) => x - y);
  const stats = years.map((y) => sideStats(cat, String(y), groups.get(y)!));
  const yearGroups: YearGroup[] = years.map((year, k) => ({
    year,
    files: stats[k].info.files,
    documents: stats[k].info.documents,
    chars: stats[k].info.chars,
    sources: stats[k].members.map((i) => speeches[i].yearSource),
  }));
  const steps: Comparison[] = [];
  for (let k = 1; k < stats.length; k++) steps.push(compareStats(cat, stats[k - 1], stats[k], opts));

  const timeline: TimelineRow[] = [];
  cat.texts.forEach((text, id) => {
    const counts: Array<{ year: number; count: number }> = [];
    stats.forEach((s, k) => { const f = s.found.get(id); if (f) counts.push({ year: years[k], count: f.count }); });
    if (counts.length === 0) return;
    timeline.push({ text, kind: cat.kinds[id], first: counts[0].year, last: counts[counts.length - 1].year, years: counts.length, counts });
  });
  timeline.sort((x, y) => x.first - y.first || y.years - x.years || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  return { years: yearGroups, steps, timeline };
}

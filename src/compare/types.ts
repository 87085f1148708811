// The result of comparing two sides (files or folders pooled) or the years of a folder: pure data, the JSON contract.

/** A kind of 提法: the slogan kinds of the extractor; numeral formulas found unquoted are 'formula' too. */
export type TermKind = 'formula' | 'slogan' | 'term' | 'name';

/** One occurrence with its context: about `width` characters either side, the term itself in `match`. */
export interface KwicLine {
  file: string;
  line: number;
  column: number;
  left: string;
  match: string;
  right: string;
}

export interface SideInfo {
  /** What the side is: the path(s) given, or the year. */
  label: string;
  files: string[];
  documents: number;
  /** Characters without white space. */
  chars: number;
  /** Word tokens (Han) the keyness and ranks are computed over. */
  tokens: number;
}

/** A 提法 present on one side only. */
export interface TermChange {
  text: string;
  kind: TermKind;
  /** Occurrences on the side that has it. */
  count: number;
  /** Documents of that side that use it. */
  documents: number;
  kwic: KwicLine[];
}

export interface KeynessRow {
  word: string;
  /** Counts on each side. */
  a: number;
  b: number;
  /** Normalised frequencies: occurrences per 10,000 tokens. */
  aPer10k: number;
  bPer10k: number;
  /** Log-likelihood G² (Rayson & Garside 2000), 1 degree of freedom. */
  g2: number;
  /** Effect size: log2 of B's relative frequency over A's (Hardie 2014; 0.5 for a zero count). */
  logRatio: number;
  /** 'over': used more in B than in A; 'under': less. */
  direction: 'over' | 'under';
}

export interface RankRow {
  word: string;
  /** Frequency rank on each side (1 = most frequent; ties share a rank), null when the word is absent. */
  rankA: number | null;
  rankB: number | null;
  /** rankA − rankB: positive = rose in B; null when absent on one side. */
  shift: number | null;
  a: number;
  b: number;
}

export interface FigureValue {
  value: number;
  max?: number;
  approx: string | null;
  text: string;
  /** The clause the figure stands in: 单位国内生产总值能耗降低2.5%左右. */
  context: string;
  file: string;
  line: number;
  column: number;
}

/** A statistic of the same noun and unit on both sides with a different value. */
export interface FigureChange {
  noun: string;
  unit: string;
  a: FigureValue;
  b: FigureValue;
  /** b.value − a.value. */
  change: number;
  /** Relative change in percent, null when a.value is 0 or the unit is itself a ratio (%, 个百分点). */
  changePct: number | null;
}

export interface KeynessThreshold {
  /** Minimum G²: 10.83 is p < 0.001 at 1 degree of freedom. */
  g2: number;
  p: number;
}

export interface Comparison {
  a: SideInfo;
  b: SideInfo;
  threshold: KeynessThreshold;
  added: TermChange[];
  dropped: TermChange[];
  keyness: KeynessRow[];
  ranks: RankRow[];
  figures: FigureChange[];
}

export interface YearGroup {
  year: number;
  files: string[];
  documents: number;
  chars: number;
  /** Where the year came from for each file: 'text' (the date in the speech), 'name' (the file name), 'meta'. */
  sources: Array<'text' | 'name' | 'meta'>;
}

export interface TimelineRow {
  text: string;
  kind: TermKind;
  first: number;
  last: number;
  /** Years in which it is used. */
  years: number;
  /** Occurrences per year it is used in, in year order. */
  counts: Array<{ year: number; count: number }>;
}

export interface YearComparison {
  years: YearGroup[];
  /** Each year against the previous year present. */
  steps: Comparison[];
  /** First and last year of every 提法, over all years. */
  timeline: TimelineRow[];
}

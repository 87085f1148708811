// The structure of a speech: what `analyze` prints and what lint rules and draft checks read.
// Computed once per document by analyze(doc) in ./index.ts. Every finding carries a 1-based line and column.

import type { SpeechTypeId } from '../speech-types.js';

/** The ids of data/speech-types.yaml (src/speech-types.ts is their one home). */
export type SpeechType = SpeechTypeId;

/** Numbering conventions of official documents: 一、 → （一） → 1. / 1、 → （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** The marker exactly as written: '一、', '（一）', '(一)', '1.', '1、', '（1）'. */
  marker: string;
  /** Marker style, to detect mixed styles at one level: 'cn-dun' 一、 | 'cn-paren' （一） | 'cn-paren-ascii' (一) | 'num-dot' 1. | 'num-dun' 1、 | 'num-paren' （1） | 'num-paren-ascii' (1) */
  style: string;
  /** The number as an integer (一 → 1, 十二 → 12). */
  number: number;
  /** The heading phrase only (not the body that follows in a run-in heading). */
  text: string;
  line: number;
  column: number;
  /** 1-based column just after the heading text (exclusive). */
  endColumn: number;
  /** 'line' stands alone; 'run-in' starts a paragraph that continues; 'inline' follows a sentence end inside a line. */
  placement: 'line' | 'run-in' | 'inline';
  /** Index of the parent heading in SpeechStructure.headings, or null for top level. */
  parent: number | null;
}

export type SeriesFamily = '是' | '要' | '第' | '首先' | '是要' | '在' ;

export interface SeriesItem {
  /** 1-based ordinal as written (一是 → 1); 首先 → 1, 其次 → 2, 再次 → 3, 最后 → last. */
  ordinal: number;
  /** The marker as written: '一是', '二要', '第三', '首先'. */
  marker: string;
  /** The item's leading clause, up to its first sentence end or semicolon. */
  text: string;
  line: number;
  column: number;
}

export interface SeriesProblem {
  /** 'mixed': markers of two families in one run (一要 … 二是). */
  kind: 'gap' | 'repeat' | 'single' | 'order' | 'mixed';
  /** Chinese description for people: e.g. '“七是”重复'. */
  message: string;
  line: number;
  column: number;
  /** Ordinal expected at this place. */
  expected?: number;
  /** Ordinal found. */
  found?: number;
}

export interface Series {
  /** Family key: '一是' style → 'shi', '一要' → 'yao', '第一' → 'di', '首先/其次/最后' → 'shouxian'. */
  family: 'shi' | 'yao' | 'di' | 'shouxian';
  items: SeriesItem[];
  problems: SeriesProblem[];
  line: number;
  column: number;
  /**
   * The item this series is nested in (一是…四是 inside the 二是 of an outer 一是…五是, 一是…二是 inside 第一):
   * indexes into SpeechStructure.series and that series' items. Absent for a series at the top.
   */
  parent?: { series: number; item: number };
  /** Set when the items cannot be counted with confidence (Chinese reason); lint then reports no error. */
  uncertain?: string;
}

export interface Announcement {
  /** The announcing phrase as written: '讲三点意见', '主要做到“五个坚持”'. */
  phrase: string;
  /** Announced number, or null for 几点/几个. */
  announced: number | null;
  /** Number of items that actually follow (next-level headings or the following series), or null if nothing countable follows. */
  actual: number | null;
  /** What was counted: 'headings' | 'series' | 'enumeration' (a 、-list after the colon: 四个要素：A、B、C、D) | 'none'. */
  target: 'headings' | 'series' | 'enumeration' | 'none';
  /** With target 'series': the index in SpeechStructure.series of the series that was counted. */
  series?: number;
  line: number;
  column: number;
  endColumn: number;
}

export interface Formula {
  /** Compact numeral formula: '三严三实', '四个不放过', '三会一课'. */
  text: string;
  count: number;
  lines: number[];
}

export interface Slogan {
  text: string;
  /** 'formula' numeral formula in quotes | 'slogan' a catchphrase or requirement | 'term' a short term | 'name' a title of a document, campaign or activity | 'enumeration' 照镜子、正衣冠… */
  /** 'quotation': a classical quotation or saying, or a cited sentence (引文/典故: 古人云“…”, “天下兴亡，匹夫有责”). */
  kind: 'formula' | 'slogan' | 'term' | 'name' | 'enumeration' | 'quotation';
  count: number;
  lines: number[];
}

export interface Statistic {
  /** Text as written: '426名党员', '意见建议 137 条', '98 %以上'. */
  text: string;
  /** The number; for a range (1—2份, 3-4人) its lower end. */
  value: number;
  /** Upper end of a range (1—2份 → 2); absent for a single number. */
  max?: number;
  /** Unit or measure word: '名', '个', '%', '万元', '㎡', '条'. */
  unit: string;
  /** '余' | '多' | '近' | '以上' | '左右' | '约' | '不少于' | null */
  approx: string | null;
  /** The thing counted: '党员', '基层党组织', '意见建议'. Empty when none is found. */
  noun: string;
  line: number;
  column: number;
}

export interface SpeechTypeResult {
  label: SpeechType;
  /** 0..1 */
  confidence: number;
  /** Chinese evidence strings: '标题含“动员大会”', '开头：“对全县教育实践活动进行动员部署”'. */
  evidence: string[];
  /** The runner-up when the call is close (its evidence at least half the best type's), with its own evidence. */
  alternative?: { label: SpeechType; confidence: number; evidence: string[] };
}

export interface Keyword { word: string; weight: number }

export interface SpeechStructure {
  /** Title when the text has one (first lines before the salutation), else ''. */
  title: string;
  /** The date the text states (（2021年2月20日）, a date line, 2021.02.20) as 'YYYY-MM-DD' or 'YYYY-MM', else null. */
  date: string | null;
  /** The speaker's name from a name line or the title (沈江峰校长在…), else null. */
  speaker: string | null;
  /** The meeting as written (在…上的讲话, 今天我们召开…), else null. */
  meeting: string | null;
  /** Line of the salutation (同志们：), or null. */
  salutationLine: number | null;
  headings: Heading[];
  series: Series[];
  announced: Announcement[];
  formulas: Formula[];
  slogans: Slogan[];
  statistics: Statistic[];
  type: SpeechTypeResult;
  /** Paragraphs after splitting run-together text (web copies without line breaks): start line/column and text. */
  paragraphs: Paragraph[];
}

export interface Paragraph {
  text: string;
  line: number;
  column: number;
  /** UTF-16 offset of the paragraph's first character in doc.text. */
  offset: number;
}

export interface AnalysisResult extends SpeechStructure {
  file: string;
  chars: number;
  keywords: Keyword[];
}

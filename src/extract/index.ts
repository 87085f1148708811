// analyze(doc) -> SpeechStructure, computed once and shared by `analyze`, `lint` and draft checks.
// Pure and synchronous: no nodejieba here (keywords are added by analyzeDocument, which segments).
import { nonSpaceLength, type SpeechDocument } from '../text/document.js';
import type { AnalysisResult, SpeechStructure } from './types.js';
import { splitParagraphs } from './paragraphs.js';
import { extractHeader, findSalutation } from './title.js';
import { extractHeadings } from './headings.js';
import { extractSeries } from './series.js';
import { extractAnnouncements } from './announced.js';
import { extractFormulas } from './formulas.js';
import { extractSlogans } from './slogans.js';
import { extractStatistics } from './statistics.js';
import { classifySpeech } from './speech-type.js';

export * from './types.js';

export function analyzeStructure(doc: SpeechDocument): SpeechStructure {
  const paragraphs = splitParagraphs(doc);
  const { title, date, speaker, meeting } = extractHeader(doc, paragraphs);
  const salutationLine = findSalutation(doc, paragraphs);
  const headings = extractHeadings(doc, paragraphs);
  const series = extractSeries(doc, paragraphs, headings);
  const announced = extractAnnouncements(doc, paragraphs, headings, series);
  const formulas = extractFormulas(doc, paragraphs);
  const slogans = extractSlogans(doc, paragraphs);
  const statistics = extractStatistics(doc, paragraphs, announced);
  const partial = { title, date, speaker, meeting, salutationLine, headings, series, announced, formulas, slogans, statistics, paragraphs };
  const type = classifySpeech(doc, partial);
  return { ...partial, type };
}

export interface AnalyzeOptions {
  /** Compute TF-IDF keywords (loads the segmentation dictionary). Default true. */
  keywords?: boolean;
  topKeywords?: number;
  dicts?: string[];
}

/** The segmentation module, imported on the first file that asks for keywords (a dynamic import per file costs a loader round). */
let segmentModule: Promise<typeof import('../segment/index.js')> | undefined;

export async function analyzeDocument(doc: SpeechDocument, opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const structure = analyzeStructure(doc);
  return analysisResult(doc, structure, await documentKeywords(doc, opts));
}

/** The keywords of a document as analyzeDocument computes them (none when opts.keywords is false). */
export async function documentKeywords(doc: SpeechDocument, opts: AnalyzeOptions = {}): Promise<AnalysisResult['keywords']> {
  if (opts.keywords === false) return [];
  const { extractKeywords } = await (segmentModule ??= import('../segment/index.js'));
  return extractKeywords(doc.text, opts.topKeywords ?? 20, opts.dicts);
}

/** analyzeDocument's result from its two parts, for callers that compute them apart (analyze's batches). */
export function analysisResult(doc: SpeechDocument, structure: SpeechStructure, keywords: AnalysisResult['keywords']): AnalysisResult {
  return { file: doc.file, chars: nonSpaceLength(doc.text), ...structure, keywords };
}

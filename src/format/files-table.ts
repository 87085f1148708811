// The per-speech table of `analyze` (CSV --table files, the Excel sheet, the HTML report): one row per speech
// with its metadata, type and the counts of what was found.
import type { AnalysisRecord } from '../analyze/record.js';

export const FILES_HEADER = ['file', 'title', 'date', 'speaker', 'meeting', 'type', 'confidence', 'chars', 'headings', 'series', 'formulas', 'statistics'] as const;

/** Date, speaker and meeting as the extractors state them (null when the speech does not say). */
export function metadataOf(r: AnalysisRecord): { date: string | null; speaker: string | null; meeting: string | null } {
  return { date: r.date ?? null, speaker: r.speaker ?? null, meeting: r.meeting ?? null };
}

export function fileCells(r: AnalysisRecord): Array<string | number | null> {
  const m = metadataOf(r);
  return [r.file, r.title, m.date, m.speaker, m.meeting, r.type.label, r.type.confidence, r.chars, r.headings.length, r.series.length, r.formulas.length, r.statistics.length];
}

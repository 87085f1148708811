// The public shape of one analysed speech (the JSON/JSONL contract), and the conversion from AnalysisResult.
// Contract keys come first in a fixed order; any extra fields the extractors add are kept after them.
import type { AnalysisResult } from '../extract/types.js';
import { SPEECH_TYPE_IDS } from '../speech-types.js';

/** One analysed speech as written to JSON: everything but the internal paragraphs. */
export type AnalysisRecord = Omit<AnalysisResult, 'paragraphs'>;

/** Drop the internal paragraphs and order the keys as the documented contract lists them. */
export function toRecord(result: AnalysisResult): AnalysisRecord {
  const { file, chars, title, date, speaker, meeting, type, headings, series, announced, formulas, slogans, statistics, keywords, paragraphs: _p, ...rest } = result;
  return {
    file,
    chars,
    title,
    date,
    speaker,
    meeting,
    type: { label: type.label, confidence: type.confidence, evidence: type.evidence, ...(type.alternative ? { alternative: type.alternative } : {}) },
    headings: headings.map(({ level, marker, number, text, line, column, ...more }) => ({ level, marker, number, text, line, column, ...more })),
    series: series.map(({ family, items, problems, ...more }) => ({
      family,
      items: items.map(({ ordinal, text, line, ...i }) => ({ ordinal, text, line, ...i })),
      problems,
      ...more,
    })),
    announced: announced.map(({ phrase, announced: n, actual, line, ...more }) => ({ phrase, announced: n, actual, line, ...more })),
    formulas: formulas.map(({ text, count, lines, ...more }) => ({ text, count, lines, ...more })),
    slogans: slogans.map(({ text, kind, count, lines, ...more }) => ({ text, kind, count, lines, ...more })),
    statistics: statistics.map(({ text, value, unit, approx, noun, line, ...more }) => ({ text, value, unit, approx, noun, line, ...more })),
    keywords,
    ...rest,
  };
}

/** Check a parsed JSONL line before the reducer trusts it; returns a Chinese reason or null. */
export function recordProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return '不是 JSON 对象';
  const r = v as Record<string, unknown>;
  if (typeof r.file !== 'string') return '缺少字符串字段“file”';
  if (typeof r.chars !== 'number') return '缺少数值字段“chars”';
  const type = r.type as Record<string, unknown> | undefined;
  if (typeof type !== 'object' || type === null || typeof type.label !== 'string') return '缺少字段“type.label”';
  if (!(SPEECH_TYPE_IDS as readonly string[]).includes(type.label)) return `“type.label”的值“${type.label}”不是已知的讲话类型（${SPEECH_TYPE_IDS.join('、')}）`;
  for (const key of ['formulas', 'slogans', 'statistics']) {
    if (!Array.isArray(r[key])) return `缺少数组字段“${key}”`;
  }
  if (r.keywords !== undefined && !Array.isArray(r.keywords)) return '字段“keywords”应为数组';
  return null;
}

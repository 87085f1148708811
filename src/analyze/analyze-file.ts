// Analyse one file by path and render it for the chosen output: used in-process (--jobs 1) and by every worker.
// Rendering happens where the analysis happens, so the main thread of a folder run only writes text and sums.
// Nothing here imports nodejieba; analyzeDocument loads it lazily, and only when keywords are asked for.
import path from 'node:path';
import { DOCX_EXTENSION, STDIN, documentFromBytes, readDocument, readRegularFileSync } from '../text/read.js';
import type { SpeechDocument } from '../text/document.js';
import { analysisResult, analyzeDocument, analyzeStructure, documentKeywords, type AnalysisResult, type SpeechStructure } from '../extract/index.js';
import { isJianghuaError } from '../errors.js';
import { toRecord, type AnalysisRecord } from './record.js';
import { digestOf, type SummaryInput } from './summary.js';
import { formatOutline } from '../format/outline.js';
import { formatRecordJson, formatRecordJsonl, jsonArrayItem } from '../format/analysis-json.js';
import { csvRows, type CsvTable } from '../format/csv.js';
import { parseRecord, recordDocument, recordFailure, type RecordTask } from './records.js';

export interface AnalyzeFileOptions {
  keywords: boolean;
  top: number;
  dicts: string[];
}

/** How each file's result is written. */
export interface OutputSpec {
  format: 'outline' | 'json' | 'jsonl' | 'csv' | 'record';
  table?: CsvTable;
  /** json: one object rather than an array element. */
  single?: boolean;
  /** json: the array sits inside {"files": [...], "summary": …}. */
  wrapped?: boolean;
  /** Send the summary digest along. */
  summary?: boolean;
  /** Outline colours (workers cannot see the terminal). */
  color?: boolean;
}

/** A file's outcome: its rendered text (and digest), or a Chinese message naming the file. */
export type FileOutcome =
  | { file: string; text: string; digest?: SummaryInput; record?: AnalysisRecord; error?: undefined }
  | { file: string; text?: undefined; digest?: undefined; record?: undefined; error: string };

export type Loaded = { file: string; doc: SpeechDocument; error?: undefined } | { file: string; doc?: undefined; error: string };

/**
 * Read a speech. The common case is one synchronous read: a 20 KB file costs ~0.1 ms that way, while the
 * promise API needs five event-loop turns (stat, open, fstat, read, close) that a busy thread delays.
 * Anything unusual (missing, folder, empty, .docx, stdin) goes through readDocument for its precise message.
 */
export async function loadFile(file: string): Promise<Loaded> {
  if (file !== STDIN && path.extname(file).toLowerCase() !== DOCX_EXTENSION) {
    let buf: Buffer | undefined;
    try {
      // Only a regular file of bounded size: a FIFO would block the thread, /dev/zero fill the memory.
      buf = readRegularFileSync(file);
    } catch (e) {
      return { file, error: failureMessage(file, e) };
    }
    if (buf && buf.length > 0) {
      try {
        return { file, doc: documentFromBytes(buf, file) };
      } catch (e) {
        return { file, error: failureMessage(file, e) };
      }
    }
  }
  try {
    return { file, doc: await readDocument(file, { docx: true }) };
  } catch (e) {
    return { file, error: failureMessage(file, e) };
  }
}

export function render(record: AnalysisRecord, spec: OutputSpec): string {
  switch (spec.format) {
    case 'outline': return formatOutline(record);
    case 'jsonl': return formatRecordJsonl(record);
    case 'csv': return csvRows(record, spec.table ?? 'statistics');
    case 'json': return spec.single ? formatRecordJson(record) : jsonArrayItem(record, { wrapped: Boolean(spec.wrapped) });
    case 'record': return '';
  }
}

export async function analyzeLoaded(loaded: Loaded, opts: AnalyzeFileOptions, spec: OutputSpec): Promise<FileOutcome> {
  if (loaded.error !== undefined) return loaded;
  try {
    return outcomeOf(loaded.file, await analyzeDocument(loaded.doc, { keywords: opts.keywords, topKeywords: opts.top, dicts: opts.dicts }), spec);
  } catch (e) {
    return { file: loaded.file, error: failureMessage(loaded.file, e) };
  }
}

function outcomeOf(file: string, result: AnalysisResult, spec: OutputSpec): FileOutcome {
  const record = toRecord(result);
  return {
    file,
    text: render(record, spec),
    ...(spec.summary ? { digest: digestOf(record) } : {}),
    ...(spec.format === 'record' ? { record } : {}),
  };
}

/**
 * Files analysed together, with the outcomes analyzeLoaded gives each, in order: first the structure of every
 * file, then the keywords of every file, then the records. A run of keyword extractions finds nodejieba's
 * dictionary in the CPU caches, which the extractors push out when the two alternate file by file: a --jobs 1
 * run over the benchmark folder takes 11–15% less CPU in batches of 16 (scripts/bench-analyze.mjs).
 */
export async function analyzeLoadedBatch(batch: Loaded[], opts: AnalyzeFileOptions, spec: OutputSpec): Promise<FileOutcome[]> {
  const kwOpts = { keywords: opts.keywords, topKeywords: opts.top, dicts: opts.dicts };
  // Each file's progress: its structure, then its keywords; or the message of the step that failed.
  type Step = { doc: SpeechDocument; structure: SpeechStructure; keywords?: AnalysisResult['keywords'] } | { error: string };
  const steps: Step[] = batch.map((l) => {
    if (l.error !== undefined) return { error: l.error };
    try {
      return { doc: l.doc, structure: analyzeStructure(l.doc) };
    } catch (e) {
      return { error: failureMessage(l.file, e) };
    }
  });
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if ('error' in step) continue;
    try {
      step.keywords = await documentKeywords(step.doc, kwOpts);
    } catch (e) {
      steps[i] = { error: failureMessage(batch[i].file, e) };
    }
  }
  return steps.map((step, i): FileOutcome => {
    const file = batch[i].file;
    if ('error' in step) return { file, error: step.error };
    try {
      return outcomeOf(file, analysisResult(step.doc, step.structure, step.keywords ?? []), spec);
    } catch (e) {
      return { file, error: failureMessage(file, e) };
    }
  });
}

export function failureMessage(file: string, e: unknown): string {
  if (isJianghuaError(e)) return e.message;
  // An extractor bug must not stop a folder run; name the file so the text can be reported.
  const detail = e instanceof Error ? e.message : String(e);
  return `${file}：分析时出错（${detail}）。`;
}

/**
 * Analyse one record line (`analyze --input jsonl`): its output line is the record's analysis in the JSON contract,
 * `file` being the id, with `id` first and the record's other fields under `metadata`.
 */
export async function analyzeRecordTask(source: string, task: RecordTask, opts: AnalyzeFileOptions): Promise<FileOutcome> {
  const parsed = parseRecord(task.raw);
  if (!parsed.ok) return { file: source, error: recordFailure(source, task, parsed.id, parsed.problem) };
  const { id, metadata } = parsed.record;
  try {
    const result = await analyzeDocument(recordDocument(parsed.record), { keywords: opts.keywords, topKeywords: opts.top, dicts: opts.dicts });
    return { file: String(id), text: JSON.stringify({ id, ...toRecord(result), metadata }) + '\n' };
  } catch (e) {
    return { file: source, error: recordFailure(source, task, id, e) };
  }
}

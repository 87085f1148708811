// `lint --input jsonl`: an archive checked as records {"id", "text", …metadata}, one ESLint-shaped result per line
// (filePath is the id), so an editorial office lints millions of speeches with the same mapper as `analyze`.
// Records are read and checked one at a time; a bad record is reported with its line and id and skipped.
import type { Output } from '../io.js';
import { EXIT } from '../errors.js';
import { lintDocument, type LintOptions, type LintResult } from '../lint/index.js';
import { parseSpeechTypeAmong, SPEECH_TYPE_IDS } from '../speech-types.js';
import { parseRecord, recordDocument, recordFailure, recordSource } from '../analyze/records.js';

export interface LintRecordsOptions {
  /** The options every record is checked with (config, rules, phrase lists, --type). */
  base: LintOptions;
  /** Applied to each result before it is written (--quiet keeps errors only). */
  shape: (r: LintResult) => LintResult;
  maxWarnings?: number;
}

/** The exit code: 2 when a record was bad, else 1 for errors (or warnings over --max-warnings), else 0. */
export async function lintRecords(paths: string[], opts: LintRecordsOptions, io: Output): Promise<number> {
  let errors = 0;
  let warnings = 0;
  let bad = false;
  for await (const item of recordSource(paths)) {
    if (item.error) { io.err(`jianghua: ${item.error.message}\n`); bad = true; continue; }
    const task = item.record!;
    const parsed = parseRecord(task.raw);
    if (!parsed.ok) { io.err(`jianghua: ${recordFailure(item.file, task, parsed.id, parsed.problem)}\n`); bad = true; continue; }
    const { id, metadata } = parsed.record;
    // A record's own type (an id or a Chinese name such as 动员) is a stated fact, like --type; --type wins.
    const stated = typeof metadata.type === 'string' ? parseSpeechTypeAmong(metadata.type, SPEECH_TYPE_IDS) : null;
    let result: LintResult;
    try {
      result = opts.shape(lintDocument(recordDocument(parsed.record), { ...opts.base, type: opts.base.type ?? stated ?? undefined }));
    } catch (e) {
      io.err(`jianghua: ${recordFailure(item.file, task, id, e)}\n`);
      bad = true;
      continue;
    }
    errors += result.errorCount;
    warnings += result.warningCount;
    const { filePath: _f, output: _o, ...rest } = result;
    io.out(JSON.stringify({ id, filePath: String(id), ...rest, metadata }) + '\n');
  }
  if (bad) return EXIT.failure;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(`jianghua: 警告 ${warnings} 个，超过 --max-warnings ${opts.maxWarnings}。\n`);
    return EXIT.findings;
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

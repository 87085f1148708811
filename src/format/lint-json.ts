// `lint --format json`: ESLint's result shape (filePath, messages with 1|2 severity and fix {range, text},
// error/warning counts), plus Chinese `notes`, and `output` when --fix-dry-run produced a fixed text.
import path from 'node:path';
import type { LintResult } from '../lint/rule.js';

export function formatLintJson(results: LintResult[]): string {
  const shaped = results.map((r) => ({
    filePath: r.filePath.startsWith('<') ? r.filePath : path.resolve(r.filePath),
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    notes: r.notes,
    ...(r.output !== undefined ? { output: r.output } : {}),
  }));
  return JSON.stringify(shaped, null, 2) + '\n';
}

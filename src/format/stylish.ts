// ESLint-style "stylish" report for lint: findings grouped by file (`line:col  severity  message  rule-id`), then
// a summary line `✖ N 个问题（X 个错误，Y 个警告）`. Columns are aligned by display width (a Chinese character is 2).
import type { LintResult } from '../lint/rule.js';
import { color } from './color.js';

/** Terminal display width: East Asian wide and full-width characters take two cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
      || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) || c === 0x201c || c === 0x201d ? 2 : 1;
  }
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

export function formatStylish(results: LintResult[]): string {
  const c = color();
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    if (r.messages.length === 0 && r.notes.length === 0) continue;
    out += `\n${c.underline(r.filePath)}\n`;
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? '错误' : '警告', m.message, m.ruleId]);
    const w0 = Math.max(0, ...rows.map((x) => displayWidth(x[0])));
    const w2 = Math.max(0, ...rows.map((x) => displayWidth(x[2])));
    for (const [pos, sev, msg, id] of rows) {
      const sevText = sev === '错误' ? c.red(sev) : c.yellow(sev);
      out += `  ${c.dim(pad(pos, w0))}  ${sevText}  ${pad(msg, w2)}  ${c.dim(id)}\n`;
    }
    for (const n of r.notes) out += `  ${c.cyan('注')}  ${n}\n`;
  }
  const total = errors + warnings;
  if (total > 0) {
    const mark = errors > 0 ? c.red.bold : c.yellow.bold;
    out += `\n${mark(`✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`)}\n`;
    if (fixErrors + fixWarnings > 0) out += mark(`  其中 ${fixErrors} 个错误和 ${fixWarnings} 个警告可用 --fix 自动修复。`) + '\n';
  }
  return out;
}

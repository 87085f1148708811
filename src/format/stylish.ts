// ESLint-style "stylish" report for lint: findings grouped by file (`line:col  severity  message  rule-id`), each with
// an excerpt of the text around it (the finding underlined with ^) and its suggestions; then the findings per rule
// and a summary line `✖ N 个问题（X 个错误，Y 个警告）`. Columns are aligned by display width (a Chinese
// character is 2). Built by pushing lines (no spread of large arrays), so 100,000s of findings do not overflow.
import type { LintMessage, LintResult } from '../lint/rule.js';
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
/** Tabs and other control characters would break the caret line: shown as one space each. */
const visible = (s: string) => s.replace(/[\t\r\v\f\u0000-\u001f]/g, ' ');

/** The excerpt line and the caret line under the finding, or none when the message has no context. */
export function excerptLines(m: Pick<LintMessage, 'context'>): [string, string] | null {
  const ctx = m.context;
  if (!ctx || (!ctx.before && !ctx.text && !ctx.after)) return null;
  const before = (ctx.cutBefore ? '…' : '') + visible(ctx.before);
  const hit = visible(ctx.text);
  const line = before + hit + visible(ctx.after) + (ctx.cutAfter ? '…' : '');
  return [line, ' '.repeat(displayWidth(before)) + '^'.repeat(Math.max(1, displayWidth(hit)))];
}

export function formatStylish(results: LintResult[]): string {
  const c = color();
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  const perRule = new Map<string, { errors: number; warnings: number; findings: number }>();
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    if (r.messages.length === 0 && r.notes.length === 0) continue;
    out.push('', c.underline(r.filePath));
    let w0 = 0;
    for (const m of r.messages) w0 = Math.max(w0, displayWidth(`${m.line}:${m.column}`));
    for (const m of r.messages) {
      const pos = `${m.line}:${m.column}`;
      const sev = m.severity === 2 ? c.red('错误') : c.yellow('警告');
      out.push(`  ${c.dim(pad(pos, w0))}  ${sev}  ${m.message}  ${c.dim(m.ruleId)}`);
      const indent = ' '.repeat(w0 + 10);
      const ex = excerptLines(m);
      if (ex) out.push(`${indent}${c.dim(ex[0])}`, `${indent}${c.red(ex[1])}`);
      for (const s of m.suggestions ?? []) out.push(`${indent}${c.cyan('建议')}：${s.desc}（不自动修复）`);
      const k = perRule.get(m.ruleId) ?? { errors: 0, warnings: 0, findings: 0 };
      if (m.severity === 2) k.errors++; else k.warnings++;
      k.findings += m.count ?? 1;
      perRule.set(m.ruleId, k);
    }
    for (const n of r.notes) out.push(`  ${c.cyan('注')}  ${n}`);
  }
  const total = errors + warnings;
  if (total > 0) {
    const mark = errors > 0 ? c.red.bold : c.yellow.bold;
    out.push('', '按规则：');
    const rows = [...perRule.entries()].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings));
    let wid = 0;
    for (const [id] of rows) wid = Math.max(wid, id.length);
    for (const [id, k] of rows) {
      const parts = [k.errors ? `${k.errors} 个错误` : '', k.warnings ? `${k.warnings} 个警告` : ''].filter(Boolean).join('，');
      out.push(`  ${pad(id, wid)}  ${parts}${k.findings > k.errors + k.warnings ? `（共 ${k.findings} 处）` : ''}`);
    }
    out.push('', mark(`✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`));
    if (fixErrors + fixWarnings > 0) out.push(mark(`  其中 ${fixErrors} 个错误和 ${fixWarnings} 个警告可用 --fix 自动修复。`));
  }
  return out.length ? out.join('\n') + '\n' : '';
}

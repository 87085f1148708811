// A speech opens by addressing the audience (同志们：, 各位领导、同志们：) within its first lines.
import { defineRule } from '../rule.js';
import { isCommentLine } from '../text.js';

const ADDRESSEE = String.raw`(?:(?:各位|尊敬的)[\u4e00-\u9fff]{1,12}[、，,]\s*)*(?:同志们|同事们|朋友们|女士们[、，,]\s*先生们|老师们|同学们|各位(?:领导|代表|委员|同志|来宾|嘉宾|同事|老师)们?|大家好)`;
/** 同志们： / 各位领导、同志们： / 女士们、先生们：, possibly run into the text around it (web copies); or a line starting 同志们，. */
export const SALUTATION = new RegExp(String.raw`${ADDRESSEE}\s*(?:[：:！!]|$)|^\s*${ADDRESSEE}\s*[，,]`, 'm');

export default defineRule({
  id: 'salutation',
  description: '开头应有称呼（同志们：）',
  severity: 'warn',
  fixable: false,
  defaultOptions: { maxLines: 12 },
  messages: {
    missing: '开头 {lines} 行内没有称呼，应有“同志们：”或“各位领导、同志们：”等称呼',
  },
  check({ doc, structure, options, report }) {
    if (structure.salutationLine !== null) return;
    let seen = 0;
    for (const line of doc.lines) {
      if (!line.trim() || isCommentLine(line)) continue;
      if (SALUTATION.test(line)) return;
      if (++seen >= options.maxLines) break;
    }
    report({ messageId: 'missing', data: { lines: options.maxLines }, line: 1, column: 1 });
  },
});

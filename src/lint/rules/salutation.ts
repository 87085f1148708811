// A speech opens by addressing the audience (同志们：, 各位领导、同志们：) before its body: after the title, date,
// speaker and meeting lines, and at the latest at the start of the first body paragraph (同志们，今天……). An
// address further down (同学们，要…; 同志们！in a closing call) is part of the body and does not count.
import { defineRule } from '../rule.js';
import { isCommentLine } from '../text.js';

const ADDRESSEE = String.raw`(?:(?:各位|尊敬的|亲爱的)[\u4e00-\u9fff]{1,12}[、，,和及]\s*)*(?:尊敬的|亲爱的)?(?:同志们|同事们|朋友们|女士们[、，,]\s*先生们|老师们|同学们|战友们|各位(?:领导|代表|委员|同志|来宾|嘉宾|同事|老师|同仁|朋友)们?|大家好)`;
/** One addressee of an opening list: 同志们, 各位领导, 尊敬的各位嘉宾, 家长, 亲爱的新同学们. */
const ITEM = String.raw`(?:尊敬的|亲爱的)?(?:各位)?[\u4e00-\u9fff]{0,6}?(?:们|领导|来宾|嘉宾|代表|委员|同志|同事|同仁|家长|老师|同学|朋友|先生|女士|校友|战友)`;
/** The address: a list of addressees (各位嘉宾、家长、老师们、同学们), possibly with 大家好; or 大家好 alone. */
const ADDRESS = String.raw`(?:${ITEM}(?:\s*[、，,和及与]\s*${ITEM})*(?:\s*[，,]?\s*大家好)?|大家好)`;
/** An address opening a line: 同志们： / 同志们，今天… / 各位领导、同志们！ / a line that is only the address. */
const OPENING = new RegExp(String.raw`^\s*${ADDRESS}\s*(?:[：:！!，,]|$)`);
/** A line that is only an address (同学们、老师们： / 尊敬的各位领导、各位嘉宾， / 大家好！): one line of a salutation block. */
const ADDRESS_LINE = new RegExp(String.raw`^\s*${ADDRESS}\s*[：:！!，,]?\s*$`);
export const isAddressLine = (line: string): boolean => ADDRESS_LINE.test(line);
/** An address with a colon run into a title (web copies that lost the break): 在…会上的讲话同志们：今天… */
const RUN_IN = new RegExp(String.raw`${ADDRESSEE}\s*[：:]`);
/** Kept for other modules: an address anywhere in a line (用于识别称呼行). */
export const SALUTATION = new RegExp(String.raw`${ADDRESSEE}\s*(?:[：:！!]|$)|^\s*${ADDRESSEE}\s*[，,]`, 'm');

/**
 * A body line: it has sentences, or is too long for a title, date, speaker or meeting line. A short line ending in
 * ！ or ？ is still a title (欢迎你为“求真”而来！).
 */
const isBody = (line: string) => {
  const n = [...line.trim()].length;
  return /[。；]/.test(line) || n > 80 || (/[！？!?]/.test(line) && n > 30);
};

/** Whether the opening address is there: in the header lines, or at the start of the first body line. */
export function hasOpeningSalutation(lines: readonly string[], maxLines: number): boolean {
  let seen = 0;
  for (const line of lines) {
    if (!line.trim() || isCommentLine(line)) continue;
    if (OPENING.test(line)) return true;
    const m = RUN_IN.exec(line);
    if (m && !/[。；]/.test(line.slice(0, m.index))) return true;
    if (isBody(line)) return false;
    if (++seen >= maxLines) return false;
  }
  return false;
}

export default defineRule({
  id: 'salutation',
  description: '开头应有称呼（同志们：）',
  severity: 'warn',
  fixable: false,
  defaultOptions: { maxLines: 12 },
  messages: {
    missing: '开头没有称呼：正文之前应有“同志们：”或“各位领导、同志们：”等称呼',
  },
  check({ doc, structure, options, report }) {
    if (hasOpeningSalutation(doc.lines, options.maxLines)) return;
    // The analyzer's salutation (which knows the lines web pages put above a speech: 本站为你精心整理…, 由会员分享…)
    // counts when at most one body-like line comes before it.
    const at = structure.salutationLine;
    if (at !== null && doc.lines.slice(0, at - 1).filter((l) => l.trim() && !isCommentLine(l) && isBody(l)).length <= 1) return;
    report({ messageId: 'missing', data: {}, line: 1, column: 1 });
  },
});

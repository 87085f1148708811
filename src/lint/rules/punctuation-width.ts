// ASCII , : ; ? ! ( ) . " inside Chinese text should be full-width, and full-width digits and Latin letters (９８％,
// ＧＤＰ) half-width (a suggestion). Numbers (1,200 3:30 3.5), URLs, file names, Latin text and code are left alone.
// Fixable: the mark becomes full-width and the spaces typed after it go; ASCII quotes are paired “…” only when the pairing in the
// line is unambiguous, else the finding carries a suggestion.
import { defineRule } from '../rule.js';
import { isChineseContext, isCjk, CJK, CN_PUNCT } from '../text.js';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const DIGIT = /[0-9０-９]/;
const MARKS = /[,:;?!()]/g;
const PARENS = /[()]/g;
const EMOTICON = /[:;=]-[()DPp]|[:;=][()DPp](?![\u3400-\u9fffA-Za-z0-9])/g;
const LATIN_DIGIT = /[A-Za-z0-9_\/\\@#$%&*+=<>~^|`'.-]/;
/** Full-width digits and Latin letters, with a ％ that follows full-width digits. */
const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]+(?:[．.：][０-９]+)*％?/g;
const toHalf = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ．：％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export default defineRule({
  id: 'punctuation-width',
  description: '中文里的标点用全角（，：；？！（）），全角数字和字母用半角',
  // Typographic, not content: a warning by default (a config may raise it to error).
  severity: 'warn',
  fixable: true,
  groupSuggestions: true,
  defaultOptions: {},
  messages: {
    halfWidth: '半角标点“{found}”用在中文里，应为全角“{expected}”',
    period: '半角句点“.”用在中文句末，应为句号“。”',
    periodUnsure: '半角句点“.”用在中文里，应为句号“。”或间隔号“·”（未自动修改）',
    quote: '半角引号“\"”用在中文里，应为全角引号“{expected}”',
    quoteUnpaired: '半角引号“\"”用在中文里，应为全角引号（配对不明确，未自动修改）',
    fullWidthAlnum: '全角字符“{found}”应为半角“{expected}”（未自动修改）',
  },
  check({ doc, prose, report }) {
    prose.split('\n').forEach((line, li) => {
      if (!CJK.test(line)) return;
      const base = doc.lineStarts[li];
      const prevChar = (i: number) => { let k = i - 1; while (k >= 0 && line[k] === ' ') k--; return k >= 0 ? line[k] : undefined; };
      const nextIndex = (i: number) => { let k = i + 1; while (k < line.length && line[k] === ' ') k++; return k; };
      const flag = (i: number) => {
        const c = line[i];
        const after = nextIndex(i);
        // Drop the spaces typed after an ASCII mark when Chinese text (or the line end) follows them.
        const end = after >= line.length || isChineseContext(line[after]) ? after : i + 1;
        report({ messageId: 'halfWidth', data: { found: c, expected: FULL[c] }, range: [base + i, base + i + 1], fix: { range: [base + i, base + end], text: FULL[c] } });
      };
      const chineseAround = (i: number) => isChineseContext(prevChar(i)) || isChineseContext(line[nextIndex(i)]);

      // Parentheses: decide per matched pair, so that （2014年2月28日） and 党委（党组） are both caught.
      const stack: number[] = [];
      const pairOf = new Map<number, number>();
      // Only the marks are visited (a regex finds them), not every character of a megabyte line.
      for (const mm of line.matchAll(PARENS)) {
        const i = mm.index!;
        if (line[i] === '(') stack.push(i);
        else if (stack.length) { const o = stack.pop()!; pairOf.set(o, i); pairOf.set(i, o); }
      }
      // Emoticons (;-) :) :-( ) and code-like tokens (跟随者!import, !important) are not Chinese punctuation.
      const skip = new Set<number>();
      for (const mm of line.matchAll(EMOTICON)) for (let k = 0; k < mm[0].length; k++) skip.add(mm.index! + k);
      for (const mm of line.matchAll(/!(?=[A-Za-z_])/g)) skip.add(mm.index!);
      for (const mm of line.matchAll(/&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);/g)) skip.add(mm.index! + mm[0].length - 1);
      for (const mm of line.matchAll(MARKS)) {
        const i = mm.index!;
        if (skip.has(i)) continue;
        const c = line[i];
        if (c === '(' || c === ')') {
          const mate = pairOf.get(i);
          if (mate === undefined) { if (chineseAround(i)) flag(i); continue; }
          const [o, cl] = c === '(' ? [i, mate] : [mate, i];
          const before = prevChar(o);
          const after = line[nextIndex(cl)];
          const chinese = CJK.test(line.slice(o + 1, cl)) || ((before === undefined || isChineseContext(before)) && (after === undefined || isChineseContext(after)));
          if (chinese) flag(i);
          continue;
        }
        const prev = prevChar(i);
        const next = line[nextIndex(i)];
        // 1,200 and 3:30 are numbers, not Chinese punctuation.
        if (prev && next && DIGIT.test(prev) && DIGIT.test(next) && line[i - 1] === prev && line[i + 1] === next) continue;
        // The mark belongs to the text before it; after Latin text it is Chinese only when typed straight
        // against the Chinese that follows (X,区委), since an English mark is followed by a space.
        if (isChineseContext(prev) || (isChineseContext(line[i + 1]) && !(prev && /[A-Za-z]/.test(prev) && /[!?]/.test(c)))) flag(i);
      }

      // ASCII full stop: straight after Chinese text and before Chinese, a space or the line end (not 3.5, www.gov.cn,
      // 报告.docx, an ellipsis ...).
      for (const mm of line.matchAll(/\./g)) {
        const i = mm.index!;
        if (line[i - 1] === '.' || line[i + 1] === '.') continue;
        // Spaces typed before it (中文 . 中文) go with it when Chinese is on both sides.
        let from = i;
        while (from > 0 && line[from - 1] === ' ') from--;
        const prev = line[from - 1];
        if (!(isCjk(prev) || (prev !== undefined && /[”’）》」』]/.test(prev)))) continue;
        const after = nextIndex(i);
        const next = line[after];
        if (from < i && !(next === undefined || isCjk(next))) continue;
        // Before an ASCII closing quote typed against it ("请求参数错误.") the dot still ends the Chinese sentence.
        if (next !== undefined && !isChineseContext(next) && !(after === i + 1 && /["']/.test(next))) continue;
        if (next !== undefined && /[“‘（《]/.test(next) === false && CN_PUNCT.test(next) && !/[”’）》」』]/.test(next)) continue;
        // Straight against the Chinese that follows (新生.结伴同行) it may be a separator, not a full stop: a suggestion.
        if (after === i + 1 && next !== undefined && isCjk(next)) {
          report({ messageId: 'periodUnsure', range: [base + i, base + i + 1], suggestions: [
            { desc: '改为句号“。”', fix: { range: [base + i, base + i + 1], text: '。' } },
            { desc: '改为间隔号“·”', fix: { range: [base + i, base + i + 1], text: '·' } },
          ] });
          continue;
        }
        report({ messageId: 'period', range: [base + i, base + i + 1], fix: { range: [base + from, base + after], text: '。' } });
      }

      // ASCII double quotes: paired “…” when every one in the line is in Chinese context, they are even in number,
      // no full-width quote is mixed in, and each opening one is followed (each closing one preceded) by text.
      const quotes = [...line.matchAll(/"/g)].map((mm) => mm.index!);
      if (quotes.length) {
        // Immediate neighbours only: a quote set off by spaces (He said "yes" 之后) belongs to Latin text.
        const chinese = (i: number) => isChineseContext(line[i - 1]) || isChineseContext(line[i + 1]);
        const inChinese = quotes.filter(chinese);
        const latinAround = (i: number) => LATIN_DIGIT.test(line[i - 1] ?? '') && LATIN_DIGIT.test(line[i + 1] ?? '');
        const clean = inChinese.length === quotes.length && quotes.length % 2 === 0 && !/[“”]/.test(line)
          && quotes.every((q, k) => !latinAround(q) && (k % 2 === 0 ? line[q + 1] !== undefined && line[q + 1] !== ' ' && line[q + 1] !== '"' : line[q - 1] !== ' ' && line[q - 1] !== '"'));
        for (const q of inChinese) {
          if (latinAround(q)) continue;
          if (clean) {
            const expected = quotes.indexOf(q) % 2 === 0 ? '“' : '”';
            report({ messageId: 'quote', data: { expected }, range: [base + q, base + q + 1], fix: { range: [base + q, base + q + 1], text: expected } });
          } else {
            report({ messageId: 'quoteUnpaired', range: [base + q, base + q + 1], suggestions: [
              { desc: '改为前引号“', fix: { range: [base + q, base + q + 1], text: '“' } },
              { desc: '改为后引号”', fix: { range: [base + q, base + q + 1], text: '”' } },
            ] });
          }
        }
      }

      // Full-width digits and Latin letters: ９８％ → 98%, ＧＤＰ → GDP (GB/T 15835). A suggestion, not a fix: a
      // published text may keep full-width figures on purpose (a vertical layout, a quoted document number), and
      // --fix on a correct speech changes nothing but ASCII punctuation.
      for (const mm of line.matchAll(FULL_ALNUM)) {
        const i = mm.index!;
        const found = mm[0];
        report({ messageId: 'fullWidthAlnum', data: { found, expected: toHalf(found) }, range: [base + i, base + i + found.length], suggestions: [
          { desc: `改为半角“${toHalf(found)}”`, fix: { range: [base + i, base + i + found.length], text: toHalf(found) } },
        ] });
      }
    });
  },
});

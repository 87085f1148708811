// ASCII , : ; ? ! ( ) inside Chinese text should be full-width. Numbers (1,200 3:30), URLs, Latin text and code are
// left alone. Fixable: the mark becomes full-width and the spaces typed after it go.
import { defineRule } from '../rule.js';
import { isChineseContext, CJK } from '../text.js';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const DIGIT = /[0-9０-９]/;
const MARKS = /[,:;?!()]/g;
const PARENS = /[()]/g;

export default defineRule({
  id: 'punctuation-width',
  description: '中文里的标点用全角（，：；？！（））',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    halfWidth: '半角标点“{found}”用在中文里，应为全角“{expected}”',
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
      for (const mm of line.matchAll(MARKS)) {
        const i = mm.index!;
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
    });
  },
});

// Placeholders left in a draft: X月X日, X同志, X街道, XX, ××, 某某, {{…}}, 【待补充】, （此处…）.
// A lone X counts only between Chinese characters (not in Latin words, codes or X光-style terms).
import { defineRule } from '../rule.js';
import { isChineseContext, excerpt } from '../text.js';

const X = '[XＸ×xｘ]';
const PLACEHOLDER = new RegExp([
  String.raw`\{\{[^{}\n]*\}\}`,
  String.raw`【[^【】\n]{0,30}?(?:待|补充|填写|此处|TODO)[^【】\n]{0,30}?】`,
  String.raw`[（(]\s*此处[^（）()\n]{0,40}[）)]`,
  String.raw`[（(](?:待补充|待定|待填写?|待核实|待确认)[）)]`,
  `${X}+年${X}+月${X}+日`,
  `${X}+月${X}+日`,
  '某某',
  String.raw`[□■]{2,}|○{2,}`,
  `${X}{2,}`,
  '[XＸ×]',
].join('|'), 'gu');

/** What a one-character blank stands before: 同志, 局, 县, 月, 日… */
const FILLED = /^(?:同志|[局县市区镇乡村街委部厅处科室院校所队组年月日号名个项])/;
const LATIN_OR_DIGIT = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ_]/;

export default defineRule({
  id: 'placeholder',
  description: '未替换的占位符（X月X日、X同志、XX、××、某某、{{…}}、【待补充】）',
  severity: 'error',
  fixable: false,
  defaultOptions: { allow: ['X光', 'X射线', 'X线', 'X型', 'X染色体'] },
  messages: {
    found: '占位符“{text}”未替换，应填写实际内容',
  },
  check({ doc, prose, options, report }) {
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(prose))) {
      const text = m[0];
      const start = m.index;
      const end = start + text.length;
      if (/^[XＸ×xｘ]+$/.test(text)) {
        const prev = prose[start - 1];
        const next = prose[end];
        // X, XX, ×× are placeholders only in Chinese text: not part of a Latin word or number, next to Chinese.
        if ((prev && LATIN_OR_DIGIT.test(prev)) || (next && LATIN_OR_DIGIT.test(next))) continue;
        if (!isChineseContext(prev) && !isChineseContext(next)) continue;
        if (/^[xｘ]$/.test(text)) continue;
        // 1+X, X+1, N+X: a term of a formula, not a blank to fill in.
        if (text.length === 1 && (/[+＋\-－]/.test(prev ?? '') || /[+＋\-－]/.test(next ?? ''))) continue;
        // A single × is the multiplication sign (“数据要素×”行动) unless a title or a place follows it (×局, ×同志).
        if (text === '×' && !FILLED.test(prose.slice(end, end + 2))) continue;
        if (options.allow.some((a) => prose.startsWith(a, start) || prose.slice(Math.max(0, end - a.length), end) === a)) continue;
      }
      report({ messageId: 'found', data: { text: excerpt(text, 20) }, range: [start, end] });
    }
  },
});

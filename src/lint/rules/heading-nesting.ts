// Headings nest one level at a time (一、 → （一） → 1. → （1））; a child that skips a level is a warning,
// reported once per parent. Common in practice (一、 followed by 1.), so it is its own rule and only warns.
import { defineRule } from '../rule.js';
import { markerInStyle } from './heading-sequence.js';

const LEVEL_STYLE: Record<number, string> = { 1: 'cn-dun', 2: 'cn-paren', 3: 'num-dot', 4: 'num-paren' };

export default defineRule({
  id: 'heading-nesting',
  description: '标题逐级嵌套（一、→（一）→1.→（1）），不跳级',
  severity: 'warn',
  fixable: false,
  defaultOptions: {},
  messages: {
    skipped: '“{marker}”是第 {level} 级标题，直接位于第 {parentLevel} 级标题“{parent}”之下，应先用第 {missing} 级标题（如“{example}”）',
  },
  check({ structure, report }) {
    const seen = new Set<number>();
    for (const h of structure.headings) {
      if (h.parent === null || seen.has(h.parent)) continue;
      const parent = structure.headings[h.parent];
      if (!parent || h.level - parent.level <= 1) continue;
      seen.add(h.parent);
      const missing = parent.level + 1;
      report({
        messageId: 'skipped',
        data: { marker: h.marker, level: h.level, parentLevel: parent.level, parent: parent.marker, missing, example: markerInStyle(LEVEL_STYLE[missing], 1) ?? '' },
        line: h.line, column: h.column, endColumn: h.column + [...h.marker].length,
      });
    }
  },
});

// In-text enumerations (一是……二是……, 一要……二要……, 第一……第二……) count up without gaps or repeats, and an
// enumeration has more than one item. Fixable: renumbering. 首先/其次/最后 are not numbered and are left alone.
import { defineRule } from '../rule.js';
import { markerOffset, renumberMarker, replaceMarkersFix, sequenceProblems } from '../numbering.js';

export default defineRule({
  id: 'series-sequence',
  description: '“一是、二是”等列举序号连续、不重复，且不只一项',
  severity: 'error',
  fixable: true,
  defaultOptions: { checkSingle: true },
  messages: {
    start: '列举从“{found}”开始，应从“{expected}”开始',
    gap: '列举跳号：“{found}”前缺少“{expected}”',
    repeat: '列举序号“{found}”重复，应为“{expected}”',
    order: '列举序号“{found}”顺序颠倒，应为“{expected}”',
    single: '只有“{found}”，没有“{next}”：一项不成列举',
  },
  check({ doc, structure, options, report }) {
    for (const s of structure.series) {
      if (s.family === 'shouxian' || s.items.length === 0) continue;
      const items = s.items;
      const span = (i: number) => ({ line: items[i].line, column: items[i].column, endColumn: items[i].column + [...items[i].marker].length });
      if (items.length === 1) {
        if (options.checkSingle && items[0].ordinal === 1) {
          report({ messageId: 'single', data: { found: items[0].marker, next: renumberMarker(items[0].marker, 2) }, ...span(0) });
        }
        if (items[0].ordinal === 1) continue;
      }
      for (const p of sequenceProblems(items.map((it) => it.ordinal))) {
        const located = p.renumber.map((i) => ({ marker: items[i].marker, offset: markerOffset(doc, items[i].line, items[i].column, items[i].marker) }));
        const fix = replaceMarkersFix(doc, located, p.renumber.map((i) => renumberMarker(items[i].marker, i + 1)));
        report({
          messageId: p.kind,
          data: { found: items[p.index].marker, expected: renumberMarker(items[p.index].marker, p.expected) },
          ...span(p.index),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

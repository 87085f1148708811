// In-text enumerations (一是……二是……, 一要……二要……, 第一……第二……) count up without gaps or repeats, and an
// enumeration has more than one item. 首先/其次/最后 are not numbered and are left alone. Renumbering is applied by
// --fix only when it is the one plausible repair (see renumberIsCertain); otherwise it is offered as a suggestion.
// A series the extractor could not count with confidence (nested, interleaved, not starting at 一) gets a note.
import { defineRule, type Fix, type Report } from '../rule.js';
import { announcementFor, markerOffset, renumberIsCertain, renumberMarker, replaceMarkersFix, sequenceProblems } from '../numbering.js';

/** A fix when the renumbering is certain, else the same edit as a suggestion. */
export function repair(fix: Fix | null, certain: boolean, desc: string): Pick<Report, 'fix' | 'suggestions'> {
  if (!fix) return {};
  return certain ? { fix } : { suggestions: [{ desc, fix }] };
}

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
    restart: '列举序号“{found}”重新开始',
    single: '只有“{found}”，没有“{next}”：一项不成列举',
  },
  check({ doc, structure, options, report, note }) {
    for (const s of structure.series) {
      if (s.family === 'shouxian' || s.items.length === 0) continue;
      const items = s.items;
      if (s.uncertain) {
        if (s.problems.some((p) => p.kind !== 'mixed')) note(`第 ${s.line} 行起的列举（“${items.map((it) => it.marker).join('、')}”）${s.uncertain}，无法确定实际数目，未报错。`);
        continue;
      }
      const span = (i: number) => ({ line: items[i].line, column: items[i].column, endColumn: items[i].column + [...items[i].marker].length });
      if (items.length === 1) {
        if (options.checkSingle && items[0].ordinal === 1) {
          report({ messageId: 'single', data: { found: items[0].marker, next: renumberMarker(items[0].marker, 2) }, ...span(0) });
        }
        if (items[0].ordinal === 1) continue;
      }
      const numbers = items.map((it) => it.ordinal);
      const problems = sequenceProblems(numbers);
      const announced = announcementFor(structure, 'series', s.line, s.column, items.length)?.announced ?? null;
      for (const p of problems) {
        const located = p.renumber.map((i) => ({ marker: items[i].marker, offset: markerOffset(doc, items[i].line, items[i].column, items[i].marker) }));
        const markers = p.renumber.map((i) => renumberMarker(items[i].marker, i + 1));
        const fix = located.length ? replaceMarkersFix(doc, located, markers) : null;
        report({
          messageId: p.kind,
          data: { found: items[p.index].marker, expected: renumberMarker(items[p.index].marker, p.expected) },
          ...span(p.index),
          ...repair(fix, renumberIsCertain(numbers, problems, p, announced, items.map((it) => it.text)), `改为“${markers.join('”“')}”`),
        });
      }
    }
  },
});

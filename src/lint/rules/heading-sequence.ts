// Heading numbers under one parent run 一、二、三 without skips, repeats or reversals, and one level uses one
// marker style (（一） not mixed with (一)). Fixable: writing a marker in the level's style, and renumbering when it
// is the one plausible repair (otherwise a suggestion); a numbering that starts again at 一 points at a missing heading.
import { defineRule } from '../rule.js';
import type { Heading } from '../../extract/types.js';
import { announcementFor, markerOffset, renumberIsCertain, renumberMarker, replaceMarkersFix, sequenceProblems } from '../numbering.js';
import { repair } from './series-sequence.js';
import { toCnNumber } from '../../text/numerals.js';

/** How to write number n in a style; undefined for styles we do not know. */
export function markerInStyle(style: string, n: number): string | undefined {
  const cn = toCnNumber(n);
  switch (style) {
    case 'cn-dun': return `${cn}、`;
    case 'cn-paren': return `（${cn}）`;
    case 'cn-paren-ascii': return `(${cn})`;
    case 'num-dot': return `${n}.`;
    case 'num-dun': return `${n}、`;
    case 'num-paren': return `（${n}）`;
    case 'num-paren-ascii': return `(${n})`;
    default: return undefined;
  }
}

/** The style a mixed level should use: full-width brackets win over ASCII ones (公文格式), else the most used. */
function preferredStyle(styles: string[]): string {
  const count = new Map<string, number>();
  for (const s of styles) count.set(s, (count.get(s) ?? 0) + 1);
  const set = new Set(styles);
  for (const [full, ascii] of [['cn-paren', 'cn-paren-ascii'], ['num-paren', 'num-paren-ascii']]) {
    if (set.has(full) && set.has(ascii) && set.size === 2) return full;
  }
  let best = styles[0];
  for (const s of styles) if ((count.get(s) ?? 0) > (count.get(best) ?? 0)) best = s;
  return best;
}

export default defineRule({
  id: 'heading-sequence',
  description: '同级标题序号连续、不重复、不颠倒，样式统一',
  severity: 'error',
  fixable: true,
  defaultOptions: { checkStyle: true },
  messages: {
    start: '标题序号从“{found}”开始，应从“{expected}”开始',
    gap: '标题序号跳号：“{found}”前缺少“{expected}”',
    repeat: '标题序号“{found}”重复，应为“{expected}”',
    order: '标题序号“{found}”顺序颠倒，应为“{expected}”',
    restart: '标题序号在同一上级标题下重新从“{found}”开始：前面可能缺少一个上级标题',
    mixedStyle: '同级标题序号样式不一致：“{found}”，应写作“{expected}”',
  },
  check({ doc, structure, options, report }) {
    const headings = structure.headings;
    const groups = new Map<string, Heading[]>();
    for (const h of headings) {
      // 第一部分/第一个问题 headings count apart from the 一、 headings at the same level.
      const key = `${h.parent ?? 'root'}|${h.level}|${h.style.startsWith('di-') ? 'di' : ''}`;
      const g = groups.get(key) ?? [];
      g.push(h);
      groups.set(key, g);
    }
    const located = (h: Heading) => ({ marker: h.marker, offset: markerOffset(doc, h.line, h.column, h.marker) });
    for (const group of groups.values()) {
      const numbers = group.map((h) => h.number);
      const problems = sequenceProblems(numbers);
      const announced = announcementFor(structure, 'headings', group[0].line, group[0].column, group.length)?.announced ?? null;
      for (const p of problems) {
        const h = group[p.index];
        const items = p.renumber.map((i) => located(group[i]));
        const markers = p.renumber.map((i) => renumberMarker(group[i].marker, i + 1));
        const fix = items.length ? replaceMarkersFix(doc, items, markers) : null;
        report({
          messageId: p.kind,
          data: { found: h.marker, expected: renumberMarker(h.marker, p.expected) },
          line: h.line, column: h.column, endColumn: h.column + [...h.marker].length,
          ...repair(fix, renumberIsCertain(numbers, problems, p, announced, group.map((g) => g.text)), `改为“${markers.join('”“')}”`),
        });
      }
    }
    if (!options.checkStyle) return;
    const byLevel = new Map<number, Heading[]>();
    for (const h of headings) if (!h.style.startsWith('di-')) byLevel.set(h.level, [...(byLevel.get(h.level) ?? []), h]);
    for (const level of byLevel.values()) {
      const style = preferredStyle(level.map((h) => h.style));
      for (const h of level) {
        if (h.style === style) continue;
        const expected = markerInStyle(style, h.number);
        if (!expected) continue;
        const loc = located(h);
        const fix = replaceMarkersFix(doc, [loc], [expected]);
        report({
          messageId: 'mixedStyle', data: { found: h.marker, expected },
          line: h.line, column: h.column, endColumn: h.column + [...h.marker].length,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

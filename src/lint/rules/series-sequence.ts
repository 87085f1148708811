// In-text enumerations (一是……二是……, 一要……二要……, 第一……第二……) count up without gaps or repeats, and an
// enumeration has more than one item. 首先/其次/最后 are not numbered and are left alone. Renumbering is applied by
// --fix only when it is the one plausible repair (see renumberIsCertain); otherwise it is offered as a suggestion.
// A series the extractor could not count with confidence (nested, interleaved, not starting at 一) gets a note.
import { defineRule, type Fix, type Report } from '../rule.js';
import { announcementFor, markerOffset, renumberIsCertain, renumberMarker, replaceMarkersFix, sequenceProblems } from '../numbering.js';
import { offsetAt, positionAt, type SpeechDocument } from '../../text/document.js';
import type { Series } from '../../extract/types.js';

/** A fix when the renumbering is certain, else the same edit as a suggestion. */
export function repair(fix: Fix | null, certain: boolean, desc: string): Pick<Report, 'fix' | 'suggestions'> {
  if (!fix) return {};
  return certain ? { fix } : { suggestions: [{ desc, fix }] };
}

/** A clause start: the line start, or after a sentence or clause mark (spaces allowed). */
const CLAUSE_MARK = /[，。；：！？,;:!?]/u;
const MAX_REACH = 3000;
const NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千0-9０-９]/u;
const RANK = /[名位次批届年天期轮大季代]/u;

/**
 * A marker written again where the series goes on (首先…，第二看…，第二看…; 第一个假设…第二个假设…第二个假设…) that the
 * extractor left out of the series because it does not continue the numbering: the items' own marker, at a clause
 * start, not part of a longer numeral or a rank (第二十, 第二名), between an item and the next one or after the last
 * one on its line, and not an item of another series. Returns the index of the item it repeats and its position.
 */
function hiddenRepeat(doc: SpeechDocument, claimed: Set<string>, s: Series): { after: number; line: number; column: number } | null {
  const items = s.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const start = offsetAt(doc, { line: it.line, column: it.column });
    if (!doc.text.startsWith(it.marker, start)) continue;
    const follower = doc.text[start + it.marker.length] ?? '';
    const lineEnd = doc.lineStarts[it.line - 1] + doc.lines[it.line - 1].length;
    // Up to the next item, or after the last one to the end of its line; never further than a long paragraph (a
    // one-line web copy has no line ends).
    const next = k + 1 < items.length ? offsetAt(doc, { line: items[k + 1].line, column: items[k + 1].column }) : lineEnd;
    const stop = Math.min(next, start + MAX_REACH);
    for (let at = doc.text.indexOf(it.marker, start + it.marker.length); at >= 0 && at < stop; at = doc.text.indexOf(it.marker, at + 1)) {
      let b = at - 1;
      while (b >= 0 && (doc.text[b] === ' ' || doc.text[b] === '\t' || doc.text[b] === '\u3000')) b--;
      const clauseStart = b < 0 || doc.text[b] === '\n' || CLAUSE_MARK.test(doc.text[b]);
      const after = doc.text[at + it.marker.length] ?? '';
      // Not a longer numeral (第二十) nor a rank or count (第二名, 第二次) unless the items are written so too.
      if (!clauseStart || NUMERAL_CHAR.test(after) || (RANK.test(after) && after !== follower)) continue;
      const pos = positionAt(doc, at);
      if (claimed.has(`${pos.line}:${pos.column}`)) continue;
      return { after: k, line: pos.line, column: pos.column };
    }
  }
  return null;
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
    // Every series item's position, built once (only when a series needs it).
    let claimedItems: Set<string> | null = null;
    const claimed = () => (claimedItems ??= new Set(structure.series.flatMap((x) => x.items.map((it) => `${it.line}:${it.column}`))));
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
      let problems = sequenceProblems(numbers);
      // A repeat the extractor left out of the series: reported (no repair: the series is uncertain there), and the
      // gap it leaves before the next item is its follow-on, not a second finding.
      const hidden = items.length >= 2 && !problems.some((p) => p.kind === 'repeat') ? hiddenRepeat(doc, claimed(), s) : null;
      if (hidden) {
        const it = items[hidden.after];
        report({ messageId: 'repeat', data: { found: it.marker, expected: renumberMarker(it.marker, it.ordinal + 1) }, line: hidden.line, column: hidden.column, endColumn: hidden.column + [...it.marker].length });
        const next = hidden.after + 1;
        problems = problems.filter((p) => !(p.index === next && p.kind === 'gap' && numbers[next] === numbers[hidden.after] + 2));
      }
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

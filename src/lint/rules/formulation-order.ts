// 提法的固定次序: members of a formulation listed in an order other than the standard one (the guiding
// ideologies in the Constitution's order, 四个自信, 五位一体 …), from the order entries of the rule pack.
import { defineRule } from '../rule.js';
import { decideDate, quoted, scanDocument, shortSource } from '../formulations/index.js';

export default defineRule({
  id: 'formulation-order',
  description: '提法的固定次序：指导思想、“四个意识”“四个自信”“五位一体”等成员并列时的规定次序',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    order: '{name}的次序应为{expected}，实际是{found}（依据：{source}）',
  },
  check({ doc, structure, prose, date, formulationPacks, report }) {
    const { result } = scanDocument(doc, prose, { date: decideDate(structure, date).date, packs: formulationPacks });
    for (const f of result.findings) {
      if (f.entry.kind !== 'order') continue;
      const data = { name: f.entry.name ? `“${f.entry.name}”` : '', expected: quoted(f.expected), found: quoted(f.found), source: shortSource(f.entry) };
      report({ messageId: 'order', data, range: [f.start, f.end], ...(f.fix ? { fix: f.fix } : f.reordered ? { suggestions: [{ desc: `按规定次序改为${quoted(f.reordered)}`, fix: { range: [f.start, f.end] as [number, number], text: f.reordered } }] } : {}), ...(f.entry.severity === 'warn' ? { maxSeverity: 1 as const } : {}) });
    }
  },
});

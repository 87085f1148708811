// 提法: the formulations of the rule pack (data/formulations/*.yaml) written as the Party and the state write
// them — full forms, fixed punctuation, names of meetings and bodies, outdated (by the speech's date) and banned
// expressions. Each message names the standard form and its source. Fixed order is formulation-order.
import { defineRule } from '../rule.js';
import { cnDate, decideDate, quoted, scanDocument, shortSource } from '../formulations/index.js';
import { KIND_LABELS } from '../formulations/pack.js';

export default defineRule({
  id: 'formulation',
  description: '提法：固定表述全称、固定标点、会议与机构名称、过时提法（按讲话日期）、禁用词，依据见规则包',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    wrong: '{found}应为{expected}{note}（依据：{source}）',
    variant: '{found}应为{expected}（依据：{source}）',
    generated: '{found}应为{expected}：{why}（依据：{source}）',
    outdated: '{found}自{since}起应为{expected}{note}（依据：{source}）',
    banned: '不用{found}，应为{expected}{note}（依据：{source}）',
  },
  check({ doc, structure, prose, date, formulationPacks, report, note }) {
    const when = decideDate(structure, date);
    const { result } = scanDocument(doc, prose, { date: when.date, packs: formulationPacks });
    for (const f of result.findings) {
      const { entry } = f;
      if (entry.kind === 'order') continue;
      const expected = f.type === 'wrong' ? entry.standard.map(quoted).join('或') : quoted(f.expected);
      const data = {
        found: quoted(f.found), expected, source: shortSource(entry),
        note: entry.note ? `，${entry.note}` : '',
        why: f.why ?? '', since: entry.since ? cnDate(entry.since) : '',
      };
      const messageId = f.type === 'variant' ? 'variant' : f.type === 'generated' ? (entry.kind === 'outdated' ? 'outdated' : 'generated') : entry.kind === 'outdated' ? 'outdated' : entry.kind === 'banned' ? 'banned' : 'wrong';
      // A repair that is not unique (two standard forms, a guessed variant) is offered as suggestions, never applied.
      const candidates = f.fix ? [] : f.type === 'generated' ? (f.fixable && f.end - f.start === f.found.length ? [f.expected] : []) : f.type === 'variant' ? [f.expected] : entry.standard;
      const suggestions = candidates.map((text) => ({ desc: `改为${quoted(text)}`, fix: { range: [f.start, f.end] as [number, number], text } }));
      report({
        messageId, data, range: [f.start, f.end],
        ...(f.fix ? { fix: f.fix } : suggestions.length ? { suggestions } : {}),
        ...(entry.severity === 'warn' ? { maxSeverity: 1 as const } : {}),
      });
    }
    if (result.undated.length) {
      const first = result.undated[0]!;
      const kinds = [...new Set(result.undated.map((u) => KIND_LABELS[u.entry.kind]))].join('、');
      const since = first.entry.since ?? first.entry.until;
      note(`讲话日期未知：文中${quoted(first.found)}等 ${result.undated.length} 处${kinds}是否适用取决于讲话日期（${quoted(first.found)}${since ? `自${cnDate(since)}起` : ''}应为${quoted(first.expected ?? first.entry.standard[0] ?? '')}），未检查；可用 --date 指定日期。`);
    }
  },
});

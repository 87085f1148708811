// Non-standard wording with a standard form, from the `extends: substitution` lists in data/phrases/*.yaml
// and any extra lists (config phraseFiles, --rules-dir). Not auto-fixed: a swap may depend on context.
import { defineRule } from '../rule.js';
import { phraseMatches } from '../phrases.js';

export default defineRule({
  id: 'phrase-substitution',
  description: '不规范的用字用词及其规范写法（台帐→台账），取自提法词表',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    swap: '“{found}”应为“{expected}”（{reason}）',
  },
  check({ prose, phraseFiles, report }) {
    for (const { entry, match: m } of phraseMatches(phraseFiles, 'substitution', prose)) {
      const expected = entry.expected!.replace(/\$(\d)/g, (_s, d: string) => m[Number(d)] ?? '');
      if (expected === m[0]) continue;
      report({ messageId: 'swap', data: { found: m[0], expected, reason: entry.reason }, range: [m.index, m.index + m[0].length] });
    }
  },
});

// Wording that should not appear (mixed numerals in dates and 届次, …), from the `extends: existence` lists in
// data/phrases/*.yaml and any extra lists (config phraseFiles, --rules-dir).
import { defineRule } from '../rule.js';
import { phraseMatches } from '../phrases.js';

export default defineRule({
  id: 'phrase-existence',
  description: '不宜出现的写法（如“二〇一四年”“18届”），取自提法词表',
  severity: 'warn',
  fixable: false,
  defaultOptions: {},
  messages: {
    found: '不宜出现“{found}”：{reason}',
  },
  check({ prose, phraseFiles, report }) {
    for (const { entry, match: m } of phraseMatches(phraseFiles, 'existence', prose)) {
      report({ messageId: 'found', data: { found: m[0], reason: entry.reason }, range: [m.index, m.index + m[0].length] });
    }
  },
});

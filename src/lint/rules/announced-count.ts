// What the speaker announces (讲三点意见, 主要做到“五个坚持”) matches what follows. 几点 and announcements with
// nothing countable after them are not checked.
import { defineRule } from '../rule.js';
import { toCnNumber } from '../../text/numerals.js';

export default defineRule({
  id: 'announced-count',
  description: '宣布的要点数（讲三点意见）与实际展开的数目一致',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    fewer: '宣布“{phrase}”（{announced}点），实际只有 {actual} 点',
    more: '宣布“{phrase}”（{announced}点），实际有 {actual} 点',
  },
  check({ structure, report }) {
    for (const a of structure.announced) {
      if (a.announced === null || a.actual === null || a.announced === a.actual) continue;
      report({
        messageId: a.actual < a.announced ? 'fewer' : 'more',
        data: { phrase: a.phrase, announced: toCnNumber(a.announced), actual: a.actual },
        line: a.line, column: a.column, endColumn: a.endColumn,
      });
    }
  },
});

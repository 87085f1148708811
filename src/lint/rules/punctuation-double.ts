// A punctuation mark typed twice (、、 。。 ，，). Ellipses (……) and dashes (——) are single marks and not flagged.
// Fixable: collapse to one.
import { defineRule } from '../rule.js';

const DOUBLED = /([、，。；：,;])(?:[ \t\u3000]*\1)+/g;

export default defineRule({
  id: 'punctuation-double',
  description: '标点重复（、、 。。 ，，）',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    doubled: '标点“{found}”重复，应只用一个“{expected}”',
  },
  check({ prose, report }) {
    DOUBLED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOUBLED.exec(prose))) {
      const start = m.index;
      const end = start + m[0].length;
      report({ messageId: 'doubled', data: { found: m[0], expected: m[1] }, range: [start, end], fix: { range: [start, end], text: m[1] } });
    }
  },
});

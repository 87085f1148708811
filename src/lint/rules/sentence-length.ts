// Sentences longer than a listener can follow. Counted in characters without spaces, up to 。！？ or a semicolon
// (a clause list 有的……；有的…… is heard as several sentences).
import { defineRule } from '../rule.js';
import { sentences, visibleLength, excerpt } from '../text.js';

export default defineRule({
  id: 'sentence-length',
  description: '句子过长（默认超过 150 字）',
  severity: 'warn',
  fixable: false,
  defaultOptions: { max: 150 },
  messages: {
    tooLong: '句子长 {length} 字，超过 {max} 字：“{text}”',
  },
  check({ prose, options, report }) {
    for (const s of sentences(prose, { semicolons: true })) {
      const length = visibleLength(s.text.replace(/[。！？!?；;”’」』）)]+$/, ''));
      if (length > options.max) report({ messageId: 'tooLong', data: { length, max: options.max, text: excerpt(s.text, 12) }, range: [s.start, s.end] });
    }
  },
});

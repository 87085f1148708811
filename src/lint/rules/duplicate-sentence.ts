// The same sentence or paragraph twice (a copy-paste slip). Short sentences (口号, 谢谢大家) are ignored.
import { defineRule } from '../rule.js';
import { positionAt } from '../../text/document.js';
import { sentences, visibleLength, excerpt } from '../text.js';

const norm = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/[。！？!?；;，,]+$/, '');

export default defineRule({
  id: 'duplicate-sentence',
  description: '重复的句子或段落',
  severity: 'warn',
  fixable: false,
  defaultOptions: { minLength: 15 },
  messages: {
    paragraph: '段落与第 {line} 行的段落重复：“{text}”',
    sentence: '句子与第 {line} 行的句子重复：“{text}”',
  },
  check({ doc, structure, prose, options, report }) {
    const covered: Array<[number, number]> = [];
    const seenParagraphs = new Map<string, number>();
    for (const p of structure.paragraphs) {
      const key = norm(p.text);
      if (visibleLength(key) < options.minLength) continue;
      const first = seenParagraphs.get(key);
      if (first === undefined) { seenParagraphs.set(key, p.line); continue; }
      const lead = p.text.length - p.text.trimStart().length;
      const range: [number, number] = [p.offset + lead, p.offset + p.text.trimEnd().length];
      covered.push(range);
      report({ messageId: 'paragraph', data: { line: first, text: excerpt(p.text) }, range });
    }
    const seen = new Map<string, number>();
    for (const s of sentences(prose)) {
      const key = norm(s.text);
      if (visibleLength(key) < options.minLength) continue;
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, positionAt(doc, s.start).line); continue; }
      if (covered.some(([a, b]) => s.start >= a && s.end <= b)) continue;
      report({ messageId: 'sentence', data: { line: first, text: excerpt(s.text) }, range: [s.start, s.end] });
    }
  },
});

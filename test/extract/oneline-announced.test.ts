// Announcements in one-line web copies (every line break lost): the whole text is one paragraph, so "a series within
// the next two paragraphs" is read as "within the next two sentences" there. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';

const FILL = '我们坚持稳中求进，统筹发展和安全，各项工作取得新的进展。'.repeat(3);
const counts = (text: string) => analyzeStructure(createDocument(text)).announced.map((a) => `${a.announced}/${a.actual}`);

describe('one-line announcements', () => {
  it('count the series that follows within two sentences', () => {
    const text = `同志们：今天召开这次会议，很有必要。下面我讲三点意见。一是要提高认识。二是要压实责任。三是要强化督查。${FILL}${FILL}`;
    expect(counts(text)).toEqual(['3/3']);
  });

  it('do not count a series sentences further on', () => {
    const text = `同志们：今天召开这次会议，很有必要。下面我讲三点意见。${FILL}${FILL}${FILL}抓落实，一是要提高认识，二是要压实责任。${FILL}`;
    expect(counts(text)).toEqual(['3/null']);
    // The same text with its line breaks counts no series either: it is paragraphs away.
    expect(counts(text.replace(/。/g, '。\n'))).toEqual(['3/null']);
  });

  it('count numbered one-sentence items after a colon up to the next heading', () => {
    const text = `各位代表：现在我作报告。一、调整国民经济。${FILL}经过三年调整，我们要努力达到下列几项主要要求：（一）要使粮食生产同人口增长相适应。（二）要使轻纺工业加快增长。（三）要使基本建设缩短战线。我们讲改革，就是要改革管理体制。${FILL}二、加强民主法制。${FILL}（一）健全法制。${FILL}（二）发扬民主。${FILL}`;
    expect(counts(text)).toEqual(['null/3']);
  });

  it('count the headings that open right after a work frame and its colon', () => {
    const text = `各位代表：现在我作报告。${FILL}一、2023年工作回顾。${FILL}二、2024年主要任务。${FILL}今年要重点做好三个方面工作：（一）扩大有效需求。${FILL}（二）建设现代化产业体系。${FILL}（三）保障和改善民生。${FILL}`;
    expect(counts(text)).toEqual(['3/3']);
  });
});

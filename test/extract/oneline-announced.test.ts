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
});

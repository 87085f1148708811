import { describe, expect, it } from 'vitest';
import { splitParagraphs, findPageMarkers } from '../../../src/extract/paragraphs.js';
import { doc, WEB_ONE_LINE } from './helpers.js';

describe('splitParagraphs', () => {
  it('takes each non-empty line as a paragraph, trimmed, with exact positions', () => {
    const d = doc('标题\n\n  同志们：\n　　今天召开会议。\n');
    const ps = splitParagraphs(d);
    expect(ps.map((p) => [p.text, p.line, p.column])).toEqual([
      ['标题', 1, 1],
      ['同志们：', 3, 3],
      ['今天召开会议。', 4, 3],
    ]);
    for (const p of ps) expect(d.text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
  });

  it('splits a web copy that lost its line breaks at the 　　 indents', () => {
    const d = doc(WEB_ONE_LINE);
    const ps = splitParagraphs(d);
    expect(ps.map((p) => p.text.slice(0, 6))).toEqual([
      '在全市安全生', '同志们：', '今天召开全市', '一、充分肯定', '一季度以来，', '二、清醒认识', '我们也要看到', '三、扎实做好', '（一）压实安', '同志们，安全',
    ]);
    expect(ps.every((p) => p.line === 1)).toBe(true);
    // Columns count code points on the one line.
    for (const p of ps) expect([...d.lines[0]].slice(p.column - 1, p.column - 1 + [...p.text].length).join('')).toBe(p.text);
  });

  it('splits after a sentence end followed by a single full-width space, not at an ordinary space', () => {
    const ps = splitParagraphs(doc('第一段结束。\u3000第二段开始 中间有空格。'));
    expect(ps.map((p) => p.text)).toEqual(['第一段结束。', '第二段开始 中间有空格。']);
  });

  it('counts columns in code points when the line has characters outside the BMP', () => {
    const ps = splitParagraphs(doc('𠀀𠀀。　　第二段'));
    expect(ps[1]).toMatchObject({ text: '第二段', line: 1, column: 6 });
  });
});

describe('findPageMarkers', () => {
  const long = (s: string) => s + '各级党组织要认真贯彻落实上级部署要求，结合实际抓好工作落实，推动各项任务落地见效，确保取得实实在在的成效并且要';
  it('recognises page numbers that break sentences mid-way and leaves them out of paragraphs', () => {
    const text = ['1、' + long('开头'), '2、、快落实活动' + long(''), '3、生产监管工作' + long(''), '4、问题。二、要抓落实。'].join('\n');
    const d = doc(text);
    expect([...findPageMarkers(d).keys()]).toEqual([0, 1, 2, 3]);
    const ps = splitParagraphs(d);
    expect(ps[1].text.startsWith('、快落实')).toBe(true);
    expect(ps[1].column).toBe(3);
  });

  it('keeps numbered headings whose lines end with a full stop', () => {
    const text = ['1、要把学习引向深入。' + long('') + '。', '2、要做到边学边改。' + long('') + '。', '3、要抓好讨论。' + long('') + '。'].join('\n');
    expect(findPageMarkers(doc(text)).size).toBe(0);
  });

  it('keeps a short numbered list on consecutive lines', () => {
    expect(findPageMarkers(doc('1、加强组织领导\n2、强化督查指导\n3、严格责任追究')).size).toBe(0);
  });
});

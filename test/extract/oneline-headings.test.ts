// Headings of one-line web copies (every line break lost): inline after a year-led heading's full stop, after the
// colon that announces a list, after a closing quote, restarting at （一） after a colon, and not in an appendix
// glued to the body. Texts with line breaks keep the stricter inline rule. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';

const FILL = '我们坚持稳中求进，统筹发展和安全，各项工作取得新的进展。'.repeat(4);
const keys = (text: string) => analyzeStructure(createDocument(text)).headings.map((h) => `${h.level}:${h.number}`);

describe('one-line headings', () => {
  const report = `各位代表：现在我代表市政府作报告，请予审议。一、2023年工作回顾2023年是不平凡的一年。${FILL}主要做了以下工作：（一）稳住经济大盘。${FILL}（二）推进改革开放。${FILL}二、2024年主要任务今年要重点做好三个方面工作：（一）扩大有效需求。${FILL}（二）建设现代化产业体系。${FILL}（三）保障和改善民生。${FILL}`;

  it('takes 一、 before a year, （一） after the colon that announces it, and （一） again after the next colon', () => {
    expect(keys(report)).toEqual(['1:1', '2:1', '2:2', '1:2', '2:1', '2:2', '2:3']);
  });

  it('does not take the items of a sentence’s own list after a colon, nor a bare number after a full stop', () => {
    const list = `同志们：今天召开会议。${FILL}主要措施有：（一）加强领导；（二）压实责任；（三）强化督查。${FILL}我们收到意见。3、有的还没有答复。${FILL}`;
    expect(keys(list)).toEqual([]);
  });

  it('takes a heading after a closing quote or bracket that ends the sentence', () => {
    const quoted = `同志们：今天我讲两点。一、认清形势。${FILL}正如大家所说，“办法总比困难多。”二、抓好落实。${FILL}【这是补充说明。】三、加强领导。${FILL}`;
    expect(keys(quoted)).toEqual(['1:1', '1:2', '1:3']);
  });

  it('stops at an appendix glued to the last sentence of the body', () => {
    const withAppendix = `${report}${FILL.repeat(3)}附件1重点民生实事一、提供养老服务。${FILL}二、改善就业服务。三、提升教育水平。四、增加托育供给。`;
    expect(keys(withAppendix)).toEqual(['1:1', '2:1', '2:2', '1:2', '2:1', '2:2', '2:3']);
    // The same with the line breaks turned into spaces.
    expect(keys(withAppendix.replace(/。/g, '。 '))).toEqual(['1:1', '2:1', '2:2', '1:2', '2:1', '2:2', '2:3']);
  });

  it('reads the type from the opening words of a heading that runs on into its body', () => {
    const text = `各位家长：今天请大家来学校。一、近一年的工作情况自去年开放日以来在大家支持下学校各方面工作有了一定进步也加深了对孩子的认识。${FILL}二、下一阶段的工作计划我们将继续努力。${FILL}`;
    const s = analyzeStructure(createDocument(text));
    expect(s.headings.map((h) => h.number)).toEqual([1, 2]);
    expect(s.type.evidence.join(' ')).not.toContain('小标题含');
    // The same words in a heading of its own still count.
    const lines = analyzeStructure(createDocument(`各位家长：\n一、提高认识\n${FILL}\n二、下一阶段的工作计划\n${FILL}`));
    expect(lines.type.evidence.join(' ')).toContain('小标题含“认识”');
  });

  it('keeps the stricter rule in a text with line breaks', () => {
    // Inline after a colon, or before a year, is not taken when the text still has its line breaks.
    expect(keys(`第一段。\n${FILL}主要做了以下工作：（一）稳住经济大盘。${FILL}\n${FILL}\n${FILL}`)).toEqual([]);
    expect(keys(`第一段。\n${FILL}请予审议。一、2023年工作回顾2023年是不平凡的一年。${FILL}\n${FILL}\n${FILL}`)).toEqual([]);
    // At a line start they are headings, as before.
    expect(keys(`第一段。\n一、2023年工作回顾\n${FILL}\n（一）稳住经济大盘。${FILL}\n${FILL}`)).toEqual(['1:1', '2:1']);
  });
});

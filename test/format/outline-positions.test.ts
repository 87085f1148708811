// The outline of a one-line web copy gives line:column (every finding is on line 1); JSON keeps full item texts.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/extract/index.js';
import { toRecord } from '../../src/analyze/record.js';
import { formatOutline, colorOutline } from '../../src/format/outline.js';
import { doc, WEB_ONE_LINE } from '../extract/structure/helpers.js';

describe('outline positions', () => {
  it('shows line:column when the findings share lines', async () => {
    colorOutline(false);
    const out = formatOutline(toRecord(await analyzeDocument(doc(WEB_ONE_LINE), { keywords: false })));
    expect(out).toMatch(/ 1:\d+  一、充分肯定/);
    expect(out).not.toMatch(/第 1 行  一、/);
  });

  it('keeps line numbers for a text with one finding a line', async () => {
    colorOutline(false);
    const out = formatOutline(toRecord(await analyzeDocument(doc('一、提高认识\n正文。\n二、加强领导\n正文。'), { keywords: false })));
    expect(out).toContain('第 1 行  一、提高认识');
  });

  it('series items carry their whole leading clause', async () => {
    const long = '一是'.concat('坚持把学习贯彻党的创新理论作为首要政治任务'.repeat(4), '。二是加强组织领导。');
    const r = await analyzeDocument(doc(long), { keywords: false });
    expect(r.series[0].items[0].text).toBe('坚持把学习贯彻党的创新理论作为首要政治任务'.repeat(4));
  });
});

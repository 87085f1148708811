// Issue 9, item 17: CSV formula injection. A text cell that starts with = + - @ (or tab, CR) is neutralised with a
// leading apostrophe; numbers, and text starting with anything else, are written unchanged.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvField } from '../../src/format/csv.js';
import { cli, tempDir } from '../helpers.js';

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['三严三实', '三严三实'],
    ['a=b', 'a=b'],
  ])('%j → %s', (cell, out) => expect(csvField(cell)).toBe(out));

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
  });
});

describe('analyze --format csv', () => {
  it('neutralises a heading that would be a formula in Excel', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'draft.txt');
    writeFileSync(file, '同志们：\n今天召开会议，我讲两点意见。\n一、=1+1推动作风持续好转\n要抓好落实。\n二、@抓好下步工作\n要把各项任务落到实处。\n');
    const r = await cli(['analyze', '--no-keywords', '--format', 'csv', '--table', 'headings', '--bom', file]);
    expect(r.code, r.stderr).toBe(0);
    const texts = r.stdout.split('\r\n').slice(1, -1).map((row) => row.split(',').at(-1));
    expect(texts).toEqual(["'=1+1推动作风持续好转", "'@抓好下步工作"]);
  });
});

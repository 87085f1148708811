// required-sections: a missing section is named with where it would be expected (after / before its present
// neighbours in the order of sections.yaml), and the finding sits where the part would begin.
import { describe, it, expect } from 'vitest';
import { lintText } from '../../src/lint/index.js';

const PROGRESS = [
  '同志们：', '今天召开这次会议，主要任务是调度工作进展，部署下步工作。',
  '一、充分肯定前一阶段取得的成效', '各地取得了明显成效。',
  '二、清醒认识存在的问题和不足', '一些地方工作不到位，存在的问题还不少。',
  '三、扎实抓好下步工作', '下一步，要抓好落实。',
  '同志们，让我们共同努力，确保取得实效！',
];
const missing = (lines: string[], type = 'progress') =>
  lintText(lines.join('\n') + '\n', { type, only: ['required-sections'] }).messages.map((x) => [x.line, x.message.replace(/，可写如.*$/, '')]);

describe('required-sections: where a missing section would be expected', () => {
  it('nothing missing in the whole speech', () => {
    expect(missing(PROGRESS)).toEqual([]);
  });
  it('a middle part deleted: between its neighbours, at the next part', () => {
    const cut = PROGRESS.filter((_, i) => i !== 4 && i !== 5).map((l) => l.replace('三、', '二、'));
    expect(missing(cut)).toEqual([[5, '缺少“正视问题”部分（推进会（座谈会）讲话；应在“肯定成绩”之后、“下步工作与要求”之前）']]);
  });
  it('the last part deleted: after the part before it, before the closing', () => {
    expect(missing(PROGRESS.slice(0, 6).concat(PROGRESS[8]))).toEqual([[7, '缺少“下步工作与要求”部分（推进会（座谈会）讲话；应在“正视问题”之后、“结束语”之前）']]);
  });
  it('the Chinese type name works as --type does', () => {
    const cut = PROGRESS.filter((_, i) => i !== 4 && i !== 5).map((l) => l.replace('三、', '二、'));
    expect(missing(cut, '推进')).toEqual(missing(cut));
  });
});

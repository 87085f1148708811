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

describe('required-sections: headings in every recognised form, and wording where the section belongs', () => {
  const MOB = (heads: string[]) => [
    '同志们：', '今天召开这次会议，主要任务是对全县安全生产工作进行动员部署。',
    heads[0], '这项工作意义重大，我们要充分认识其重要意义。',
    heads[1], '今年的主要任务是排查隐患，重点工作是整治三类场所。',
    heads[2], '各级要加强组织领导，主要负责同志是第一责任人。',
    '同志们，让我们全力以赴，确保取得实效！',
  ];
  const FORMS: Array<[string, string[]]> = [
    ['一、', ['一、充分认识重要意义', '二、明确目标任务', '三、加强组织领导']],
    ['第一个问题：', ['第一个问题：关于认识', '第二个问题：关于任务', '第三个问题：关于领导']],
    ['第一部分', ['第一部分 充分认识重要意义', '第二部分 明确目标任务', '第三部分 加强组织领导']],
  ];
  for (const [form, heads] of FORMS) {
    it(`${form} headings: a complete speech has every section; the tasks part deleted is named with its place`, () => {
      expect(missing(MOB(heads), 'mobilization')).toEqual([]);
      // Delete the second part (heading and body), renumber the third.
      const lines = MOB(heads);
      const cut = [...lines.slice(0, 4), lines[6].replace(/三|3/, '二'), ...lines.slice(7)];
      const found = missing(cut, 'mobilization');
      expect(found.map((f) => f[1])).toEqual(['缺少“明确任务”部分（动员大会讲话；应在“认清意义”之后、“方法要求与组织领导”之前）']);
      expect(found[0][0]).toBe(5);
    });
  }
  it('the call to action is looked for in the closing: 让我们 inside a part is not a closing', () => {
    const lines = MOB(FORMS[0][1]);
    const body = [...lines.slice(0, 6), '让我们看看去年的情况，事故起数有所下降。', ...lines.slice(6, 8), '各单位要按时报送材料。', '会后各单位要认真传达。', '具体事项由办公室通知。'];
    expect(missing(body, 'mobilization').map((f) => f[1])).toEqual(['缺少“号召动员”部分（动员大会讲话；应在“方法要求与组织领导”之后）']);
    expect(missing([...body, '同志们，让我们全力以赴，确保取得实效！'], 'mobilization')).toEqual([]);
  });
});

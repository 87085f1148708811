// Round trip: every drafted speech — the shipped examples and minimal facts with single items and no optional
// sections — lints without errors, with and without telling lint the type.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { draftFromFacts, toText } from '../../src/draft/index.js';
import { createDocument } from '../../src/text/document.js';
import { lintDocument } from '../../src/lint/index.js';

const MINIMAL: Record<string, string> = {
  mobilization: 'type: mobilization\nmeeting: 全镇秸秆禁烧工作动员会\nunit: 石门镇\ntheme: 秸秆禁烧工作\nsignificance: [秸秆禁烧关系大气污染防治]\ntasks: [严防死守重点区域, 推进秸秆综合利用]\nrequirements: [压实包村责任]\n',
  progress: 'type: progress\nmeeting: 全镇防汛工作调度会\nunit: 石门镇\ntheme: 防汛工作\nachievements: [隐患排查全面完成]\nproblems: [部分村组值守不到位, 物资储备不足]\nnext_steps: [加强值班值守]\n',
  summary: 'type: summary\nmeeting: 全镇防汛工作总结会\nunit: 石门镇\ntheme: 防汛工作\nachievements: [汛期实现零伤亡, 隐患点全部完成整治]\nexperiences: [坚持预防为主]\nnext_steps: [完善应急预案, 加强队伍建设]\n',
};

async function lintDraft(source: string, type: string, tell: boolean) {
  const { paragraphs } = await draftFromFacts(source);
  const doc = createDocument(toText(paragraphs), `${type}-draft.txt`);
  return lintDocument(doc, tell ? { type } : {});
}

describe.each(['mobilization', 'progress', 'summary'])('draft %s → lint', (type) => {
  it.each([true, false])('the example lints clean (type given: %s)', async (tell) => {
    const src = await fs.readFile(new URL(`../../examples/${type}.yaml`, import.meta.url), 'utf8');
    const r = await lintDraft(src, type, tell);
    expect(r.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(r.errorCount).toBe(0);
  });
  it('minimal facts lint clean', async () => {
    const r = await lintDraft(MINIMAL[type], type, true);
    expect(r.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(r.errorCount).toBe(0);
  });
});

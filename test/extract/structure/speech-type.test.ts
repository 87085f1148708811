import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const typeOf = (text: string) => analyze(text).type;

describe('classifySpeech', () => {
  const cases: [string, string, string][] = [
    ['动员大会 in the title', '在全县党的群众路线教育实践活动动员大会上的讲话\n同志们：\n这次会议的主要任务是，对全县教育实践活动进行动员部署。', 'mobilization'],
    ['推进会 in the title', '在全市安全生产工作推进会上的讲话\n同志们：\n今天召开这次会议，主要是调度工作进展，部署下步工作。', 'progress'],
    ['总结大会 in the title', '在街道教育实践活动总结大会上的讲话\n同志们：\n今天，我们召开总结大会，全面总结活动取得的成效。', 'summary'],
    ['no title: the purpose sentence decides', '同志们：\n今天这次会议，主要目的是了解掌握前一阶段活动运行情况，总结分析存在的问题，研究部署下步工作。', 'progress'],
    ['no title: 动员部署 in the purpose', '同志们：\n今天召开这次会议，主要任务是对全镇人居环境整治工作进行动员部署。', 'mobilization'],
    ['no cue at all', '同志们：\n今天天气很好，大家辛苦了。', 'other'],
  ];
  it.each(cases)('%s', (_name, text, label) => {
    expect(typeOf(text).label).toBe(label);
  });

  it('lets the title outweigh an aside about an earlier meeting', () => {
    const t = typeOf('在教育活动座谈会上的讲话\n同志们:\nX月X日,区委召开了教育活动动员大会。今天召开这次会议,主要是调度活动进展,座谈交流经验。');
    expect(t.label).toBe('progress');
    expect(t.evidence).toContain('标题含“座谈会”');
    expect(t.evidence.join('')).not.toContain('动员大会');
  });

  it('gives Chinese evidence and a confidence between 0 and 1', () => {
    const t = typeOf('在全县动员大会上的讲话\n同志们：\n这次会议的主要任务是进行动员部署。\n一、深刻认识重大意义\n二、明确目标任务\n三、加强组织领导');
    expect(t.label).toBe('mobilization');
    expect(t.confidence).toBeGreaterThan(0.8);
    expect(t.confidence).toBeLessThanOrEqual(1);
    expect(t.evidence).toEqual(['判为动员类讲话', '标题含“动员大会”', expect.stringMatching(/^开头：“这次会议的主要任务是进行动员部署”含“进行动员部署”/), '小标题含“认识”“组织领导”']);
  });
});

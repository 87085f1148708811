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
    expect(t.evidence).toEqual(['判为动员类讲话', '标题含“动员大会”', expect.stringMatching(/^开头：“这次会议的主要任务是进行动员部署”含“进行动员”/), '小标题含“认识”“目标任务”“组织领导”', '正文1处含“动员部署”']);
    expect(t.alternative).toBeUndefined();
  });
});

describe('classifySpeech: evidence that generalises', () => {
  const cases: [string, string, string][] = [
    ['a campaign launched at a 工作会议', '在全省主题教育工作会议上的讲话\n同志们：\n今天召开这次会议，标志着主题教育正式启动。\n一、深刻认识开展主题教育的重大意义\n二、准确把握目标要求', 'mobilization'],
    ['a 部署会议 that deploys the next step (统筹推进 is no progress cue)', '在全市防汛工作部署会议上的讲话\n同志们：\n这次会议的主要任务是部署下一步防汛工作，统筹推进各项措施。', 'mobilization'],
    ['a commemorative 座谈会', '在纪念某某同志诞辰120周年座谈会上的讲话\n同志们：\n今天，我们在这里隆重集会，纪念某某同志诞辰120周年。', 'other'],
    ['a teachers and students 座谈会', '在某大学师生座谈会上的讲话\n同学们、老师们：\n今天，有机会同大家一起座谈，感到非常高兴。', 'other'],
    ['a progress report meeting named by 进展', '在项目建设进展汇报上的讲话\n一、要抓紧落实。', 'progress'],
    ['a 政府工作报告 without a title', '各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去五年的工作回顾', 'report'],
    ['a party congress report', '在中国共产党某市第九次代表大会上的报告\n同志们：\n现在，我代表中共某市第八届委员会向大会作报告。', 'report'],
    ['a one-line 总结大会 copy', '在全区作风建设年活动总结大会上的讲话　　同志们：　　今天召开总结大会，全面总结活动取得的成效。　　一、活动取得显著成效', 'summary'],
    ['a rally that is also a commendation: the first meeting named leads', '在安全生产百日攻坚誓师暨表彰大会上的讲话\n同志们：\n今天我们在这里誓师。', 'mobilization'],
  ];
  it.each(cases)('%s', (_name, text, label) => {
    expect(typeOf(text).label).toBe(label);
  });

  it('reports a close call with the evidence for each side', () => {
    const t = typeOf('在全县脱贫攻坚推进会上的讲话\n同志们：\n这次会议的主要任务是对巩固脱贫成果工作进行动员部署。');
    expect(t.label).toBe('progress');
    expect(t.confidence).toBeLessThan(0.6);
    expect(t.alternative?.label).toBe('mobilization');
    expect(t.alternative?.evidence.join('')).toContain('动员部署');
    expect(t.evidence.at(-1)).toMatch(/^与动员类接近/);
  });

  it('is an even guess, not a confident other, when there is no evidence', () => {
    const t = typeOf('同志们：\n今天天气很好，大家辛苦了。');
    expect(t).toMatchObject({ label: 'other', confidence: 0.5 });
    expect(t.alternative).toBeUndefined();
  });

  it('a clear speech is confident', () => {
    expect(typeOf('在全县动员大会上的讲话\n同志们：\n这次会议的主要任务是进行动员部署。').confidence).toBeGreaterThanOrEqual(0.75);
  });
});

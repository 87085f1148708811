// Title, date, speaker and meeting from the header block. Hand-written headers in the shapes real speeches print.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';
import { parseDate } from '../../../src/extract/metadata.js';

const meta = (text: string) => {
  const s = analyze(text);
  return { title: s.title, date: s.date, speaker: s.speaker, meeting: s.meeting };
};

describe('metadata of the header block', () => {
  it('a two-line main title, a ——subtitle, a bracketed date and a letter-spaced name', () => {
    expect(meta('坚定信心 攻坚克难\n为建设美丽乡村而奋斗\n——在全县农村工作会议上的讲话\n（2021年2月20日）\n张　三　丰\n同志们：\n今天召开会议。')).toEqual({
      title: '坚定信心 攻坚克难 为建设美丽乡村而奋斗——在全县农村工作会议上的讲话',
      date: '2021-02-20',
      speaker: '张三丰',
      meeting: '全县农村工作会议',
    });
  });

  it('a title-like main line over a subtitle without 在…上 keeps both; the speaker after an office', () => {
    expect(meta('团结奋进 再创佳绩\n——第五届职代会工作报告\n公司党委书记、董事长 李 四\n2023.03.08\n各位代表：\n现在我作报告。')).toEqual({
      title: '团结奋进 再创佳绩——第五届职代会工作报告',
      date: '2023-03-08',
      speaker: '李四',
      // The occasion before the report word names the meeting (as 九届二次教代会学校工作报告 in the dev set).
      meeting: '第五届职代会',
    });
  });

  it('name and office before 在 in the title; the date on the name line', () => {
    expect(meta('王五书记在全市招商引资推进会上的讲话\n王 五 2022/6/18\n同志们：\n今天召开推进会。')).toMatchObject({
      title: '王五书记在全市招商引资推进会上的讲话', date: '2022-06-18', speaker: '王五', meeting: '全市招商引资推进会',
    });
  });

  it('a report occasion line: date, meeting, office and name', () => {
    expect(meta('2024年某市政府工作报告\n来源：某市日报\n2024年1月10日在某市第九届人民代表大会第二次会议上某市市长 赵六\n各位代表：\n现在，我代表市人民政府，向大会报告工作。')).toEqual({
      title: '2024年某市政府工作报告', date: '2024-01-10', speaker: '赵六', meeting: '某市第九届人民代表大会第二次会议',
    });
  });

  it('an essay title over a Chinese-numeral date, with an editor\'s note', () => {
    expect(meta('# 论调查研究\n（一九四一年三月十七日）\n\n> 这是周某在某根据地干部会议上的讲演。\n\n　　同志们要注意调查研究。')).toMatchObject({
      title: '论调查研究', date: '1941-03-17', speaker: '周某', meeting: '某根据地干部会议',
    });
  });

  it('the meeting from the opening sentence about this meeting, not one held before', () => {
    expect(meta('同志们：\n今天，我们召开全区安全生产工作会议，主要任务是部署工作。').meeting).toBe('全区安全生产工作会议');
    expect(meta('同志们：\n2019年3月，市委召开了全市安全生产工作会议。我们要抓好落实。').meeting).toBeNull();
    expect(meta('同志们：\n这次会议很重要。').meeting).toBeNull();
  });

  it('a title line is not taken for a name, nor a name for a title', () => {
    expect(meta('走 向 远 方\n——在毕业典礼上的讲话\n同学们：\n大家好！')).toMatchObject({ title: '走向远方——在毕业典礼上的讲话', speaker: null });
    expect(meta('孙七\n（2020年6月28日）\n亲爱的同学们：\n大家好！')).toMatchObject({ title: '', speaker: '孙七', date: '2020-06-28' });
  });

  it('nothing stated, nothing invented', () => {
    expect(meta('同志们：\n我讲三点意见。\n一、提高认识\n正文。')).toEqual({ title: '', date: null, speaker: null, meeting: null });
  });
});

describe('parseDate', () => {
  it.each([
    ['（2021年2月20日）', '2021-02-20'], ['2020.6.20', '2020-06-20'], ['2021/02/27', '2021-02-27'], ['2021-2-3', '2021-02-03'],
    ['一九四九年三月五日', '1949-03-05'], ['二〇二一年十二月二十五日', '2021-12-25'], ['2020年10月', '2020-10'],
    ['2021年13月2日', null], ['第2020.6期', null], ['共3.5万亿元', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('meeting: session-3 shapes (invented headers, expected written before the rules)', () => {
  const m = (text: string) => meta(text).meeting;
  it('a title or subtitle that names the occasion before 讲话/发言稿/工作报告, without 在…上', () => {
    expect(m('团结奋进 再创佳绩\n——2023学年第二学期开学典礼讲话\n同学们：\n新学期开始了。')).toBe('2023学年第二学期开学典礼');
    expect(m('某区教育论坛发言稿\n各位领导：\n大家好。')).toBe('某区教育论坛');
    expect(m('凝心聚力 共创未来\n——五届三次教代会学校工作报告\n各位代表：\n现在作报告。')).toBe('五届三次教代会');
    expect(m('家校同行\n——初一家长会上的讲话稿\n各位家长：\n大家好。')).toBe('初一家长会');
    expect(m('校园开放日讲话稿\n各位家长：\n欢迎大家。')).toBe('校园开放日');
  });
  it('a title 在…的讲话 without 上 when the occasion is a meeting or a 汇报', () => {
    expect(m('在年度经营总结与规划汇报的讲话\n正文第一段。')).toBe('年度经营总结与规划汇报');
  });
  it('the opening sentence whose subject is the meeting (…代表大会，是…)', () => {
    expect(m('同志们：\n现在，我代表委员会向大会作报告。\n某省第九次代表大会，是在关键时期召开的一次重要会议。')).toBe('某省第九次代表大会');
  });
  it('markup around the opening sentence (**今天，我们隆重举行…典礼**)', () => {
    expect(m('各位老师：\n**今天，我们在这里隆重举行2021届毕业典礼**，祝贺大家。')).toBe('2021届毕业典礼');
  });
  it('a title about a topic is no meeting', () => {
    expect(m('关于教育改革的讲话\n同志们：\n正文。')).toBeNull();
    expect(m('走向远方\n同学们：\n正文。')).toBeNull();
  });
});

describe('meeting: the opening after a two-line salutation and a greeting (rule written with this case)', () => {
  it('a second salutation line and 大家好！ do not use up the opening paragraphs', () => {
    expect(meta('张某\n亲爱的同学们，尊敬的家长朋友们，\n各位老师：\n大家好！\n今天，我们在这里举行2021届毕业典礼。').meeting).toBe('2021届毕业典礼');
  });
});
describe('meeting: the opening after header lines when no salutation is found (rule written with this case)', () => {
  it('a name, a date and two address lines do not use up the opening paragraphs', () => {
    expect(meta('张某\n（2021年6月28日）\n亲爱的同学们，尊敬的家长朋友们，\n各位老师、各位来宾：\n大家好！\n今天，我们在这里举行2021届毕业典礼。').meeting).toBe('2021届毕业典礼');
  });
});
describe('meeting: a described meeting in the opening sentence keeps its head (rule written with this case)', () => {
  it('…百年的第一届毕业典礼 → 毕业典礼', () => {
    expect(meta('各位老师：\n今天，我们隆重举行学校建校百年的第一届毕业典礼，祝贺大家。').meeting).toBe('毕业典礼');
    expect(meta('同志们：\n今天，我们召开全区安全生产工作会议，主要任务是部署工作。').meeting).toBe('全区安全生产工作会议');
  });
});
describe('title: a web-source line between the main title and its ——subtitle (invented header; session 3)', () => {
  it('the noise line is skipped, the main title and subtitle joined', () => {
    expect(meta('2024年某省政府工作报告\n来源：某某日报\n——2024年1月20日在某省第十四届人民代表大会第二次会议上\n各位代表：\n现在报告工作。').title)
      .toBe('2024年某省政府工作报告——2024年1月20日在某省第十四届人民代表大会第二次会议上');
  });
});

// Kinds of the fourth and sixth fresh batches (older national reports), invented sentences.
describe('the meeting of a report, in the older reports\' forms', () => {
  it('向…会议作…报告 names this meeting, with no 今天/现在 in the sentence', () => {
    expect(meta('各位代表：\n我代表国务院，向第九届全省人民代表大会第二次会议作政府工作报告，请予审议。\n正文。').meeting).toBe('第九届全省人民代表大会第二次会议');
  });
  it('党的第N次全国代表大会 keeps 党的 (a proper name, not a described meeting)', () => {
    expect(meta('同志们：\n现在，我代表第八届中央委员会，向党的第九次全国代表大会作报告。\n正文。').meeting).toBe('党的第九次全国代表大会');
  });
  it('a described meeting still gives its head (新百年的第一届开学典礼 → 开学典礼)', () => {
    expect(meta('同学们：\n今天，我们在这里举行学校新百年的第一届开学典礼。\n正文。').meeting).toBe('开学典礼');
  });
  it('traditional characters in the occasion line (會議) are read, the name kept as written', () => {
    expect(meta('政府工作報告\n1957年6月26日在第一届全國人民代表大會第四次會議上\n周恩來\n各位代表：\n正文。').meeting).toBe('第一届全國人民代表大會第四次會議');
  });
  it('a zero-width space before the title (a web copy\'s leftover) is no part of it', () => {
    expect(meta('\u200b政府工作报告\n——2021年3月5日在第九届全省人民代表大会第四次会议上\n各位代表：\n正文。').title).toBe('政府工作报告——2021年3月5日在第九届全省人民代表大会第四次会议上');
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const head = (text: string) => {
  const s = analyze(text);
  return [s.title, s.salutationLine];
};

describe('extractTitle and findSalutation', () => {
  const cases: [string, string, unknown[]][] = [
    ['a plain title', '在红湘街道教育实践活动总结大会上的讲话\n中共红湘街道工委书记 杨安平\n(2014年11月 11 日)\n同志们:\n今天召开总结大会。', ['在红湘街道教育实践活动总结大会上的讲话', 4]],
    ['breadcrumbs and a source line above', '工作筹备\n您的位置\n工作筹备\n韩利学同志在全县动员大会上的讲话\n信息来源:  时间:2014-3-1 13:39\n同志们:\n这次会议的主要任务是动员部署。', ['韩利学同志在全县动员大会上的讲话', 6]],
    ['a title broken over two lines', '在全县党的群众路线教育实践活动\n动员大会上的讲话\n同志们：\n正文。', ['在全县党的群众路线教育实践活动动员大会上的讲话', 3]],
    ['a site preface and no title', '前言:本站为你精心整理了民政局运行讲话范文,希望能为你的创作提供参考价值。\n同志们:\n今天这次会议是决定召开的。', ['', 2]],
    ['title and salutation on one line', '《区长在动员大会上的讲话.docx》由会员分享,可在线阅读。\n区长在街道作风建设动员大会上的讲话同志们:今天,我们召开这次会议。', ['区长在街道作风建设动员大会上的讲话', 2]],
    ['各位领导、同志们：', '在全市工作会议上的讲话\n尊敬的各位领导、同志们：\n大家好。', ['在全市工作会议上的讲话', 2]],
    ['a salutation with a comma', '同志们，今天我们召开会议，部署工作。', ['', 1]],
    ['no salutation', '一、提高认识\n正文。', ['', null]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(head(text)).toEqual(expected);
  });

  it('does not take the closing 同志们 for the salutation', () => {
    const body = Array.from({ length: 20 }, (_, i) => `第${i + 1}段正文，内容较长，讲了很多工作。`).join('\n');
    expect(head(`${body}\n同志们：让我们共同努力！`)).toEqual(['', null]);
  });
});

describe('extractTitle: variants', () => {
  it('accepts a note in parentheses after the title', () => {
    expect(head('在全县经济工作会议上的讲话（摘要）\n同志们：\n正文。')).toEqual(['在全县经济工作会议上的讲话（摘要）', 2]);
  });
});

describe('salutation: a line of addressees with qualifiers (invented lines; session 3)', () => {
  const line = (text: string) => analyze(text).salutationLine;
  it.each([
    ['各位老师、各位来宾：', '标题\n各位老师、各位来宾：\n今天我们相聚在这里。'],
    ['亲爱的毕业生同学们，尊敬的家长朋友们，', '张某\n亲爱的毕业生同学们，尊敬的家长朋友们，\n各位老师：\n大家好！'],
    ['各位家长，大家好！', '家校共育\n——家长会讲话\n各位家长，大家好！\n今天我们开家长会。'],
    ['各位家长大家好！', '开放日讲话稿\n各位家长大家好！\n欢迎大家。'],
    ['尊敬的李教授、王教授，亲爱的同学们：早上好！', '尊敬的李教授、王教授，亲爱的同学们：早上好！\n今天是开学第一天。'],
    ['**亲爱的2021级新同学，**', '某某\n**亲爱的2021级新同学，**\n欢迎你们。'],
    ['共青团员们，青年朋友们，同志们：', '纪念大会讲话\n共青团员们，青年朋友们，同志们：\n今天我们隆重集会。'],
  ])('%s', (_name, text) => {
    const lines = text.split('\n');
    expect(line(text)).toBe(lines.indexOf(_name) + 1);
  });
  it('a sentence addressed to people is no salutation line', () => {
    expect(line('标题\n前言一段很长的正文，介绍了学校的基本情况，发展历程和办学特色，以及今后的打算和安排。\n同学们，毕业不是结束，而是新的起点。\n各位领导的关心，我们铭记在心。')).toBeNull();
  });
});

// One-line web copies (every line break lost): the header glued to the body is cut back into the lines it was —
// title, ——subtitle, date, speaker, salutation — so that title, metadata and type hold. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { headerCuts, oneLineIndex, splitParagraphs } from '../../src/extract/paragraphs.js';
import { analyzeStructure } from '../../src/extract/index.js';

/** Enough body after the header for a one-line text (a few hundred characters, no line break). */
const BODY = '今天我们召开这次会议，主要任务是总结工作、分析形势、部署任务。'.repeat(12);
const pieces = (text: string) => splitParagraphs(createDocument(text)).map((p) => p.text);

describe('one-line header: where the glued header lines end', () => {
  it('cuts a title followed by a date and a salutation', () => {
    const p = pieces(`在全县秋季开学工作会议上的讲话2023年8月30日同志们：${BODY}`);
    expect(p.slice(0, 2)).toEqual(['在全县秋季开学工作会议上的讲话', '2023年8月30日']);
    // The salutation is a line of its own, as it was.
    expect(p[2]).toBe('同志们：');
    expect(p[3].startsWith('今天')).toBe(true);
    const s = analyzeStructure(createDocument(`在全县秋季开学工作会议上的讲话2023年8月30日同志们：${BODY}`));
    expect([s.title, s.date, s.meeting]).toEqual(['在全县秋季开学工作会议上的讲话', '2023-08-30', '全县秋季开学工作会议']);
  });

  it('cuts a bracketed date, the speaker, and a salutation glued to the name', () => {
    const p = pieces(`关于做好防汛工作的讲话（2022年6月1日）张建国各位领导、同志们：${BODY}`);
    expect(p.slice(0, 3)).toEqual(['关于做好防汛工作的讲话', '（2022年6月1日）', '张建国']);
    expect(p[3].startsWith('各位领导、同志们：')).toBe(true);
    const s = analyzeStructure(createDocument(`关于做好防汛工作的讲话（2022年6月1日）张建国各位领导、同志们：${BODY}`));
    expect([s.title, s.date, s.speaker]).toEqual(['关于做好防汛工作的讲话', '2022-06-01', '张建国']);
  });

  it('cuts a main title over its ——subtitle, a letter-spaced name with a dotted date, and a list of addressees', () => {
    const p = pieces(`奋楫扬帆正当时！——在新学期开学典礼上的致辞王 明 2023.9.1尊敬的各位来宾、家长，老师们、同学们：${BODY}`);
    expect(p.slice(0, 4)).toEqual(['奋楫扬帆正当时！', '——在新学期开学典礼上的致辞', '王 明', '2023.9.1']);
    expect(p[4]).toBe('尊敬的各位来宾、家长，老师们、同学们：');
    const s = analyzeStructure(createDocument(`奋楫扬帆正当时！——在新学期开学典礼上的致辞王 明 2023.9.1尊敬的各位来宾、家长，老师们、同学们：${BODY}`));
    expect([s.title, s.date, s.speaker]).toEqual(['奋楫扬帆正当时！——在新学期开学典礼上的致辞', '2023-09-01', '王明']);
  });

  it('reads the same header when the lost line breaks became single spaces', () => {
    const p = pieces(`奋楫扬帆正当时！ ——在新学期开学典礼上的致辞 王 明 2023.9.1 老师们、同学们： ${BODY}`);
    expect(p.slice(0, 4)).toEqual(['奋楫扬帆正当时！', '——在新学期开学典礼上的致辞', '王 明', '2023.9.1']);
    expect(p[4].startsWith('老师们、同学们：')).toBe(true);
  });

  it('cuts a letter-spaced name glued to 同志们', () => {
    const p = pieces(`在全市经济工作会议上的讲话（2024年1月5日）刘　建　国同志们：${BODY}`);
    expect(p.slice(0, 3)).toEqual(['在全市经济工作会议上的讲话', '（2024年1月5日）', '刘　建　国']);
    expect(p[3].startsWith('同志们：')).toBe(true);
  });

  it('cuts a title glued straight to the body, and an occasion line with its date', () => {
    expect(pieces(`刘建国同志的讲话摘要${BODY}`)[0]).toBe('刘建国同志的讲话摘要');
    const p = pieces(`政府工作报告——2024年1月20日在某市第十届人民代表大会第三次会议上市长 刘建国各位代表：${BODY}`);
    expect(p.slice(0, 3)).toEqual(['政府工作报告', '——2024年1月20日在某市第十届人民代表大会第三次会议上', '市长 刘建国']);
    expect(p[3].startsWith('各位代表：')).toBe(true);
  });

  it('cuts a salutation with its greeting off the body', () => {
    const p = pieces(`各位家长，大家好！${BODY}`);
    expect(p[0]).toBe('各位家长，大家好！');
    expect(p[1].startsWith('今天我们召开这次会议')).toBe(true);
    expect(pieces(`尊敬的各位来宾，老师们、同学们：早上好！${BODY}`)[0]).toBe('尊敬的各位来宾，老师们、同学们：早上好！');
  });

  it('leaves a body that opens the text alone: dates and dashes inside sentences', () => {
    expect(headerCuts(`同志们：2023年8月30日，我们召开了会议。${BODY}`)).toEqual([4]);
    expect(headerCuts(`今天是全县干部大会，我讲三点意见——一是讲话要简短。${BODY}`)).toEqual([]);
    // A title word inside a title (讲话精神) does not end it.
    expect(pieces(`学习贯彻重要讲话精神——在全县干部大会上的讲话同志们：${BODY}`).slice(0, 2))
      .toEqual(['学习贯彻重要讲话精神', '——在全县干部大会上的讲话']);
    // A date inside the first sentence after the title is body.
    expect(pieces(`在全县大会上的讲话今天，2023年8月30日，我们在这里开会。${BODY}`)[1].startsWith('今天，2023年8月30日，')).toBe(true);
  });

  it('guesses nothing in a text with line breaks', () => {
    const text = `在全县秋季开学工作会议上的讲话2023年8月30日同志们：${BODY}\n${BODY}\n${BODY}`;
    expect(oneLineIndex(createDocument(text))).toBe(-1);
    expect(pieces(text)[0].startsWith('在全县秋季开学工作会议上的讲话2023年8月30日同志们：')).toBe(true);
    // One long line under a title line is a one-line copy; a short text is not.
    expect(oneLineIndex(createDocument(`在全县大会上的讲话\n${BODY}`))).toBe(1);
    expect(oneLineIndex(createDocument('在全县大会上的讲话2023年8月30日同志们：今天开会。'))).toBe(-1);
  });
});

// Title lines (GB/T 9704 7.3.3): word boundaries, 上的讲话 kept whole, the facts' phrases preferred, even lines.
// Expected breaks written by hand.
import { describe, expect, it } from 'vitest';
import { breakTitle, segmentWith, wordsIn } from '../../src/draft/title-lines.js';

describe('breakTitle', () => {
  it.each([
    // title, phrases of the facts, expected lines
    ['在全县安全生产治本攻坚三年行动动员大会上的讲话', ['全县', '安全生产治本攻坚三年行动', '三年行动', '动员大会'], ['在全县安全生产治本攻坚三年行动', '动员大会上的讲话']],
    ['在全县学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议上的讲话', ['全县', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '总结会议'], ['在全县学习贯彻习近平新时代中国特色', '社会主义思想主题教育总结会议上的讲话']],
    ['在清溪街道“我为群众办实事”实践活动总结大会上的讲话', [], ['在清溪街道“我为群众办实事”', '实践活动总结大会上的讲话']],
    ['在全县重点项目建设推进会上的讲话', [], ['在全县重点项目建设推进会上的讲话']],
  ])('%s', (title, phrases, expected) => {
    expect(breakTitle(title, { phrases })).toEqual(expected);
  });
  it('never breaks inside a word, inside 上的讲话 or before it, and keeps every line within 20 characters', () => {
    for (const title of ['在全市优化营商环境攻坚年活动动员大会上的讲话', '在全县农村人居环境整治提升行动推进会上的讲话', '在石门镇城乡环境卫生百日攻坚行动动员会上的讲话']) {
      const lines = breakTitle(title);
      expect(lines.join('')).toBe(title);
      expect(lines.every((l) => [...l].length <= 20)).toBe(true);
      expect(lines[lines.length - 1]).toMatch(/.{2,}上的讲话$/u);
      const words = segmentWith(title, wordsIn(title));
      const ends = new Set<number>();
      let at = 0;
      for (const w of words) { at += [...w].length; ends.add(at); }
      let pos = 0;
      for (const l of lines.slice(0, -1)) { pos += [...l].length; expect(ends.has(pos), `${title} at ${pos}`).toBe(true); }
    }
  });
  it('segments with dictionary words found in the text only', () => {
    const words = wordsIn('在全县农村人居环境整治提升行动推进会上的讲话');
    expect(words.has('人居')).toBe(true);
    expect(words.has('营商环境')).toBe(false);
    expect(segmentWith('农村人居环境整治', words)).toEqual(['农村', '人居', '环境', '整治']);
  });
});

// Markdown non-text is masked with spaces of the same length: offsets, lines and columns stay those of the file.
import { describe, it, expect } from 'vitest';
import { maskNonText, isMarkdownFile } from '../../src/text/markdown.js';

const same = (a: string, b: string) => {
  expect(b.length).toBe(a.length);
  expect(b.split('\n').length).toBe(a.split('\n').length);
};

describe('maskNonText', () => {
  it('masks fenced code, keeping line ends and the text around it', () => {
    const t = '一、甲\n```\n二、代码里的标题\n```\n二、乙\n';
    const m = maskNonText(t, true);
    same(t, m);
    expect(m).not.toContain('代码');
    expect(m.startsWith('一、甲\n')).toBe(true);
    expect(m.endsWith('\n二、乙\n')).toBe(true);
  });
  it('masks an unclosed fence to the end, and ~~~ fences', () => {
    expect(maskNonText('正文。\n~~~\n三、甲\n', false)).toBe('正文。\n   \n   \n');
  });
  it('masks HTML comments but keeps jianghua directives', () => {
    const t = '<!-- 三、旧标题\n四、另一个 -->\n<!-- jianghua-disable placeholder -->\n正文。';
    const m = maskNonText(t, true);
    same(t, m);
    expect(m).not.toContain('旧标题');
    expect(m).toContain('<!-- jianghua-disable placeholder -->');
  });
  it('masks front matter, link targets, reference definitions, inline code and autolinks in Markdown only', () => {
    const t = '---\ntitle: 一、不是标题\n---\n见[通知](http://x.cn/a(1)?b=2,c)和`a,b`及<https://y.cn/p?q=1,2>。\n[1]: http://z.cn/,x\n';
    const m = maskNonText(t, true);
    same(t, m);
    expect(m).not.toMatch(/标题|http|a,b|z\.cn/);
    expect(m).toContain('见[通知]');
    expect(maskNonText(t, false)).toBe(t);
  });
  it('masks indented code after a blank line, but not indented Chinese prose', () => {
    const t = '正文。\n\n    const a = 1, b = 2;\n    同志们：这是缩进的正文。\n';
    const m = maskNonText(t, true);
    expect(m).not.toContain('const');
    expect(m).toContain('同志们：这是缩进的正文。');
  });
  it('keeps astral characters so columns in code points do not move', () => {
    const t = '```\n𠀀x\n```\n';
    expect([...maskNonText(t, true)].length).toBe([...t].length);
  });
  it('knows Markdown files by their extension', () => {
    expect(isMarkdownFile('a/讲话.md')).toBe(true);
    expect(isMarkdownFile('讲话.txt')).toBe(false);
  });
});

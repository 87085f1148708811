// Keywords (TF-IDF) use the compact dictionary plus the domain dictionary and the domain stop words.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractKeywords } from '../../src/segment/index.js';
import { corpusPath } from '../helpers.js';

describe('extractKeywords', () => {
  it('lets formulations come out whole and drops the generic words of every speech', async () => {
    const kw = (await extractKeywords(readFileSync(corpusPath('001_c638c102bfae6a4d'), 'utf8'), 20)).map((k) => k.word);
    expect(kw).toContain('教育实践活动');
    expect(kw.some((w) => ['四风', '党员干部', '群众路线', '督导组'].includes(w))).toBe(true);
    for (const generic of ['工作', '问题', '开展', '落实']) expect(kw).not.toContain(generic);
    expect(kw).toHaveLength(20);
  });
});

describe('extractKeywords: one vocabulary with segment', () => {
  it('keeps names whole (the compact dictionary keeps full names, set phrases and idioms whatever their frequency)', async () => {
    const text = '深入学习贯彻习近平新时代中国特色社会主义思想。习近平总书记强调，要落实一岗双责。习近平总书记指出，万众一心加油干。'.repeat(5);
    const kw = (await extractKeywords(text, 10)).map((k) => k.word);
    expect(kw).toContain('习近平');
    expect(kw).not.toContain('习近');
  });
});

// The numeral formulations the formula extractor knows unquoted are words of the domain dictionary (issue 10, item 8):
// keywords keep them whole as formulas finds them. Sentences written by hand.
describe('extractKeywords: the known formulations of formulas', () => {
  it('come out whole', async () => {
    const text = '巩固两不愁三保障成果，胸怀两个大局，牢记三个务必，做好六稳工作，落实六保任务。'.repeat(3);
    const words = (await extractKeywords(text, 30)).map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['两不愁三保障', '两个大局', '三个务必']));
    expect(words).not.toContain('三保障');
  });
});

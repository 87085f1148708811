// One domain vocabulary (issue 10, item 8): the numeral formulations the formula extractor knows unquoted are words of
// the domain dictionary, so segment and keywords keep them whole where formulas finds them. Sentences written by hand.
import { describe, expect, it } from 'vitest';
import { cutText, extractKeywords } from '../../../src/segment/index.js';
import { lexicon } from '../../../src/extract/lexicon/index.js';
import { lexical } from './helpers.js';

const TEXT = '巩固两不愁三保障成果，胸怀两个大局，牢记三个务必，做好六稳工作，落实六保任务，坚持两个毫不动摇，实现两个根本性转变。';

describe('one vocabulary for segment, keywords and formulas', () => {
  it('the known formulations that formulas finds come out whole in segment', async () => {
    const found = lexical(TEXT).formulas.map((f) => f.text);
    expect(found).toEqual(['两不愁三保障', '两个大局', '三个务必', '六稳', '六保', '两个毫不动摇', '两个根本性转变']);
    const words = await cutText(TEXT);
    for (const f of found) expect(words, f).toContain(f);
  });

  it('and in keywords (the compact dictionary)', async () => {
    const words = (await extractKeywords(TEXT.repeat(3), 30)).map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['两不愁三保障', '两个大局', '三个务必']));
    expect(words).not.toContain('三保障');
  });

  it('every known formulation of two to eight characters is one token', async () => {
    const known = [...new Set(lexicon().knownFormulas)].filter((w) => /^[\u4e00-\u9fff]{2,8}$/.test(w));
    const split = [];
    for (const w of known) if ((await cutText(w)).length !== 1) split.push(w);
    expect(split).toEqual([]);
  });
});

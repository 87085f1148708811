// Segmentation of real corpus text keeps the fixed formulations of official speech whole.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDocument } from '../../src/text/document.js';
import { segmentDocument, parseDict, cutText } from '../../src/segment/index.js';
import { corpusPath } from '../helpers.js';

const FORMULATIONS = ['三严三实', '四风', '为民务实清廉', '群众路线', '教育实践活动', '照镜子', '正衣冠', '洗洗澡', '治治病',
  '民主生活会', '三会一课', '一岗双责', '八项规定', '软弱涣散', '最后一公里', '党员干部', '督导组'];

describe('segmentDocument', () => {
  it('keeps the formulations of corpus 004 and 001 whole', async () => {
    const words = new Set<string>();
    for (const stem of ['004_2a5315d4f9a02ca3', '001_c638c102bfae6a4d']) {
      const doc = createDocument(readFileSync(corpusPath(stem), 'utf8'), stem);
      for (const line of await segmentDocument(doc)) for (const t of line) words.add(t.word);
    }
    for (const f of FORMULATIONS) expect(words, f).toContain(f);
    // …and does not leave their pieces behind where the formulation occurs
    expect(words).not.toContain('衣冠');
  });

  it('gives positions in code points that point at the token', async () => {
    const doc = createDocument('同志们：\n按照“照镜子、正衣冠、洗洗澡、治治病”的总要求，践行三严三实。');
    const lines = await segmentDocument(doc, { tag: true });
    const tok = lines[1].find((t) => t.word === '三严三实')!;
    expect(tok).toMatchObject({ line: 2, start: 27, end: 31 });
    expect([...doc.lines[1]].slice(tok.start - 1, tok.end - 1).join('')).toBe('三严三实');
    expect(typeof tok.tag).toBe('string');
  });

  it('accepts a user dictionary in jieba format and rejects a malformed one', async () => {
    expect(parseDict('# 注释\n落实突破年 100 n\n干部作风建设大讨论\n', 'u.txt')).toEqual([
      { word: '落实突破年', freq: 100, tag: 'n' }, { word: '干部作风建设大讨论', freq: undefined, tag: undefined }]);
    expect(() => parseDict('一 二 三 四', 'u.txt')).toThrow(/u\.txt：词典第 1 行格式不对/);
  });
});

// One vocabulary (issue 10, item 8): the known numeral formulations that formulas finds are single tokens of segment.
describe('segment: the known formulations of formulas', () => {
  const TEXT = '巩固两不愁三保障成果，胸怀两个大局，牢记三个务必，做好六稳工作，落实六保任务，坚持两个毫不动摇，实现两个根本性转变。';

  it('come out whole where formulas finds them', async () => {
    const { lexical } = await import('../extract/lexical/helpers.js');
    const found = lexical(TEXT).formulas.map((f) => f.text);
    expect(found).toEqual(['两不愁三保障', '两个大局', '三个务必', '六稳', '六保', '两个毫不动摇', '两个根本性转变']);
    const words = await cutText(TEXT);
    for (const f of found) expect(words, f).toContain(f);
  });

  it('every known formulation of two to eight characters is one token (rebuild the dictionary after adding one)', async () => {
    const { lexicon } = await import('../../src/extract/lexicon/index.js');
    const known = [...new Set(lexicon().knownFormulas)].filter((w) => /^[\u4e00-\u9fff]{2,8}$/.test(w));
    const split: string[] = [];
    for (const w of known) if ((await cutText(w)).length !== 1) split.push(w);
    expect(split).toEqual([]);
  });
});

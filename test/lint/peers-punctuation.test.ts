// Outside check of punctuation-width --fix against the punctuation test cases of autocorrect (huacnlee/autocorrect,
// autocorrect/src/rule/fullwidth.rs test_fullwidth / test_fullwidth_with_cjk, and autocorrect/src/rule/halfwidth.rs
// test_halfwidth_alphabetic_numbers), each case rewritten as input → the peer's expected output → ours. Where GB/T
// 15834 and the peer differ (brackets around Latin text in a Chinese sentence, ASCII quotes around Chinese text),
// ours follows the standard: full-width marks in Chinese text. Japanese and Korean cases are left out.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { fixDocument } from '../../src/lint/index.js';

interface PeerCase { input: string; peer: string; ours: string; why?: string }

const AUTOCORRECT: PeerCase[] = [
  { input: '你好,这是一个句子.', peer: '你好，这是一个句子。', ours: '你好，这是一个句子。' },
  { input: '"请求参数错误."', peer: '"请求参数错误。"', ours: '“请求参数错误。”', why: 'GB/T 15834: quotes in Chinese text are “”' },
  { input: "'请求参数错误.'", peer: "'请求参数错误。'", ours: "'请求参数错误。'" },
  { input: '!开头不处理.', peer: '!开头不处理。', ours: '！开头不处理。', why: 'peer keeps a line-initial ! (code); a speech has no such line' },
  { input: '刚刚买了一部 iPhone,好开心!', peer: '刚刚买了一部 iPhone，好开心！', ours: '刚刚买了一部 iPhone，好开心！' },
  { input: '蚂蚁集团上市后有多大的上涨空间?', peer: '蚂蚁集团上市后有多大的上涨空间？', ours: '蚂蚁集团上市后有多大的上涨空间？' },
  {
    input: '我们需要一位熟悉 JavaScript、HTML5,至少理解一种框架 (如 Backbone.js、AngularJS、React 等) 的前端开发者.',
    peer: '我们需要一位熟悉 JavaScript、HTML5，至少理解一种框架 (如 Backbone.js、AngularJS、React 等) 的前端开发者。',
    ours: '我们需要一位熟悉 JavaScript、HTML5，至少理解一种框架 （如 Backbone.js、AngularJS、React 等）的前端开发者。',
    why: 'GB/T 15834: brackets in Chinese text are full-width, also around Latin words',
  },
  { input: '蚂蚁疾奔:蚂蚁集团两地上市~全速推进!', peer: '蚂蚁疾奔：蚂蚁集团两地上市~全速推进！', ours: '蚂蚁疾奔：蚂蚁集团两地上市~全速推进！' },
  { input: '蚂蚁集团是阿里巴巴 (BABA.N) 旗下金融科技子公司', peer: '蚂蚁集团是阿里巴巴 (BABA.N) 旗下金融科技子公司', ours: '蚂蚁集团是阿里巴巴 （BABA.N）旗下金融科技子公司', why: 'GB/T 15834: brackets in Chinese text are full-width' },
  { input: 'Dollar 的演示 $阿里巴巴.US$ 股票标签', peer: 'Dollar 的演示 $阿里巴巴.US$ 股票标签', ours: 'Dollar 的演示 $阿里巴巴.US$ 股票标签' },
  { input: '确保&quot;&gt;HTML Entity&lt;&quot;的字符&#34;不会被处理&#34; Ruby&amp;Go', peer: '确保&quot;&gt;HTML Entity&lt;&quot;的字符&#34;不会被处理&#34; Ruby&amp;Go', ours: '确保&quot;&gt;HTML Entity&lt;&quot;的字符&#34;不会被处理&#34; Ruby&amp;Go' },
  { input: '你好,這是一個句子.', peer: '你好，這是一個句子。', ours: '你好，這是一個句子。' },
  // halfwidth.rs: full-width letters and digits (the peer's case runs its width-of-letters step alone, so its colon stays).
  { input: '测试:ａｂｃｘｙｚＡＢＣＸＹＺ１２３４５６７８９０', peer: '测试:abcxyzABCXYZ1234567890', ours: '测试：abcxyzABCXYZ1234567890', why: 'the peer case tests letter width only; a colon after Chinese is full-width' },
  { input: '他说：我们将在１６：３２分出发去ＣＢＤ中心。', peer: '他说：我们将在16:32分出发去CBD中心。', ours: '他说：我们将在16:32分出发去CBD中心。' },
];

const fix = (text: string) => fixDocument(createDocument(text, 'peer.txt'), { only: ['punctuation-width'] }).output;

describe('punctuation-width --fix on the autocorrect cases', () => {
  for (const c of AUTOCORRECT) {
    it(`${c.input} → ${c.ours}`, () => {
      expect(fix(c.input)).toBe(c.ours);
      // A difference from the peer is always a stated one.
      if (c.ours !== c.peer) expect(c.why, 'a difference from autocorrect needs its reason').toBeTruthy();
    });
  }
  it('agreement with autocorrect is as reported (9 of 14)', () => {
    expect(AUTOCORRECT.filter((c) => fix(c.input) === c.peer)).toHaveLength(9);
  });
});

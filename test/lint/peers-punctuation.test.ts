// Outside check of punctuation-width against the punctuation test cases of two peers, each case rewritten as
// input → the peer's expected output → ours:
// - autocorrect (huacnlee/autocorrect, autocorrect/src/rule/fullwidth.rs test_fullwidth / test_fullwidth_with_cjk,
//   and autocorrect/src/rule/halfwidth.rs test_halfwidth_alphabetic_numbers);
// - zhlint (zhlint-project/zhlint, test/rules.test.ts "[punctuation-width]", test/uncategorized.test.ts,
//   test/basic.test.ts "process rules", test/example-units.md → example-units-fixed.md).
// Where GB/T 15834 and a peer differ (brackets around Latin text in a Chinese sentence, ASCII quotes around Chinese
// text, zhlint's half-width brackets), ours follows the standard: full-width marks in Chinese text. Japanese and
// Korean cases are left out. "Ours" is what the rule gives: --fix, then for full-width digits and letters the
// half-width form it suggests (that is a suggestion since issue 8, not applied by --fix).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { fixDocument, lintDocument, applyFixes } from '../../src/lint/index.js';

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

const ZHLINT: PeerCase[] = [
  // rules.test.ts, [punctuation-width] (zhlint run with half-width () and full-width ，。：；？！“”‘’).
  { input: '你好,再见.', peer: '你好，再见。', ours: '你好，再见。' },
  { input: '你（好）,再见.', peer: '你(好)，再见。', ours: '你（好），再见。', why: 'GB/T 15834: brackets in Chinese text are full-width (the peer case asks for half-width ())' },
  { input: "你'好',再见.", peer: '你‘好’，再见。', ours: "你'好'，再见。", why: "an ASCII ' is left alone (an apostrophe in Latin text); not a mark the rule claims" },
  { input: '你"好",再见.', peer: '你“好”，再见。', ours: '你“好”，再见。' },
  { input: '"你\'好\'",再见.', peer: '“你‘好’”，再见。', ours: "“你'好'”，再见。", why: "an ASCII ' is left alone; not a mark the rule claims" },
  { input: "what's up", peer: "what's up", ours: "what's up" },
  // uncategorized.test.ts (zhlint's default rules).
  { input: '1-1', peer: '1-1', ours: '1-1' },
  { input: '..', peer: '..', ours: '..' },
  { input: '中文 ;-)', peer: '中文 ;-)', ours: '中文 ;-)' },
  { input: '1) 项目符号', peer: '1) 项目符号', ours: '1）项目符号', why: 'GB/T 15834: a bracket after a list number in Chinese text is full-width' },
  { input: '将静态的 HTML “激活” (hydrate) 为', peer: '将静态的 HTML “激活” (hydrate) 为', ours: '将静态的 HTML “激活” （hydrate）为', why: 'GB/T 15834: brackets in Chinese text are full-width, also around Latin words' },
  { input: 'key（string 或者 Symbol）', peer: 'key (string 或者 Symbol)', ours: 'key（string 或者 Symbol）', why: 'GB/T 15834: full-width brackets in Chinese text stay full-width' },
  { input: 'computed()', peer: 'computed()', ours: 'computed()' },
  // basic.test.ts, "replace half-width brackets into full-width".
  { input: '关注(watch)你关心的仓库。', peer: '关注（watch）你关心的仓库。', ours: '关注（watch）你关心的仓库。' },
  // example-units.md → example-units-fixed.md.
  { input: 'Pure JavaScript (a.k.a. Vanilla) 中文', peer: 'Pure JavaScript (a.k.a. Vanilla) 中文', ours: 'Pure JavaScript (a.k.a. Vanilla) 中文' },
  { input: '1+1=2 1 + 1 = 2 1 + 2=3 2020/01/01 2020-01-01 vue-custom-element 100% a/b Chrome 53+ 中文', peer: '1+1=2 1 + 1 = 2 1 + 2=3 2020/01/01 2020-01-01 vue-custom-element 100% a/b Chrome 53+ 中文', ours: '1+1=2 1 + 1 = 2 1 + 2=3 2020/01/01 2020-01-01 vue-custom-element 100% a/b Chrome 53+ 中文' },
  { input: '2020/01/02 01:20:30 中文', peer: '2020/01/02 01:20:30 中文', ours: '2020/01/02 01:20:30 中文' },
  { input: '中文...中文...a...b... 中文 ... 中文 ... a ... b ...', peer: '中文...中文...a...b... 中文 ... 中文 ... a ... b ...', ours: '中文...中文...a...b... 中文 ... 中文 ... a ... b ...' },
  { input: '中文&lt; &amp; &gt;中文', peer: '中文&lt; &amp; &gt;中文', ours: '中文&lt; &amp; &gt;中文' },
  { input: '3 minite(s) left 中文', peer: '3 minite(s) left 中文', ours: '3 minite(s) left 中文' },
  {
    input: '中文 。 中文(中文)中文。中文 . 中文（中文）中文.', peer: '中文。中文 (中文) 中文。中文。中文 (中文) 中文。', ours: '中文 。 中文（中文）中文。中文。中文（中文）中文。',
    why: 'GB/T 15834: full-width brackets; spaces around a full-width mark are the peer’s spacing rules, not width',
  },
  {
    input: `中文,中文 （中文） 中文'中文'中文"中文"中文 （中文）（中文）中文 （中文）。`, peer: '中文，中文 (中文) 中文 ‘中文’ 中文 “中文” 中文 (中文)(中文) 中文 (中文)。', ours: `中文，中文 （中文） 中文'中文'中文“中文”中文 （中文）（中文）中文 （中文）。`,
    why: "GB/T 15834: full-width brackets; spaces are the peer’s spacing rules; an ASCII ' is left alone",
  },
  { input: 'a " hello world " b 中文', peer: 'a “hello world” b 中文', ours: 'a " hello world " b 中文', why: 'quotes set off by spaces around Latin text belong to the Latin text' },
];

/** The rule's repair: --fix, then the half-width form it suggests for full-width digits and letters. */
const fix = (text: string) => {
  const { output } = fixDocument(createDocument(text, 'peer.txt'), { only: ['punctuation-width'] });
  const left = lintDocument(createDocument(output, 'peer.txt'), { only: ['punctuation-width'], group: false });
  return applyFixes(output, left.messages.filter((m) => m.messageId === 'fullWidthAlnum').map((m) => ({ ...m, fix: m.suggestions![0].fix }))).output;
};

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

describe('punctuation-width on the zhlint cases', () => {
  for (const c of ZHLINT) {
    it(`${c.input} → ${c.ours}`, () => {
      expect(fix(c.input)).toBe(c.ours);
      if (c.ours !== c.peer) expect(c.why, 'a difference from zhlint needs its reason').toBeTruthy();
    });
  }
  it('agreement with zhlint is as reported (14 of 23)', () => {
    expect(ZHLINT.filter((c) => fix(c.input) === c.peer)).toHaveLength(14);
  });
});

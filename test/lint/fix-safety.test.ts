// --fix never makes a correct text different: on every real speech (corpus and the development corpus) the only
// changes are ASCII → full-width punctuation (and a doubled mark collapsed); structural renumbering happens only
// when it is the one plausible repair, and the planted cases of the issue are left alone or only suggested.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../src/text/document.js';
import { lintDocument, fixDocument } from '../../src/lint/index.js';
import { CORPUS, HAS_SHARED, sharedFiles } from '../helpers.js';

const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS, f));

/** The text with every punctuation mark --fix may rewrite made one canonical form and spaces dropped. */
const WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。', '"': '“' };
function canonical(text: string): string {
  return text
    // Full-width digits and Latin letters (９８％, ＧＤＰ) are only suggested half-width: --fix leaves them.
    .replace(/[,:;?!().]/g, (c) => WIDTH[c])
    .replace(/["“”]/g, '“')
    .replace(/([、，。；：])\1+/g, '$1')
    .replace(/[ \t]/g, '');
}

function fixOf(file: string, name = file) {
  const doc = createDocument(readFileSync(file, 'utf8'), name, 'utf-8');
  return { doc, ...fixDocument(doc) };
}

/** Real defects found by reading the texts, whose repair --fix may make: file prefix → [line, from, to]. */
const KNOWN_REPAIRS: Record<string, Array<[number, string, string]>> = {
  // corpus 004: the last item of 一是…七是 is numbered 七是 again.
  '004_2a5315d4': [[31, '七是创新思路', '八是创新思路']],
  // 提法 findings (a 顿号 or quotes of a formulation) are suggestions: --fix leaves the published wording alone.
};

function checkOnlyPunctuation(files: string[]) {
  for (const f of files) {
    it(`${path.basename(f)}: --fix changes only punctuation width, and the fixed text has nothing fixable left`, () => {
      const { doc, output: fixed, result } = fixOf(f);
      let output = fixed;
      const repairs = Object.entries(KNOWN_REPAIRS).find(([k]) => path.basename(f).startsWith(k))?.[1] ?? [];
      for (const [line, from, to] of repairs) {
        const lines = output.split('\n');
        expect(lines[line - 1]).toContain(to);
        lines[line - 1] = lines[line - 1].replace(to, from);
        output = lines.join('\n');
      }
      expect(output.split('\n')).toHaveLength(doc.lines.length);
      const a = canonical(doc.text).split('\n');
      const b = canonical(output).split('\n');
      a.forEach((line, i) => { if (line !== b[i]) expect(b[i], `line ${i + 1}`).toBe(line); });
      expect(result.messages.filter((m) => m.fix)).toEqual([]);
      expect(lintDocument(createDocument(fixed, doc.file)).messages.filter((m) => m.fix)).toEqual([]);
    });
  }
}

describe('--fix on the corpus speeches', () => checkOnlyPunctuation(corpusFiles));
describe.skipIf(!HAS_SHARED)('--fix on the development corpus speeches', () => checkOnlyPunctuation(sharedFiles('speeches')));

const fixText = (text: string, file = 'case.txt') => fixDocument(createDocument(text, file));
const HEAD = '同志们：\n今天召开这次会议，主要任务是对全县工作进行动员部署。\n';
const END = '\n同志们，让我们团结一心，奋力谱写新篇章！\n';

describe('planted cases: --fix leaves correct or ambiguous structure alone', () => {
  it('a series nested in the second item of an outer series', () => {
    const text = HEAD + '一是坚持精准方略，聚焦重点。\n二是压实各方责任。具体要做到：一是领导带头；二是部门联动；三是乡镇落实；四是村级跟进。\n三是强化督查考核。\n四是营造浓厚氛围。\n五是加强组织保障。' + END;
    const { output, result } = fixText(text);
    expect(output).toBe(text);
    expect(result.messages.filter((m) => m.ruleId === 'series-sequence')).toEqual([]);
  });
  it('首先、其次、第三 is one enumeration', () => {
    const text = HEAD + '首先，要提高思想认识。\n其次，要明确目标任务。\n第三，要加强组织领导。' + END;
    const { output, result } = fixText(text);
    expect(output).toBe(text);
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
  });
  it('a 第八 that does not start at 第一 is not renumbered', () => {
    const text = HEAD + '我市连续多年位居全省前列，今年位列第八，在全国也有一定影响。\n第八，要抓好安全生产。' + END;
    const { output } = fixText(text);
    expect(output).toBe(text);
  });
  it('a deleted heading: the next section’s （一）…（五） are not renumbered, the restart is pointed out', () => {
    const text = HEAD + '一、提高认识\n（一）统一思想。正文。\n（二）明确目标。正文。\n二、明确任务\n（一）抓学习。正文。\n（二）抓整改。正文。\n（三）抓建制。正文。\n' +
      '（一）加强领导。正文。\n（二）压实责任。正文。\n（三）强化督导。正文。\n（四）营造氛围。正文。\n（五）严肃纪律。正文。' + END;
    const { output, result } = fixText(text);
    expect(output).toBe(text);
    const m = result.messages.filter((x) => x.ruleId === 'heading-sequence');
    expect(m.map((x) => x.messageId)).toEqual(['restart']);
    expect(m[0].line).toBe(10);
  });
  it('a deleted top heading with its section: the gap is suggested, not fixed', () => {
    const text = HEAD + '一、提高认识\n正文。\n二、明确任务\n正文。\n四、加强领导\n正文。' + END;
    const { output, result } = fixText(text);
    expect(output).toBe(text);
    const m = result.messages.find((x) => x.ruleId === 'heading-sequence')!;
    expect(m.messageId).toBe('gap');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].desc).toContain('三、');
  });
  it('a misnumbered item between two that confirm the count is fixed, and only that', () => {
    const text = HEAD + '一是统一思想。\n二是明确目标。\n二是压实责任。\n四是严格考核。' + END;
    const { output } = fixText(text);
    expect(output).toBe(text.replace('二是压实', '三是压实'));
  });
});

describe('planted case: Markdown non-text is neither counted nor fixed', () => {
  it('headings in a fenced code block and an HTML comment are not counted; ## 二、 stays', () => {
    const text = '同志们：\n\n## 一、提高认识\n\n正文,正文。\n\n```\n二、代码里的标题\n三、再一个,a,b\n```\n\n<!--\n三、注释里的标题\n-->\n\n## 二、明确任务\n\n正文。见[链接](http://x.cn/a,b)。\n' + END;
    const { output, result } = fixText(text, 'draft.md');
    expect(result.messages.filter((m) => m.ruleId === 'heading-sequence')).toEqual([]);
    // Only the ASCII comma of the prose is fixed; the code block and the link target are untouched.
    expect(output).toBe(text.replace('正文,正文', '正文，正文'));
  });
});

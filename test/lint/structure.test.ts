// Lint's structure is computed only as far as the selected rules read it (src/lint/structure.ts): every field it
// gives is the one analyzeStructure gives, in whatever order the fields are read, and rules that read only
// paragraphs or the date never run the whole analysis.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDocument, type SpeechDocument } from '../../src/text/document.js';
import { textView } from '../../src/text/markdown.js';
import { analyzeStructure, type SpeechStructure } from '../../src/extract/index.js';
import { lazyStructure } from '../../src/lint/structure.js';
import { lintDocument, rules } from '../../src/lint/index.js';
import { CORPUS_FILES, corpusPath } from '../helpers.js';

const FIELDS = ['title', 'date', 'speaker', 'meeting', 'salutationLine', 'headings', 'series', 'announced', 'formulas', 'slogans', 'statistics', 'type', 'paragraphs'] as const;

/** Invented texts of the shapes the parts depend on: a header with a date, Markdown with code, a run-together web copy. */
const INVENTED = [
  ['header.txt', '在全县农田水利建设推进会上的讲话\n（2023年3月8日）\n县长 周明远\n\n同志们：\n今天召开推进会，我讲三点意见。\n一、提高认识\n水利是农业的命脉。\n二、突出重点\n要抓好渠系配套。\n三、强化保障\n资金投入增长12.5%。\n'],
  ['notes.md', '# 在读书分享会上的讲话\n\n同志们：\n\n```\n一、这不是标题\n```\n\n<!-- 二、注释也不是 -->\n\n## 一、多读书\n\n读书使人明理。\n\n## 二、读好书\n\n要读经典。\n'],
  ['web.txt', '同志们：今天我们召开全镇安全生产工作会议。一是压实责任。二是排查隐患。三是加强应急演练。全年开展检查36次。谢谢大家！'],
] as const;

const docs: SpeechDocument[] = [
  ...CORPUS_FILES.map((s) => createDocument(readFileSync(corpusPath(s), 'utf8'), `${s}.txt`)),
  ...INVENTED.map(([name, text]) => createDocument(text, name)),
];

describe('lint structure computed lazily', () => {
  it('gives every field analyzeStructure gives, whichever is read first', () => {
    for (const doc of docs) {
      const view = textView(doc);
      const want = analyzeStructure(view);
      // Paragraphs first, then the header, then the rest; the date first; the whole analysis first.
      for (const order of [['paragraphs', 'date', ...FIELDS], ['date', ...FIELDS], ['headings', ...FIELDS]] as const) {
        const lazy = lazyStructure(view);
        for (const f of order) expect(lazy[f], `${doc.file} ${order[0]} first: ${f}`).toEqual(want[f]);
      }
    }
  });

  it('runs the whole analysis only when a field beyond the paragraphs and the header is read, and once', () => {
    const view = textView(docs[0]);
    let runs = 0;
    const lazy = lazyStructure(view, (d) => { runs++; return analyzeStructure(d); });
    void lazy.paragraphs;
    void lazy.title;
    void lazy.date;
    expect(runs).toBe(0);
    void lazy.headings;
    void lazy.type;
    void lazy.paragraphs;
    expect(runs).toBe(1);
  });

  it('punctuation and 提法 rules lint without the whole analysis; structural rules ask for it', () => {
    const doc = createDocument('同志们:\n今天召开会议,请XX同志发言。要坚持以人民为中心的发展思想。\n', 'speech.txt');
    const refused = (): SpeechStructure => { throw new Error('whole analysis'); };
    const lint = (ids: string[]) => lintDocument(doc, { structure: lazyStructure(textView(doc), refused), ruleList: rules.filter((r) => ids.includes(r.id)) });
    expect(lint(['punctuation-width', 'punctuation-pair', 'punctuation-double']).messages.length).toBeGreaterThan(0);
    expect(() => lint(['formulation', 'formulation-order', 'duplicate-sentence', 'placeholder'])).not.toThrow();
    expect(() => lint(['heading-sequence'])).toThrow('whole analysis');
    expect(() => lint(['required-sections'])).toThrow('whole analysis');
  });
});

// The structure lint's rules read, computed only as far as they read it: the paragraphs alone (findings grouped per
// paragraph, duplicate sentences), the header as well (the speech date of the 提法 and roster rules), or the whole
// analysis (headings, series, announcements, the salutation, the type). `jianghua lint --rule punctuation-width`
// and the 提法 rules then skip the headings, series, statistics … of every file.
// Each part is computed by the function analyzeStructure computes it with, from the same input (paragraphs by
// splitParagraphs, the header by extractHeader over them), so every field has the value analyzeStructure gives it
// (test/lint/structure.test.ts compares them field by field); once the whole analysis is computed, every field is its.
import type { SpeechDocument } from '../text/document.js';
import { analyzeStructure } from '../extract/index.js';
import { splitParagraphs } from '../extract/paragraphs.js';
import { extractHeader } from '../extract/title.js';
import type { Paragraph, SpeechStructure } from '../extract/types.js';

type Header = Pick<SpeechStructure, 'title' | 'date' | 'speaker' | 'meeting'>;

/** analyzeStructure(view), each field computed when it is first read (`analyze`: the whole analysis, for tests). */
export function lazyStructure(view: SpeechDocument, analyze: (doc: SpeechDocument) => SpeechStructure = analyzeStructure): SpeechStructure {
  let full: SpeechStructure | undefined;
  let paragraphs: Paragraph[] | undefined;
  let header: Header | undefined;
  const whole = (): SpeechStructure => (full ??= analyze(view));
  const paras = (): Paragraph[] => full?.paragraphs ?? (paragraphs ??= splitParagraphs(view));
  const head = (): Header => full ?? (header ??= extractHeader(view, paras()));
  return {
    get title() { return head().title; },
    get date() { return head().date; },
    get speaker() { return head().speaker; },
    get meeting() { return head().meeting; },
    get salutationLine() { return whole().salutationLine; },
    get headings() { return whole().headings; },
    get series() { return whole().series; },
    get announced() { return whole().announced; },
    get formulas() { return whole().formulas; },
    get slogans() { return whole().slogans; },
    get statistics() { return whole().statistics; },
    get type() { return whole().type; },
    get paragraphs() { return paras(); },
  };
}

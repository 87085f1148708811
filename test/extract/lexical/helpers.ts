// Run the lexical extractors on a snippet the way analyzeStructure does: split paragraphs first.
import { createDocument } from '../../../src/text/document.js';
import { splitParagraphs } from '../../../src/extract/paragraphs.js';
import { extractFormulas } from '../../../src/extract/formulas.js';
import { extractSlogans } from '../../../src/extract/slogans.js';
import { extractStatistics } from '../../../src/extract/statistics.js';

export function lexical(text: string) {
  const doc = createDocument(text, '<test>');
  const paragraphs = splitParagraphs(doc);
  return {
    formulas: extractFormulas(doc, paragraphs),
    slogans: extractSlogans(doc, paragraphs),
    statistics: extractStatistics(doc, paragraphs),
  };
}

// Every lint rule, in the order findings of equal position are listed and `--list-rules` shows them.
import requiredSections from './required-sections.js';
import salutation from './salutation.js';
import closing from './closing.js';
import headingSequence from './heading-sequence.js';
import headingNesting from './heading-nesting.js';
import seriesSequence from './series-sequence.js';
import announcedCount from './announced-count.js';
import placeholder from './placeholder.js';
import punctuationWidth from './punctuation-width.js';
import punctuationPair from './punctuation-pair.js';
import punctuationDouble from './punctuation-double.js';
import duplicateSentence from './duplicate-sentence.js';
import sentenceLength from './sentence-length.js';
import phraseSubstitution from './phrase-substitution.js';
import phraseExistence from './phrase-existence.js';
import formulation from './formulation.js';
import formulationOrder from './formulation-order.js';
import roster from './roster.js';
import type { RuleDefinition, RuleOptions } from '../rule.js';

export const rules: ReadonlyArray<RuleDefinition<RuleOptions>> = [
  requiredSections,
  salutation,
  closing,
  headingSequence,
  headingNesting,
  seriesSequence,
  announcedCount,
  placeholder,
  punctuationWidth,
  punctuationPair,
  punctuationDouble,
  duplicateSentence,
  sentenceLength,
  phraseSubstitution,
  phraseExistence,
  formulation,
  formulationOrder,
  roster,
] as unknown as ReadonlyArray<RuleDefinition<RuleOptions>>;

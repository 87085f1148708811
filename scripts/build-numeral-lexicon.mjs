// Derive the numeral word lists of the formula extractor from nodejieba's dictionary (a real, well-kept lexicon),
// so that lint and `analyze --no-keywords` get word knowledge without loading nodejieba:
//   corpus/lexicon/jieba-numeral-idioms.utf8  idioms (POS i) with two or more numerals — the ones shaped like a
//                                            numeral formula (万众一心, 三令五申, 一五一十) — and set phrases (POS l)
//                                            that are a numeral alternation (一呼百应, 三教九流, 千变万化). The set
//                                            phrases hold formulations too (一国两制 l, 一岗双责 l, 三位一体 l): the
//                                            words of the domain dictionary (corpus/dict), of the known formulations
//                                            (corpus/lexicon/formulas.yaml and the 提法 pack's quoted standards) and
//                                            the N位一体 shape are left out.
//   corpus/lexicon/jieba-single-numeral-idioms.utf8  idioms (POS i) of four or more characters with one numeral
//                                            (入木三分, 三顾茅庐): a quotation that is one of them is not a formula
//   corpus/lexicon/jieba-numeral-words.utf8   frequent words of 2–4 characters with a numeral (长三角, 一体化, 三角):
//                                            a formula may not start or end inside one of them
//   corpus/lexicon/jieba-numeral-places.utf8  place names (POS ns) of 2–4 characters with a numeral (四川, 三亚, 十堰):
//                                            a quotation that starts with one holds a name, not a formula (“四川造”)
//   corpus/lexicon/jieba-word-classes.utf8    frequent words of 2–4 characters (frequency >= 100) by
//                                            word class, and single-character function words and verbs (frequency
//                                            >= 3000): the word boundaries and predicates by which the statistics
//                                            extractor picks the noun a figure counts (生产总值, not 业率平均)
// Run `node scripts/build-numeral-lexicon.mjs` after a nodejieba upgrade; the output is committed (shipped data).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dictFile = path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const NUMERALS = /[一二两三四五六七八九十百千万双]/gu;
/**
 * Idioms the dictionary tags as something else (四海一家 m, 三从四德 nr, 五洲四海 ns, 一时一刻 d): words of these
 * tags are kept when the whole word is a numeral alternation (N X N Y), the shape of a formula; number words of
 * the dictionary (千多万吨 m) are not.
 * Formulation-like tags (l, j, nz, b, n, vn) are not: they hold 一国两制, 两弹一星, 三会两课, 两高一优.
 */
const IDIOM_LIKE_POS = new Set(['m', 'nr', 'nrt', 'ns', 't', 'v', 'd', 'q']);
const COUNT = '届次年月日天周期批个名位点张条项件种类只头根把块篇份栋层间台辆套座级第等';
/** The whole word is an alternation of single numerals and words (not a number: 千多万吨, 十几万元, 万亿千瓦). */
const ALTERNATION = new RegExp(`^(?:[一二两三四五六七八九十百千万双][^一二两三四五六七八九十百千万亿双〇零多余几数之第${COUNT}]+){2,}$`, 'u');
/**
 * Set phrases (l) with a measure word or time word between their numerals are sayings too (十年磨一剑, 几十年如一日,
 * 百里挑一); two numerals side by side name a date, a plan or a number instead (七一讲话, 八五规划, 二十四节气).
 */
const ADJACENT_NUMERALS = /[一二两三四五六七八九十百千万双]{2}/u;
/** Frequency floor of boundary words: rare entries of the dictionary are mostly noise. */
const MIN_WORD_FREQ = 20;
/** Frequency floor of place names: below it the tag is mostly noise too (八连 ns, 26: “八连增” is a formula). */
const MIN_PLACE_FREQ = 80;

/** Word classes of jieba's tags: what may stand in a noun phrase, and what ends one (verbs, adverbs, time words…). */
const NOUN_TAGS = new Set(['n', 'ns', 'nt', 'nz', 'vn', 'an', 'j', 'l', 'ng', 's', 'b', 'a', 'i']);
const VERB_TAGS = new Set(['v', 'vd', 'vi', 'vg']);
const FUNCTION_TAGS = new Set(['d', 'p', 'c', 'u', 'ad', 'f', 't', 'm', 'q', 'y', 'e', 'o', 'r', 'z', 'mq', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'df', 'dg', 'tg', 'rz', 'rr', 'zg']);
const MIN_CLASS_FREQ = 100;
const MIN_SINGLE_FREQ = 3000;
const nouns = [];
const verbs = [];
const functionWords = [];
const domain = new Set(readFileSync(path.join(root, 'corpus/dict/domain.dict.utf8'), 'utf8').split('\n').map((l) => l.split(' ')[0]).filter(Boolean));
/** Formulations a set phrase (l) of the dictionary may be: the known list, the 提法 pack's quoted standards, N位一体. */
const readYaml = (file) => YAML.parse(readFileSync(path.join(root, file), 'utf8'));
const knownFormulas = new Set([
  ...readYaml('corpus/lexicon/formulas.yaml').known.map(String),
  ...readYaml('data/formulations/punctuation.yaml').entries.map((e) => /^“(.+)”$/.exec(String(e.standard ?? ''))?.[1]).filter(Boolean),
]);
const isFormulation = (w) => domain.has(w) || knownFormulas.has(w) || /^[二三四五六七八九十]位一体$/u.test(w);
const idioms = new Set();
const singleIdioms = new Set();
const words = new Set();
const places = new Set();
for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
  const [word, freq, pos] = line.split(' ');
  if (!word || !/^[\u4e00-\u9fff]+$/u.test(word)) continue;
  const chars = [...word].length;
  if (chars === 1 && Number(freq) >= MIN_SINGLE_FREQ) {
    if (VERB_TAGS.has(pos)) verbs.push(word);
    else if (FUNCTION_TAGS.has(pos)) functionWords.push(word);
  } else if (chars >= 2 && chars <= 4 && Number(freq) >= MIN_CLASS_FREQ) {
    if (NOUN_TAGS.has(pos)) nouns.push(word);
    else if (VERB_TAGS.has(pos)) verbs.push(word);
    else if (FUNCTION_TAGS.has(pos)) functionWords.push(word);
  }
  const numerals = (word.match(NUMERALS) ?? []).length;
  if (numerals === 0) continue;
  const len = [...word].length;
  if (pos === 'i' && numerals === 1 && len >= 4 && !domain.has(word)) singleIdioms.add(word);
  if (pos === 'ns' && len >= 2 && len <= 4 && numerals < len && Number(freq) >= MIN_PLACE_FREQ && !isFormulation(word)) places.add(word);
  if ((pos === 'i' || (IDIOM_LIKE_POS.has(pos) && ALTERNATION.test(word))) && numerals >= 2 && len >= 4) { if (!isFormulation(word)) idioms.add(word); }
  else if (pos === 'l' && (ALTERNATION.test(word) || !ADJACENT_NUMERALS.test(word)) && numerals >= 2 && len >= 4 && !isFormulation(word)) idioms.add(word);
  // Words that are themselves numbers or counts (三十, 一个, 两年) are what formulas and figures are made of.
  else if (len >= 2 && len <= 4 && Number(freq) >= MIN_WORD_FREQ && numerals < len && pos !== 'm' && pos !== 'mq' && pos !== 'q') words.add(word);
}
const header = (what) => `# ${what}\n# Generated by scripts/build-numeral-lexicon.mjs from nodejieba/submodules/cppjieba/dict/jieba.dict.utf8 (nodejieba ${require('nodejieba/package.json').version}); do not edit.\n`;
writeFileSync(path.join(root, 'corpus/lexicon/jieba-numeral-idioms.utf8'), header('Idioms with two or more numerals (POS i, or a numeral alternation tagged m/nr/nrt/ns/t/v/d/q or l),\n# less the domain dictionary (corpus/dict/domain.dict.utf8), the known formulations and N位一体.') + [...idioms].sort().join('\n') + '\n');
writeFileSync(path.join(root, 'corpus/lexicon/jieba-single-numeral-idioms.utf8'), header('Idioms of 4+ characters with one numeral (POS i), less the words of corpus/dict/domain.dict.utf8.') + [...singleIdioms].sort().join('\n') + '\n');
writeFileSync(path.join(root, 'corpus/lexicon/jieba-numeral-places.utf8'), header(`Place names (POS ns) of 2–4 characters with a numeral, frequency >= ${MIN_PLACE_FREQ}, less the known formulations.`) + [...places].sort().join('\n') + '\n');
writeFileSync(path.join(root, 'corpus/lexicon/jieba-numeral-words.utf8'), header(`Words of 2–4 characters with a numeral, frequency >= ${MIN_WORD_FREQ}.`) + [...words].sort().join('\n') + '\n');
// One sorted list of the three classes (a word of two classes keeps its first: noun, verb, function word), and the
// class of each word as one line of n/v/f letters in the same order, so the extractor binary-searches the list as read.
const classOf = new Map();
for (const w of functionWords) classOf.set(w, 'f');
for (const w of verbs) classOf.set(w, 'v');
for (const w of nouns) classOf.set(w, 'n');
const classWords = [...classOf.keys()].sort();
writeFileSync(path.join(root, 'corpus/lexicon/jieba-word-classes.utf8'), header(`Words by class for the nouns of figures: nouns (tags ${[...NOUN_TAGS].join(' ')}), verbs (${[...VERB_TAGS].join(' ')}) and function words (${[...FUNCTION_TAGS].join(' ')}); 2–4 characters of frequency >= ${MIN_CLASS_FREQ}, single verbs and function words of frequency >= ${MIN_SINGLE_FREQ}.\n# The first line after this header gives each word's class (n, v, f) in the order of the words that follow.`) + classWords.map((w) => classOf.get(w)).join('') + '\n' + classWords.join('\n') + '\n');
console.log(`word classes: ${nouns.length} nouns, ${verbs.length} verbs, ${functionWords.length} function words`);
console.log(`numeral lexicon: ${idioms.size} idioms, ${singleIdioms.size} one-numeral idioms, ${words.size} boundary words, ${places.size} places → corpus/lexicon/`);

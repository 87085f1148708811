#!/usr/bin/env node
// Rebuilds corpus/dict/domain.dict.utf8, the domain dictionary that src/segment/jieba.ts loads on top of
// nodejieba's default dictionary.
//
// Procedure (`npm run build:dict`, or by hand):
//   1. npx tsc -p .                  # the miner uses the compiled extractors in dist/extract/
//   2. node scripts/build-dict.mjs   # writes corpus/dict/domain.dict.utf8
//   3. node bin/jianghua.js segment corpus/004_2a5315d4f9a02ca3.txt   # check: 三严三实, 四风, 照镜子 … come out whole
// The dictionary is
//   - every term of corpus/dict/seed-terms.utf8 (hand-kept, always included), plus
//   - the numeral formulations the formula extractor knows unquoted (corpus/lexicon/formulas.yaml and the 提法 pack's
//     quoted standards: 两不愁三保障, 六稳, 两个大局), one vocabulary for segment, keywords and formulas, plus
//   - candidates mined from corpus/*.txt with the lexical extractors: numeral formulas (三会一课), quoted terms and
//     formulas of 2–6 Han characters (“两张皮”), and reduplicated items of enumerations (洗洗澡, 红红脸); phrases
//     with 的 left out, only candidates that stand alone somewhere (after punctuation or a quote, not only inside a longer word), each kept only if plain nodejieba (default dictionary) cuts it into more than one token — a word jieba already
//     knows needs no entry.
// Entries are deduplicated and sorted, one `word 200000 n` per line, after a `#` header saying how the file was built.
// This is dev tooling: it may import nodejieba directly (src/ must go through src/segment/).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, 'corpus');
const seedFile = path.join(corpusDir, 'dict', 'seed-terms.utf8');
const outFile = path.join(corpusDir, 'dict', 'domain.dict.utf8');
const FREQ = 200000;
const HAN_2_6 = /^[\u4e00-\u9fff]{2,6}$/;

const load = (m) => import(pathToFileURL(path.join(root, 'dist', m)).href);
const { readDocument } = await load('text/read.js');
const { splitParagraphs } = await load('extract/paragraphs.js');
const { extractFormulas } = await load('extract/formulas.js');
const { extractSlogans } = await load('extract/slogans.js');
const { lexicon } = await load('extract/lexicon/index.js');

const seeds = readFileSync(seedFile, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.replace(/#.*$/, '').trim())
  .filter(Boolean);

const candidates = new Set();
const speeches = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
for (const name of speeches) {
  const doc = await readDocument(path.join(corpusDir, name));
  const paragraphs = splitParagraphs(doc);
  for (const f of extractFormulas(doc, paragraphs)) candidates.add(f.text);
  for (const s of extractSlogans(doc, paragraphs)) {
    if (s.kind === 'term' || s.kind === 'formula') candidates.add(s.text);
    // Enumeration items become words only when they are fixed expressions in form: a reduplication
    // (洗洗澡, 红红脸, 砍砍价). Other items (创一流业绩, 新形势) are phrases, and an item trimmed at a list's edge
    // can be a fragment (足新发展理念 from 立足新发展理念) that would then break the words around it.
    if (s.kind === 'enumeration') s.text.split('、').filter(isReduplicated).forEach((item) => candidates.add(item));
  }
}

function isReduplicated(w) {
  return [...w].some((c, i, a) => i > 0 && a[i - 1] === c);
}

/** A candidate must stand on its own somewhere: after a boundary (start, punctuation, quote), not only inside a longer word. */
const corpusText = speeches.map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n');
function standsAlone(w) {
  let i = corpusText.indexOf(w);
  while (i >= 0) {
    if (i === 0 || /[\s，,。；;：:、“”"‘’（）()《》【】！!？?—\d]/.test(corpusText[i - 1])) return true;
    i = corpusText.indexOf(w, i + 1);
  }
  return false;
}

const jieba = createRequire(import.meta.url)('nodejieba');
const seedSet = new Set(seeds);
const mined = [...candidates].filter((w) => HAN_2_6.test(w) && !w.includes('的') && !seedSet.has(w) && standsAlone(w) && jieba.cut(w).length > 1);

// Known formulations of up to eight characters (两个根本性转变) that plain nodejieba splits.
const known = [...new Set(lexicon().knownFormulas)].filter((w) => /^[\u4e00-\u9fff]{2,8}$/.test(w) && !seedSet.has(w) && jieba.cut(w).length > 1);

const words = [...new Set([...seeds, ...known, ...mined])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header =
  `# Built by scripts/build-dict.mjs: ${seeds.length} seed terms (corpus/dict/seed-terms.utf8) + ${known.length} known formulations ` +
  `(corpus/lexicon/formulas.yaml, data/formulations/punctuation.yaml) + ${mined.length} mined from ` +
  `${speeches.length} corpus speeches (formulas, quoted terms, enumeration items of 2–6 Han characters that plain jieba splits). ` +
  'Do not edit by hand: edit seed-terms.utf8 and rebuild.';
writeFileSync(outFile, [header, ...words.map((w) => `${w} ${FREQ} n`)].join('\n') + '\n');
console.log(`${outFile}: ${words.length} entries (${seeds.length} seeds, ${known.length} known formulations, ${mined.length} mined)`);

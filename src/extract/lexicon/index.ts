// Word lists of the lexical extractors. They live as YAML in corpus/lexicon/ so an editor changes data, not code;
// each file is read once per process, on first use, and compiled into the regexes the extractors need.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from '../../yaml-lazy.js';
import { keptPerParagraph, WordMatcher } from './scan.js';

const LEXICON_DIR = new URL('../../../corpus/lexicon/', import.meta.url);

function readList(file: string, key: string): string[] {
  const path = fileURLToPath(new URL(file, LEXICON_DIR));
  const data = YAML.parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const list = data?.[key];
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list under "${key}"`);
  return list.map((w) => String(w).trim()).filter(Boolean);
}

/** A list of { formula, then: [continuations] } entries under `key`. */
function readPairs(file: string, key: string): Array<{ formula: string; then: string[] }> {
  const path = fileURLToPath(new URL(file, LEXICON_DIR));
  const data = YAML.parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const list = data?.[key] ?? [];
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list under "${key}"`);
  return list.map((e) => {
    const { formula, then } = (e ?? {}) as { formula?: unknown; then?: unknown };
    if (typeof formula !== 'string' || !Array.isArray(then) || then.length === 0) throw new Error(`${path}: each entry of "${key}" needs formula and a list then`);
    return { formula, then: then.map(String) };
  });
}

/** Escape a literal for a RegExp source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation regex of literal words, longest first so that a longer word wins at the same start. */
export function wordsRe(words: Iterable<string>, flags = 'g', before = '', after = ''): RegExp | null {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return null;
  return new RegExp(`${before}(?:${list.map(escapeRe).join('|')})${after}`, flags);
}

interface Lexicon {
  idioms: string[];
  /** Idioms as a word matcher: idiomSpans runs per paragraph in several extractors, a big alternation regex is slow there. */
  idiomMatcher: WordMatcher;
  /** Every substring of every idiom, to tell in one lookup whether a short text lies inside an idiom. */
  idiomParts: Set<string>;
  /** Idioms with one numeral (入木三分): a quotation that is one is not a formula. */
  singleNumeralIdioms: Set<string>;
  knownFormulas: string[];
  /** Formulations known where their paragraph states their standard continuation (两手抓 → 两手都要硬); plain elsewhere. */
  knownBefore: Array<{ formula: string; then: string[] }>;
  listPrefixes: string[];
  /** Words with a numeral (长三角, 一体化) from nodejieba's dictionary: a formula does not start or end inside one. */
  numeralWords: WordMatcher;
  /** Place names with a numeral (四川, 三亚, 十堰) from nodejieba's dictionary: the numeral of one is no count. */
  numeralPlaces: WordMatcher;
}

/** A generated list (scripts/build-numeral-lexicon.mjs): one word a line, # comments. */
function readLines(file: string): string[] {
  const path = fileURLToPath(new URL(file, LEXICON_DIR));
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function substrings(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) out.add(w.slice(i, j));
  return out;
}

const NUMERAL_RE = /[一二两三四五六七八九十百千万双]/;

/**
 * The numeral formulations that official texts quote (“三农”, “六稳”, “十四五”), from the 提法 pack's
 * punctuation entries (data/formulations/punctuation.yaml, each sourced to an official text): one vocabulary
 * for lint and analyze, so a speech that writes them unquoted still has them counted.
 */
function quotedStandardFormulas(): string[] {
  const path = fileURLToPath(new URL('../../../data/formulations/punctuation.yaml', import.meta.url));
  const data = YAML.parse(readFileSync(path, 'utf8')) as { entries?: Array<{ standard?: unknown }> } | null;
  const out: string[] = [];
  for (const e of data?.entries ?? []) {
    const m = /^“([\u4e00-\u9fff]{2,8})”$/.exec(String(e.standard ?? ''));
    // 第一议题 is an ordinal, not a count.
    if (m && NUMERAL_RE.test(m[1]) && !m[1].startsWith('第')) out.push(m[1]);
  }
  return out;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (!cached) {
    // The hand list (proverbs and set phrases of official speech) and the idioms of a real dictionary.
    const idioms = [...new Set([...readList('numeral-idioms.yaml', 'idioms'), ...readLines('jieba-numeral-idioms.utf8')])];
    cached = {
      idioms,
      idiomMatcher: new WordMatcher(idioms),
      idiomParts: substrings(idioms),
      singleNumeralIdioms: new Set(readLines('jieba-single-numeral-idioms.utf8')),
      knownFormulas: [...readList('formulas.yaml', 'known'), ...quotedStandardFormulas()],
      knownBefore: readPairs('formulas.yaml', 'knownBefore'),
      listPrefixes: readList('enumerations.yaml', 'listPrefixes'),
      numeralWords: new WordMatcher(readLines('jieba-numeral-words.utf8')),
      numeralPlaces: new WordMatcher(readLines('jieba-numeral-places.utf8')),
    };
  }
  return cached;
}

/** [start, end) spans of numeral idioms in a text: formulas and counts inside them are not reported. */
export function idiomSpans(text: string): Array<[number, number]> {
  return lexicon().idiomMatcher.spans(text);
}

/** idiomSpans of a paragraph object, kept on it (keptPerParagraph). Read them only. */
export const paragraphIdioms: (p: { readonly text: string }) => Array<[number, number]> = keptPerParagraph(idiomSpans);

export function overlaps(spans: Array<[number, number]>, start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k][0] < end && start < spans[k][1]) return true;
  return false;
}

/** Whether a dictionary word with a numeral crosses position `at` of text (starts before it and ends after it). */
export function wordCrosses(text: string, at: number): boolean {
  const words = lexicon().numeralWords;
  for (let i = Math.max(0, at - 3); i < at; i++) {
    const w = words.matchAt(text, i);
    if (w !== null && i + w.length > at) return true;
  }
  return false;
}

/**
 * Word classes for the nouns of figures: maximum matching over nodejieba's frequent words, and the class of each
 * (corpus/lexicon/jieba-word-classes.utf8: a line of class letters, then the words, sorted). The sorted list is
 * searched as read: building a map or a matcher of ~28k words would cost tens of milliseconds in every lint and
 * analyze process that meets a figure. One binary search per position finds the words starting with its first two
 * characters, which lie together in the list.
 */
/** The words that start with two given characters: the two-character word, if one, and the longer ones by their third. */
interface PrefixGroup { two: string | null; byThird: Map<number, string[]> }
const NO_GROUP: PrefixGroup = { two: null, byThird: new Map() };

export class WordClasses {
  /** Words by their first two characters and classes by word, filled as lookups are made (texts repeat them). */
  private readonly byPrefix = new Map<number, PrefixGroup>();
  private readonly classCache = new Map<string, string>();

  /**
   * Where the words of each first code unit begin in the sorted list (those of unit c lie in [firstAt[c],
   * firstAt[c + 1])): a lookup searches only them. One pass over the list, well under a millisecond.
   */
  private readonly firstAt = new Int32Array(0x10001);

  constructor(private readonly words: string[], private readonly classes: string) {
    let k = 0;
    for (let c = 0; c <= 0x10000; c++) {
      while (k < words.length && words[k].charCodeAt(0) < c) k++;
      this.firstAt[c] = k;
    }
  }

  /**
   * Keyed by the two characters as one small integer (a two-character string sliced at every position costs more);
   * every word of the list is Han, so other characters start none.
   */
  private withPrefix(text: string, i: number): PrefixGroup {
    const a = text.charCodeAt(i) - 0x4e00;
    const b = text.charCodeAt(i + 1) - 0x4e00;
    if (a < 0 || a >= 0x5200 || b < 0 || b >= 0x5200) return NO_GROUP;
    const key = a * 0x5200 + b;
    let group = this.byPrefix.get(key);
    if (group === undefined) {
      const two = text.slice(i, i + 2);
      group = { two: null, byThird: new Map() };
      const longer: string[] = [];
      for (let k = this.lowerBound(two); k < this.words.length && this.words[k].startsWith(two); k++) {
        if (this.words[k].length === 2) group.two = two;
        else longer.push(this.words[k]);
      }
      // Longest first, so the first word that fits is the longest.
      longer.sort((x, y) => y.length - x.length);
      for (const w of longer) {
        const third = w.charCodeAt(2);
        let list = group.byThird.get(third);
        if (!list) group.byThird.set(third, (list = []));
        list.push(w);
      }
      if (this.byPrefix.size > 100_000) this.byPrefix.clear();
      this.byPrefix.set(key, group);
    }
    return group;
  }

  /** Index of the first word >= w (code-unit order, as Array.prototype.sort). */
  private lowerBound(w: string): number {
    let lo = 0;
    let hi = this.words.length;
    if (w.length > 0) {
      const c = w.charCodeAt(0);
      lo = this.firstAt[c];
      hi = this.firstAt[c + 1];
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The longest word at text[i] (up to four characters), else the character there. */
  wordAt(text: string, i: number): string {
    if (i + 1 < text.length) {
      const group = this.withPrefix(text, i);
      // Words of three characters or more are tried only among those with the text's third character.
      const longer = i + 2 < text.length ? group.byThird.get(text.charCodeAt(i + 2)) : undefined;
      if (longer !== undefined) for (let k = 0; k < longer.length; k++) if (text.startsWith(longer[k], i)) return longer[k];
      if (group.two !== null) return group.two;
    }
    return text[i];
  }

  private classOf(w: string): string {
    let c = this.classCache.get(w);
    if (c === undefined) {
      const k = this.lowerBound(w);
      c = k < this.words.length && this.words[k] === w ? this.classes[k] : '';
      if (this.classCache.size > 100_000) this.classCache.clear();
      this.classCache.set(w, c);
    }
    return c;
  }

  isVerb(w: string): boolean {
    return this.classOf(w) === 'v';
  }

  /** Adverbs, prepositions, conjunctions, particles, time and place words, pronouns, numerals and measure words. */
  isFunctionWord(w: string): boolean {
    return this.classOf(w) === 'f';
  }
}

let classes: WordClasses | undefined;

/** Loaded on first use (the statistics extractor, when a figure needs its noun). */
export function wordClasses(): WordClasses {
  if (!classes) {
    const lines = readFileSync(fileURLToPath(new URL('jieba-word-classes.utf8', LEXICON_DIR)), 'utf8').split('\n');
    let from = 0;
    while (from < lines.length && lines[from].startsWith('#')) from++;
    let to = lines.length;
    while (to > from + 1 && lines[to - 1] === '') to--;
    classes = new WordClasses(lines.slice(from + 1, to), lines[from]);
  }
  return classes;
}

// Scanning helpers that keep the extractors linear and cheap on long speeches: character tables tested by code
// unit (no one-character strings), literal word sets matched like a regex alternation, and regex scans that
// check a leading one-character lookbehind by hand (V8 scans a pattern much faster when it does not start with one).

import { isSpaceCode } from '../../text/document.js';

/** A lookup table over UTF-16 code units: table[code] === 1 for the given characters. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Marks every code unit in [from, to] of a table (a CJK block, a digit range). */
export function addRange(table: Uint8Array, from: number, to: number): Uint8Array {
  table.fill(1, from, to + 1);
  return table;
}

/** The code units of the regex class \s: the document's set (isSpaceCode), as characters for tables built from it. */
export const WHITESPACE_CHARS = spaceChars();
function spaceChars(): string {
  let chars = '';
  for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) chars += String.fromCharCode(c);
  return chars;
}
const WHITESPACE = charTable(WHITESPACE_CHARS);
/** /\s/.test(text[i]) without a one-character string: false past either end, as the regex is for undefined. */
export const isSpaceAt = (text: string, i: number): boolean => WHITESPACE[text.charCodeAt(i)] === 1;

/**
 * A function of a paragraph's text, kept on the paragraph object: formulas, slogans and statistics each ask for the
 * paragraphs of one speech, and an object key spares hashing the text as a text-keyed cache must (a speech's
 * paragraphs are new strings). The text is checked, so a paragraph whose text changed is computed again. The kept
 * value is shared: read it only.
 */
export function keptPerParagraph<T>(compute: (text: string) => T): (p: { readonly text: string }) => T {
  const kept = new WeakMap<object, { text: string; value: T }>();
  return (p) => {
    const k = kept.get(p);
    if (k !== undefined && k.text === p.text) return k.value;
    const value = compute(p.text);
    kept.set(p, { text: p.text, value });
    return value;
  };
}

export const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether text has any code unit of the table in [from, to). */
export function hasAny(text: string, table: Uint8Array, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * A set of literal words matched as the regex alternation of wordsRe would: at a position the longest word
 * wins (alternatives are sorted longest first, and two words of equal length cannot both match there), and a
 * global scan takes leftmost, non-overlapping matches. Words are grouped by first code unit, so a position
 * costs one table lookup unless a word can start there.
 */
export class WordMatcher {
  readonly size: number;
  /**
   * Bit sets, in one array since a matcher is built per speech (one allocation): first code units in words
   * [0, 0x800), and (first, second) unit pairs hashed to 16 bits in words [0x800, 0x1000), so that most positions
   * are rejected before the map.
   */
  private readonly bits = new Int32Array(0x1000);
  /**
   * Words of two or more code units grouped by their first two: with a dictionary-sized list (hundreds of idioms
   * starting with 一) a position is tried only against the words that share its first two characters. The key
   * keeps 15 bits of each unit so that it stays a small integer (a heap-number key makes every lookup slow); two
   * pairs that share a key share one group, which stays in the global order (longest first), and a word of the
   * other pair cannot match where this pair stands, so the first word that matches is the same.
   */
  private readonly byFirstTwo = new Map<number, string[]>();
  /** First units of one-unit words (rare), or null. */
  private singles: Set<number> | null = null;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.size = list.length;
    for (const w of list) {
      const c = w.charCodeAt(0);
      this.bits[c >> 5] |= 1 << (c & 31);
      if (w.length === 1) { (this.singles ??= new Set()).add(c); continue; }
      const c2 = w.charCodeAt(1);
      const h = pairHash(c, c2);
      this.bits[0x800 + (h >> 5)] |= 1 << (h & 31);
      const key = pairKey(c, c2);
      let two = this.byFirstTwo.get(key);
      if (!two) this.byFirstTwo.set(key, (two = []));
      two.push(w);
    }
  }

  /** The word matching at text[i], longest first, or null. */
  matchAt(text: string, i: number): string | null {
    const c = text.charCodeAt(i);
    const bits = this.bits;
    if (!(bits[c >> 5] & (1 << (c & 31)))) return null;
    if (i + 1 < text.length) {
      const c2 = text.charCodeAt(i + 1);
      const h = pairHash(c, c2);
      if (bits[0x800 + (h >> 5)] & (1 << (h & 31))) {
        const two = this.byFirstTwo.get(pairKey(c, c2));
        if (two) for (let k = 0; k < two.length; k++) if (text.startsWith(two[k], i)) return two[k];
      }
    }
    return this.singles !== null && this.singles.has(c) ? text[i] : null;
  }

  /** Whether any word occurs in text: a word occurring anywhere is either found or covered by an earlier match. */
  occursIn(text: string): boolean {
    const first = this.bits;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (first[c >> 5] & (1 << (c & 31)) && this.matchAt(text, i) !== null) return true;
    }
    return false;
  }

  /**
   * Leftmost non-overlapping matches as [start, end) spans, like a global exec loop; `before`, when given, is a
   * table of code units that must not precede a match (a negative one-character lookbehind).
   */
  spans(text: string, before?: Uint8Array): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const first = this.bits;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!(first[c >> 5] & (1 << (c & 31)))) continue;
      if (before && i > 0 && before[text.charCodeAt(i - 1)]) continue;
      const w = this.matchAt(text, i);
      if (w) {
        out.push([i, i + w.length]);
        i += w.length - 1;
      }
    }
    return out;
  }
}

/** 16-bit hash of a pair of code units (for CJK text the low bytes carry the variety). */
function pairHash(c: number, c2: number): number {
  return ((c << 8) ^ c2 ^ (c >> 8)) & 0xffff;
}

/** A small-integer key of a pair of code units: 15 bits of each. */
function pairKey(c: number, c2: number): number {
  return ((c & 0x7fff) << 15) | (c2 & 0x7fff);
}

/**
 * The next match of a global regex at or after re.lastIndex whose start passes `accept` — the same match the
 * regex with `accept` written as a leading lookbehind would give, since a lookbehind only filters start
 * positions. Advances re.lastIndex like exec.
 */
export function execAccepted(re: RegExp, text: string, accept: (text: string, index: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

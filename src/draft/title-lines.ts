// The title of a Word draft broken into lines the way GB/T 9704-2012 asks (7.3.3: 回行时词意完整，排列对称，长短适宜，
// 梯形或菱形): at word boundaries, never inside 上的讲话, preferring the boundaries of the facts' own phrases (the place,
// the theme, the meeting noun), with lines as even as possible.
// Word boundaries come from a maximum-probability segmentation over jieba's dictionary words that occur in the title
// only (the compact dictionary built at install, read as text): no nodejieba load, so `draft` stays fast.
import { readFileSync, existsSync } from 'node:fs';
import { derivePlace, parsePlace, themeShort } from './wording.js';
import { fileURLToPath } from 'node:url';

/** Characters of 二号 (22 pt) on the 156 mm type line. */
export const TITLE_LINE_CHARS = 20;

const DICTS = [
  fileURLToPath(new URL('../../dist/dict/compact.dict.utf8', import.meta.url)),
  fileURLToPath(new URL('../../node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8', import.meta.url)),
];
const DOMAIN = fileURLToPath(new URL('../../corpus/dict/domain.dict.utf8', import.meta.url));

/** Each dictionary file's text, read once per process (a missing file is null). */
const texts = new Map<string, string | null>();
function dictText(file: string): string | null {
  if (!texts.has(file)) {
    let data: string | null = null;
    try { data = readFileSync(file, 'utf8'); } catch { /* a missing dictionary gives no words */ }
    texts.set(file, data);
  }
  return texts.get(file)!;
}

/** The dictionary words (with frequencies) that occur in `text`; the text file is scanned, not loaded as a table. */
export function wordsIn(text: string, files: string[] = [DICTS.find((f) => existsSync(f)) ?? DICTS[0], DOMAIN]): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of files) {
    const data = dictText(file);
    if (data === null) continue;
    let start = 0;
    while (start < data.length) {
      let end = data.indexOf('\n', start);
      if (end < 0) end = data.length;
      const sp = data.indexOf(' ', start);
      const wordEnd = sp >= 0 && sp < end ? sp : end;
      // Cheap test first: a word of two or more characters whose first character is in the text.
      if (wordEnd - start >= 2 && text.includes(data[start])) {
        const w = data.slice(start, wordEnd);
        if (text.includes(w)) {
          const freq = sp >= 0 && sp < end ? Number.parseInt(data.slice(sp + 1, end), 10) : 1;
          out.set(w, Math.max(out.get(w) ?? 0, Number.isFinite(freq) ? freq : 1));
        }
      }
      start = end + 1;
    }
  }
  return out;
}

/** Maximum-probability segmentation (jieba's DAG + DP over log frequencies) restricted to the given words. */
export function segmentWith(text: string, words: Map<string, number>): string[] {
  const chars = [...text];
  const n = chars.length;
  let total = 0;
  for (const f of words.values()) total += f;
  const logTotal = Math.log(Math.max(total, 1) + n);
  const best = new Array<number>(n + 1).fill(-Infinity);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    // A single character is always possible, at the cost of an unseen word.
    const single = best[i] + Math.log(1) - logTotal;
    if (single > best[i + 1]) { best[i + 1] = single; from[i + 1] = i; }
    for (let j = i + 2; j <= Math.min(n, i + 16); j++) {
      const f = words.get(chars.slice(i, j).join(''));
      if (!f) continue;
      const score = best[i] + Math.log(f) - logTotal;
      if (score > best[j]) { best[j] = score; from[j] = i; }
    }
  }
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j]) out.unshift(chars.slice(from[j], j).join(''));
  return out;
}

export interface TitleBreakOptions {
  maxChars?: number;
  /** Phrases of the facts (place, theme, meeting noun): a break at their edges is preferred, inside them avoided. */
  phrases?: string[];
  /** Word boundaries; by default from the dictionary. */
  words?: Map<string, number>;
}

/**
 * Break a title into lines: the fewest lines of at most maxChars, at word boundaries, 上的讲话 kept with the word
 * before it; among those, the most even lines, preferring the edges of the facts' phrases.
 */
export function breakTitle(title: string, opts: TitleBreakOptions = {}): string[] {
  const max = opts.maxChars ?? TITLE_LINE_CHARS;
  const chars = [...title];
  const n = chars.length;
  if (n <= max) return [title];
  const tokens = segmentWith(title, opts.words ?? wordsIn(title));
  // Allowed break positions (in characters) with a cost: 0 at a phrase edge or after punctuation, 2 at a word
  // boundary, 6 next to a single-character token (a bound morpheme such as 年 of 攻坚年, or a name the dictionary
  // lacks), 8 inside a phrase of the facts.
  const cost = new Map<number, number>();
  let pos = 0;
  tokens.slice(0, -1).forEach((t, i) => {
    pos += [...t].length;
    const single = ([...t].length === 1 && !(i === 0 && t === '在')) || [...tokens[i + 1]].length === 1;
    cost.set(pos, single ? 6 : 2);
  });
  const text = chars.join('');
  const edges = new Set<number>();
  const inside = new Set<number>();
  // Occurrences of the phrases; one inside a longer one (三年行动 in the theme) gives no edge of its own.
  const spans: [number, number][] = [];
  for (const p of opts.phrases ?? []) {
    if ([...p].length < 2) continue;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      const s = [...text.slice(0, at)].length;
      spans.push([s, s + [...p].length]);
    }
  }
  for (const [s, e] of spans) {
    if (spans.some(([s2, e2]) => s2 <= s && e <= e2 && e2 - s2 > e - s)) continue;
    for (let k = s + 1; k < e; k++) inside.add(k);
    for (const edge of [s, e]) if (edge > 0 && edge < n) edges.add(edge);
  }
  for (const k of inside) if (cost.has(k) && !edges.has(k)) cost.set(k, 8);
  for (const k of edges) if (cost.has(k)) cost.set(k, 0);
  chars.forEach((c, i) => { if (/[，、：；”）》]/u.test(c) && i + 1 < n) cost.set(i + 1, 0); if (/[“（《]/u.test(c) && i > 0) cost.set(i, 0); });
  // Never inside the closing 上的讲话 / 的讲话 / 讲话, nor right before it (a line 上的讲话 alone reads badly).
  const tail = /(?:上|中|前)?的(?:讲话|发言|致辞|报告|总结讲话)$|讲话$/u.exec(text);
  if (tail) {
    const s = [...text.slice(0, tail.index)].length;
    for (let k = s; k < n; k++) cost.delete(k);
  }
  // Never before a closing punctuation mark or after an opening one.
  chars.forEach((c, i) => { if (/[，。、：；”）》]/u.test(c)) cost.delete(i); if (/[“（《]/u.test(c)) cost.delete(i + 1); });

  const lines = Math.ceil(n / max);
  for (let k = lines; k <= lines + 2; k++) {
    const r = bestBreaks(n, k, max, cost);
    if (r) return r.reduce<string[]>((acc, end, i) => [...acc, chars.slice(i === 0 ? 0 : r[i - 1], end).join('')], []);
  }
  // No boundary fits (a title of one long word): cut at the line length.
  const out: string[] = [];
  for (let i = 0; i < n; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}

/** Line ends (exclusive, the last is n) of k lines minimising unevenness plus boundary costs; null if none fits. */
function bestBreaks(n: number, k: number, max: number, cost: Map<number, number>): number[] | null {
  const avg = n / k;
  const candidates = [...cost.keys()].sort((a, b) => a - b);
  let best: { score: number; ends: number[] } | null = null;
  const walk = (start: number, left: number, ends: number[], score: number) => {
    if (left === 1) {
      const len = n - start;
      if (len > max || len === 0) return;
      // A slightly longer line above a shorter one (倒梯形) is preferred to the reverse at equal unevenness.
      const s = score + Math.abs(len - avg);
      if (!best || s < best.score) best = { score: s, ends: [...ends, n] };
      return;
    }
    for (const c of candidates) {
      if (c <= start) continue;
      const len = c - start;
      if (len > max) break;
      const shape = ends.length === 0 && len < n - c ? 0.5 : 0;
      walk(c, left - 1, [...ends, c], score + Math.abs(len - avg) + cost.get(c)! + shape);
    }
  };
  walk(0, k, [], 0);
  return best ? (best as { ends: number[] }).ends : null;
}

/** Phrases of the facts a title break should keep whole: the theme (with and without quotes), its short form, the place, the meeting noun. */
export function titlePhrases(facts: { meeting: string; unit: string; theme: string; theme_short?: string | null; place?: string | null }): string[] {
  const plain = facts.theme.replace(/[“”"]/gu, '');
  const place = facts.place ? parsePlace(facts.place) : derivePlace(facts.unit);
  const out = [facts.theme, plain, facts.theme_short ?? themeShort(facts.theme), ...(place ? [place.name, place.all] : [])];
  for (const t of [facts.theme, plain]) {
    const at = facts.meeting.indexOf(t);
    if (at >= 0) out.push(facts.meeting.slice(at + t.length));
  }
  return [...new Set(out.filter((p) => [...p].length >= 2))];
}

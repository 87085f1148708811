// Word counts for keyness and ranks, from the tokens src/segment gives: only words of two or more Han
// characters that are not stop words count as content; every Han token counts towards the side's size.

export interface WordCounts {
  /** Content words and their occurrences. */
  counts: Map<string, number>;
  /** Tokens containing a Han character: the size keyness normalises by. */
  tokens: number;
}

const HAN = /\p{Script=Han}/u;
const CONTENT = /^\p{Script=Han}{2,}$/u;

export function countWords(tokens: Iterable<string>, stopWords: ReadonlySet<string>): WordCounts {
  const counts = new Map<string, number>();
  let n = 0;
  for (const t of tokens) {
    if (!HAN.test(t)) continue;
    n++;
    if (!CONTENT.test(t) || stopWords.has(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return { counts, tokens: n };
}

export function mergeWordCounts(parts: Iterable<WordCounts>): WordCounts {
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const p of parts) {
    tokens += p.tokens;
    for (const [w, c] of p.counts) counts.set(w, (counts.get(w) ?? 0) + c);
  }
  return { counts, tokens };
}

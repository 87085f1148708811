// Keyness of B against A: log-likelihood G² (Rayson & Garside 2000) with the log ratio effect size (Hardie 2014).
// Only words past the threshold are kept; the default 10.83 is the critical value of p < 0.001 at 1 d.f.
import type { KeynessRow, KeynessThreshold, RankRow } from './types.js';
import type { WordCounts } from './words.js';

export const DEFAULT_THRESHOLD: KeynessThreshold = { g2: 10.83, p: 0.001 };

/** p values of common G² critical values (χ², 1 d.f.), to state the threshold a user picks. */
const CRITICAL: Array<[number, number]> = [[15.13, 0.0001], [10.83, 0.001], [6.63, 0.01], [3.84, 0.05]];

export function thresholdFor(g2: number): KeynessThreshold {
  const hit = CRITICAL.find(([v]) => g2 >= v);
  return { g2, p: hit ? hit[1] : 1 };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export function logLikelihood(a: number, b: number, na: number, nb: number): number {
  const e1 = (na * (a + b)) / (na + nb);
  const e2 = (nb * (a + b)) / (na + nb);
  const term = (o: number, e: number) => (o > 0 ? o * Math.log(o / e) : 0);
  return 2 * (term(a, e1) + term(b, e2));
}

export function logRatio(a: number, b: number, na: number, nb: number): number {
  const fa = (a === 0 ? 0.5 : a) / na;
  const fb = (b === 0 ? 0.5 : b) / nb;
  return Math.log2(fb / fa);
}

export interface KeynessOptions {
  threshold?: KeynessThreshold;
  /** Rows kept per direction, strongest first. */
  top?: number;
}

export function keyness(a: WordCounts, b: WordCounts, opts: KeynessOptions = {}): KeynessRow[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const top = opts.top ?? 50;
  const na = a.tokens;
  const nb = b.tokens;
  if (na === 0 || nb === 0) return [];
  const rows: KeynessRow[] = [];
  const consider = (word: string) => {
    const ca = a.counts.get(word) ?? 0;
    const cb = b.counts.get(word) ?? 0;
    const g2 = logLikelihood(ca, cb, na, nb);
    if (g2 < threshold.g2) return;
    rows.push({
      word, a: ca, b: cb,
      aPer10k: round((ca / na) * 1e4), bPer10k: round((cb / nb) * 1e4),
      g2: round(g2), logRatio: round(logRatio(ca, cb, na, nb)),
      direction: cb / nb > ca / na ? 'over' : 'under',
    });
  };
  for (const w of a.counts.keys()) consider(w);
  for (const w of b.counts.keys()) if (!a.counts.has(w)) consider(w);
  const order = (x: KeynessRow, y: KeynessRow) => y.g2 - x.g2 || (x.word < y.word ? -1 : 1);
  const over = rows.filter((r) => r.direction === 'over').sort(order).slice(0, top);
  const under = rows.filter((r) => r.direction === 'under').sort(order).slice(0, top);
  return [...over, ...under];
}

/** Each side's ranks are computed once: a year is compared with the one before and the one after. */
const rankCache = new WeakMap<WordCounts, Map<string, number>>();

/** Competition ranks (1, 2, 2, 4) by frequency; words of equal count share a rank. */
function rankTable(w: WordCounts): Map<string, number> {
  const hit = rankCache.get(w);
  if (hit) return hit;
  const entries = [...w.counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const ranks = new Map<string, number>();
  entries.forEach(([word, c], i) => {
    const prev = i > 0 ? entries[i - 1] : undefined;
    ranks.set(word, prev && prev[1] === c ? ranks.get(prev[0])! : i + 1);
  });
  rankCache.set(w, ranks);
  return ranks;
}

/** The top words of either side with their rank on both, ordered by B's rank (absent last) then A's. */
export function rankShifts(a: WordCounts, b: WordCounts, top = 20): RankRow[] {
  const ra = rankTable(a);
  const rb = rankTable(b);
  const words = new Set<string>();
  for (const [w, r] of ra) if (r <= top) words.add(w);
  for (const [w, r] of rb) if (r <= top) words.add(w);
  const rows = [...words].map((word): RankRow => {
    const rankA = ra.get(word) ?? null;
    const rankB = rb.get(word) ?? null;
    return { word, rankA, rankB, shift: rankA !== null && rankB !== null ? rankA - rankB : null, a: a.counts.get(word) ?? 0, b: b.counts.get(word) ?? 0 };
  });
  const key = (r: number | null) => r ?? Infinity;
  return rows.sort((x, y) => key(x.rankB) - key(y.rankB) || key(x.rankA) - key(y.rankA) || (x.word < y.word ? -1 : 1));
}

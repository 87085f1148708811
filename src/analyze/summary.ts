// The corpus summary as an incremental reducer: one record at a time in, counts and file sets kept, texts never.
// `analyze DIR --summary` and `summarize shard.jsonl…` feed the same reducer, so map/reduce gives the same answer.
import type { AnalysisRecord } from './record.js';

/** What the reducer reads of a speech: a full record or JSONL line fits, and so does the digest workers send. */
export interface SummaryInput {
  file: string;
  chars: number;
  type: { label: string };
  formulas: Array<{ text: string; count: number }>;
  slogans: Array<{ text: string; kind: string; count: number }>;
  statistics: Array<{ value: number; unit: string; noun: string }>;
  keywords?: Array<{ word: string; weight: number }>;
}

/** The part of a record the summary needs: a worker sends this instead of the whole record. */
export function digestOf(r: AnalysisRecord): SummaryInput {
  return {
    file: r.file,
    chars: r.chars,
    type: { label: r.type.label },
    formulas: r.formulas.map(({ text, count }) => ({ text, count })),
    slogans: r.slogans.map(({ text, kind, count }) => ({ text, kind, count })),
    statistics: r.statistics.map(({ value, unit, noun }) => ({ value, unit, noun })),
    keywords: r.keywords.map(({ word, weight }) => ({ word, weight })),
  };
}

export interface UsageRank { text: string; speeches: number; occurrences: number; files: string[] }
export interface SloganRank extends UsageRank { kind: string }
export interface StatisticGroup { noun: string; unit: string; mentions: number; speeches: number; total: number; files: string[] }
export interface UnitTotal { unit: string; mentions: number; speeches: number; total: number }

export interface CorpusSummary {
  /** Speeches summarised (files that failed are not part of it). */
  files: number;
  chars: number;
  /** Speech types counted, most frequent first. */
  types: Array<{ label: string; count: number }>;
  /** Numeral formulas ranked by how many speeches use them. */
  formulas: UsageRank[];
  slogans: SloganRank[];
  statistics: { byNoun: StatisticGroup[]; byUnit: UnitTotal[] };
  /** Keywords ranked by how many speeches list them (empty when keywords were off). */
  keywords: Array<{ word: string; speeches: number; weight: number }>;
}

/** Keywords kept in the summary; the tail of rare words says nothing about a corpus. */
const SUMMARY_KEYWORDS = 50;

/**
 * A counter with the files it was seen in. Files get increasing ids, so "seen in this file already" is a check
 * of the last id, and the ids are kept in a growable Int32Array (4 bytes each): over 10,000 speeches with a
 * hundred findings each this is the one part of the summary that grows, and it stays a few MB.
 */
class Tally {
  occurrences = 0;
  total = 0;
  speeches = 0;
  private last = -1;
  private ids: Int32Array | undefined;

  constructor(keepFiles: boolean) {
    if (keepFiles) this.ids = new Int32Array(4);
  }

  bump(fileId: number, occurrences: number, value: number): void {
    this.occurrences += occurrences;
    this.total += value;
    if (this.last === fileId) return;
    this.last = fileId;
    if (this.ids) {
      if (this.speeches === this.ids.length) {
        const grown = new Int32Array(this.ids.length * 2);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[this.speeches] = fileId;
    }
    this.speeches++;
  }

  files(names: string[]): string[] {
    return Array.from(this.ids?.subarray(0, this.speeches) ?? [], (i) => names[i]).sort(cmp);
  }
}

function bump(map: Map<string, Tally>, key: string, fileId: number, occurrences: number, value = 0, keepFiles = true): void {
  let t = map.get(key);
  if (!t) { t = new Tally(keepFiles); map.set(key, t); }
  t.bump(fileId, occurrences, value);
}

const byRank = <T extends { speeches: number; occurrences?: number; mentions?: number }>(key: (x: T) => string) => (a: T, b: T): number =>
  b.speeches - a.speeches || (b.occurrences ?? b.mentions ?? 0) - (a.occurrences ?? a.mentions ?? 0) || cmp(key(a), key(b));

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sums of decimals depend on the order of addition; round so that shards reduce to the same figure. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const SEP = '\u0000';

export class SummaryReducer {
  private readonly fileIds = new Map<string, number>();
  private readonly names: string[] = [];
  private chars = 0;
  private readonly types = new Map<string, number>();
  private readonly formulas = new Map<string, Tally>();
  private readonly slogans = new Map<string, Tally>();
  private readonly nouns = new Map<string, Tally>();
  private readonly units = new Map<string, Tally>();
  private readonly keywords = new Map<string, Tally>();

  /** Add one speech; returns false (and ignores it) when the same file was already added. */
  add(record: SummaryInput): boolean {
    if (this.fileIds.has(record.file)) return false;
    const id = this.names.length;
    this.fileIds.set(record.file, id);
    this.names.push(record.file);
    this.chars += record.chars;
    this.types.set(record.type.label, (this.types.get(record.type.label) ?? 0) + 1);
    for (const f of record.formulas) bump(this.formulas, f.text, id, f.count);
    for (const s of record.slogans) bump(this.slogans, s.kind + SEP + s.text, id, s.count);
    for (const st of record.statistics) {
      bump(this.nouns, st.noun + SEP + st.unit, id, 1, st.value);
      bump(this.units, st.unit, id, 1, st.value, false);
    }
    for (const k of record.keywords ?? []) bump(this.keywords, k.word, id, 1, k.weight, false);
    return true;
  }

  get size(): number {
    return this.names.length;
  }

  /** The summary, sorted deterministically (counts first, then code-point order of the text). */
  result(): CorpusSummary {
    const files = (t: Tally) => t.files(this.names);
    const formulas = [...this.formulas].map(([text, t]) => ({ text, speeches: t.speeches, occurrences: t.occurrences, files: files(t) }))
      .sort(byRank((x) => x.text));
    const slogans = [...this.slogans].map(([key, t]) => {
      const [kind, text] = key.split(SEP);
      return { text, kind, speeches: t.speeches, occurrences: t.occurrences, files: files(t) };
    }).sort(byRank((x) => x.text + SEP + x.kind));
    const byNoun = [...this.nouns].map(([key, t]) => {
      const [noun, unit] = key.split(SEP);
      return { noun, unit, mentions: t.occurrences, speeches: t.speeches, total: round(t.total), files: files(t) };
    }).sort(byRank((x) => x.noun + SEP + x.unit));
    const byUnit = [...this.units].map(([unit, t]) => ({ unit, mentions: t.occurrences, speeches: t.speeches, total: round(t.total) }))
      .sort(byRank((x) => x.unit));
    const keywords = [...this.keywords].map(([word, t]) => ({ word, speeches: t.speeches, weight: round(t.total) }))
      .sort((a, b) => b.speeches - a.speeches || b.weight - a.weight || cmp(a.word, b.word))
      .slice(0, SUMMARY_KEYWORDS);
    const types = [...this.types].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || cmp(a.label, b.label));
    return { files: this.names.length, chars: this.chars, types, formulas, slogans, statistics: { byNoun, byUnit }, keywords };
  }
}

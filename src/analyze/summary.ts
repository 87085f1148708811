// The corpus summary as an incremental reducer: one record at a time in, counts and file sets kept, texts never.
// `analyze DIR --summary` and `summarize shard.jsonl…` feed the same reducer, so map/reduce gives the same answer.
import { foldMagnitude } from '../extract/statistics.js';
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
/** How often a unit occurs; figures of different things are not added up, so there is no total. */
export interface UnitTotal { unit: string; mentions: number; speeches: number }

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

  /** The whole state, for a partial summary. Every field above is state: a new one belongs here and in absorb. */
  state(): TallyState {
    for (const key of Object.keys(this)) {
      if (!TALLY_FIELDS.includes(key)) throw new Error(`Tally.${key} is not written to partial summaries: add it to state() and absorb()`);
    }
    return { occurrences: this.occurrences, total: this.total, speeches: this.speeches, ...(this.ids ? { files: Array.from(this.ids.subarray(0, this.speeches)) } : {}) };
  }

  /** Add the tally of other files, whose ids (`offset` + the partial's own) all come after this reducer's. */
  absorb(s: TallyState, offset: number): void {
    this.occurrences += s.occurrences;
    this.total += s.total;
    if (this.ids && s.files) {
      let ids = this.ids;
      if (this.speeches + s.files.length > ids.length) {
        ids = new Int32Array(Math.max(ids.length * 2, this.speeches + s.files.length));
        ids.set(this.ids);
        this.ids = ids;
      }
      for (const id of s.files) ids[this.speeches++] = offset + id;
      if (s.files.length > 0) this.last = offset + s.files[s.files.length - 1];
    } else this.speeches += s.speeches;
  }
}

const TALLY_FIELDS = ['occurrences', 'total', 'speeches', 'last', 'ids'];
/** Reducer fields written in a partial summary's header; every other field must be a table of tallies. */
const HEADER_FIELDS = ['fileIds', 'names', 'chars', 'types'];

/** A tally as a partial summary writes it: file ids number the partial's own files (absent where no files are kept). */
export interface TallyState { occurrences: number; total: number; speeches: number; files?: number[] }

/** The rest of a reducer's state: its files in id order, the characters, the type counts. */
export interface ReducerHeader { files: string[]; chars: number; types: Record<string, number> }

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
      // Only figures that measure the same thing add up: the same noun, in the same base unit (万元 + 元).
      // Figures without a noun are counted per unit, never summed.
      const { value, unit } = foldMagnitude(st.value, st.unit);
      if (st.noun) bump(this.nouns, st.noun + SEP + unit, id, 1, value);
      bump(this.units, unit, id, 1, 0, false);
    }
    for (const k of record.keywords ?? []) bump(this.keywords, k.word, id, 1, k.weight, false);
    return true;
  }

  get size(): number {
    return this.names.length;
  }

  /** Every table of tallies by name: a partial summary is the header plus exactly these, so merging stays exact. */
  private tables(): Record<string, Map<string, Tally>> {
    const tables = { formulas: this.formulas, slogans: this.slogans, nouns: this.nouns, units: this.units, keywords: this.keywords };
    // A field added to the reducer but not to its state would be lost silently by every merge: refuse it loudly.
    const listed = new Set<unknown>(Object.values(tables));
    for (const [key, value] of Object.entries(this)) {
      if (!HEADER_FIELDS.includes(key) && !listed.has(value)) throw new Error(`SummaryReducer.${key} is not written to partial summaries: add it to tables() or stateHeader()`);
    }
    return tables;
  }

  /** The reducer's state, header first (see src/analyze/partial.ts for the lines it is written as). */
  stateHeader(): ReducerHeader {
    return { files: [...this.names], chars: this.chars, types: Object.fromEntries(this.types) };
  }

  *stateTallies(): Generator<[table: string, key: string, tally: TallyState]> {
    for (const [table, map] of Object.entries(this.tables())) for (const [key, t] of map) yield [table, key, t.state()];
  }

  /**
   * Take over another reducer's header; returns the offset its file ids get here, or the first file already
   * summarised (a speech's part of each tally cannot be told apart, so an overlap cannot be merged exactly).
   */
  mergeHeader(h: ReducerHeader): { offset: number } | { duplicate: string } {
    const duplicate = h.files.find((f) => this.fileIds.has(f));
    if (duplicate !== undefined) return { duplicate };
    const offset = this.names.length;
    for (const f of h.files) {
      this.fileIds.set(f, this.names.length);
      this.names.push(f);
    }
    this.chars += h.chars;
    for (const [label, n] of Object.entries(h.types)) this.types.set(label, (this.types.get(label) ?? 0) + n);
    return { offset };
  }

  /** Add one tally of a merged header's files; false for a table this reducer does not have. */
  mergeTally(table: string, key: string, s: TallyState, offset: number): boolean {
    const map = this.tables()[table];
    if (!map) return false;
    let t = map.get(key);
    if (!t) { t = new Tally(s.files !== undefined); map.set(key, t); }
    t.absorb(s, offset);
    return true;
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
    const byUnit = [...this.units].map(([unit, t]) => ({ unit, mentions: t.occurrences, speeches: t.speeches }))
      .sort(byRank((x) => x.unit));
    const keywords = [...this.keywords].map(([word, t]) => ({ word, speeches: t.speeches, weight: round(t.total) }))
      .sort((a, b) => b.speeches - a.speeches || b.weight - a.weight || cmp(a.word, b.word))
      .slice(0, SUMMARY_KEYWORDS);
    const types = [...this.types].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || cmp(a.label, b.label));
    return { files: this.names.length, chars: this.chars, types, formulas, slogans, statistics: { byNoun, byUnit }, keywords };
  }
}

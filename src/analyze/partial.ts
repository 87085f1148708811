// Partial summaries (`summarize --partial`): the reducer's own state written as JSON lines, so a combiner or a
// reducer merges them without ever holding the records, and the summary of partials is the summary of all.
//   {"partial":"jianghua-summary","version":1,"files":N,"chars":…,"types":{label: count}}   the header
//   {"partial":"files","names":[…]}                    the files in id order, in chunks (lines stay short)
//   {"partial":"tally","table":"formulas","key":"三严三实","occurrences":…,"total":…,"speeches":…,"files":[ids]}
//   {"partial":"end","files":N,"tallies":T}            a cut-off partial is refused, never half merged
import { JianghuaError } from '../errors.js';
import type { ReducerHeader, SummaryReducer, TallyState } from './summary.js';

export const PARTIAL_TAG = 'jianghua-summary';
export const PARTIAL_VERSION = 1;
const NAMES_PER_LINE = 1000;

/** The lines (each ending in a newline) of the reducer's state. */
export function* partialLines(reducer: SummaryReducer): Generator<string> {
  const { files, chars, types } = reducer.stateHeader();
  yield JSON.stringify({ partial: PARTIAL_TAG, version: PARTIAL_VERSION, files: files.length, chars, types }) + '\n';
  for (let i = 0; i < files.length; i += NAMES_PER_LINE) yield JSON.stringify({ partial: 'files', names: files.slice(i, i + NAMES_PER_LINE) }) + '\n';
  let tallies = 0;
  for (const [table, key, t] of reducer.stateTallies()) {
    tallies++;
    yield JSON.stringify({ partial: 'tally', table, key, ...t }) + '\n';
  }
  yield JSON.stringify({ partial: 'end', files: files.length, tallies }) + '\n';
}

/** Whether a parsed line belongs to a partial summary. */
export function isPartialLine(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).partial === 'string';
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Reads the lines of partial summaries in one input and merges each into the reducer as it ends. */
export class PartialMerger {
  private header: ReducerHeader | undefined;
  private expected = 0;
  private offset: number | undefined;
  private tallies = 0;

  constructor(private readonly reducer: SummaryReducer, private readonly source: string) {}

  get open(): boolean {
    return this.header !== undefined;
  }

  private fail(line: number, message: string): never {
    throw new JianghuaError(`第 ${line} 行：${message}。`, this.source);
  }

  accept(v: Record<string, unknown>, line: number): void {
    const kind = v.partial;
    if (kind === PARTIAL_TAG) {
      if (this.header) this.fail(line, '上一份部分汇总还没有结束行就开始了新的一份（部分汇总不完整）');
      if (v.version !== PARTIAL_VERSION) this.fail(line, `部分汇总的版本为 ${String(v.version)}，本程序只读第 ${PARTIAL_VERSION} 版`);
      const types = v.types as Record<string, unknown> | undefined;
      if (!isCount(v.files) || typeof v.chars !== 'number' || typeof types !== 'object' || types === null || !Object.values(types).every(isCount)) {
        this.fail(line, '部分汇总的开头行缺少 files、chars 或 types');
      }
      this.header = { files: [], chars: v.chars, types: types as Record<string, number> };
      this.expected = v.files;
      this.offset = undefined;
      this.tallies = 0;
      return;
    }
    if (!this.header) this.fail(line, `“partial”: “${String(kind)}”出现在部分汇总的开头行之前`);
    if (kind === 'files') {
      if (this.offset !== undefined) this.fail(line, '篇目行出现在统计行之后');
      const names = v.names;
      if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) this.fail(line, '篇目行的“names”应为字符串数组');
      this.header.files.push(...(names as string[]));
      if (this.header.files.length > this.expected) this.fail(line, `篇目多于开头行所说的 ${this.expected} 篇`);
    } else if (kind === 'tally') {
      const offset = this.start(line);
      const { table, key, occurrences, total, speeches, files } = v;
      if (typeof table !== 'string' || typeof key !== 'string' || typeof occurrences !== 'number' || typeof total !== 'number' || !isCount(speeches)) {
        this.fail(line, '统计行缺少 table、key、occurrences、total 或 speeches');
      }
      let ids: number[] | undefined;
      if (files !== undefined) {
        if (!Array.isArray(files) || files.length !== speeches || !files.every((id, i) => isCount(id) && id < this.expected && (i === 0 || id > files[i - 1]))) {
          this.fail(line, '统计行的“files”应为递增的篇目序号，个数等于 speeches');
        }
        ids = files as number[];
      }
      const state: TallyState = { occurrences, total, speeches, ...(ids ? { files: ids } : {}) };
      if (!this.reducer.mergeTally(table, key, state, offset)) this.fail(line, `未知的统计表“${table}”（部分汇总来自另一版本的 jianghua？）`);
      this.tallies++;
    } else if (kind === 'end') {
      this.start(line);
      if (v.files !== this.expected || v.tallies !== this.tallies) this.fail(line, `结束行与内容不符（应有 ${String(v.files)} 篇、${String(v.tallies)} 项统计，实际读到 ${this.expected} 篇、${this.tallies} 项）`);
      this.header = undefined;
    } else {
      this.fail(line, `未知的部分汇总行“${String(kind)}”`);
    }
  }

  /** Merge the header once all its files are read (before the first tally). */
  private start(line: number): number {
    if (this.offset !== undefined) return this.offset;
    const h = this.header!;
    if (h.files.length !== this.expected) this.fail(line, `开头行说有 ${this.expected} 篇，篇目行只列出 ${h.files.length} 篇`);
    const merged = this.reducer.mergeHeader(h);
    if ('duplicate' in merged) this.fail(line, `“${merged.duplicate}”已经汇总过：同一篇出现在两份输入中，无法精确合并`);
    this.offset = merged.offset;
    return merged.offset;
  }

  /** At the end of the input: a partial without its end line was cut off. */
  finish(line: number): void {
    if (this.header) this.fail(line, '部分汇总没有结束行，可能被截断');
  }
}

// Runs the analysis over a stream of paths: in-process for --jobs 1 (or one input), else through the worker pool.
// Outcomes come back in input order (json, outline, csv) or as soon as each file finishes (jsonl); only the
// reorder window is ever buffered, so memory does not grow with the number of files.
import type { RecordItem } from './records.js';
import { STDIN } from '../text/read.js';
import { analyzeLoaded, analyzeLoadedBatch, analyzeRecordTask, loadFile, type AnalyzeFileOptions, type FileOutcome, type Loaded, type OutputSpec } from './analyze-file.js';
import { acquirePool, releasePool, type WorkerPool } from './pool.js';

export interface RunnerOptions extends AnalyzeFileOptions {
  /** 1 = in-process, no worker threads. */
  jobs: number;
  /** true: input order; false: completion order. */
  ordered: boolean;
  /** How each file is rendered (where it is analysed). */
  spec: OutputSpec;
  /** Called when a path is found (progress bars). */
  onFound?: () => void;
}

/** Paths handed to the pool ahead of the output, per job: enough for the pool to see a backlog and start workers. */
const WINDOW_PER_JOB = 32;

export async function* analyzePaths(source: AsyncIterable<RecordItem>, opts: RunnerOptions, pool?: WorkerPool): AsyncGenerator<FileOutcome> {
  if (opts.jobs <= 1 && !pool) {
    yield* inProcess(source, opts);
    return;
  }
  const ownPool = pool ?? acquirePool({ ...opts, size: opts.jobs, spec: opts.spec });
  try {
    yield* pooled(source, ownPool, opts);
  } finally {
    if (!pool) await releasePool(ownPool);
  }
}

/**
 * A batch of --jobs 1 ends at this many files or characters, whichever comes first (analyzeLoadedBatch says why
 * there are batches): enough for the gain, small enough that the output still streams.
 */
const BATCH_FILES = 16;
const BATCH_CHARS = 256 * 1024;

/**
 * On this thread, in small batches: reads are synchronous (see loadFile), so there is nothing to overlap. A record
 * line or a path that failed is answered at once, after the files before it (the order is the input's).
 */
async function* inProcess(source: AsyncIterable<RecordItem>, opts: RunnerOptions): AsyncGenerator<FileOutcome> {
  let batch: Loaded[] = [];
  let chars = 0;
  const flush = async (): Promise<FileOutcome[]> => {
    const files = batch;
    batch = [];
    chars = 0;
    return files.length > 0 ? analyzeLoadedBatch(files, opts, opts.spec) : [];
  };
  for await (const item of source) {
    opts.onFound?.();
    if (item.error || item.record) {
      yield* await flush();
      yield item.error ? { file: item.file, error: item.error.message } : await analyzeRecordTask(item.file, item.record!, opts);
      continue;
    }
    const loaded = await loadFile(item.file);
    batch.push(loaded);
    chars += loaded.doc?.text.length ?? 0;
    if (batch.length >= BATCH_FILES || chars >= BATCH_CHARS) yield* await flush();
  }
  yield* await flush();
}

async function* pooled(source: AsyncIterable<RecordItem>, pool: WorkerPool, opts: RunnerOptions): AsyncGenerator<FileOutcome> {
  const window = Math.max(64, opts.jobs * WINDOW_PER_JOB);
  const done = new Map<number, FileOutcome>();
  let nextOut = 0;
  let dispatched = 0;
  let completed = 0;
  let exhausted = false;
  let stopped = false;
  let sourceError: unknown;
  let wake: (() => void) | undefined;
  let room: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const free = () => { const r = room; room = undefined; r?.(); };
  // Completion order needs no sequence: outcomes are numbered as they finish.
  let finishedSeq = 0;
  const store = (seq: number, o: FileOutcome) => {
    done.set(opts.ordered ? seq : finishedSeq++, o);
    completed++;
    notify();
  };

  // The producer reads paths concurrently with the consumer, so a slow --files-from pipe never delays output.
  const producer = (async () => {
    for await (const item of source) {
      if (stopped) break;
      opts.onFound?.();
      while (dispatched - nextOut >= window && !stopped) await new Promise<void>((r) => { room = r; });
      if (stopped) break;
      const seq = dispatched++;
      if (item.error) store(seq, { file: item.file, error: item.error.message });
      // Standard input belongs to this thread (a worker's process.stdin is empty): read and analyse it here.
      else if (item.file === STDIN) store(seq, await analyzeLoaded(await loadFile(item.file), opts, opts.spec));
      else pool.run(item.file, item.record).then((o) => store(seq, o), (e) => { sourceError ??= e; notify(); });
    }
  })().catch((e) => { sourceError ??= e; }).finally(() => { exhausted = true; notify(); });

  try {
    for (;;) {
      if (sourceError) throw sourceError;
      if (pool.failure) throw pool.failure;
      const o = done.get(nextOut);
      if (o) {
        done.delete(nextOut++);
        free();
        yield o;
        continue;
      }
      if (exhausted && completed === dispatched) break;
      await new Promise<void>((r) => { wake = r; });
    }
  } finally {
    stopped = true;
    free();
    await producer;
  }
}

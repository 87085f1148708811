// A pool of worker threads for folder runs. Each worker loads nodejieba once; files go out by path.
// Workers are started one after another, and only while there is a backlog: loading the dictionary costs
// seconds and hundreds of MB, which a handful of files never pays back.
import { Worker } from 'node:worker_threads';
import { JianghuaError } from '../errors.js';
import type { AnalyzeFileOptions, FileOutcome, OutputSpec } from './analyze-file.js';
import { whereIs, type RecordTask } from './records.js';

/**
 * A file by path, or (with `record`) one record line of `--input jsonl`, `file` naming its source. `settings`, when
 * present, replaces the options the worker was started with (a kept pool serving a run with other options).
 */
export interface WorkerRequest { id: number; file: string; record?: RecordTask; settings?: WorkerSettings }
export interface WorkerSettings { opts: AnalyzeFileOptions; spec: OutputSpec }
export type WorkerReply =
  | { type: 'ready'; loadMs: number }
  | { type: 'fatal'; message: string }
  | { type: 'done'; id: number; outcome: FileOutcome };

/**
 * The worker's script. When this module runs as TypeScript source (the tests run the CLI in-process), a worker
 * thread cannot load .ts: it runs the compiled worker, which test/global-setup.ts keeps current with src/.
 */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/analyze/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/** Files sent ahead to a worker, so it never waits for the main thread between two files. */
const PREFETCH = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The pool's `settings` generation this worker last received. */
  generation: number;
  inflight: Map<number, { file: string; record?: RecordTask; resolve: (o: FileOutcome) => void }>;
}

export interface PoolOptions extends AnalyzeFileOptions {
  size: number;
  spec: OutputSpec;
  /** Files waiting per running worker before another worker is worth starting. */
  backlogPerWorker?: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ id: number; file: string; record?: RecordTask; resolve: (o: FileOutcome) => void }> = [];
  private nextId = 0;
  private fatal: JianghuaError | undefined;
  private closed = false;
  private readyWaiters: Array<() => void> = [];
  /** Milliseconds each worker took to load (for the benchmark). */
  readonly loadMs: number[] = [];
  /** Bumped when a kept pool takes a run with new options; each worker gets them with its next file. */
  private generation = 0;

  constructor(private opts: PoolOptions) {}

  /**
   * What the workers were started for: keywords or not, with which dictionaries (cppjieba keeps the first it loads
   * in a thread), how many at most. A kept pool serves only runs of the same kind.
   */
  get kind(): string {
    return poolKind(this.opts);
  }

  get options(): PoolOptions {
    return this.opts;
  }

  /** Nothing queued or in flight: a run that stopped early (`| head`) may leave files in flight. */
  get idle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => s.inflight.size === 0);
  }

  /** Analyse one file (or record line) in some worker; never rejects for a bad input (the outcome carries the error). */
  run(file: string, record?: RecordTask): Promise<FileOutcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, record, resolve });
      this.pump();
    });
  }

  /** Start every worker now and wait until all are ready (benchmarks measure steady state this way). */
  async warm(): Promise<void> {
    while (this.slots.length < this.opts.size) this.spawn();
    await new Promise<void>((resolve) => {
      const check = () => (this.fatal || this.slots.every((s) => s.ready) ? resolve() : this.readyWaiters.push(check));
      check();
    });
    if (this.fatal) throw this.fatal;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    if (this.fatal) return;
    const backlog = this.opts.backlogPerWorker ?? (this.opts.keywords ? 24 : 8);
    const allReady = this.slots.every((s) => s.ready);
    const waiting = this.queue.length + this.slots.reduce((n, s) => n + s.inflight.size, 0);
    if (this.slots.length === 0 || (allReady && this.slots.length < this.opts.size && waiting > backlog * this.slots.length)) this.spawn();
    for (const slot of this.slots) {
      while (slot.ready && slot.inflight.size < PREFETCH && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.inflight.set(task.id, { file: task.file, record: task.record, resolve: task.resolve });
        const settings = slot.generation === this.generation ? undefined : { opts: this.workerOpts(), spec: this.opts.spec };
        slot.generation = this.generation;
        slot.worker.postMessage({ id: task.id, file: task.file, record: task.record, settings } satisfies WorkerRequest);
      }
    }
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, {
      // A worker keeps almost nothing between files, but V8 grows an idle-rich young generation up to 32 MB×3
      // and promotes garbage lazily; capped at 8 MB, peak memory stays flat from 1,000 to 10,000 files
      // (measured by scripts/bench-analyze.mjs). The old generation is left alone: a huge file must not run out.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
      workerData: { opts: this.workerOpts(), spec: this.opts.spec } satisfies WorkerSettings,
    });
    const slot: Slot = { worker, ready: false, generation: this.generation, inflight: new Map() };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        this.loadMs.push(reply.loadMs);
        this.wakeReady();
      } else if (reply.type === 'fatal') {
        this.fail(new JianghuaError(reply.message));
      } else {
        const task = slot.inflight.get(reply.id);
        slot.inflight.delete(reply.id);
        task?.resolve(reply.outcome);
      }
      this.pump();
    });
    worker.on('error', (e) => this.crashed(slot, e));
    worker.on('exit', (code) => { if (!this.closed && code !== 0) this.crashed(slot, new Error(`exit code ${code}`)); });
  }

  /** A worker died (out of memory, native abort): its files fail, a new worker takes over the queue. */
  private crashed(slot: Slot, e: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    for (const task of slot.inflight.values()) {
      const where = task.record ? `${whereIs(task.record.line)}：` : '';
      task.resolve({ file: task.file, error: `${task.file}：${where}分析进程意外退出（${e.message}）。` });
    }
    slot.inflight.clear();
    if (!slot.ready) this.fail(new JianghuaError(`分析线程启动失败：${e.message}`));
    this.wakeReady();
    this.pump();
  }

  private workerOpts(): AnalyzeFileOptions {
    return { keywords: this.opts.keywords, top: this.opts.top, dicts: this.opts.dicts };
  }

  /** A kept pool takes the next run: its options (same dictionaries and size), workers referenced again. */
  reuse(opts: PoolOptions): void {
    this.opts = opts;
    this.generation++;
    for (const s of this.slots) s.worker.ref();
  }

  /** Kept between runs: idle workers must not keep the process alive. */
  park(): void {
    for (const s of this.slots) s.worker.unref();
  }

  private fail(e: JianghuaError): void {
    if (this.fatal) return;
    this.fatal = e;
    // Whoever waits on a queued file learns of the failure through the outcome; the runner rethrows `fatal`.
    for (const task of this.queue.splice(0)) task.resolve({ file: task.file, error: e.message });
    for (const slot of this.slots) for (const task of slot.inflight.values()) task.resolve({ file: task.file, error: e.message });
    this.wakeReady();
  }

  get failure(): JianghuaError | undefined {
    return this.fatal;
  }

  private wakeReady(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }
}

/**
 * Pools kept for the life of the process, handed to the next run of the same kind (keywords or not, size). The
 * test suite turns this on (test/helpers.ts): its many in-process runs would otherwise each start threads and
 * load the dictionary again. Off in the CLI, which runs once: every run closes its own pool.
 */
let keep = false;
const parked: WorkerPool[] = [];

export function keepWorkerPools(on = true): void {
  keep = on;
}

function poolKind(opts: PoolOptions): string {
  return JSON.stringify([opts.keywords, opts.size, opts.dicts]);
}

/** A new pool, or (when pools are kept) an idle kept one of the same kind. */
export function acquirePool(opts: PoolOptions): WorkerPool {
  const kind = poolKind(opts);
  const i = keep ? parked.findIndex((p) => p.kind === kind) : -1;
  if (i < 0) return new WorkerPool(opts);
  const pool = parked.splice(i, 1)[0];
  pool.reuse(opts);
  return pool;
}

/**
 * The end of a run: the pool is closed, or kept for the next run when it is healthy and idle and loaded no user
 * dictionary (a file that may change between runs).
 */
export async function releasePool(pool: WorkerPool): Promise<void> {
  if (keep && !pool.failure && pool.idle && pool.options.dicts.length === 0) {
    pool.park();
    parked.push(pool);
    return;
  }
  await pool.close();
}

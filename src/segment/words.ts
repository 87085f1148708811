// Word tokens for `compare` (keyness, ranks): the compact dictionary with the domain words, as analyze's keywords
// use, and the stop words of both (nodejieba's and corpus/dict/stop-words.utf8). Loaded once per process.
import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadJieba, DOMAIN_STOP_WORDS } from './jieba.js';
import { JianghuaError } from '../errors.js';
import type { WordCounts } from '../compare/words.js';

export interface WordTokenizer {
  cut(text: string): string[];
  stopWords: ReadonlySet<string>;
}

let cached: Promise<WordTokenizer> | undefined;

export function wordTokenizer(dicts: string[] = []): Promise<WordTokenizer> {
  cached ??= (async () => {
    const jieba = await loadJieba(dicts, 'compact');
    const defaults = jieba as unknown as { DEFAULT_STOP_WORD_DICT: string };
    const lists = await Promise.all([defaults.DEFAULT_STOP_WORD_DICT, DOMAIN_STOP_WORDS].map((f) => fs.readFile(f, 'utf8')));
    const stopWords = new Set(lists.flatMap((t) => t.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    return { cut: (text: string) => jieba.cut(text, true), stopWords };
  })();
  return cached;
}

/** A worker thread cannot load .ts: under the tests it runs the compiled worker (kept current by test/global-setup.ts). */
const COUNT_WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/segment/count-worker.js', import.meta.url)
  : new URL('./count-worker.js', import.meta.url);

interface CountWorker { worker: Worker; next: number; pending: Map<number, { resolve: (c: WordCounts[]) => void; reject: (e: Error) => void }> }
type CountReply = { id: number; ok: true; counts: WordCounts[] } | { id: number; ok: false; message: string };

/**
 * One counting thread per set of dictionaries, kept for the life of the process: its dictionary load is the cost,
 * and a process that compares several times (a library user, the tests) pays it once. Unreferenced while idle, so
 * it never keeps the process alive.
 */
const workers = new Map<string, CountWorker>();

function countWorker(dicts: string[]): CountWorker {
  const key = dicts.join('\0');
  const known = workers.get(key);
  if (known) return known;
  const w: CountWorker = { worker: new Worker(COUNT_WORKER), next: 0, pending: new Map() };
  const failAll = (e: Error) => {
    workers.delete(key);
    for (const p of w.pending.values()) p.reject(e);
    w.pending.clear();
  };
  w.worker.on('message', (m: CountReply) => {
    const p = w.pending.get(m.id);
    w.pending.delete(m.id);
    if (w.pending.size === 0) w.worker.unref();
    if (m.ok) p?.resolve(m.counts);
    else p?.reject(new JianghuaError(m.message));
  });
  w.worker.on('error', failAll);
  w.worker.on('exit', () => failAll(new JianghuaError('分词线程意外退出。')));
  workers.set(key, w);
  return w;
}

/**
 * Word counts of every text, computed on a worker thread: the caller goes on (with the extractors) meanwhile.
 * Resolves to the counts in text order; a failure of the worker rejects with its message.
 */
export function countWordsOffThread(texts: string[], dicts: string[] = []): Promise<WordCounts[]> {
  const w = countWorker(dicts);
  const id = w.next++;
  return new Promise((resolve, reject) => {
    w.pending.set(id, { resolve, reject });
    w.worker.ref();
    w.worker.postMessage({ id, texts, dicts });
  });
}

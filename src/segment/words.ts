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

/**
 * Word counts of every text, computed on a worker thread: the caller goes on (with the extractors) meanwhile.
 * Resolves to the counts in text order; a failure of the worker rejects with its message.
 */
export function countWordsOffThread(texts: string[], dicts: string[] = []): Promise<WordCounts[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COUNT_WORKER);
    worker.once('message', (m: { ok: true; counts: WordCounts[] } | { ok: false; message: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.counts);
      else reject(new JianghuaError(m.message));
    });
    worker.once('error', (e) => { void worker.terminate(); reject(e); });
    worker.postMessage({ texts, dicts });
  });
}

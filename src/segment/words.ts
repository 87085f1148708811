// Word tokens for `compare` (keyness, ranks): the compact dictionary with the domain words, as analyze's keywords
// use, and the stop words of both (nodejieba's and corpus/dict/stop-words.utf8). Loaded once per process.
import { promises as fs } from 'node:fs';
import { loadJieba, DOMAIN_STOP_WORDS } from './jieba.js';

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

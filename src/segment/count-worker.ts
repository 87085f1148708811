// Worker thread of `compare`: loads the dictionary and counts the words of every text while the main thread runs
// the extractors, so the two halves of the work overlap on two cores. It serves every request of the process.
import { parentPort } from 'node:worker_threads';
import { wordTokenizer } from './words.js';
import { countWords } from '../compare/words.js';

parentPort!.on('message', async (msg: { id: number; texts: string[]; dicts: string[] }) => {
  try {
    const tokenizer = await wordTokenizer(msg.dicts);
    const out = msg.texts.map((t) => countWords(tokenizer.cut(t), tokenizer.stopWords));
    parentPort!.postMessage({ id: msg.id, ok: true, counts: out });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});

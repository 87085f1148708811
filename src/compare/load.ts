// The edge of compare and kwic: read the paths, analyse every speech once and segment it, giving CompareSpeech
// values. A bad file stops the run before any output (a comparison with a side missing would mislead).
import { analyzeStructure } from '../extract/index.js';
import { readInputs } from '../commands/inputs.js';
import type { SpeechDocument } from '../text/document.js';
import { JianghuaError } from '../errors.js';
import type { CompareSpeech } from './index.js';

export interface LoadOptions {
  /** Segment the texts (keyness, ranks). */
  words?: boolean;
  dicts?: string[];
}

export interface LoadedSpeech extends CompareSpeech {
  title: string;
  /** The date the speech states ('YYYY-MM-DD' or 'YYYY-MM'), from src/extract/metadata.ts, or null. */
  date: string | null;
}

/** Read every speech under the paths; throws the first bad file's message (all of them are listed). */
export async function readSpeeches(paths: string[]): Promise<SpeechDocument[]> {
  const docs: SpeechDocument[] = [];
  const errors: string[] = [];
  for await (const item of readInputs(paths, { docx: true })) {
    if (item.error) errors.push(item.error.message);
    else docs.push(item.doc);
  }
  if (errors.length > 0) throw new JianghuaError(errors.join('\n'));
  if (docs.length === 0) throw new JianghuaError(`${paths.join('、')}：没有找到可处理的 .txt、.md 或 .docx 文件。`);
  return docs;
}

export async function prepareSpeeches(docs: SpeechDocument[], opts: LoadOptions = {}): Promise<LoadedSpeech[]> {
  // Segmentation (dictionary load + cut) runs on a worker thread while this thread runs the extractors.
  const words = opts.words === false
    ? undefined
    : (await import('../segment/words.js')).countWordsOffThread(docs.map((d) => d.text), opts.dicts);
  // An early failure of the worker must not be an unhandled rejection while the extractors run.
  words?.catch(() => {});
  const structures = docs.map((doc) => analyzeStructure(doc));
  const counts = words ? await words : undefined;
  return docs.map((doc, i) => {
    const s = structures[i];
    return {
      doc,
      title: s.title,
      date: s.date,
      chars: [...doc.text.replace(/\s/g, '')].length,
      formulas: s.formulas,
      slogans: s.slogans,
      statistics: s.statistics,
      words: counts ? counts[i] : { counts: new Map(), tokens: 0 },
    };
  });
}

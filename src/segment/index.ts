// Segmentation of a document line by line, with offsets; part-of-speech tags on request; keywords.
import type { SpeechDocument } from '../text/document.js';
import { codePointLength } from '../text/document.js';
import { loadJieba } from './jieba.js';

export { loadJieba, isJiebaLoaded, jiebaLoadMs, DOMAIN_DICT, parseDict, readDict, type DictProfile } from './jieba.js';
import type { DictProfile } from './jieba.js';

export interface Token {
  word: string;
  /** Part-of-speech tag (only with tagging). */
  tag?: string;
  /** 1-based line. */
  line: number;
  /** 1-based start column and exclusive end column, in code points. */
  start: number;
  end: number;
}

export interface SegmentOptions {
  tag?: boolean;
  dicts?: string[];
}

/** Segment one document; returns tokens per line (whitespace-only tokens dropped). */
export async function segmentDocument(doc: SpeechDocument, opts: SegmentOptions = {}): Promise<Token[][]> {
  const jieba = await loadJieba(opts.dicts);
  return doc.lines.map((line, i) => {
    if (line.trim() === '') return [];
    const pieces: Array<{ word: string; tag?: string }> = opts.tag
      ? jieba.tag(line)
      : jieba.cut(line, true).map((word) => ({ word }));
    const tokens: Token[] = [];
    // Columns are counted incrementally from the previous token: a web copy can be one line of a megabyte.
    let cursor = 0;
    let column = 1;
    for (const p of pieces) {
      const at = line.indexOf(p.word, cursor);
      const idx = at < 0 ? cursor : at;
      const endIdx = idx + p.word.length;
      const start = column + codePointLength(line, cursor, idx);
      const end = start + codePointLength(line, idx, endIdx);
      if (p.word.trim() !== '') {
        tokens.push({ word: p.word, ...(opts.tag ? { tag: p.tag } : {}), line: i + 1, start, end });
      }
      cursor = endIdx;
      column = end;
    }
    return tokens;
  });
}

/** Cut plain text into words (used by keywords and the dictionary builder). */
export async function cutText(text: string, dicts?: string[]): Promise<string[]> {
  const jieba = await loadJieba(dicts);
  return jieba.cut(text, true);
}

export interface Keyword { word: string; weight: number }

/** TF-IDF keywords through nodejieba's extractor; domain formulations come out whole. */
export async function extractKeywords(text: string, topN = 20, dicts?: string[], profile: DictProfile = 'compact'): Promise<Keyword[]> {
  const jieba = await loadJieba(dicts, profile);
  return jieba.extract(text, topN).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }));
}

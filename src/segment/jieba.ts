// The only module that imports nodejieba. Its dictionary costs ~3 s and ~300 MB to load, so it is loaded
// lazily, once per process, and only by code paths that really segment.
import { createRequire } from 'node:module';
import { promises as fs, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JianghuaError } from '../errors.js';
import { decodeBytes } from '../text/decode.js';
import { readRegularFile } from '../text/read.js';

type Jieba = typeof import('nodejieba');

/** The shipped dictionary of fixed formulations (提法) of official speech. */
export const DOMAIN_DICT = fileURLToPath(new URL('../../corpus/dict/domain.dict.utf8', import.meta.url));

/**
 * 'full' is nodejieba's own dictionary (349k words, ~2.5 s, ~300 MB): `segment` uses it.
 * 'compact' keeps words of frequency >= 5 (built by scripts/build-compact-dict.mjs at install; ~0.9 s, ~150 MB):
 * keywords in `analyze` use it, where a cold single-file run must stay fast. Falls back to 'full' if not built.
 */
export type DictProfile = 'full' | 'compact';
const COMPACT_DICT = fileURLToPath(new URL('../../dist/dict/compact.dict.utf8', import.meta.url));
const COMPACT_IDF = fileURLToPath(new URL('../../dist/dict/compact.idf.utf8', import.meta.url));
/** Generic words of official speech, added to nodejieba's stop words for keywords. */
export const DOMAIN_STOP_WORDS = fileURLToPath(new URL('../../corpus/dict/stop-words.utf8', import.meta.url));

export interface DictEntry { word: string; freq?: number; tag?: string }

let jieba: Jieba | undefined;
let loadMs = 0;

/** Frequency given to domain words so that they win against the general dictionary's splits. */
const DOMAIN_FREQ = 200000;

/** Parse a jieba-style dictionary: `word [freq] [tag]` per line, `#` comments. */
export function parseDict(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    const t = line.replace(/#.*$/, '').trim();
    if (!t) return;
    const parts = t.split(/\s+/);
    if (parts.length > 3) throw new JianghuaError(`词典第 ${i + 1} 行格式不对：应为“词语 [词频] [词性]”。`, file);
    const [word, a, b] = parts;
    let freq: number | undefined;
    let tag: string | undefined;
    if (a !== undefined) {
      if (/^\d+$/.test(a)) { freq = Number(a); tag = b; }
      else if (b === undefined) tag = a;
      else throw new JianghuaError(`词典第 ${i + 1} 行格式不对：词频应为整数。`, file);
    }
    out.push({ word, freq, tag });
  });
  return out;
}

export async function readDict(file: string): Promise<DictEntry[]> {
  // A regular file of bounded size only: a FIFO would hang, /dev/zero grow until cppjieba aborts.
  const buf = await readRegularFile(file, { what: '用户词典' }).catch((e: unknown) => {
    throw e instanceof JianghuaError && /不存在|权限/.test(e.message) ? new JianghuaError('用户词典不存在或无法读取。', file) : e;
  });
  if (buf.length === 0) return [];
  return parseDict(decodeBytes(buf, file).text, file);
}

/**
 * Load nodejieba with the domain dictionary plus the user's dictionaries. Dictionaries are validated and
 * merged into one temporary file first: cppjieba aborts the whole process on a file it cannot open.
 */
export async function loadJieba(userDicts: string[] = [], profile: DictProfile = 'full'): Promise<Jieba> {
  // cppjieba cannot unload: a second configuration in one process keeps the first (callers use one per process).
  // Checked first: keywords call this for every file, and the look-ups below cost two stat calls each time.
  if (jieba) return jieba;
  const compact = profile === 'compact' && existsSync(COMPACT_DICT) && existsSync(COMPACT_IDF);
  const entries = [...(await readDict(DOMAIN_DICT)), ...(await Promise.all(userDicts.map(readDict))).flat()];
  const require = createRequire(import.meta.url);
  const t0 = performance.now();
  const nj: Jieba = require('nodejieba');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jianghua-dict-'));
  const merged = path.join(dir, 'user.dict.utf8');
  writeFileSync(merged, entries.map((e) => `${e.word} ${e.freq ?? DOMAIN_FREQ} ${e.tag ?? 'n'}`).join('\n') + '\n');
  try {
    const defaults = nj as unknown as { DEFAULT_USER_DICT: string; DEFAULT_STOP_WORD_DICT: string };
    const userDict = `${defaults.DEFAULT_USER_DICT}|${merged}`;
    const stopWordDict = path.join(dir, 'stop_words.utf8');
    const domainStops = (await fs.readFile(DOMAIN_STOP_WORDS, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    writeFileSync(stopWordDict, (await fs.readFile(defaults.DEFAULT_STOP_WORD_DICT, 'utf8')).trimEnd() + '\n' + domainStops.join('\n') + '\n');
    nj.load(compact ? { dict: COMPACT_DICT, idfDict: COMPACT_IDF, userDict, stopWordDict } : { userDict, stopWordDict });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  loadMs = performance.now() - t0;
  jieba = nj;
  return nj;
}

/** Whether the dictionary has been loaded in this process (tests assert lint/draft never load it). */
export function isJiebaLoaded(): boolean {
  return jieba !== undefined;
}

export function jiebaLoadMs(): number {
  return loadMs;
}

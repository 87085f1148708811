// Vale-style phrase lists as data: YAML files with `extends: substitution` (swap: {wrong: right}) or
// `extends: existence` (tokens: [...]). Editors add files, not code; built-ins live in data/phrases/.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from '../yaml-lazy.js';
import { yamlFilesAt } from './yaml-files.js';
import { JianghuaError } from '../errors.js';
import { readRegularFileSync } from '../text/read.js';

/** The shipped lists. Resolved from the package root so it works from src/ (tests) and dist/ alike. */
export const BUILTIN_PHRASE_DIR = fileURLToPath(new URL('../../data/phrases/', import.meta.url));

export interface PhraseEntry {
  pattern: RegExp;
  /** Standard form (substitution only). */
  expected?: string;
  /** Chinese reason shown in the message. */
  reason: string;
}

export interface PhraseList {
  file: string;
  kind: 'substitution' | 'existence';
  entries: PhraseEntry[];
}

const cache = new Map<string, PhraseList[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type RE2Ctor = new (pattern: string, flags: string) => RegExp;
let re2: RE2Ctor | undefined;
/** RE2 is a native addon: loaded only when a user's list has regular expressions. */
function RE2(): RE2Ctor {
  return (re2 ??= createRequire(import.meta.url)('re2') as RE2Ctor);
}

/**
 * A pattern of a user's list runs through RE2 (linear time): a list found upwards from a linted file can come
 * from anyone, and `([^。]+)+☃` would stall the backtracking engine for minutes. The shipped lists are ours and
 * use look-behind, which RE2 lacks, so they keep the built-in engine. Literal entries are escaped either way.
 */
function compile(src: string, regex: boolean, file: string, entry: string, trusted: boolean): RegExp {
  if (!regex) return new RegExp(escapeRe(src), 'gu');
  try {
    return trusted ? new RegExp(src, 'gu') : new (RE2())(src, 'gu');
  } catch (e) {
    const msg = (e as Error).message;
    const unsupported = !trusted && /invalid perl operator|invalid escape sequence|invalid named capture/.test(msg)
      ? '（用户词表的正则表达式由线性时间的 RE2 执行，不支持环视 (?= (?! (?<= (?<! 和反向引用 \\1）'
      : '';
    throw new JianghuaError(`${entry}的正则表达式“${src}”无效${unsupported}：${msg}`, file);
  }
}

export interface ParseOptions {
  /** A shipped list (data/phrases/): its patterns may use the full JavaScript syntax. */
  trusted?: boolean;
}

export function parsePhraseFile(text: string, file: string, opts: ParseOptions = {}): PhraseList {
  const trusted = Boolean(opts.trusted);
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    throw new JianghuaError(`提法词表 YAML 语法错误：${(e as Error).message.split('\n')[0]}`, file);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new JianghuaError('提法词表的顶层应当是键值映射。', file);
  const d = data as Record<string, unknown>;
  const reason = typeof d.reason === 'string' ? d.reason : '';
  if (d.extends === 'substitution') {
    const swap = d.swap;
    if (!swap || typeof swap !== 'object' || Array.isArray(swap)) throw new JianghuaError('“swap” 应当是“不规范写法: 规范写法”的映射。', file);
    const regex = d.regex === true;
    const entries = Object.entries(swap as Record<string, unknown>).map(([k, v]) => {
      if (typeof v !== 'string') throw new JianghuaError(`“${k}”的规范写法应为字符串。`, file);
      return { pattern: compile(k, regex, file, `swap 中“${k}”一项`, trusted), expected: v, reason: reason || '用字不规范' };
    });
    return { file, kind: 'substitution', entries };
  }
  if (d.extends === 'existence') {
    const tokens = d.tokens;
    if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string')) throw new JianghuaError('“tokens” 应当是字符串列表。', file);
    const regex = d.regex !== false;
    return { file, kind: 'existence', entries: (tokens as string[]).map((t, i) => ({ pattern: compile(t, regex, file, `tokens 第 ${i + 1} 项`, trusted), reason: reason || '不规范的提法' })) };
  }
  throw new JianghuaError(`“extends” 应为 substitution 或 existence，实际是“${String(d.extends)}”。`, file);
}

const expand = (p: string): string[] => yamlFilesAt(p, '提法词表文件或文件夹不存在。');

/** Load the built-in lists plus the given extra files or folders (each read once per process). */
export function loadPhraseLists(extra: string[] = []): PhraseList[] {
  const key = extra.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const lists = [BUILTIN_PHRASE_DIR, ...extra].flatMap(expand).map((f) => {
    // A regular file of bounded size only: a FIFO named *.yaml would hang lint, /dev/zero fill the memory.
    const text = readRegularFileSync(f, { what: '提法词表' }).toString('utf8');
    return parsePhraseFile(text, f, { trusted: path.resolve(path.dirname(f)) === path.resolve(BUILTIN_PHRASE_DIR) });
  });
  cache.set(key, lists);
  return lists;
}

/** Every match of the entries of one kind of list in the text, empty matches skipped. */
export function* phraseMatches(phraseFiles: string[] | undefined, kind: PhraseList['kind'], prose: string): Generator<{ entry: PhraseEntry; match: RegExpExecArray }> {
  for (const list of loadPhraseLists(phraseFiles)) {
    if (list.kind !== kind) continue;
    for (const entry of list.entries) {
      entry.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = entry.pattern.exec(prose))) {
        if (m[0] === '') { entry.pattern.lastIndex++; continue; }
        yield { entry, match: m };
      }
    }
  }
}

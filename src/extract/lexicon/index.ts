// Word lists of the lexical extractors. They live as YAML in corpus/lexicon/ so an editor changes data, not code;
// each file is read once per process, on first use, and compiled into the regexes the extractors need.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const LEXICON_DIR = new URL('../../../corpus/lexicon/', import.meta.url);

function readList(file: string, key: string): string[] {
  const path = fileURLToPath(new URL(file, LEXICON_DIR));
  const data = YAML.parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const list = data?.[key];
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list under "${key}"`);
  return list.map((w) => String(w).trim()).filter(Boolean);
}

/** Escape a literal for a RegExp source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation regex of literal words, longest first so that a longer word wins at the same start. */
export function wordsRe(words: Iterable<string>, flags = 'g', before = '', after = ''): RegExp | null {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return null;
  return new RegExp(`${before}(?:${list.map(escapeRe).join('|')})${after}`, flags);
}

interface Lexicon {
  idioms: string[];
  idiomRe: RegExp | null;
  knownFormulas: string[];
  listPrefixes: string[];
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (!cached) {
    const idioms = readList('numeral-idioms.yaml', 'idioms');
    cached = {
      idioms,
      idiomRe: wordsRe(idioms),
      knownFormulas: readList('formulas.yaml', 'known'),
      listPrefixes: readList('enumerations.yaml', 'listPrefixes'),
    };
  }
  return cached;
}

/** [start, end) spans of numeral idioms in a text: formulas and counts inside them are not reported. */
export function idiomSpans(text: string): Array<[number, number]> {
  const re = lexicon().idiomRe;
  if (!re) return [];
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function overlaps(spans: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of spans) if (s < end && start < e) return true;
  return false;
}

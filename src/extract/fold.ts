// Traditional characters read as simplified by the structure rules (data/traditional-fold.yaml): one character for
// one character, so offsets and positions stay those of the text as written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from '../yaml-lazy.js';
import type { Paragraph } from './types.js';
import { charTable } from './lexicon/scan.js';

export const TRADITIONAL_FOLD_FILE = fileURLToPath(new URL('../../data/traditional-fold.yaml', import.meta.url));

let table: Map<string, string> | null = null;
/** The traditional characters, by code unit (a scan by table: most texts have none). */
let listed: Uint8Array | null = null;

function load(): void {
  if (table) return;
  const data = YAML.parse(readFileSync(TRADITIONAL_FOLD_FILE, 'utf8')) as { pairs: string };
  table = new Map(data.pairs.split(/\s+/).filter(Boolean).map((p) => [p[0], p[1]] as [string, string]));
  listed = charTable([...table.keys()].join(''));
}

function hasListed(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (listed![text.charCodeAt(i)]) return true;
  return false;
}

/**
 * The text with the listed traditional characters in their simplified form (the same length): the runs between them
 * copied whole (not a string and a map lookup per character).
 */
export function foldTraditional(text: string, only?: Uint8Array): string {
  load();
  const fold = only ?? listed!;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!fold[text.charCodeAt(i)]) continue;
    out += text.slice(last, i) + table!.get(text[i])!;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** A table of some of the listed characters, for a caller that folds only those (statistics: 萬億點餘). */
export function traditionalSubset(chars: string): Uint8Array {
  load();
  const missing = [...chars].filter((c) => !table!.has(c));
  if (missing.length) throw new Error(`not in ${TRADITIONAL_FOLD_FILE}: ${missing.join('')}`);
  return charTable(chars);
}

const folded = new WeakMap<Paragraph[], Paragraph[]>();

/** The paragraphs with their text folded (the same array when nothing needs folding), computed once per array. */
export function foldedParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  let out = folded.get(paragraphs);
  if (!out) {
    load();
    out = paragraphs.some((p) => hasListed(p.text)) ? paragraphs.map((p) => ({ ...p, text: foldTraditional(p.text) })) : paragraphs;
    folded.set(paragraphs, out);
  }
  return out;
}

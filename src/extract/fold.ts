// Traditional characters read as simplified by the structure rules (data/traditional-fold.yaml): one character for
// one character, so offsets and positions stay those of the text as written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from '../yaml-lazy.js';
import type { Paragraph } from './types.js';

export const TRADITIONAL_FOLD_FILE = fileURLToPath(new URL('../../data/traditional-fold.yaml', import.meta.url));

let table: Map<string, string> | null = null;
let any: RegExp | null = null;

function load(): void {
  if (table) return;
  const data = YAML.parse(readFileSync(TRADITIONAL_FOLD_FILE, 'utf8')) as { pairs: string };
  table = new Map(data.pairs.split(/\s+/).filter(Boolean).map((p) => [p[0], p[1]] as [string, string]));
  any = new RegExp(`[${[...table.keys()].join('')}]`);
}

/** The text with the listed traditional characters in their simplified form (the same length). */
export function foldTraditional(text: string): string {
  load();
  if (!any!.test(text)) return text;
  let out = '';
  for (const ch of text) out += table!.get(ch) ?? ch;
  return out;
}

const folded = new WeakMap<Paragraph[], Paragraph[]>();

/** The paragraphs with their text folded (the same array when nothing needs folding), computed once per array. */
export function foldedParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  let out = folded.get(paragraphs);
  if (!out) {
    load();
    out = paragraphs.some((p) => any!.test(p.text)) ? paragraphs.map((p) => ({ ...p, text: foldTraditional(p.text) })) : paragraphs;
    folded.set(paragraphs, out);
  }
  return out;
}

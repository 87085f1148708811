// What the formulation rules share: the pack (shipped plus the user's), compiled once per process, scanned once
// per document and speech date; the speech date from --date or the text; messages' short source.
import type { SpeechDocument } from '../../text/document.js';
import { BUILTIN_PACK_DIR, loadPack, type Pack, type PackEntry } from './pack.js';
import { getCompiled, type ScanResult } from './matcher.js';

export { loadPack, BUILTIN_PACK_DIR } from './pack.js';

export interface DateDecision {
  date: string | null;
  from: 'option' | 'text' | 'none';
}

/** The date the date-dependent entries are judged at: --date first, then the date the text states (src/extract/metadata.ts). */
export function decideDate(structure: { date?: string | null }, option?: string): DateDecision {
  if (option) return { date: option, from: 'option' };
  const d = structure.date;
  if (!d) return { date: null, from: 'none' };
  return { date: /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d, from: 'text' };
}

const scans = new WeakMap<SpeechDocument, Map<string, ScanResult>>();

/** The pack's findings for a document (both rules ask; the text is scanned once). */
export function scanDocument(doc: SpeechDocument, prose: string, opts: { date: string | null; packs?: string[] }): { pack: Pack; result: ScanResult } {
  const pack = loadPack([BUILTIN_PACK_DIR, ...(opts.packs ?? [])]);
  const key = `${opts.date ?? ''}\0${(opts.packs ?? []).join('\0')}`;
  let byKey = scans.get(doc);
  if (!byKey) scans.set(doc, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = getCompiled(pack).scan(prose, { date: opts.date })));
  return { pack, result };
}

/** The source in short for a message: the document's name (《…》 whole, with nested marks) and the part cited, without dates and explanation. */
export function shortSource(entry: PackEntry): string {
  const s = entry.source.trim();
  let i = 0;
  if (s.startsWith('《')) {
    let depth = 0;
    for (; i < s.length; i++) {
      if (s[i] === '《') depth++;
      else if (s[i] === '》' && --depth === 0) { i++; break; }
    }
  }
  const rest = s.slice(i).split(/[（(；;：:]/)[0]!;
  return (s.slice(0, i) + rest).trim();
}

/** A form in Chinese quotes for a message; quotes inside become single quotes (“‘十四五’规划”). */
export function quoted(s: string): string {
  return `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** 2022-12-26 → 2022年12月26日 */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

// The pack compiled once per process into one Aho–Corasick automaton (wrong forms, the halves of every standard
// form for near-variant search, the members of fixed-order lists) plus the few generators; scan(text) walks the
// text once and turns the hits into findings after the entry's guards and dates.
import { AhoCorasick } from './aho-corasick.js';
import { GENERATORS } from './generators.js';
import type { Guard, Pack, PackEntry } from './pack.js';

export interface PackFinding {
  entry: PackEntry;
  /** UTF-16 offsets [start, end) of what was found. */
  start: number;
  end: number;
  found: string;
  /** The standard form to write instead. */
  expected: string;
  /** Extra explanation from a generator (十九届中央委员会只召开过 7 次全体会议). */
  why?: string;
  /** Present only when the repair is unique. */
  fix?: { range: [number, number]; text: string };
  type: 'wrong' | 'variant' | 'generated' | 'order';
  /** Generated names: whether the generator knows the one repair (a numeral) even if the entry does not apply it. */
  fixable?: boolean;
  /** Order entries: the members put in their order, separators kept (a fix when the entry allows it). */
  reordered?: string;
}

export interface ScanResult {
  findings: PackFinding[];
  /** Date-dependent entries whose wrong form occurs but could not be judged: the speech's date is unknown. */
  undated: Array<{ entry: PackEntry; found: string; start: number; expected?: string }>;
}

type Hit =
  | { type: 'wrong'; entry: PackEntry }
  | { type: 'standard'; entry: PackEntry }
  | { type: 'piece'; entry: PackEntry; standard: string; offset: number }
  | { type: 'member'; entry: PackEntry; index: number };

/** Near-variant search needs this many characters: shorter forms (四风) are checked by their listed wrong forms only. */
export const MIN_VARIANT_LENGTH = 7;
const CJK = /[\u3400-\u9fff]/;
/** A numeral changed for another makes a different, valid formulation (第一个百年奋斗目标 / 第二个…). */
const NUMERAL = new Set([...'〇一二两三四五六七八九十百千万']);
/** Characters whose insertion makes an accepted paraphrase (中华民族的伟大复兴), not a misspelling. */
const FREE_INSERT = new Set(['的', '之', '和', '与', '及']);

/** Forms this long may have their last character mistyped (社会主意); shorter ones only inside (思想/思路). */
export const LAST_CHAR_LENGTH = 8;

/** Whether a window of the text may be a variant at its ends: the first character kept, the last kept or substituted. */
function endsAgree(v: string, s: string, next = ''): boolean {
  if (v[0] !== s[0]) return false;
  if (v[v.length - 1] === s[s.length - 1]) return true;
  // A changed last character followed by more text may be another word (社会主义核心价值观 / …价值体系).
  return s.length >= LAST_CHAR_LENGTH && v.length === s.length && v[v.length - 2] === s[s.length - 2] && (!CJK.test(next) || FREE_AFTER.has(next));
}

/** Characters that may follow a formulation without making it part of a longer word. */
const FREE_AFTER = new Set(['的', '和', '与', '是', '在', '为', '了']);

/** Whether v is s with one edit away from its ends: a character substituted, inserted, deleted or two swapped. */
export function oneInternalEdit(v: string, s: string, next = ''): boolean {
  const n = s.length;
  if (v === s || !endsAgree(v, s, next)) return false;
  if (v.length === n) {
    const diff: number[] = [];
    for (let i = 0; i < n && diff.length < 3; i++) if (v[i] !== s[i]) diff.push(i);
    if (diff.length === 1) return CJK.test(v[diff[0]!]!) && CJK.test(s[diff[0]!]!) && !(NUMERAL.has(v[diff[0]!]!) && NUMERAL.has(s[diff[0]!]!));
    return diff.length === 2 && diff[1] === diff[0]! + 1 && v[diff[0]!] === s[diff[1]!] && v[diff[1]!] === s[diff[0]!];
  }
  if (v.length === n + 1) {
    let i = 0;
    while (i < n && v[i] === s[i]) i++;
    return v.slice(i + 1) === s.slice(i) && CJK.test(v[i]!) && !FREE_INSERT.has(v[i]!);
  }
  // A dropped character near the end often leaves another phrase (社会主义现代化国家 ← …强国): only long forms,
  // and not in the last two characters.
  if (v.length === n - 1 && n >= LAST_CHAR_LENGTH) {
    let i = 0;
    while (i < v.length && v[i] === s[i]) i++;
    return i <= n - 3 && v.slice(i) === s.slice(i + 1) && !FREE_INSERT.has(s[i]!);
  }
  return false;
}

/** One edit for most forms; two for the long ones (习近平新时代中国特色社会思想 has lost 主义). */
export function maxEdits(s: string): number {
  return s.length >= 12 ? 2 : 1;
}

/**
 * Edit distance (adjacent swaps count one) between a candidate and a long standard form, or k+1 when above k;
 * only Chinese characters may be inserted or substituted, and dropping 的/之/和/与/及 from the candidate must not
 * give back the standard form (an accepted paraphrase).
 */
export function variantDistance(cand: string, s: string, k: number): number {
  for (const c of cand) if (!CJK.test(c) && !s.includes(c)) return k + 1;
  const bare = (x: string) => [...x].filter((c) => !FREE_INSERT.has(c) && c !== '、' && c !== '，').join('');
  if (bare(cand) === bare(s)) return k + 1;
  const m = cand.length, n = s.length;
  // A word inserted (…主义经济思想, …系列重要讲话…) usually names something else; the tail must be intact.
  // Two edits only as a dropped word (…社会思想 has lost 主义); two substitutions make another phrase
  // (中国特色社会主义理论体系 / …法治体系).
  if (m - n > 1 || m < n - k) return k + 1;
  const limit = m === n - 2 ? 2 : 1;
  for (let i = 0; i < Math.min(m, n); i++) if (cand[i] !== s[i]) { if (NUMERAL.has(cand[i]!) && NUMERAL.has(s[i]!)) return k + 1; break; }
  let prev2: number[] = [], prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = cand[i - 1] === s[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && cand[i - 1] === s[j - 2] && cand[i - 2] === s[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return k + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]! <= limit ? prev[n]! : k + 1;
}

/** The nearest character before / after an offset that is not white space (quotes split across lines). */
export function charBefore(text: string, i: number): string {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return text[i - 1] ?? '';
}
export function charAfter(text: string, i: number): string {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] ?? '';
}

// ---- guards: where a wrong form is quoted, a title, negated, discussed or historical ----

/** The line around [start, end), cut to `reach` units either side (no scan to the ends of a megabyte line). */
function lineBounds(text: string, start: number, end: number, reach: number): [number, number] {
  let a = start;
  const aMin = Math.max(0, start - reach);
  while (a > aMin && text[a - 1] !== '\n') a--;
  let b = end;
  const bMax = Math.min(text.length, end + reach);
  while (b < bMax && text[b] !== '\n') b++;
  return [a, b];
}

/** How far (UTF-16 units) a quote or title may reach either side: a one-line web copy would make the scan quadratic. */
const ENCLOSE_REACH = 2000;

function enclosed(text: string, start: number, end: number, open: string, close: string): boolean {
  const [a, b] = lineBounds(text, start, end, ENCLOSE_REACH);
  let depth = 0;
  for (let i = start - 1; i >= a; i--) {
    const c = text[i]!;
    if (close.includes(c)) depth--;
    else if (open.includes(c)) { if (depth === 0) { for (let j = end; j < b; j++) { if (close.includes(text[j]!)) return true; if (open.includes(text[j]!)) return false; } return false; } depth++; }
  }
  return false;
}

const NEGATION = /(?:不|不再|不是|并非|而非|禁止|严禁|不得|不能|不要|不宜|避免|杜绝|慎用|取代|代替|替代)$/;
const DISCUSSION = /更名|改名|改为|改称|称为|称作|叫做|所谓|原称|旧称|曾称|简称|提法|表述|写法|用语|禁用|慎用|规范为|统一为|不再保留|撤销|组建/;
const HISTORICAL = /(?:原|旧|时任|曾任|原任|当时的|当年的)$/;

function clauseBefore(text: string, start: number, max: number): string {
  let a = start;
  while (a > 0 && start - a < max && !/[，。；！？,;!?\n]/.test(text[a - 1]!)) a--;
  return text.slice(a, start);
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start, b = end;
  while (a > 0 && !/[。！？!?\n]/.test(text[a - 1]!)) a--;
  while (b < text.length && !/[。！？!?\n]/.test(text[b]!)) b++;
  return text.slice(a, start) + text.slice(end, b);
}

export function guarded(guards: readonly Guard[], text: string, start: number, end: number): boolean {
  for (const g of guards) {
    if (g === 'quote' && (enclosed(text, start, end, '“', '”') || enclosed(text, start, end, '‘', '’') || enclosed(text, start, end, '「', '」'))) return true;
    if (g === 'title' && enclosed(text, start, end, '《〈', '》〉')) return true;
    if (g === 'negation' && NEGATION.test(clauseBefore(text, start, 8))) return true;
    if (g === 'discussion' && DISCUSSION.test(sentenceAround(text, start, end))) return true;
    if (g === 'historical' && HISTORICAL.test(clauseBefore(text, start, 4))) return true;
  }
  return false;
}

/** Whether the entry applies at the speech date: null when it depends on a date that is unknown. */
export function appliesAt(entry: PackEntry, date: string | null | undefined): boolean | null {
  if (!entry.since && !entry.until) return true;
  if (!date) return null;
  return (!entry.since || date >= entry.since) && (!entry.until || date < entry.until);
}

const QUOTES = /[“”‘’《》「」]/g;

/** The wrong forms a punctuation entry implies: its standard form without the 顿号, quotes and book-title marks. */
export function strippedForms(entry: PackEntry): string[] {
  const out = new Set<string>();
  for (const s of entry.standard) {
    const bare = s.replace(QUOTES, '');
    if (bare !== s) out.add(bare);
    const noComma = s.replace(/、/g, '');
    if (noComma !== s) out.add(noComma);
    const neither = bare.replace(/、/g, '');
    if (neither !== s) out.add(neither);
  }
  return [...out];
}

export interface CompiledPack {
  pack: Pack;
  scan(text: string, opts?: { date?: string | null }): ScanResult;
}

const SEPARATOR = /^[、，,；;\s]?(?:和|与|及|以及|是|也是|又是)?$/;

export function compilePack(pack: Pack): CompiledPack {
  const ac = new AhoCorasick<Hit>();
  const valid = new Set<string>();
  const generated: PackEntry[] = [];
  for (const entry of pack.entries) {
    if (entry.generator) { generated.push(entry); continue; }
    if (entry.kind === 'order') {
      entry.members.forEach((alts, index) => { for (const a of alts) ac.add(a, { type: 'member', entry, index }); });
      continue;
    }
    const standards = [...entry.standard];
    if (entry.kind === 'punctuation') for (const s of entry.standard) if (s.includes('“')) standards.push(s.replace(/“/g, '‘').replace(/”/g, '’'));
    for (const s of standards) { ac.add(s, { type: 'standard', entry }); valid.add(s); }
    for (const a of entry.allow) valid.add(a);
    const wrong = new Set(entry.wrong);
    if (entry.kind === 'punctuation') for (const w of strippedForms(entry)) wrong.add(w);
    for (const w of wrong) ac.add(w, { type: 'wrong', entry });
    if (entry.kind === 'full-form') {
      for (const s of entry.standard) {
        if (s.length < MIN_VARIANT_LENGTH) continue;
        // k edits leave one of k+1 pieces intact (pigeonhole): the pieces are the anchors of the search.
        const k = maxEdits(s);
        for (let j = 0; j <= k; j++) {
          const a = Math.floor((j * s.length) / (k + 1)), b = Math.floor(((j + 1) * s.length) / (k + 1));
          ac.add(s.slice(a, b), { type: 'piece', entry, standard: s, offset: a });
        }
      }
    }
  }
  ac.build();

  function scan(text: string, opts: { date?: string | null } = {}): ScanResult {
    const hits = ac.search(text);
    const findings: PackFinding[] = [];
    const undated: ScanResult['undated'] = [];
    const standardSpans = new Map<PackEntry, Array<[number, number]>>();
    for (const h of hits) {
      if (h.value.type !== 'standard') continue;
      let l = standardSpans.get(h.value.entry);
      if (!l) standardSpans.set(h.value.entry, (l = []));
      l.push([h.start, h.end]);
    }
    const insideStandard = (entry: PackEntry, a: number, b: number) => (standardSpans.get(entry) ?? []).some(([s, e]) => s <= a && b <= e && !(s === a && e === b));
    const accept = (entry: PackEntry, start: number, end: number, found: string, expected?: string): boolean => {
      if (guarded(entry.guards, text, start, end)) return false;
      const ok = appliesAt(entry, opts.date);
      if (ok === null) { undated.push({ entry, found, start, ...(expected ? { expected } : {}) }); return false; }
      return ok;
    };
    const members = new Map<PackEntry, Array<{ start: number; end: number; index: number }>>();

    for (const h of hits) {
      const v = h.value;
      if (v.type === 'wrong') {
        const { entry } = v;
        if (insideStandard(entry, h.start, h.end)) continue;
        if (entry.notBefore.some((s) => text.startsWith(s, h.start - s.length))) continue;
        if (entry.notAfter.some((s) => text.startsWith(s, h.end))) continue;
        if (entry.kind === 'punctuation' && /[“‘「『]/.test(charBefore(text, h.start)) && /[”’」』]/.test(charAfter(text, h.end))) continue;
        if (!accept(entry, h.start, h.end, h.pattern)) continue;
        const expected = entry.standard[0]!;
        findings.push({ entry, start: h.start, end: h.end, found: h.pattern, expected, type: 'wrong', ...(entry.fix && entry.standard.length === 1 ? { fix: { range: [h.start, h.end], text: expected } } : {}) });
      } else if (v.type === 'piece') {
        const s = v.standard;
        const n = s.length;
        const k = maxEdits(s);
        const at = h.start - v.offset;
        if (text.startsWith(s, at)) continue;
        let best: { a: number; b: number; d: number } | null = null;
        for (let a = at - k; a <= at + k; a++) {
          for (let len = n - k; len <= n + k; len++) {
            const b = a + len;
            if (a < 0 || b > text.length || a > h.start || b < h.end) continue;
            const cand = text.slice(a, b);
            const next = text[b] ?? '';
            if (!endsAgree(cand, s, next)) continue;
            if (cand.includes(s) || valid.has(cand)) continue;
            const d = k === 1 ? (oneInternalEdit(cand, s, next) ? 1 : 2) : variantDistance(cand, s, k);
            if (d <= k && (!best || d < best.d || (d === best.d && b - a < best.b - best.a))) best = { a, b, d };
          }
        }
        if (!best) continue;
        const cand = text.slice(best.a, best.b);
        if (findings.some((f) => f.type === 'variant' && f.start === best!.a && f.entry === v.entry)) continue;
        if (!accept(v.entry, best.a, best.b, cand)) continue;
        findings.push({ entry: v.entry, start: best.a, end: best.b, found: cand, expected: s, type: 'variant' });
      } else if (v.type === 'member') {
        let l = members.get(v.entry);
        if (!l) members.set(v.entry, (l = []));
        l.push({ start: h.start, end: h.end, index: v.index });
      }
    }

    for (const [entry, list] of members) findings.push(...orderFindings(entry, list, text, accept));

    for (const entry of generated) {
      for (const g of GENERATORS[entry.generator!]!.find(text)) {
        if (!accept(entry, g.start, g.end, g.found, g.expected)) continue;
        const f: PackFinding = { entry, start: g.start, end: g.end, found: g.found, expected: g.expected, why: g.why, type: 'generated', fixable: g.fixable };
        if (g.fixable && entry.fix) {
          // The generator's expected form is the whole name; the fix replaces only the span it marked.
          const whole = text.indexOf(g.found, Math.max(0, g.start - g.found.length));
          if (whole >= 0 && whole <= g.start) {
            const before = g.found.slice(0, g.start - whole);
            const after = g.found.slice(g.end - whole);
            if (g.expected.startsWith(before) && g.expected.endsWith(after)) f.fix = { range: [g.start, g.end], text: g.expected.slice(before.length, g.expected.length - after.length) };
          }
        }
        findings.push(f);
      }
    }
    return { findings: dedupe(findings), undated };
  }
  return { pack, scan };
}

function orderFindings(entry: PackEntry, list: Array<{ start: number; end: number; index: number }>, text: string, accept: (e: PackEntry, a: number, b: number, f: string) => boolean): PackFinding[] {
  // Longest member at each start, then drop members overlapping the previous one.
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const seq: typeof list = [];
  for (const m of list) if (!seq.length || m.start >= seq[seq.length - 1]!.end) seq.push(m);
  const out: PackFinding[] = [];
  let i = 0;
  while (i < seq.length) {
    let j = i;
    while (j + 1 < seq.length && SEPARATOR.test(text.slice(seq[j]!.end, seq[j + 1]!.start))) j++;
    const run = seq.slice(i, j + 1);
    i = j + 1;
    const distinct = new Set(run.map((m) => m.index));
    if (distinct.size < entry.min || distinct.size !== run.length) continue;
    const ordered = run.every((m, k) => k === 0 || m.index > run[k - 1]!.index);
    if (ordered) continue;
    const start = run[0]!.start, end = run[run.length - 1]!.end;
    const found = text.slice(start, end);
    if (!accept(entry, start, end, found)) continue;
    const sorted = [...run].sort((a, b) => a.index - b.index);
    let fixed = '';
    run.forEach((_m, k) => {
      fixed += text.slice(sorted[k]!.start, sorted[k]!.end);
      if (k < run.length - 1) fixed += text.slice(run[k]!.end, run[k + 1]!.start);
    });
    const expected = entry.members.map((alts) => alts[0]).join('、');
    out.push({ entry, start, end, found, expected, type: 'order', reordered: fixed, ...(entry.fix ? { fix: { range: [start, end], text: fixed } } : {}) });
  }
  return out;
}

/** One finding per place: a listed wrong form wins over a near variant or a generated name covering the same text. */
function dedupe(findings: PackFinding[]): PackFinding[] {
  const rank = { wrong: 0, generated: 1, order: 1, variant: 2 } as const;
  findings.sort((a, b) => a.start - b.start || rank[a.type] - rank[b.type] || b.end - a.end);
  const out: PackFinding[] = [];
  for (const f of findings) {
    const clash = out.find((o) => o.entry.kind !== 'order' && f.entry.kind !== 'order' && f.start < o.end && o.start < f.end);
    if (clash) continue;
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

const compiledPacks = new WeakMap<Pack, CompiledPack>();

/** The compiled form of a pack, built on first use and kept for the process. */
export function getCompiled(pack: Pack): CompiledPack {
  let c = compiledPacks.get(pack);
  if (!c) compiledPacks.set(pack, (c = compilePack(pack)));
  return c;
}

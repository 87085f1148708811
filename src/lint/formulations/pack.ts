// The 提法 rule pack: YAML files of sourced, dated formulations (data/formulations/*.yaml, or a user's own pack),
// validated entry by entry with Chinese errors that name the file and the entry. Pure data; matching is matcher.ts.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from '../../yaml-lazy.js';
import { yamlFilesAt } from '../yaml-files.js';
import { JianghuaError } from '../../errors.js';
import { GENERATORS } from './generators.js';
import { readRegularFileSync } from '../../text/read.js';

/** The shipped pack. Resolved from the package root so it works from src/ (tests) and dist/ alike. */
export const BUILTIN_PACK_DIR = fileURLToPath(new URL('../../../data/formulations/', import.meta.url));

export const KINDS = ['full-form', 'order', 'punctuation', 'name', 'outdated', 'banned'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  'full-form': '固定表述全称',
  order: '固定次序',
  punctuation: '固定标点',
  name: '会议与机构名称',
  outdated: '过时提法',
  banned: '禁用词与慎用词',
};

export const GUARDS = ['quote', 'title', 'negation', 'discussion', 'historical'] as const;
export type Guard = (typeof GUARDS)[number];

/** Guards applied when an entry does not list its own. */
export const DEFAULT_GUARDS: Record<Kind, Guard[]> = {
  'full-form': [],
  order: ['title'],
  punctuation: ['title'],
  name: ['title'],
  outdated: ['quote', 'title', 'historical', 'discussion', 'negation'],
  banned: ['quote', 'title', 'negation', 'discussion'],
};

export interface Specimen {
  text: string;
  /** The speech date the specimen is checked at (YYYY-MM-DD); the date-dependent entries need it. */
  date?: string;
}

export interface PackEntry {
  id: string;
  kind: Kind;
  /** Standard form(s): the first is the one a fix writes. Empty for order entries. */
  standard: string[];
  /** Wrong forms matched literally (order entries: none). */
  wrong: string[];
  /** Order entries: the members in their fixed order, each with its accepted spellings. */
  members: string[][];
  /** Order entries: how many members must be listed together before the order is checked. */
  min: number;
  /** The formulation's own name (四个自信), shown in messages of order entries. */
  name?: string;
  /** Near variants (full-form) that are valid phrases of their own and must not be flagged. */
  allow: string[];
  /** Text immediately before / after a match that makes it a different, correct word. */
  notBefore: string[];
  notAfter: string[];
  /** A code matcher from generators.ts for families of names (党的X大, X届X中全会 …). */
  generator?: string;
  /** Chinese explanation added to the message. */
  note?: string;
  source: string;
  since?: string;
  until?: string;
  guards: Guard[];
  severity: 'error' | 'warn';
  /** Whether the replacement may be applied by --fix (only where the fix is unique). */
  fix: boolean;
  hit: Specimen[];
  miss: Specimen[];
  file: string;
}

export interface Pack {
  files: string[];
  entries: PackEntry[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_KEYS = new Set(['id', 'kind', 'standard', 'wrong', 'members', 'min', 'name', 'allow', 'notBefore', 'notAfter', 'generator', 'note', 'source', 'since', 'until', 'guards', 'severity', 'fix', 'hit', 'miss']);
const FILE_KEYS = new Set(['kind', 'source', 'since', 'guards', 'severity', 'fix', 'entries']);

class EntryError extends JianghuaError {}

function fail(file: string, where: string, msg: string): never {
  throw new EntryError(`${where}：${msg}`, file);
}

function strList(v: unknown, file: string, where: string, key: string): string[] {
  if (v === undefined) return [];
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.length > 0)) fail(file, where, `“${key}”应为非空字符串或字符串列表。`);
  return list as string[];
}

function specimens(v: unknown, file: string, where: string, key: string): Specimen[] {
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((s, i) => {
    if (typeof s === 'string' && s) return { text: s };
    if (s && typeof s === 'object' && typeof (s as Specimen).text === 'string') {
      const d = (s as Record<string, unknown>).date;
      if (d !== undefined && (typeof d !== 'string' || !DATE.test(d))) fail(file, where, `“${key}”第 ${i + 1} 条的 date 应为 YYYY-MM-DD。`);
      return { text: (s as Specimen).text, ...(d ? { date: d as string } : {}) };
    }
    return fail(file, where, `“${key}”第 ${i + 1} 条应为句子，或 {text, date}。`);
  });
}

function dateField(v: unknown, file: string, where: string, key: string): string | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string' || !DATE.test(v)) fail(file, where, `“${key}”应为日期 YYYY-MM-DD，实际是“${String(v)}”。`);
  return v;
}

function validateEntry(raw: unknown, i: number, defaults: Record<string, unknown>, file: string): PackEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, `第 ${i + 1} 条`, '条目应为键值映射。');
  const e = raw as Record<string, unknown>;
  const id = e.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(file, `第 ${i + 1} 条`, `“id”应为小写字母、数字和连字符，实际是“${String(id)}”。`);
  const where = `条目“${id}”`;
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(file, where, `未知的键“${k}”。`);
  const kind = (e.kind ?? defaults.kind) as Kind;
  if (!KINDS.includes(kind)) fail(file, where, `“kind”应为 ${KINDS.join('、')} 之一，实际是“${String(kind)}”。`);
  const source = e.source ?? defaults.source;
  if (typeof source !== 'string' || !source.trim()) fail(file, where, '缺少“source”（确定这一提法的文件、发布机关和日期）。');
  const standard = strList(e.standard, file, where, 'standard');
  const wrong = strList(e.wrong, file, where, 'wrong');
  const generator = e.generator;
  if (generator !== undefined && (typeof generator !== 'string' || !(generator in GENERATORS))) {
    fail(file, where, `“generator”应为 ${Object.keys(GENERATORS).join('、')} 之一，实际是“${String(generator)}”。`);
  }
  let members: string[][] = [];
  if (kind === 'order') {
    if (!Array.isArray(e.members) || e.members.length < 2) fail(file, where, '固定次序条目需要“members”：至少两项，按规定次序排列。');
    members = (e.members as unknown[]).map((m, k) => {
      const alts = typeof m === 'string' ? [m] : m;
      if (!Array.isArray(alts) || alts.length === 0 || !alts.every((x) => typeof x === 'string' && x)) fail(file, where, `“members”第 ${k + 1} 项应为字符串或字符串列表。`);
      return alts as string[];
    });
  } else if (e.members !== undefined) fail(file, where, '只有 kind: order 的条目才有“members”。');
  const min = e.min === undefined ? Math.min(3, Math.max(2, members.length)) : e.min;
  if (kind === 'order' && (typeof min !== 'number' || !Number.isInteger(min) || min < 2 || min > members.length)) fail(file, where, '“min”应为 2 到成员数之间的整数。');
  if (kind !== 'order' && e.min !== undefined) fail(file, where, '只有 kind: order 的条目才有“min”。');
  if (kind !== 'order' && !generator) {
    if (standard.length === 0) fail(file, where, '缺少“standard”（规范写法）。');
    if (kind !== 'full-form' && kind !== 'punctuation' && wrong.length === 0) fail(file, where, '缺少“wrong”（要查出的不规范写法）。');
  }
  for (const w of wrong) if (standard.includes(w)) fail(file, where, `“${w}”既是规范写法又是不规范写法。`);
  const guards = strList(e.guards ?? defaults.guards ?? DEFAULT_GUARDS[kind], file, where, 'guards');
  if (e.guards !== undefined && Array.isArray(e.guards) && e.guards.length === 0) guards.length = 0;
  for (const g of guards) if (!(GUARDS as readonly string[]).includes(g)) fail(file, where, `未知的保护条件“${g}”，应为 ${GUARDS.join('、')} 之一。`);
  const severity = e.severity ?? defaults.severity ?? 'error';
  if (severity !== 'error' && severity !== 'warn') fail(file, where, '“severity”应为 error 或 warn。');
  const fix = e.fix ?? defaults.fix ?? false;
  if (typeof fix !== 'boolean') fail(file, where, '“fix”应为 true 或 false。');
  const since = dateField(e.since ?? defaults.since, file, where, 'since');
  const until = dateField(e.until, file, where, 'until');
  if (kind === 'outdated' && !since) fail(file, where, '过时提法需要“since”：新提法开始使用的日期。');
  const hit = specimens(e.hit, file, where, 'hit');
  const miss = specimens(e.miss, file, where, 'miss');
  if (hit.length === 0 || miss.length === 0) fail(file, where, '每个条目至少要有一句“hit”（应查出）和一句“miss”（不应查出）的例句。');
  if (e.note !== undefined && typeof e.note !== 'string') fail(file, where, '“note”应为字符串。');
  if (e.name !== undefined && typeof e.name !== 'string') fail(file, where, '“name”应为字符串。');
  return {
    id, kind, standard, wrong, members, min: min as number,
    ...(typeof e.name === 'string' ? { name: e.name } : {}),
    allow: strList(e.allow, file, where, 'allow'),
    notBefore: strList(e.notBefore, file, where, 'notBefore'),
    notAfter: strList(e.notAfter, file, where, 'notAfter'),
    ...(generator ? { generator: generator as string } : {}),
    ...(typeof e.note === 'string' ? { note: e.note } : {}),
    source: (source as string).trim(),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    guards: guards as Guard[],
    severity: severity as 'error' | 'warn',
    fix: fix as boolean,
    hit, miss, file,
  };
}

/** Parse and validate one pack file. */
export function parsePackFile(text: string, file: string): PackEntry[] {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    const err = e as { linePos?: Array<{ line: number; col: number }>; message: string };
    const pos = err.linePos?.[0];
    throw new JianghuaError(`提法规则包 YAML 语法错误${pos ? `（第 ${pos.line} 行第 ${pos.col} 列）` : ''}：${err.message.split('\n')[0]}`, file);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new JianghuaError('提法规则包的顶层应当是键值映射，含“entries”列表。', file);
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) if (!FILE_KEYS.has(k)) throw new JianghuaError(`提法规则包顶层有未知的键“${k}”（可用：${[...FILE_KEYS].join('、')}）。`, file);
  if (!Array.isArray(d.entries)) throw new JianghuaError('提法规则包缺少“entries”列表。', file);
  return d.entries.map((raw, i) => validateEntry(raw, i, d, file));
}

const expand = (p: string): string[] => yamlFilesAt(p, '提法规则包文件或文件夹不存在。');

const cache = new Map<string, Pack>();

/**
 * The shipped pack validated at build time (scripts/build-formulations.mjs): parsing several hundred YAML entries
 * costs more than a cold lint may spend, so a process reads this JSON when it matches the YAML files exactly.
 */
export const COMPILED_PACK = fileURLToPath(new URL('../../../dist/formulations.json', import.meta.url));

export interface CompiledPackFile {
  files: Array<{ name: string; size: number; mtimeMs: number }>;
  entries: PackEntry[];
}

/** Fingerprint of the shipped YAML files, to tell whether the compiled JSON is current. */
export function builtinFingerprint(): CompiledPackFile['files'] {
  return expand(BUILTIN_PACK_DIR).map((f) => {
    const st = statSync(f);
    return { name: path.basename(f), size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
  });
}

function compiledBuiltin(): PackEntry[] | null {
  let data: CompiledPackFile;
  try {
    data = JSON.parse(readFileSync(COMPILED_PACK, 'utf8')) as CompiledPackFile;
  } catch {
    return null;
  }
  const now = builtinFingerprint();
  if (now.length !== data.files.length || now.some((f, i) => f.name !== data.files[i]!.name || f.size !== data.files[i]!.size || f.mtimeMs !== data.files[i]!.mtimeMs)) return null;
  const dir = BUILTIN_PACK_DIR;
  return data.entries.map((e) => ({ ...e, file: path.join(dir, e.file) }));
}

/**
 * Load pack files or folders (each set once per process); ids must be unique across the whole pack.
 * `specimens: true` always reads the YAML (the compiled shipped pack leaves the hit/miss sentences out).
 */
export function loadPack(paths: string[] = [BUILTIN_PACK_DIR], opts: { specimens?: boolean } = {}): Pack {
  const key = (opts.specimens ? 's\0' : '') + paths.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const files = paths.flatMap(expand);
  const entries: PackEntry[] = [];
  const seen = new Map<string, string>();
  const builtinDir = path.resolve(BUILTIN_PACK_DIR);
  const precompiled = !opts.specimens && paths.some((p) => path.resolve(p) === builtinDir) ? compiledBuiltin() : null;
  for (const f of files) {
    let fileEntries: PackEntry[];
    if (precompiled && path.dirname(path.resolve(f)) === builtinDir) {
      fileEntries = precompiled.filter((e) => e.file === path.resolve(f));
    } else {
      let text: string;
      try {
        // A regular file of bounded size only: a FIFO would hang lint, /dev/zero fill the memory.
        text = readRegularFileSync(f, { what: '提法规则包' }).toString('utf8');
      } catch (e) {
        if (e instanceof JianghuaError && !/不存在|权限/.test(e.message)) throw e;
        throw new JianghuaError('无法读取提法规则包。', f);
      }
      fileEntries = parsePackFile(text, f);
    }
    for (const e of fileEntries) {
      const other = seen.get(e.id);
      if (other) throw new JianghuaError(`条目“${e.id}”重复（另见 ${other}）。`, f);
      seen.set(e.id, f);
      entries.push(e);
    }
  }
  const pack = { files, entries };
  cache.set(key, pack);
  return pack;
}

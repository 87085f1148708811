// The year of each speech for `compare --by year`: a --meta file (the user's own correction) first, then the date
// the speech states, then a 4-digit year in the file name. A speech with none of these is an input error.
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { JianghuaError } from '../errors.js';

export interface MetaEntry {
  year?: number;
  speaker?: string;
  type?: string;
}

/** file (as written in the meta file) → entry; looked up by path, then by file name. */
export type MetaTable = Map<string, MetaEntry>;

const YEAR_IN_NAME = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g;

/** The year in a file name, when exactly one 4-digit year appears in it. */
export function yearFromName(file: string): number | null {
  const years = [...path.basename(file).matchAll(YEAR_IN_NAME)].map((m) => Number(m[1]));
  return new Set(years).size === 1 ? years[0] : null;
}

function toYear(v: unknown, where: string, file: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(v).trim();
  const m = /^(\d{4})(?:[-/.年]|$)/.exec(s);
  if (!m) throw new JianghuaError(`${where}：年份“${s}”不是四位数字年份。`, file);
  return Number(m[1]);
}

function entry(raw: Record<string, unknown>, where: string, file: string): MetaEntry {
  const year = toYear(raw.year ?? raw.date ?? raw['年份'] ?? raw['日期'], where, file);
  const speaker = raw.speaker ?? raw['讲话人'];
  const type = raw.type ?? raw['类型'];
  return {
    ...(year !== undefined ? { year } : {}),
    ...(speaker !== undefined && speaker !== '' ? { speaker: String(speaker) } : {}),
    ...(type !== undefined && type !== '' ? { type: String(type) } : {}),
  };
}

/** RFC 4180 fields of one CSV text (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** A --meta file: CSV with a header (file,year,speaker,type) or YAML (a mapping of file → year or {year, …}, or a list). */
export function parseMeta(text: string, file: string): MetaTable {
  const table: MetaTable = new Map();
  const body = text.replace(/^\uFEFF/, '');
  if (/\.csv$/i.test(file)) {
    const rows = parseCsv(body);
    if (rows.length === 0) throw new JianghuaError('元数据文件是空的。', file);
    const header = rows[0].map((h) => h.trim().toLowerCase());
    const fileCol = header.findIndex((h) => h === 'file' || h === '文件');
    if (fileCol < 0) throw new JianghuaError('CSV 第 1 行应为表头，且含“file”列（另有 year、speaker、type）。', file);
    rows.slice(1).forEach((r, i) => {
      const raw: Record<string, unknown> = {};
      header.forEach((h, k) => { raw[h] = r[k]?.trim(); });
      const name = r[fileCol]?.trim();
      if (!name) throw new JianghuaError(`第 ${i + 2} 行缺少文件名。`, file);
      table.set(name, entry(raw, `第 ${i + 2} 行`, file));
    });
    return table;
  }
  let doc: unknown;
  try {
    doc = parseYaml(body);
  } catch (e) {
    throw new JianghuaError(`YAML 格式错误：${(e as Error).message.split('\n')[0]}`, file);
  }
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || typeof (item as Record<string, unknown>).file !== 'string') {
        throw new JianghuaError(`第 ${i + 1} 项应为 {file, year, speaker, type}。`, file);
      }
      table.set((item as { file: string }).file, entry(item as Record<string, unknown>, `第 ${i + 1} 项`, file));
    });
  } else if (typeof doc === 'object' && doc !== null) {
    for (const [name, v] of Object.entries(doc)) {
      table.set(name, typeof v === 'object' && v !== null ? entry(v as Record<string, unknown>, name, file) : entry({ year: v }, name, file));
    }
  } else {
    throw new JianghuaError('元数据文件应为 CSV（file,year,speaker,type）或 YAML（文件 → 年份）。', file);
  }
  return table;
}

export function lookupMeta(table: MetaTable | undefined, file: string): MetaEntry | undefined {
  if (!table) return undefined;
  return table.get(file) ?? table.get(path.normalize(file)) ?? table.get(path.resolve(file)) ?? table.get(path.basename(file));
}

export interface ResolvedYear {
  year: number;
  source: 'text' | 'name' | 'meta';
}

export function resolveYear(file: string, textYear: number | null | undefined, meta?: MetaTable): ResolvedYear | null {
  const m = lookupMeta(meta, file);
  if (m?.year !== undefined) return { year: m.year, source: 'meta' };
  if (textYear) return { year: textYear, source: 'text' };
  const n = yearFromName(file);
  return n !== null ? { year: n, source: 'name' } : null;
}

// The roster a user keeps (roster.yaml, found upwards from the speech like .jianghuarc.yaml, or --roster): people
// with their titles (from/until dates) and their rank for lists. No personal data ships with the package.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from '../../yaml-lazy.js';
import { JianghuaError } from '../../errors.js';
import { readRegularFileSync } from '../../text/read.js';

export const ROSTER_NAMES = ['roster.yaml', 'roster.yml'];

export interface RosterTitle {
  title: string;
  from?: string;
  until?: string;
}

export interface RosterPerson {
  name: string;
  /** Other accepted writings of the name (a minority name with or without ·). */
  aliases: string[];
  titles: RosterTitle[];
  /** Order in lists: 1 first. */
  rank?: number;
}

export interface Roster {
  file: string;
  people: RosterPerson[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOf(v: unknown, file: string, where: string, key: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const t = typeof v === 'string' && DATE.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  const ok = Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === v;
  if (!ok) throw new JianghuaError(`${where}：“${key}”应为日期 YYYY-MM-DD，实际是“${String(v)}”。`, file);
  return v;
}

export function parseRoster(text: string, file: string): Roster {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    throw new JianghuaError(`人员名册 YAML 语法错误：${(e as Error).message.split('\n')[0]}`, file);
  }
  const people = (data as { people?: unknown } | null)?.people;
  if (!Array.isArray(people)) throw new JianghuaError('人员名册应有“people”列表。', file);
  const seen = new Set<string>();
  return {
    file,
    people: people.map((p, i) => {
      if (!p || typeof p !== 'object') throw new JianghuaError(`第 ${i + 1} 人：应为键值映射。`, file);
      const r = p as Record<string, unknown>;
      if (typeof r.name !== 'string' || !/^[\u3400-\u9fff·]{2,12}$/.test(r.name)) throw new JianghuaError(`第 ${i + 1} 人：“name”应为 2 至 12 个汉字的姓名。`, file);
      const where = `“${r.name}”`;
      if (seen.has(r.name)) throw new JianghuaError(`${where}在名册中重复。`, file);
      seen.add(r.name);
      for (const k of Object.keys(r)) if (!['name', 'aliases', 'titles', 'rank'].includes(k)) throw new JianghuaError(`${where}：未知的键“${k}”（可用：name、aliases、titles、rank）。`, file);
      const aliases = r.aliases ?? [];
      if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a)) throw new JianghuaError(`${where}：“aliases”应为字符串列表。`, file);
      const titles = r.titles ?? [];
      if (!Array.isArray(titles)) throw new JianghuaError(`${where}：“titles”应为列表。`, file);
      const rank = r.rank;
      if (rank !== undefined && (typeof rank !== 'number' || !Number.isFinite(rank))) throw new JianghuaError(`${where}：“rank”应为数字（1 排在最前）。`, file);
      return {
        name: r.name,
        aliases: aliases as string[],
        titles: titles.map((t, k) => {
          if (typeof t === 'string' && t) return { title: t };
          const o = t as Record<string, unknown>;
          if (!o || typeof o.title !== 'string' || !o.title) throw new JianghuaError(`${where}：第 ${k + 1} 个职务应为字符串或 {title, from, until}。`, file);
          const from = dateOf(o.from, file, where, 'from');
          const until = dateOf(o.until, file, where, 'until');
          return { title: o.title, ...(from ? { from } : {}), ...(until ? { until } : {}) };
        }),
        ...(rank !== undefined ? { rank: rank as number } : {}),
      };
    }),
  };
}

/** The nearest roster.yaml in the folder or above it, or undefined. */
export function findRoster(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const n of ROSTER_NAMES) {
      const p = path.join(dir, n);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, Roster>();

export function loadRoster(file: string): Roster {
  const hit = cache.get(file);
  if (hit) return hit;
  let text: string;
  try {
    // A regular file of bounded size only: a FIFO would hang lint, /dev/zero fill the memory.
    text = readRegularFileSync(file, { what: '人员名册' }).toString('utf8');
  } catch (e) {
    if (e instanceof JianghuaError && !/不存在|权限/.test(e.message)) throw e;
    throw new JianghuaError('人员名册不存在或无法读取。', file);
  }
  const r = parseRoster(text, file);
  cache.set(file, r);
  return r;
}

/** Whether a person held a title on a date (no date: whether they ever held it). */
export function heldAt(t: RosterTitle, date: string | null): boolean {
  if (!date) return true;
  return (!t.from || date >= t.from) && (!t.until || date < t.until);
}

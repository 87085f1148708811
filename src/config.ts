// .jianghuarc.yaml: found upwards from a start folder, or given with --config. Plain data, validated here.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import YAML from './yaml-lazy.js';
import { JianghuaError } from './errors.js';
import { readRegularFile } from './text/read.js';

/** A configuration is a few lines; a megabyte is already absurd. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_NAMES = ['.jianghuarc.yaml', '.jianghuarc.yml'];

export interface JianghuaConfig {
  /** Absolute path of the config file, or undefined when none was found. */
  path?: string;
  /** User dictionaries for segmentation, resolved against the config file's folder. */
  dict: string[];
  /** Lint rule settings as written: 'off' | 'warn' | 'error' | { severity, ...options }. */
  rules: Record<string, unknown>;
  /** Default speech type for lint when not detected. */
  type?: string;
  /** Lint: maximum sentence length etc. may live under rules; anything else is kept raw. */
  raw: Record<string, unknown>;
}

const EMPTY: JianghuaConfig = { dict: [], rules: {}, raw: {} };

export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      try {
        const st = await fs.stat(p);
        if (st.isFile()) return p;
      } catch { /* keep looking */ }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Load the config given explicitly, or the nearest one above startDir; no config is not an error. */
export async function loadConfig(opts: { explicit?: string; startDir?: string } = {}): Promise<JianghuaConfig> {
  const file = opts.explicit ?? (await findConfigFile(opts.startDir ?? process.cwd()));
  if (!file) return { ...EMPTY };
  let text: string;
  try {
    text = (await readRegularFile(file, { what: '配置文件', max: MAX_CONFIG_BYTES })).toString('utf8');
  } catch (e) {
    if (e instanceof JianghuaError && !/不存在|权限/.test(e.message)) throw e;
    throw new JianghuaError('配置文件不存在或无法读取。', file);
  }
  let data: unknown;
  try {
    data = YAML.parse(text) ?? {};
  } catch (e) {
    const err = e as { linePos?: Array<{ line: number; col: number }>; message: string };
    const pos = err.linePos?.[0];
    throw new JianghuaError(`配置文件 YAML 语法错误${pos ? `（第 ${pos.line} 行第 ${pos.col} 列）` : ''}：${err.message.split('\n')[0]}`, file);
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new JianghuaError('配置文件的顶层应当是键值映射。', file);
  }
  const raw = data as Record<string, unknown>;
  const dir = path.dirname(path.resolve(file));
  const dictRaw = raw.dict ?? [];
  const dictList = Array.isArray(dictRaw) ? dictRaw : [dictRaw];
  if (!dictList.every((d) => typeof d === 'string')) throw new JianghuaError('“dict” 应当是文件路径或路径列表。', file);
  const rules = raw.rules ?? {};
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new JianghuaError('“rules” 应当是规则名到设置的映射。', file);
  if (raw.type !== undefined && typeof raw.type !== 'string') throw new JianghuaError('“type” 应当是字符串。', file);
  return {
    path: path.resolve(file),
    dict: (dictList as string[]).map((d) => path.resolve(dir, d)),
    rules: rules as Record<string, unknown>,
    type: raw.type as string | undefined,
    raw,
  };
}

// The facts file (YAML) of `jianghua draft`: its schema, and validation with line numbers before anything is rendered.
// All problems are collected; unknown keys are only warnings (most are typos), with the closest known key suggested.
import YAML, { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { createDocument, positionAt, type SpeechDocument } from '../text/document.js';
import { JianghuaError } from '../errors.js';
import { isValidDate, type Stat } from './helpers.js';
import { TEMPLATE_TYPE_IDS, parseSpeechTypeAmong, speechType, type TemplateTypeId } from '../speech-types.js';

/** The types draft has templates for (data/speech-types.yaml, `template: true`). */
export const SPEECH_TYPES = TEMPLATE_TYPE_IDS;
export type DraftType = TemplateTypeId;

export const TYPE_LABELS = Object.fromEntries(TEMPLATE_TYPE_IDS.map((t) => [t, speechType(t).draftName])) as Record<DraftType, string>;

/** One point of a speech section: a sentence, or a sub-heading with its points and figures. */
export interface Item {
  title: string;
  points: string[];
  stats: Stat[];
}

export interface Facts {
  type: DraftType;
  meeting: string;
  unit: string;
  /** The place of the meeting (青岚县), when the writer gives it; otherwise derived from unit. */
  place: string | null;
  theme: string;
  /** Short form of the theme for the body of the speech (三年行动); otherwise derived. */
  theme_short: string | null;
  speaker: { name: string; title: string | null } | null;
  date: string | null;
  guests: string[];
  period: { start: string | null; end: string | null } | null;
  /** Section lists by key (significance, tasks …); optional lists absent from the file are []. */
  [list: string]: unknown;
}

type Kind = 'type' | 'text' | 'date' | 'speaker' | 'period' | 'guests' | 'items' | 'stats' | 'recap' | 'parts';

export interface FieldSpec {
  key: string;
  /** Chinese name shown in messages and in `init` comments. */
  label: string;
  kind: Kind;
  required: boolean;
}

export const COMMON_FIELDS: FieldSpec[] = [
  { key: 'type', label: '讲话类型', kind: 'type', required: false },
  { key: 'meeting', label: '会议名称', kind: 'text', required: true },
  { key: 'unit', label: '单位', kind: 'text', required: true },
  { key: 'place', label: '地方（如“青岚县”，默认从单位推出）', kind: 'text', required: false },
  { key: 'theme', label: '工作主题', kind: 'text', required: true },
  { key: 'theme_short', label: '主题简称（如“三年行动”）', kind: 'text', required: false },
  { key: 'speaker', label: '讲话人', kind: 'speaker', required: false },
  { key: 'date', label: '日期', kind: 'date', required: false },
  { key: 'guests', label: '出席的领导和嘉宾', kind: 'guests', required: false },
  { key: 'period', label: '起止时间', kind: 'period', required: false },
  { key: 'parts', label: '自定的各部分（仿写范文的结构；写了它就不用本类讲话的各列表）', kind: 'parts', required: false },
];

export const TYPE_FIELDS: Record<DraftType, FieldSpec[]> = {
  mobilization: [
    { key: 'significance', label: '重要意义', kind: 'items', required: true },
    { key: 'goals', label: '总体要求和目标', kind: 'items', required: false },
    { key: 'tasks', label: '目标任务', kind: 'items', required: true },
    { key: 'schedule', label: '步骤安排', kind: 'items', required: false },
    { key: 'requirements', label: '工作要求', kind: 'items', required: true },
  ],
  progress: [
    { key: 'recap', label: '会议议程回顾（观摩、发言）', kind: 'recap', required: false },
    { key: 'achievements', label: '阶段成效', kind: 'items', required: true },
    { key: 'problems', label: '存在问题', kind: 'items', required: true },
    { key: 'next_steps', label: '下步工作', kind: 'items', required: true },
  ],
  summary: [
    { key: 'recap', label: '会议议程回顾（表彰、发言）', kind: 'recap', required: false },
    { key: 'stats', label: '主要数据', kind: 'stats', required: false },
    { key: 'achievements', label: '主要成效', kind: 'items', required: true },
    { key: 'experiences', label: '经验体会', kind: 'items', required: true },
    { key: 'shortcomings', label: '存在不足', kind: 'items', required: false },
    { key: 'next_steps', label: '下步工作', kind: 'items', required: true },
  ],
};

const SUB_KEYS = {
  speaker: { name: '姓名', title: '职务' },
  period: { start: '开始时间', end: '结束时间' },
  item: { title: '标题', points: '要点', stats: '数据' },
  stat: { label: '名称', value: '数值', unit: '单位' },
  part: { title: '这一部分的标题', intro: '这一部分的开头', items: '这一部分的要点' },
  recap: { visited: '观摩的现场', speakers: '作交流发言的单位或同志', reports: '其他议程（如“县发改局通报了……”）' },
} as const;

/** A numbered part of its own (from `init --from`): its heading, its opening words, its points. */
export interface Part { title: string; intro: string | null; items: Item[] }

/** What was done at the meeting before the speech: 观摩了…, …作了交流发言, other items of the agenda. */
export interface Recap { visited: string[]; speakers: string[]; reports: string[] }

/** A problem found in a facts file, 1-based line and column (code points). */
export interface FactsProblem {
  line: number;
  column: number;
  /** Path of the key: 'tasks[1].points'. */
  path: string;
  message: string;
}

export interface FactsCheck {
  facts: Facts | null;
  errors: FactsProblem[];
  warnings: FactsProblem[];
}

/** Raised when the facts file cannot be drafted from; its message lists every error. */
export class FactsError extends JianghuaError {
  constructor(file: string, readonly problems: FactsProblem[], readonly warnings: FactsProblem[] = []) {
    super(`事实文件有 ${problems.length} 处错误，未生成讲话稿：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
      + (warnings.length ? `\n另有 ${warnings.length} 处提醒：\n${warnings.map((p) => `  ${formatProblem(p)}`).join('\n')}` : ''), file);
    this.name = 'FactsError';
  }
}

export function formatProblem(p: FactsProblem): string {
  return `第${p.line}行第${p.column}列：${p.message}`;
}

const YAML_CODES: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
  DUPLICATE_KEY: '键重复',
  MISSING_CHAR: '缺少字符（引号或括号没有配对？）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（是否漏了冒号后的空格？）',
  BLOCK_AS_IMPLICIT_KEY: '这里不能出现块结构（缩进或冒号有误？）',
  UNEXPECTED_TOKEN: '出现了意外的字符',
  BAD_SCALAR_START: '值的开头有误（以 @、` 等字符开头的文字要加引号）',
  BAD_DQ_ESCAPE: '双引号中的转义有误',
  BLOCK_IN_FLOW: '方括号或花括号中不能换行写块结构',
  MISSING_ANCHOR: '引用的锚点不存在',
};

interface Ctx {
  doc: SpeechDocument;
  errors: FactsProblem[];
  warnings: FactsProblem[];
}

function at(ctx: Ctx, node: Node | Pair | null | undefined, fallback = 0): { line: number; column: number } {
  const range = node && 'range' in node ? (node as Node).range : undefined;
  const keyRange = node && 'key' in node && isScalar((node as Pair).key) ? ((node as Pair).key as Node).range : undefined;
  const offset = keyRange?.[0] ?? range?.[0] ?? fallback;
  return positionAt(ctx.doc, Math.min(offset, ctx.doc.text.length));
}

function pathText(path: (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `第${seg + 1}项`;
    else out += out === '' ? `“${seg}”` : `的“${seg}”`;
  }
  return out;
}

function pathKey(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function err(ctx: Ctx, node: Node | Pair | null | undefined, path: (string | number)[], message: string, fallback?: number): void {
  ctx.errors.push({ ...at(ctx, node, fallback), path: pathKey(path), message: `${pathText(path)}${message}` });
}

function describe(node: unknown): string {
  if (isSeq(node)) return '列表';
  if (isMap(node)) return '键值对';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return '空值';
    if (typeof v === 'number' || typeof v === 'bigint') return '数字';
    if (typeof v === 'boolean') return '是/否值';
    if (typeof v === 'string') return '文字';
    if (v instanceof Uint8Array) return '二进制数据（!!binary）';
    if (v instanceof Date) return '日期时间值（要当文字用请加引号）';
    return `带标签 ${node.tag ?? ''} 的值`;
  }
  return '未知内容';
}

/** Characters a .docx cannot hold (XML 1.0) and a text draft should not: controls, NUL, U+FFFE/U+FFFF, lone surrogates. */
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/u;

/** Expanded size above which anchors and aliases are refused: a real facts file has a few hundred nodes. */
const MAX_EXPANDED_NODES = 10000;

/**
 * Replace every alias (*name) by the node its anchor (&name) marks, so the checks below see plain YAML. The
 * expanded size is counted first: a “billion laughs” file of nested aliases is refused, not expanded.
 */
function resolveAliases(ydoc: Document.Parsed): number {
  // Anchors are collected during the one walk, in document order (an alias refers to the latest anchor before
  // it): Alias.resolve() searches the whole document each time, which the shared nodes would make exponential.
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const target = (alias: { source: string }): unknown => anchors.get(alias.source);
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const t = target(node);
      return t === undefined ? 1 : (sizes.get(t) ?? 1);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (isSeq(node)) {
      node.items.forEach((it, i) => {
        n += size(it);
        if (isAlias(it)) { const t = target(it); if (t !== undefined) node.items[i] = t; }
      });
    } else if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p)) continue;
        n += size(p.value);
        if (isAlias(p.value)) { const t = target(p.value); if (t !== undefined) p.value = t as typeof p.value; }
      }
    }
    sizes.set(node, Math.min(n, Number.MAX_SAFE_INTEGER));
    // Known only once complete: an alias inside its own anchor's node stays an alias, never a cycle.
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node);
    return n;
  };
  return size(ydoc.contents);
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** The known key nearest to a typo, or null when nothing is close. */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const dd = distance(key.toLowerCase(), k.toLowerCase());
    if (dd < bestD) { bestD = dd; best = k; }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

function unknownKey(ctx: Ctx, pair: Pair, path: (string | number)[], known: readonly string[], elsewhere?: string): void {
  const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
  const near = closestKey(key, known);
  let message = `未知的键“${key}”，已忽略`;
  if (elsewhere) message = `“${key}”不属于这一类讲话（它用于${elsewhere}），已忽略`;
  else if (near) message += `；是不是想写“${near}”？`;
  else message += `；可用的键：${known.join('、')}`;
  ctx.warnings.push({ ...at(ctx, pair), path: pathKey([...path, key]), message: `${path.length ? `${pathText(path)}中` : ''}${message}` });
}

function pairsOf(map: YAMLMap): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const p of map.items as Pair[]) {
    const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
    out.set(k, p);
  }
  return out;
}

function text(ctx: Ctx, node: unknown, path: (string | number)[], fallbackNode: Node | Pair, required: boolean): string | null {
  if (node == null || (isScalar(node) && node.value === null)) {
    if (required) err(ctx, (node as Node) ?? fallbackNode, path, '缺少内容，应填写文字。');
    return null;
  }
  if (!isScalar(node) || typeof node.value !== 'string') {
    err(ctx, node as Node, path, `应为文字，实际是${describe(node)}。`);
    return null;
  }
  const s = node.value.trim();
  if (s === '') {
    if (required) err(ctx, node, path, '不能为空。');
    return null;
  }
  return s;
}

function checkMapKeys(ctx: Ctx, map: YAMLMap, path: (string | number)[], known: Record<string, string>): Map<string, Pair> {
  const pairs = pairsOf(map);
  for (const [k, p] of pairs) if (!(k in known)) unknownKey(ctx, p, path, Object.keys(known));
  return pairs;
}

function stat(ctx: Ctx, node: unknown, path: (string | number)[]): Stat | null {
  if (!isMap(node)) {
    err(ctx, node as Node, path, `应为 {label, value, unit} 形式的数据，实际是${describe(node)}。`);
    return null;
  }
  const pairs = checkMapKeys(ctx, node, path, SUB_KEYS.stat);
  const label = pairs.has('label') ? text(ctx, pairs.get('label')!.value, [...path, 'label'], pairs.get('label')!, true) : null;
  if (!pairs.has('label')) err(ctx, node, path, '缺少“label”（数据名称，如“走访企业”）。');
  let value: number | string | null = null;
  const vp = pairs.get('value');
  if (!vp) err(ctx, node, path, '缺少“value”（数值，如 426）。');
  else if (isScalar(vp.value) && (typeof vp.value.value === 'number' || (typeof vp.value.value === 'string' && vp.value.value.trim() !== ''))) {
    value = typeof vp.value.value === 'string' ? vp.value.value.trim() : vp.value.value;
  } else err(ctx, (vp.value as Node) ?? vp, [...path, 'value'], `应为数字或文字，实际是${describe(vp.value)}。`);
  const unit = pairs.has('unit') ? text(ctx, pairs.get('unit')!.value, [...path, 'unit'], pairs.get('unit')!, false) : null;
  return label !== null && value !== null ? { label, value, unit } : null;
}

function stats(ctx: Ctx, node: unknown, path: (string | number)[], required: boolean, owner: Node | Pair): Stat[] {
  if (node == null || (isScalar(node) && node.value === null)) {
    if (required) err(ctx, owner, path, '缺少内容，应为数据列表。');
    return [];
  }
  if (!isSeq(node)) {
    err(ctx, node as Node, path, `应为列表（每项 {label, value, unit}），实际是${describe(node)}。`);
    return [];
  }
  if (required && node.items.length === 0) err(ctx, node, path, '是空列表，至少要有一项。');
  const out: Stat[] = [];
  node.items.forEach((it, i) => { const s = stat(ctx, it, [...path, i]); if (s) out.push(s); });
  return out;
}

function item(ctx: Ctx, node: unknown, path: (string | number)[]): Item | null {
  if (isScalar(node) && typeof node.value === 'string') {
    const s = node.value.trim();
    if (s === '') { err(ctx, node, path, '是空文字。'); return null; }
    return { title: s, points: [], stats: [] };
  }
  if (!isMap(node)) {
    err(ctx, node as Node, path, `应为一段文字或 {title, points, stats}，实际是${describe(node)}。`);
    return null;
  }
  const pairs = checkMapKeys(ctx, node, path, SUB_KEYS.item);
  const tp = pairs.get('title');
  if (!tp) err(ctx, node, path, '缺少“title”（这一点的标题）。');
  const title = tp ? text(ctx, tp.value, [...path, 'title'], tp, true) : null;
  const points: string[] = [];
  const pp = pairs.get('points');
  if (pp && !(isScalar(pp.value) && pp.value.value === null)) {
    if (isScalar(pp.value) && typeof pp.value.value === 'string') { const s1 = text(ctx, pp.value, [...path, 'points', 0], pp, true); if (s1) points.push(s1); }
    else if (!isSeq(pp.value)) err(ctx, (pp.value as Node) ?? pp, [...path, 'points'], `应为文字列表，实际是${describe(pp.value)}。`);
    else pp.value.items.forEach((p, i) => { const s = text(ctx, p, [...path, 'points', i], pp, true); if (s) points.push(s); });
  }
  const sp = pairs.get('stats');
  const st = sp ? stats(ctx, sp.value, [...path, 'stats'], false, sp) : [];
  return title !== null ? { title, points, stats: st } : null;
}

function items(ctx: Ctx, node: unknown, path: (string | number)[], required: boolean, owner: Node | Pair): Item[] {
  if (node == null || (isScalar(node) && node.value === null)) {
    if (required) err(ctx, owner, path, '缺少内容，应为列表，至少一项。');
    return [];
  }
  // A single text or a single {title, points} where a list is expected is one item: `schedule: 分三个阶段进行……`.
  if ((isScalar(node) && typeof node.value === 'string') || isMap(node)) {
    const x = item(ctx, node, [...path, 0]);
    return x ? [x] : [];
  }
  if (!isSeq(node)) {
    err(ctx, node as Node, path, `应为列表（每项是一段文字或 {title, points, stats}），实际是${describe(node)}。`);
    return [];
  }
  if (node.items.length === 0) {
    if (required) err(ctx, node, path, '是空列表，至少要有一项。');
    return [];
  }
  const out: Item[] = [];
  node.items.forEach((it, i) => { const x = item(ctx, it, [...path, i]); if (x) out.push(x); });
  return out;
}

/** A list of texts; a single text is a list of one. */
function textList(ctx: Ctx, node: unknown, path: (string | number)[], pair: Pair): string[] {
  if (node == null || (isScalar(node) && node.value === null)) return [];
  if (isScalar(node) && typeof node.value === 'string') {
    const s = text(ctx, node, [...path, 0], pair, true);
    return s ? [s] : [];
  }
  if (!isSeq(node)) { err(ctx, node as Node, path, `应为文字列表，实际是${describe(node)}。`); return []; }
  const out: string[] = [];
  node.items.forEach((g, i) => { const s = text(ctx, g, [...path, i], pair, true); if (s) out.push(s); });
  return out;
}

/** 2024-03 → 202403, 2024-03-15 → 20240315 (the month alone sorts as its first day); null for free text. */
function dateKey(s: string, end = false): number | null {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s.trim());
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3] ?? (end ? 31 : 0)) : null;
}

// Placeholders a writer leaves in facts (某某, XX, ××, X月X日, 【待补充】, （待定）): drafted as they are, so warned.
const PLACEHOLDER = /某某|[XＸ×]{2,}|[XＸ×]+[年月日]|[□○]{2,}|【[^【】]{0,20}】|[（(]待[补填定核确][^）)]{0,6}[）)]|(?<=\p{Script=Han})[XＸ×](?=\p{Script=Han})/u;

function scanPlaceholders(ctx: Ctx, node: unknown, path: (string | number)[]): void {
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    const m = PLACEHOLDER.exec(node.value);
    if (m) ctx.warnings.push({ ...at(ctx, node), path: pathKey(path), message: `${pathText(path)}含有占位符“${m[0]}”，起草时会原样写入，请填写实际内容。` });
  } else if (isSeq(node)) {
    node.items.forEach((it, i) => scanPlaceholders(ctx, it, [...path, i]));
  } else if (isMap(node)) {
    for (const p of node.items as Pair[]) scanPlaceholders(ctx, p.value, [...path, isScalar(p.key) ? String(p.key.value) : String(p.key)]);
  }
}

/** Every text of the file, wherever it is: a character a .docx cannot hold is an error naming its key. */
function scanInvalidChars(ctx: Ctx, node: unknown, path: (string | number)[], seen = new Set<unknown>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    const bad = INVALID_CHAR.exec(node.value);
    if (!bad) return;
    const c = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    err(ctx, node, path, `含有不可见的控制字符 U+${c}（第 ${[...node.value.slice(0, bad.index)].length + 1} 个字符），Word 文件容不下它，请删除。`);
  } else if (isSeq(node)) {
    node.items.forEach((it, i) => scanInvalidChars(ctx, it, [...path, i], seen));
  } else if (isMap(node)) {
    for (const p of node.items as Pair[]) scanInvalidChars(ctx, p.value, [...path, isScalar(p.key) ? String(p.key.value) : String(p.key)], seen);
  }
}

function field(ctx: Ctx, spec: FieldSpec, pair: Pair | undefined, root: YAMLMap): unknown {
  const path = [spec.key];
  if (!pair) {
    if (spec.required) {
      const hint = spec.kind === 'items' ? '（列表，至少一项）' : '';
      ctx.errors.push({ ...at(ctx, root), path: spec.key, message: `缺少必填项“${spec.key}”（${spec.label}）${hint}。` });
    }
    return spec.kind === 'items' || spec.kind === 'stats' || spec.kind === 'guests' || spec.kind === 'parts' ? [] : null;
  }
  const node = pair.value;
  switch (spec.kind) {
    case 'type':
    case 'text':
      return text(ctx, node, path, pair, spec.required);
    case 'date': {
      const s = text(ctx, node, path, pair, false);
      if (s !== null && !isValidDate(s)) { err(ctx, node as Node, path, `的值“${s}”不是有效日期（应写成 2014-11-11）。`); return null; }
      return s;
    }
    case 'speaker': {
      if (node == null || (isScalar(node) && node.value === null)) return null;
      if (isScalar(node) && typeof node.value === 'string') return { name: node.value.trim(), title: null };
      if (!isMap(node)) { err(ctx, node as Node, path, `应为 {name, title}，实际是${describe(node)}。`); return null; }
      const pairs = checkMapKeys(ctx, node, path, SUB_KEYS.speaker);
      if (!pairs.has('name')) err(ctx, node, path, '缺少“name”（讲话人姓名）。');
      const name = pairs.has('name') ? text(ctx, pairs.get('name')!.value, [...path, 'name'], pairs.get('name')!, true) : null;
      const title = pairs.has('title') ? text(ctx, pairs.get('title')!.value, [...path, 'title'], pairs.get('title')!, false) : null;
      return name ? { name, title } : null;
    }
    case 'period': {
      if (node == null || (isScalar(node) && node.value === null)) return null;
      if (!isMap(node)) { err(ctx, node as Node, path, `应为 {start, end}，实际是${describe(node)}。`); return null; }
      const pairs = checkMapKeys(ctx, node, path, SUB_KEYS.period);
      const get = (k: 'start' | 'end') => {
        const p = pairs.get(k);
        if (!p) return null;
        const s = text(ctx, p.value, [...path, k], p, false);
        if (s !== null && !isValidDate(s)) { err(ctx, p.value as Node, [...path, k], `的值“${s}”不是有效日期（应写成 2014-03 或 2014-03-01）。`); return null; }
        return s;
      };
      const start = get('start');
      const end = get('end');
      if (!pairs.has('start') && !pairs.has('end')) err(ctx, node, path, '至少要写“start”或“end”。');
      if (start && end && dateKey(end, true) !== null && dateKey(start) !== null && dateKey(end, true)! < dateKey(start)!) {
        err(ctx, pairs.get('end')!.value as Node, [...path, 'end'], `的值“${end}”早于开始时间“${start}”：结束时间不能在开始之前。`);
        return null;
      }
      return start || end ? { start, end } : null;
    }
    case 'guests': {
      return textList(ctx, node, path, pair);
    }
    case 'parts': {
      if (node == null || (isScalar(node) && node.value === null)) return [];
      if (!isSeq(node)) { err(ctx, node as Node, path, `应为列表（每项 {title, intro, items}），实际是${describe(node)}。`); return []; }
      const out: Part[] = [];
      node.items.forEach((it, i) => {
        const pp = [...path, i];
        if (!isMap(it)) { err(ctx, it as Node, pp, `应为 {title, intro, items}，实际是${describe(it)}。`); return; }
        const pairs = checkMapKeys(ctx, it, pp, SUB_KEYS.part);
        const tp = pairs.get('title');
        if (!tp) err(ctx, it, pp, '缺少“title”（这一部分的标题）。');
        const title = tp ? text(ctx, tp.value, [...pp, 'title'], tp, true) : null;
        const ip = pairs.get('intro');
        const intro = ip ? text(ctx, ip.value, [...pp, 'intro'], ip, false) : null;
        const lp = pairs.get('items');
        const list = lp ? items(ctx, lp.value, [...pp, 'items'], false, lp) : [];
        if (title !== null && list.length === 0 && intro === null) err(ctx, it, pp, '至少要有“items”（要点）或“intro”（开头的话）。');
        if (title !== null) out.push({ title, intro, items: list });
      });
      return out;
    }
    case 'recap': {
      if (node == null || (isScalar(node) && node.value === null)) return null;
      if (!isMap(node)) { err(ctx, node as Node, path, `应为 {visited, speakers, reports}，实际是${describe(node)}。`); return null; }
      const pairs = checkMapKeys(ctx, node, path, SUB_KEYS.recap);
      const list = (k: keyof Recap) => { const p = pairs.get(k); return p ? textList(ctx, p.value, [...path, k], p) : []; };
      const recap: Recap = { visited: list('visited'), speakers: list('speakers'), reports: list('reports') };
      return recap.visited.length + recap.speakers.length + recap.reports.length > 0 ? recap : null;
    }
    case 'items':
      return items(ctx, node, path, spec.required, pair);
    case 'stats':
      return stats(ctx, node, path, spec.required, pair);
  }
}

/** Validate a facts file without throwing: every error and warning, and the facts when there is no error. */
export function checkFacts(source: string, opts: { file?: string; type?: string } = {}): FactsCheck {
  const doc = createDocument(source, opts.file ?? '<facts>');
  const ctx: Ctx = { doc, errors: [], warnings: [] };
  let ydoc: Document.Parsed;
  try {
    ydoc = YAML.parseDocument(doc.text, { prettyErrors: false });
  } catch (e) {
    ctx.errors.push({ line: 1, column: 1, path: '', message: `YAML 无法解析：${(e as Error).message}` });
    return { facts: null, ...ctx };
  }
  if (ydoc.errors.length > 0) {
    for (const e of ydoc.errors) {
      const pos = positionAt(doc, Math.min(e.pos[0], doc.text.length));
      const what = YAML_CODES[e.code] ?? '格式有误';
      ctx.errors.push({ ...pos, path: '', message: `YAML 语法错误：${what}（${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}）。` });
    }
    return { facts: null, errors: ctx.errors, warnings: ctx.warnings };
  }
  if (resolveAliases(ydoc) > MAX_EXPANDED_NODES) {
    ctx.errors.push({ line: 1, column: 1, path: '', message: `锚点（&）和别名（*）展开后超过 ${MAX_EXPANDED_NODES} 项，不像事实文件（可能是“YAML 炸弹”）。` });
    return { facts: null, ...ctx };
  }
  const root = ydoc.contents;
  if (root == null || (isScalar(root) && (root.value === null || root.value === ''))) {
    ctx.errors.push({ line: 1, column: 1, path: '', message: '事实文件是空的。可以用 jianghua init --type mobilization 生成一个示例。' });
    return { facts: null, ...ctx };
  }
  if (!isMap(root)) {
    ctx.errors.push({ ...at(ctx, root as Node), path: '', message: `事实文件的顶层应为“键: 值”的形式，实际是${describe(root)}。` });
    return { facts: null, ...ctx };
  }
  const pairs = pairsOf(root);

  // The type decides which section lists are required; --type wins over the file.
  let type: DraftType | null = null;
  const typePair = pairs.get('type');
  const fileType = typePair ? text(ctx, typePair.value, ['type'], typePair, false) : null;
  const asType = (t: string | null | undefined): DraftType | null => (t ? parseSpeechTypeAmong(t, SPEECH_TYPES) : null);
  if (opts.type !== undefined) {
    type = asType(opts.type);
    if (type === null) throw new JianghuaError(`未知的讲话类型“${opts.type}”，可选：${SPEECH_TYPES.join('、')}。`);
    if (fileType && asType(fileType) !== type) {
      ctx.warnings.push({ ...at(ctx, typePair), path: 'type', message: `文件写的类型是“${fileType}”，按 --type 以“${opts.type}”起草。` });
    }
  } else if (fileType) {
    type = asType(fileType);
    if (type === null) err(ctx, typePair!.value as Node, ['type'], `的值“${fileType}”不是已知的讲话类型，可选：${SPEECH_TYPES.join('、')}。`);
  } else if (!typePair || fileType === null) {
    ctx.errors.push({ ...at(ctx, typePair ?? root), path: 'type', message: `没有指定讲话类型：请在文件中写“type: mobilization”（可选 ${SPEECH_TYPES.join('、')}），或使用 --type。` });
  }

  const facts: Record<string, unknown> = { type };
  for (const spec of COMMON_FIELDS) {
    if (spec.key === 'type') continue;
    facts[spec.key] = field(ctx, spec, pairs.get(spec.key), root);
  }
  const typeSpecs = type ? TYPE_FIELDS[type] : [];
  // With parts of its own, the type's lists are optional (the parts replace them).
  const ownParts = (facts.parts as Part[]).length > 0;
  for (const spec of typeSpecs) facts[spec.key] = field(ctx, ownParts ? { ...spec, required: false } : spec, pairs.get(spec.key), root);

  const known = [...COMMON_FIELDS, ...typeSpecs].map((s) => s.key);
  const allTypeKeys = new Map<string, DraftType[]>();
  for (const t of SPEECH_TYPES) for (const s of TYPE_FIELDS[t]) allTypeKeys.set(s.key, [...(allTypeKeys.get(s.key) ?? []), t]);
  for (const [k, p] of pairs) {
    if (known.includes(k)) continue;
    const owners = allTypeKeys.get(k);
    if (owners && !type) continue;
    unknownKey(ctx, p, [], known, owners ? owners.map((t) => TYPE_LABELS[t]).join('、') : undefined);
  }

  scanPlaceholders(ctx, root, []);
  scanInvalidChars(ctx, root, []);

  ctx.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  ctx.warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { facts: ctx.errors.length === 0 ? (facts as Facts) : null, errors: ctx.errors, warnings: ctx.warnings };
}

/** Validate and return the facts, or throw a FactsError listing every error. Warnings are returned for stderr. */
export function parseFacts(source: string, opts: { file?: string; type?: string } = {}): { facts: Facts; warnings: FactsProblem[] } {
  const r = checkFacts(source, opts);
  if (r.errors.length > 0 || !r.facts) throw new FactsError(opts.file ?? '<facts>', r.errors, r.warnings);
  return { facts: r.facts, warnings: r.warnings };
}

// The one home of the speech types: ids, Chinese names and aliases from data/speech-types.yaml, read once.
// Detection, lint's required sections, draft/init templates, options and formatters all ask this module.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from './yaml-lazy.js';
import { JianghuaError } from './errors.js';

/** Every type id, in the order of the data file; the data file must list exactly these. */
export const SPEECH_TYPE_IDS = ['mobilization', 'progress', 'summary', 'report', 'other'] as const;
export type SpeechTypeId = (typeof SPEECH_TYPE_IDS)[number];
/** The types that have a template folder and an example facts file (draft, init, lint's required sections). */
export const TEMPLATE_TYPE_IDS = ['mobilization', 'progress', 'summary'] as const;
export type TemplateTypeId = (typeof TEMPLATE_TYPE_IDS)[number];

export interface SpeechTypeInfo {
  id: SpeechTypeId;
  /** Short Chinese name: 动员, 推进, 总结, 报告, 其他. */
  label: string;
  /** Name printed in reports: 动员部署讲话. */
  name: string;
  /** Name of a drafted speech of this type: 动员大会讲话. */
  draftName: string;
  template: boolean;
  aliases: string[];
}

export const SPEECH_TYPES_FILE = fileURLToPath(new URL('../data/speech-types.yaml', import.meta.url));

let loaded: Map<SpeechTypeId, SpeechTypeInfo> | null = null;
let byName: Map<string, SpeechTypeId> | null = null;

/** Parse and check the data file's text; exported for tests of malformed files. */
export function parseSpeechTypesData(text: string, file = SPEECH_TYPES_FILE): Map<SpeechTypeId, SpeechTypeInfo> {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    throw new JianghuaError(`讲话类型表格式有误：${(e as Error).message.split('\n')[0]}`, file);
  }
  const list = (data as { types?: unknown })?.types;
  if (!Array.isArray(list)) throw new JianghuaError('讲话类型表应有“types:”列表。', file);
  const out = new Map<SpeechTypeId, SpeechTypeInfo>();
  for (const raw of list as Array<Record<string, unknown>>) {
    const id = String(raw?.id ?? '');
    if (!(SPEECH_TYPE_IDS as readonly string[]).includes(id)) throw new JianghuaError(`讲话类型表中的“${id}”不是已知的类型编号（${SPEECH_TYPE_IDS.join('、')}）。`, file);
    if (out.has(id as SpeechTypeId)) throw new JianghuaError(`讲话类型表中“${id}”重复。`, file);
    const label = typeof raw.label === 'string' ? raw.label : '';
    if (!label) throw new JianghuaError(`讲话类型“${id}”缺少中文名（label）。`, file);
    const aliases = Array.isArray(raw.aliases) ? raw.aliases.map(String) : [];
    const template = raw.template === true;
    if (template !== (TEMPLATE_TYPE_IDS as readonly string[]).includes(id)) throw new JianghuaError(`讲话类型“${id}”的 template 与模板文件夹不一致。`, file);
    out.set(id as SpeechTypeId, {
      id: id as SpeechTypeId,
      label,
      name: typeof raw.name === 'string' ? raw.name : label,
      draftName: typeof raw.draftName === 'string' ? raw.draftName : label,
      template,
      aliases,
    });
  }
  for (const id of SPEECH_TYPE_IDS) if (!out.has(id)) throw new JianghuaError(`讲话类型表缺少“${id}”。`, file);
  const names = new Map<string, string>();
  for (const t of out.values()) {
    for (const n of [t.id, t.label, t.name, ...t.aliases]) {
      const prev = names.get(n);
      if (prev && prev !== t.id) throw new JianghuaError(`讲话类型名“${n}”同时属于 ${prev} 和 ${t.id}。`, file);
      names.set(n, t.id);
    }
  }
  return out;
}

function types(): Map<SpeechTypeId, SpeechTypeInfo> {
  if (!loaded) {
    let text: string;
    try {
      text = readFileSync(SPEECH_TYPES_FILE, 'utf8');
    } catch {
      throw new JianghuaError('找不到讲话类型表（安装不完整？）。', SPEECH_TYPES_FILE);
    }
    loaded = parseSpeechTypesData(text);
  }
  return loaded;
}

function names(): Map<string, SpeechTypeId> {
  if (!byName) {
    byName = new Map();
    for (const t of types().values()) for (const n of [t.id, t.label, t.name, ...t.aliases]) byName.set(n.toLowerCase(), t.id);
  }
  return byName;
}

export function speechType(id: SpeechTypeId): SpeechTypeInfo {
  return types().get(id)!;
}

export function allSpeechTypes(): SpeechTypeInfo[] {
  return SPEECH_TYPE_IDS.map((id) => speechType(id));
}

/** The type an id, Chinese label, report name or alias names (`mobilization`, `动员`, `动员部署`, `推进会`), or null. */
export function parseSpeechType(input: string): SpeechTypeId | null {
  return names().get(input.trim().toLowerCase()) ?? null;
}

/** Like parseSpeechType, limited to the given types. */
export function parseSpeechTypeAmong<T extends SpeechTypeId>(input: string, allowed: readonly T[]): T | null {
  const id = parseSpeechType(input);
  return id !== null && (allowed as readonly string[]).includes(id) ? (id as T) : null;
}

export function isTemplateType(id: string): id is TemplateTypeId {
  return (TEMPLATE_TYPE_IDS as readonly string[]).includes(id);
}

/** Report name of a type id (动员部署讲话); unknown strings are returned as they are. */
export function typeName(id: string): string {
  return types().get(id as SpeechTypeId)?.name ?? id;
}

/** Short Chinese label of a type id (动员); unknown strings are returned as they are. */
export function typeLabel(id: string): string {
  return types().get(id as SpeechTypeId)?.label ?? id;
}

/** The choices for a message or help text: 'mobilization（动员）、progress（推进）…'. */
export function describeTypes(ids: readonly SpeechTypeId[] = SPEECH_TYPE_IDS): string {
  return ids.map((id) => `${id}（${speechType(id).label}）`).join('、');
}

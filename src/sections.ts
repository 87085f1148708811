// The standard sections of each speech type, read once from templates/<type>/sections.yaml: draft numbers the parts
// it renders from this list, and lint's required-sections rule looks for the same list in a speech.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from './yaml-lazy.js';
import { JianghuaError } from './errors.js';
import { TEMPLATE_TYPE_IDS, type TemplateTypeId } from './speech-types.js';

export const TEMPLATE_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
/** The types with a template folder (data/speech-types.yaml `template: true`). */
export const SECTION_TYPES = TEMPLATE_TYPE_IDS;
export type SectionType = TemplateTypeId;

export interface SectionSpec {
  id: string;
  name: string;
  required: boolean;
  headingCues: string[];
  bodyCues: string[];
  example: string;
  /** The facts-file key draft renders as a numbered part of the speech, if any. */
  facts?: { key: string; optional: boolean };
}

export interface SectionList {
  type: SectionType;
  label: string;
  sections: SectionSpec[];
}

const cache = new Map<string, SectionList>();

export function loadSections(type: SectionType): SectionList {
  const hit = cache.get(type);
  if (hit) return hit;
  const file = `${TEMPLATE_DIR}${type}/sections.yaml`;
  let data: { label?: string; sections?: Array<Partial<SectionSpec>> };
  try {
    data = YAML.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new JianghuaError(`无法读取讲话类型的标准段落：${(e as Error).message.split('\n')[0]}`, file);
  }
  const list: SectionList = {
    type,
    label: data.label ?? type,
    sections: (data.sections ?? []).map((s) => ({
      id: String(s.id),
      name: String(s.name ?? s.id),
      required: s.required !== false,
      headingCues: s.headingCues ?? [],
      bodyCues: s.bodyCues ?? [],
      example: String(s.example ?? ''),
      ...(s.facts ? { facts: { key: String((s.facts as { key: string }).key), optional: (s.facts as { optional?: boolean }).optional === true } } : {}),
    })),
  };
  cache.set(type, list);
  return list;
}

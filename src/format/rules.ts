// `jianghua rules`: the pack's entries with their sources, and the result of checking a pack's specimens. Pure.
import { KIND_LABELS, KINDS, type Kind, type PackEntry } from '../lint/formulations/pack.js';
import { GENERATORS } from '../lint/formulations/generators.js';
import type { SpecimenFailure } from '../lint/formulations/specimens.js';

function forms(e: PackEntry): string {
  if (e.kind === 'order') return `${e.name ? `${e.name}：` : ''}${e.members.map((m) => m[0]).join('、')}`;
  if (e.generator) return `${GENERATORS[e.generator]!.description}（模式，涵盖${GENERATORS[e.generator]!.covers}）`;
  const wrong = e.wrong.length ? `（不写：${e.wrong.slice(0, 4).join('、')}${e.wrong.length > 4 ? ' 等' : ''}）` : '';
  return `${e.standard.join(' 或 ')}${wrong}`;
}

function dates(e: PackEntry): string {
  if (e.since && e.until) return `  适用：${e.since} 至 ${e.until} 前`;
  if (e.since) return `  适用：${e.since} 起`;
  if (e.until) return `  适用：${e.until} 前`;
  return '';
}

/** Entries grouped by kind, each with its standard form, dates and source. */
export function formatRuleList(entries: PackEntry[]): string {
  const out: string[] = [];
  for (const kind of KINDS) {
    const list = entries.filter((e) => e.kind === kind);
    if (!list.length) continue;
    out.push(`${KIND_LABELS[kind]}（${kind}，${list.length} 条）`);
    for (const e of list) {
      out.push(`  ${e.id}  ${e.severity === 'warn' ? '[警告] ' : ''}${forms(e)}${dates(e)}`);
      out.push(`      依据：${e.source}`);
    }
    out.push('');
  }
  out.push(`共 ${entries.length} 条。`);
  return out.join('\n') + '\n';
}

export function formatRuleListJson(entries: PackEntry[]): string {
  return JSON.stringify(entries.map((e) => {
    const { file, hit, miss, ...rest } = e;
    void file; void hit; void miss;
    return rest;
  }), null, 2) + '\n';
}

/** Counts per kind, for the summary line of `rules list` and the README. */
export function countByKind(entries: PackEntry[]): Record<Kind, number> {
  const c = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const e of entries) c[e.kind]++;
  return c;
}

export function formatSpecimenReport(file: string, entries: number, checked: number, failures: SpecimenFailure[]): string {
  const out: string[] = [];
  for (const f of failures) {
    const what = f.expected === 'hit' ? '应查出而未查出' : '不应查出而查出了';
    const other = f.got.length ? `（查出的条目：${f.got.join('、')}）` : '';
    out.push(`  ${f.entry.id}  ${what}：${f.specimen.text}${f.specimen.date ? `（日期 ${f.specimen.date}）` : ''}${other}`);
  }
  const head = failures.length
    ? `${file}：${entries} 条，例句 ${checked} 句，${failures.length} 句不符：`
    : `${file}：${entries} 条，例句 ${checked} 句，全部符合。`;
  return [head, ...out].join('\n') + '\n';
}

// Plain-text and Markdown renderings of a drafted speech (Word output is src/format/docx.ts). Pure: data → string.
import type { DraftParagraph } from './render.js';

/** One paragraph per line, as the speech reads. */
export function toText(paragraphs: DraftParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n') + '\n';
}

/** Keep Markdown from reading speech text as syntax: '1.' at a line start would become a list, '#' a heading. */
function escapeMd(s: string): string {
  return s.replace(/^(\d+)([.)])/u, '$1\\$2').replace(/^([#>*+\-])/u, '\\$1').replace(/([*_`])/gu, '\\$1');
}

/** Title as #, level-1 headings as ##, level-2 as ###; run-in headings stay in their paragraph, in bold. */
export function toMarkdown(paragraphs: DraftParagraph[]): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'title') { out.push(`# ${p.text}`); continue; }
    const level = { heading1: 2, heading2: 3, heading3: 4, heading4: 5 }[p.kind as string];
    if (level && !p.lead) { out.push(`${'#'.repeat(level)} ${p.text}`); continue; }
    if (level && p.lead) { out.push(`**${escapeMd(p.lead)}**${escapeMd(p.text.slice(p.lead.length))}`); continue; }
    out.push(escapeMd(p.text));
  }
  return out.join('\n\n') + '\n';
}

// Sentences the templates build from lists of facts, where the wording depends on how the facts are given:
// a list of points (plain texts, detailed items or a mixture), the guests, the recap of the meeting so far.
// Pure functions, unit-tested in test/draft/compose.test.ts.
import { clause, headingMarker, joinList, sentence, seriesMarker, statList, type ItemLike, type Stat } from './helpers.js';
import { targetLead, variant } from './wording.js';
import type { Recap } from './facts.js';

/** How a list is written out. */
export type ListMode = 'single' | 'series' | 'headed' | 'runin';

const detailed = (i: ItemLike) => i.points.length > 0 || i.stats.length > 0;

/**
 * 'series' (一是……/一要……, one paragraph each) when no item has points or figures, and always for the 要 family
 * (requirements keep 一要/二要 whatever their form); 'headed' (（一）title, then a paragraph) when every item has them;
 * 'runin' (（一）title。body in one paragraph) for a mixture, so a plain item never becomes an empty sub-heading;
 * 'single' for a list of one (a lone 一是 or （一） is a numbering fault).
 */
export function listMode(items: readonly ItemLike[], family = '是'): ListMode {
  if (items.length === 1) return 'single';
  if (family !== '是') return 'series';
  const n = items.filter(detailed).length;
  if (n === 0) return 'series';
  return n === items.length ? 'headed' : 'runin';
}

/**
 * The figures of an item as a sentence. lead 'target' chooses per figure list: 力争 unless the label has its own verb
 * (确保, 力争 …); any other lead is written as given (截至目前，).
 */
export function statsSentence(stats: readonly Stat[], lead = ''): string {
  if (stats.length === 0) return '';
  const l = lead === 'target' ? targetLead(stats[0].label) : lead;
  return `${l}${statList(stats)}。`;
}

/** The points of an item in one paragraph: one sentence, or 一是……二是…… when there are several. */
export function pointsText(points: readonly string[]): string {
  if (points.length === 1) return sentence(points[0]);
  return points.map((p, i) => `${seriesMarker(i + 1)}${sentence(p)}`).join('');
}

function bodyOf(item: ItemLike, lead: string): string {
  return `${item.points.length ? pointsText(item.points) : ''}${statsSentence(item.stats, lead)}`;
}

/** The paragraphs of a list of items, in the form listMode chooses. */
export function itemParagraphs(items: readonly ItemLike[], family = '是', lead = ''): string[] {
  const mode = listMode(items, family);
  switch (mode) {
    case 'single':
      return [`${sentence(items[0].title)}${bodyOf(items[0], lead)}`];
    case 'series':
      return items.map((it, i) => `${seriesMarker(i + 1, family)}${sentence(it.title)}${bodyOf(it, lead)}`);
    case 'headed':
      return items.flatMap((it, i) => [`${headingMarker(2, i + 1)}${clause(it.title)}`, bodyOf(it, lead)]);
    case 'runin':
      return items.map((it, i) => `${headingMarker(2, i + 1)}${sentence(it.title)}${bodyOf(it, lead)}`);
  }
}

/**
 * Guests in the opening: those of a higher level come to guide (welcomed on behalf of the body when `welcome`),
 * the others attend. Empty when there are none.
 */
export function guestsText(higher: readonly string[], peers: readonly string[], body: string, welcome: boolean): string {
  let out = '';
  if (higher.length) out += `${joinList(higher)}亲临会议指导${welcome ? `，在此，我代表${body}表示热烈欢迎和衷心感谢！` : '。'}`;
  if (peers.length) out += `${peers.join('、')}${higher.length ? '也出席了' : '出席'}今天的会议。`;
  return out;
}

/** 刚才，我们实地观摩了……，……通报了……，……作了交流发言，讲得都很好，值得大家学习借鉴。 */
export function recapText(recap: Recap | null | undefined): string {
  if (!recap) return '';
  const parts: string[] = [];
  if (recap.visited.length) parts.push(`我们实地观摩了${joinList(recap.visited.map(clause))}`);
  for (const r of recap.reports) parts.push(clause(r));
  if (recap.speakers.length) parts.push(`${joinList(recap.speakers.map(clause))}作了交流发言`);
  if (parts.length === 0) return '';
  const close = recap.speakers.length ? '，讲得都很好，值得大家学习借鉴。' : recap.visited.length ? '，各有特色，值得大家学习借鉴。' : '。';
  return `刚才，${parts.join('，')}${close}`;
}

/** The helpers of this file as the templates see them (Handlebars passes an options object last). */
export function composeHelpers(): Record<string, (...xs: any[]) => unknown> {
  return {
    items: (list: ItemLike[], family: unknown, lead: unknown) =>
      itemParagraphs(list ?? [], typeof family === 'string' ? family : '是', typeof lead === 'string' ? lead : ''),
    statsSentence: (stats: Stat[], lead: unknown) => statsSentence(stats ?? [], typeof lead === 'string' ? lead : ''),
    /** {{#if (eq (variant "closing" 3) 0)}}: which of n wordings this speech uses for a slot. */
    variant: (slot: string, n: number, options: { data: { root: { seed: string; forcedVariant: number | null } } }) => {
      const root = options.data.root;
      if (root.forcedVariant !== null && root.forcedVariant !== undefined) return Math.min(root.forcedVariant, Number(n) - 1);
      return variant(root.seed, slot, n);
    },
  };
}

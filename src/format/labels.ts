// Chinese names of the analysis vocabulary, shared by the outline and summary formatters.
// Speech type names come from src/speech-types.ts (typeName).

export { typeName } from '../speech-types.js';

export const SLOGAN_KINDS: Record<string, string> = {
  formula: '数字提法',
  slogan: '口号',
  term: '用语',
  name: '名称',
  enumeration: '排比',
  quotation: '引文',
};

export const SERIES_FAMILIES: Record<string, string> = {
  shi: '“一是、二是”',
  yao: '“一要、二要”',
  di: '“第一、第二”',
  shouxian: '“首先、其次”',
};

/** Thousands separators by hand: Intl.NumberFormat costs ~50 ms of ICU loading in every cold process. */
export function num(n: number): string {
  const [int, frac] = String(Math.round(n * 1e6) / 1e6).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** Cut to n code points with an ellipsis, so a run-on line cannot flood the terminal. */
export function clip(s: string, n: number): string {
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
}

export function lineList(lines: number[], max = 8): string {
  const shown = lines.slice(0, max).join('、');
  return `第 ${shown}${lines.length > max ? ` 等 ${lines.length} 处` : ''} 行`;
}

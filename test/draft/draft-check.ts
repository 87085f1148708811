// Shared by the draft tests: read a drafted speech back line by line and check its skeleton.
import { parseCnNumber } from '../../src/text/numerals.js';
import { clause, formatDate, statPhrase, type Stat } from '../../src/draft/helpers.js';
import type { Facts, Item } from '../../src/draft/facts.js';

export interface Skeleton {
  title: string;
  salutation: number;
  announced: number | null;
  top: { n: number; line: number; text: string }[];
  problems: string[];
}

const TOP = /^([一二三四五六七八九十]+)、/u;
const SUB = /^（([一二三四五六七八九十]+)）/u;
const SERIES = /^([一二三四五六七八九十]+)([是要])/u;

/** Headings 一、二、… in order; （一） restarting under each, never alone; 一是/二是 runs without gaps, never alone. */
export function readSkeleton(lines: string[]): Skeleton {
  const problems: string[] = [];
  const salutation = lines.indexOf('同志们：');
  const announcedM = lines.map((l) => /^下面，(?:[^，。]+，)?我讲([一二两三四五六七八九十]+)点意见。$/u.exec(l)).find(Boolean);
  const top: Skeleton['top'] = [];
  let sub = 0;
  let series = 0;
  let family = '';
  const closeSubs = (i: number) => { if (sub === 1) problems.push(`line ${i + 1}: a lone （一）`); };
  lines.forEach((l, i) => {
    let m: RegExpExecArray | null;
    if ((m = TOP.exec(l))) {
      closeSubs(i);
      const n = parseCnNumber(m[1]);
      if (n !== top.length + 1) problems.push(`line ${i + 1}: top heading ${n} after ${top.length}`);
      top.push({ n, line: i + 1, text: l });
      sub = 0; series = 0;
    } else if ((m = SUB.exec(l))) {
      const n = parseCnNumber(m[1]);
      if (n !== sub + 1) problems.push(`line ${i + 1}: sub-heading ${n} after ${sub}`);
      sub = n; series = 0;
    } else if ((m = SERIES.exec(l)) && !(m[1] === '一' && series === 0 && l.includes(`二${m[2]}`))) {
      // (a paragraph holding a whole series, 一是……二是……, is complete in itself)
      const n = parseCnNumber(m[1]);
      if (series > 0 && m[2] !== family) problems.push(`line ${i + 1}: series family changed`);
      if (n !== series + 1) problems.push(`line ${i + 1}: series ${n}${m[2]} after ${series}`);
      series = n; family = m[2];
    } else if (series > 0) {
      if (series === 1) problems.push(`line ${i + 1}: a lone ${'一' + family}`);
      series = 0;
    }
  });
  closeSubs(lines.length);
  return { title: lines[0], salutation, announced: announcedM ? parseCnNumber(announcedM[1]) : null, top, problems };
}

/** Every fact of the file as the draft must contain it (titles without their final 。, dates in Chinese). */
export function factStrings(facts: Facts): string[] {
  const out = [facts.meeting, facts.unit, facts.theme, ...facts.guests];
  if (facts.speaker) out.push(facts.speaker.name, ...(facts.speaker.title ? [facts.speaker.title] : []));
  if (facts.date) out.push(formatDate(facts.date));
  if (facts.period?.start) out.push(formatDate(facts.period.start));
  if (facts.period?.end) out.push(formatDate(facts.period.end));
  for (const [key, value] of Object.entries(facts)) {
    if (!Array.isArray(value) || key === 'guests') continue;
    for (const x of value as (Item | Stat)[]) {
      if ('label' in x) { out.push(statPhrase(x)); continue; }
      out.push(clause(x.title), ...x.points.map(clause), ...x.stats.map(statPhrase));
    }
  }
  return out;
}

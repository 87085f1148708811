// Names and titles against the user's roster (roster.yaml found upwards from the speech, or --roster): a title the
// person did not hold at the speech's date, a name written differently, a list of names out of rank order.
// No roster, no check.
import path from 'node:path';
import { defineRule, type Suggestion } from '../rule.js';
import { AhoCorasick } from '../formulations/aho-corasick.js';
import { cnDate, decideDate } from '../formulations/index.js';
import { findRoster, heldAt, loadRoster, type Roster, type RosterPerson, type RosterTitle } from '../formulations/roster.js';
import { STDIN } from '../../text/read.js';

type Hit = { type: 'name'; person: RosterPerson } | { type: 'title'; title: string };

interface Compiled {
  ac: AhoCorasick<Hit>;
  titleHolders: Map<string, RosterPerson[]>;
}

const compiledRosters = new WeakMap<Roster, Compiled>();

function compile(roster: Roster): Compiled {
  let c = compiledRosters.get(roster);
  if (c) return c;
  const ac = new AhoCorasick<Hit>();
  const titleHolders = new Map<string, RosterPerson[]>();
  for (const p of roster.people) {
    for (const n of [p.name, ...p.aliases]) ac.add(n, { type: 'name', person: p });
    for (const t of p.titles) {
      if (!titleHolders.has(t.title)) { titleHolders.set(t.title, []); ac.add(t.title, { type: 'title', title: t.title }); }
      titleHolders.get(t.title)!.push(p);
    }
  }
  ac.add('同志', { type: 'title', title: '同志' });
  compiledRosters.set(roster, (c = { ac: ac.build(), titleHolders }));
  return c;
}

function describeTitles(p: RosterPerson): string {
  return p.titles.map((t) => `${t.title}${t.from || t.until ? `（${t.from ? cnDate(t.from) : ''}至${t.until ? cnDate(t.until) : '今'}）` : ''}`).join('、') || '无职务';
}

/** Two names of equal length differing in one character (王建囯 / 王建国). */
function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++d > 1) return false;
  return true;
}

const LIST_GAP = /^(?:[、，,\s和及与]|同志)*$/;
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

export default defineRule({
  id: 'roster',
  description: '人名与职务：对照自己维护的人员名册 roster.yaml，查职务与讲话日期不符、姓名写法不同、名单不按名册次序',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    titleAtDate: '{name}在{date}的职务不是“{title}”（名册：{held}）',
    titleNever: '名册中{name}没有“{title}”这一职务（名册：{held}）',
    spelling: '“{found}”与名册中的“{name}”写法不同',
    order: '名单次序与名册不符，应为“{expected}”',
  },
  check({ doc, structure, prose, date, roster: rosterOption, report }) {
    const file = rosterOption ?? (doc.file === STDIN || doc.file.startsWith('<') ? findRoster(process.cwd()) : findRoster(path.dirname(path.resolve(doc.file))));
    if (!file) return;
    const roster = loadRoster(file);
    const { ac, titleHolders } = compile(roster);
    const when = decideDate(structure, date).date;
    const hits = ac.search(prose).sort((a, b) => a.start - b.start || b.end - a.end);
    // Longest match at each place; a title inside a longer title (副市长 ⊃ 市长) is not a title of its own.
    const spans: typeof hits = [];
    for (const h of hits) if (!spans.some((s) => s.start <= h.start && h.end <= s.end)) spans.push(h);
    const names = spans.filter((h) => h.value.type === 'name');
    const titles = spans.filter((h) => h.value.type === 'title');

    for (const n of names) {
      const person = (n.value as { person: RosterPerson }).person;
      // Titles written right before the name (市委副书记、市长王建国) or right after it (王建国市长).
      const adjacent: Array<{ title: string; start: number; end: number }> = [];
      let edge = n.start;
      for (let k = titles.length - 1; k >= 0; k--) {
        const t = titles[k]!;
        if (t.end > edge) continue;
        if (!/^[、\s]*$/.test(prose.slice(t.end, edge))) break;
        adjacent.push({ title: (t.value as { title: string }).title, start: t.start, end: t.end });
        edge = t.start;
      }
      const after = titles.find((t) => t.start === n.end);
      if (after) adjacent.push({ title: (after.value as { title: string }).title, start: after.start, end: after.end });
      for (const t of adjacent) {
        if (t.title === '同志') continue;
        const held = person.titles.filter((x) => x.title === t.title);
        const data = { name: person.name, title: t.title, held: describeTitles(person), date: when ? cnDate(when) : '' };
        if (held.length === 0) { report({ messageId: 'titleNever', data, range: [t.start, t.end] }); continue; }
        if (when && !held.some((x) => heldAt(x, when))) {
          const current = person.titles.filter((x: RosterTitle) => heldAt(x, when));
          const suggestions: Suggestion[] = current.map((x) => ({ desc: `改为“${x.title}”`, fix: { range: [t.start, t.end], text: x.title } }));
          report({ messageId: 'titleAtDate', data, range: [t.start, t.end], ...(suggestions.length ? { suggestions } : {}) });
        }
      }
    }

    // A name next to a title of the roster that is one character away from a holder's name: 市长王建囯.
    const reported = new Set<string>();
    for (const t of titles) {
      const title = (t.value as { title: string }).title;
      const holders = title === '同志' ? roster.people : titleHolders.get(title) ?? [];
      for (const p of holders) {
        if (p.name.length < 3) continue; // two-character names are too easily another word
        const n = p.name.length;
        const candidates = title === '同志' ? [[t.start - n, t.start]] : [[t.end, t.end + n], [t.start - n, t.start]];
        for (const [a, b] of candidates) {
          if (a! < 0 || b! > prose.length) continue;
          const found = prose.slice(a, b);
          if (!CJK_ONLY.test(found) || !oneSubstitution(found, p.name)) continue;
          if (roster.people.some((q) => q.name === found || q.aliases.includes(found))) continue;
          if (names.some((m) => m.start < b! && a! < m.end) || reported.has(`${a}:${b}`)) continue;
          reported.add(`${a}:${b}`);
          const near = roster.people.filter((q) => q.name.length === n && oneSubstitution(found, q.name));
          report({ messageId: 'spelling', data: { found, name: p.name }, range: [a!, b!], ...(near.length === 1 ? { fix: { range: [a!, b!], text: p.name } } : {}) });
        }
      }
    }

    // Lists: names separated only by titles, 、 and 同志, ranked in the roster, must come in rank order.
    const seq = spans.filter((h) => h.value.type === 'name' || h.value.type === 'title');
    let run: Array<{ person: RosterPerson; start: number; end: number }> = [];
    let lastEnd = -1;
    const flush = () => {
      const ranked = run.filter((r) => r.person.rank !== undefined);
      if (ranked.length >= 2 && ranked.some((r, i) => i > 0 && r.person.rank! < ranked[i - 1]!.person.rank!)) {
        const expected = [...ranked].sort((a, b) => a.person.rank! - b.person.rank!).map((r) => r.person.name).join('、');
        report({ messageId: 'order', data: { expected }, range: [ranked[0]!.start, ranked[ranked.length - 1]!.end], maxSeverity: 1 });
      }
      run = [];
    };
    for (const h of seq) {
      if (lastEnd >= 0 && !LIST_GAP.test(prose.slice(lastEnd, h.start))) flush();
      if (h.value.type === 'name') run.push({ person: h.value.person, start: h.start, end: h.end });
      lastEnd = h.end;
    }
    flush();
  },
});

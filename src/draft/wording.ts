// What the templates need to word a speech for its facts: the place (青岚县 → 全县) apart from the organising body
// (青石县人民政府 → 县政府), a short form of the theme (三年行动, 主题教育), the kind of work (a 行动, an 活动 …),
// the standing of the guests, and a stable choice among a template's wording variants. Pure functions.

/** Administrative level of a place, by the suffix of its name. */
export type PlaceLevel = '省' | '自治区' | '市' | '州' | '盟' | '县' | '区' | '旗' | '镇' | '乡' | '街道' | '村' | '社区';

export interface Place {
  /** The place name as found: 青岚县, 清溪街道. */
  name: string;
  level: PlaceLevel;
  /** 全县, 全市, 全区, 全镇, 全街道. */
  all: string;
  /** The one-character (or 街道) short form used before an office: 县 (县委), 街道 (街道党工委). */
  short: string;
}

// Longer suffixes first, so 自治县 is not read as 县 of a place called …自治.
const LEVELS: [string, PlaceLevel, string][] = [
  ['自治区', '自治区', '区'], ['自治州', '州', '州'], ['自治县', '县', '县'], ['街道', '街道', '街道'], ['社区', '社区', '社区'],
  ['省', '省', '省'], ['市', '市', '市'], ['州', '州', '州'], ['盟', '盟', '盟'], ['县', '县', '县'], ['区', '区', '区'],
  ['旗', '旗', '旗'], ['镇', '镇', '镇'], ['乡', '乡', '乡'], ['村', '村', '村'],
];

/** Rank of a level: higher is the higher government. */
const RANK: Record<string, number> = { 省: 4, 自治区: 4, 市: 3, 州: 3, 盟: 3, 县: 2, 区: 2, 旗: 2, 镇: 1, 乡: 1, 街道: 1, 村: 0, 社区: 0 };

// Words that end with a level character but are not place names (县委, 市场, 区域 …) are excluded by what follows them.
const NOT_AFTER = /^(?:场|域|直|级|属)/u;
const OFFICE_START = /^[委党政人工办管局纪组宣统团妇总]/u;

function makePlace(name: string, level: PlaceLevel, short: string): Place {
  return { name, level, all: `全${short}`, short };
}

/**
 * The place a unit belongs to: 青石县人民政府 → 青石县, 中共清溪街道工委 → 清溪街道, 河北省石家庄市长安区 → 长安区
 * (the lowest level of a chain). Null when the unit does not start with a place name.
 */
export function derivePlace(unit: string): Place | null {
  let s = unit.replace(/^(?:中共|中国共产党)/u, '');
  let found: Place | null = null;
  for (let guard = 0; guard < 4 && s.length > 0; guard++) {
    // After a place, an office (县委农村工作领导小组, 人民政府) ends the chain of places.
    if (found && OFFICE_START.test(s)) break;
    let best: { end: number; level: PlaceLevel; short: string } | null = null;
    for (const [suffix, level, short] of LEVELS) {
      // A place name is 1–7 characters before its suffix: the nearest suffix wins.
      for (let i = 1; i <= Math.min(7, s.length - suffix.length); i++) {
        if (s.startsWith(suffix, i) && !NOT_AFTER.test(s.slice(i + suffix.length))) {
          if (!best || i + suffix.length < best.end) best = { end: i + suffix.length, level, short };
          break;
        }
      }
    }
    if (!best) break;
    const name = s.slice(0, best.end);
    found = makePlace(name, best.level, best.short);
    s = s.slice(best.end);
  }
  return found;
}

/** A place written by the writer (place: 青岚县), or by level only (place: 县 → 全县). */
export function parsePlace(text: string): Place | null {
  const t = text.trim().replace(/^全/u, '');
  for (const [suffix, level, short] of LEVELS) {
    if (t === suffix || t === short) return makePlace(t, level, short);
  }
  return derivePlace(t);
}

/**
 * The organising body as the speaker names it at his own meeting: 青石县人民政府 → 县政府, 中共青石县委 → 县委,
 * 青石县应急管理局 → 县应急管理局. When the unit is the place itself, the usual pair of the level: 县委、县政府.
 */
export function bodyShort(unit: string, place: Place | null): string {
  if (!place) return unit;
  const u = unit.replace(/^(?:中共|中国共产党)/u, '');
  const at = u.indexOf(place.name);
  if (at < 0) return unit;
  const rest = u.slice(at + place.name.length);
  if (rest === '') return defaultBody(place);
  const office = rest.replace(/^人民政府/u, '政府').replace(/^委员会$/u, '委');
  return `${place.short}${office}`;
}

/** The party committee and government of a level, as speeches name them. */
export function defaultBody(place: Place): string {
  switch (place.level) {
    case '镇': case '乡': return `${place.short}党委、${place.short}政府`;
    case '街道': return '街道党工委、办事处';
    case '村': return '村党组织、村委会';
    case '社区': return '社区党组织、居委会';
    default: return `${place.short}委、${place.short}政府`;
  }
}

export type ThemeKind = 'education' | 'campaign' | 'action' | 'project' | 'work';

/** What kind of work the theme names; it decides words such as 活动期间 (a campaign) or 行动 (an action). */
export function themeKind(theme: string): ThemeKind {
  const t = theme.replace(/[“”"']/gu, '');
  if (/(?:主题教育|学习教育|专题教育|教育实践活动|集中教育)$/u.test(t)) return 'education';
  if (/活动$/u.test(t)) return 'campaign';
  if (/(?:行动|攻坚战|攻坚|整治|专项治理|会战)$/u.test(t)) return 'action';
  if (/(?:项目建设|项目|工程)$/u.test(t)) return 'project';
  return 'work';
}

/**
 * A short form of the theme for the body of the speech, so the full theme is not repeated in every paragraph:
 * 安全生产治本攻坚三年行动 → 三年行动, 学习贯彻…主题教育 → 主题教育, “…”活动 → 这次活动, 重点项目建设 → 项目建设.
 * A theme of eight characters or fewer is its own short form.
 */
export function themeShort(theme: string): string {
  const t = theme.trim();
  if ([...t].length <= 8) return t;
  const plain = t.replace(/[“”"]/gu, '');
  let m: RegExpExecArray | null;
  switch (themeKind(t)) {
    case 'education':
      return (/(主题教育|学习教育|专题教育|教育实践活动|集中教育)$/u.exec(plain)?.[1]) ?? '这次教育';
    case 'campaign':
      return '这次活动';
    case 'action':
      if ((m = /((?:[一二三四五六七八九十两百千]+|\d+)(?:年|天|日)(?:攻坚|专项|整治)?行动)$/u.exec(plain))) return m[1];
      if ((m = /((?:专项|攻坚|整治|提升)行动|攻坚战|专项整治)$/u.exec(plain))) return m[1];
      return '这次行动';
    case 'project':
      return /项目建设$/u.test(plain) ? '项目建设' : /工程$/u.test(plain) ? '这项工程' : '项目建设';
    default:
      return '这项工作';
  }
}

/** Level of a guest by the first words of the description: 市应急管理局副局长… → 市. Null when not stated. */
export function guestRank(guest: string): number | null {
  const g = guest.replace(/^(?:中共|中国共产党)/u, '');
  if (/^(?:中央|国家|国务院|全国|党中央)/u.test(g)) return 5;
  if (/^省/u.test(g)) return 4;
  if (/^(?:市|州|盟)/u.test(g)) return 3;
  if (/^(?:县|区|旗)/u.test(g)) return 2;
  if (/^(?:镇|乡|街道)/u.test(g)) return 1;
  const p = derivePlace(g);
  return p ? RANK[p.level] : null;
}

/** Guests above the speaker's level (they come to guide) and the others (they attend). */
export function splitGuests(guests: readonly string[], place: Place | null): { higher: string[]; peers: string[] } {
  const own = place ? RANK[place.level] : null;
  const higher: string[] = [];
  const peers: string[] = [];
  for (const g of guests) {
    const r = guestRank(g);
    if (r !== null && own !== null && r > own) higher.push(g);
    else peers.push(g);
  }
  return { higher, peers };
}

/** FNV-1a hash of a string (stable across runs and platforms). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Which of n wording variants a slot uses: stable for one speech (the seed), varying between speeches. */
export function variant(seed: string, slot: string, n: number): number {
  const count = Math.max(1, Math.floor(Number(n)));
  return hash(`${seed}\u0000${slot}`) % count;
}

/** A figure's lead among targets: 力争 unless the label already carries its own verb of intent (确保, 力争 …). */
export function targetLead(label: string): string {
  return /^(?:确保|力争|争取|务必|必须|实现|全面|全部|基本)/u.test(label.trim()) ? '' : '力争';
}

/** Characters a speaker says in a minute, the usual planning figure for official speeches. */
export const CHARS_PER_MINUTE = 200;

/** Length of a speech as read aloud: Chinese characters, letters and digits (no punctuation, no spaces). */
export function spokenLength(text: string): number {
  return [...text.matchAll(/[\p{Script=Han}A-Za-z0-9]/gu)].length;
}

export interface LengthReport {
  /** Spoken characters from the salutation on (title and byline are not read out). */
  chars: number;
  /** Minutes at CHARS_PER_MINUTE, one decimal. */
  minutes: number;
  /** The target of --minutes, in minutes and characters, and how far the draft is from it (+ over, − under). */
  target: { minutes: number; chars: number; diff: number } | null;
}

/** Length of a drafted speech as read aloud, against a target of `minutes` when given. */
export function lengthReport(paragraphs: readonly { kind: string; text: string }[], minutes?: number): LengthReport {
  const spoken = paragraphs.filter((p) => p.kind !== 'title' && p.kind !== 'byline').map((p) => p.text).join('');
  const chars = spokenLength(spoken);
  const target = minutes !== undefined ? { minutes, chars: Math.round(minutes * CHARS_PER_MINUTE), diff: 0 } : null;
  if (target) target.diff = chars - target.chars;
  return { chars, minutes: Math.round((chars / CHARS_PER_MINUTE) * 10) / 10, target };
}

/** The report in Chinese for stderr: 篇幅约1434字，按每分钟约200字计约7.2分钟；目标10分钟（约2000字），还差约566字。 */
export function formatLength(r: LengthReport): string {
  let out = `篇幅约${r.chars}字，按每分钟约${CHARS_PER_MINUTE}字计约${r.minutes}分钟`;
  if (r.target) {
    const { minutes, chars, diff } = r.target;
    const within = Math.abs(diff) <= chars * 0.1;
    out += `；目标${minutes}分钟（约${chars}字），`;
    out += within ? '长度合适' : diff < 0 ? `还差约${-diff}字，可在各部分补充具体做法和数据` : `超出约${diff}字，可压缩或合并要点`;
  }
  return `${out}。`;
}

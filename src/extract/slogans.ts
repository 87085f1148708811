// Quoted phrases and parallel enumerations of a speech, classified: formula “四风”, slogan “从我做起、向我看齐”,
// term “两张皮”, name “集中学习周” / 《党章》, enumeration 照镜子、正衣冠、洗洗澡、治治病 (quoted or not).
import { positionAt, codePointLength, type SpeechDocument } from '../text/document.js';
import type { Paragraph, Slogan } from './types.js';
import { quotedFormulas } from './formulas.js';
import { lexicon } from './lexicon/index.js';
import { paragraphQuotes, type QuoteSpan } from './lexicon/quotes.js';

type Kind = Slogan['kind'];

/** Longest quotation taken as a slogan; longer ones are citations. */
const MAX_SLOGAN = 40;
/** Quotations that separate the items of one chain: “千名干部走百村联万户”“联户帮困”等活动. */
const CHAIN_GAP = /^[、，,和与及或]?$/;
/** After a quotation (or chain): the quoted text names an activity, a work method, a system, a title. */
const NAME_AFTER = /^等?(?:工作|[\u4e00-\u9fff]{0,4}?(?:活动|工作法|工程|行动|机制|模式|讲坛|讲堂|称号|会战|主题教育|制度))/;
/** Before a quotation: launching or awarding it. */
const NAME_BEFORE = /(?:开展|举办|实施|推行|启动|成立|开设|评为|命名为|授予|荣获|争创|创建)(?:年度|了)?$/;
/** Quoted texts ending like a campaign, a day or week of action, a team or a facility. */
const NAME_SUFFIX = /(?:活动|工程|行动|学习周|服务日|服务月|宁静日|突击队|服务队|讲堂|讲坛|工作法|工作室|会战|超市)$/;
/** A date in quotes (“七·一”) is not a slogan. */
const DATE_LIKE = /^[一二三四五六七八九十\d]+\s*[·.．]\s*[一二三四五六七八九十\d]+$/;
const HAN_RE = /[\u4e00-\u9fff]/;
/** Citing a saying or a text before the quotation: 古人云, 俗话说, 正如…所说, 总书记指出：. */
const CITED_BEFORE = /(?:古人|古语|先贤|前人|老话|俗话|俗语|常言|诗|书|经|传|有言|名言|格言|谚语)(?:[云曰说讲道]|所说|所言|有云|讲得好|说得好)[:：，,]?$|(?:所说|所言|说过|讲过|指出|强调|写道|说道|曰|云)[:：]$/;
/** Particles of classical Chinese: a quotation with them is a citation, not a slogan of this speech. */
const CLASSICAL = /[之乎者也矣焉哉兮其而惟乃亦莫勿皆夫则]|无以/;
/**
 * 天下兴亡，匹夫有责; 功崇惟志，业广惟勤; 为政之要，莫先于得人: two to four clauses of four to seven characters, of
 * equal length or one apart, as sayings and verse are written, with a particle of classical Chinese; or a saying of
 * the dictionary of six characters or more (行百里者半九十; a shorter one is mostly a noun phrase: “一亩三分地” is a term).
 */
function isSaying(s: string): boolean {
  const clauses = s.split(/[，,；;。！!？?]/).filter(Boolean);
  if (clauses.length === 1) return clauses[0].length >= 6 && lexicon().idiomMatcher.matchAt(clauses[0], 0) === clauses[0];
  if (clauses.length < 2 || clauses.length > 4) return false;
  const lengths = clauses.map((c) => c.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return min >= 4 && max <= 7 && max - min <= 1 && clauses.every((c) => /^[\u4e00-\u9fff]+$/.test(c)) && CLASSICAL.test(s);
}

/** Parallel items of one enumeration: at least three, short, of (nearly) equal length. */
export function enumerationItems(content: string, tolerance = 1): string[] | null {
  // Most quotations hold fewer than two 、: no need to split them.
  const second = content.indexOf('、', content.indexOf('、') + 1);
  if (content.indexOf('、') < 0 || second < 0) return null;
  const items = content.split('、').map((s) => s.trim());
  if (items.length < 3) return null;
  const lengths = items.map((s) => [...s].length);
  if (lengths.some((n) => n < 1 || n > 8)) return null;
  if (items.some((s) => !/^[\u4e00-\u9fff]+$/.test(s))) return null;
  return Math.max(...lengths) - Math.min(...lengths) <= tolerance ? items : null;
}

/** Whether a character occurs twice in s (new Set(s).size < s.length, without the set: items are short). */
function repeatsCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character of the set but two units of the length: keep the set's answer.
    if (c >= 0xd800 && c <= 0xdfff) return new Set(s).size < s.length;
    for (let j = 0; j < i; j++) if (s.charCodeAt(j) === c) return true;
  }
  return false;
}

/**
 * Shared structure that makes equal-length items a slogan rather than a list of names: every item repeats a
 * character (红红脸, 理论理想), or all items have the same character at one non-final position (最怨、最恨;
 * 吃不了苦、受不了罪; 读原文、学原著) — unless what they share is only a determiner or an administrative
 * prefix (全国、全省; 每个行业、每个部门) or only an ending (人社局、民政局; 机关党员、农村党员): lists of nouns.
 */
export function hasParallelStructure(items: string[]): boolean {
  if (items.every(repeatsCharacter)) return true;
  const len = items[0].length;
  const shared: number[] = [];
  for (let p = 0; p < len - 1; p++) if (items.every((s) => s[p] === items[0][p])) shared.push(p);
  if (shared.length === 0) return false;
  // Sharing only an ending (机关党员、农村党员; 区位优势、资源优势) marks a list of nouns.
  let suffix = 0;
  while (suffix < len && items.every((s) => s[len - 1 - suffix] === items[0][len - 1 - suffix])) suffix++;
  if (shared.every((p) => p >= len - suffix)) return false;
  let prefix = 0;
  while (prefix < len && items.every((s) => s[prefix] === items[0][prefix])) prefix++;
  const beyondPrefix = shared.some((p) => p >= prefix);
  if (beyondPrefix) return true;
  const common = items[0].slice(0, prefix);
  return !lexicon().listPrefixes.some((w) => common.startsWith(w));
}

function chainBounds(text: string, quotes: QuoteSpan[], k: number): [number, number] {
  const linked = (a: QuoteSpan, b: QuoteSpan) => a.kind === 'quote' && b.kind === 'quote' && CHAIN_GAP.test(text.slice(a.close + 1, b.open));
  let first = k;
  while (first > 0 && linked(quotes[first - 1], quotes[first])) first--;
  let last = k;
  while (last + 1 < quotes.length && linked(quotes[last], quotes[last + 1])) last++;
  return [first, last];
}

/** Kind of a quotation in its context, or null when it is not a slogan at all. */
export function classifyQuote(text: string, quotes: QuoteSpan[], k: number): Kind | null {
  const q = quotes[k];
  const s = q.content.trim();
  // A single character in quotes (“矢”) is a word being discussed, not a phrase of the speech.
  if (!HAN_RE.test(s) || codePointLength(s) < 2 || codePointLength(s) > MAX_SLOGAN || DATE_LIKE.test(s)) return null;
  if (q.kind === 'title') return 'name';
  if (quotedFormulas(s)) return 'formula';
  if (/[+＋]|——/.test(s)) return 'name';
  const [first, last] = chainBounds(text, quotes, k);
  const after = text.slice(quotes[last].close + 1, quotes[last].close + 13);
  const before = text.slice(Math.max(0, quotes[first].open - 8), quotes[first].open);
  if (NAME_AFTER.test(after) || NAME_BEFORE.test(before)) return 'name';
  if (CITED_BEFORE.test(text.slice(Math.max(0, q.open - 10), q.open)) || isSaying(s)) return 'quotation';
  if (enumerationItems(s)) return 'enumeration';
  if (NAME_SUFFIX.test(s)) return 'name';
  if (/[、，,；;！!？?：:]/.test(s) || codePointLength(s) >= 7) return 'slogan';
  return 'term';
}

interface Hit { text: string; kind: Kind; offset: number }

/** Characters after which the last item of an unquoted list ends. */
const TAIL_BREAK = /^(?:[等的和与及都也是就为已将之]|现象|问题|情况|方面|倾向)/;

const ENUM_COMMA = 0x3001; // 、
const isHanAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/**
 * The next maximal run of Han words joined by 、 (three words or more) starting at or after `from`: the matches
 * of /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+){2,}/g. Written out by hand because that regex
 * tries every position of a paragraph; here only the words before each 、 are looked at. Greedy runs never
 * backtrack usefully (a shorter run is followed by a Han character, not by 、), so the match is the maximal chain.
 */
function nextHanChain(text: string, from: number): [number, number] | null {
  for (let q = text.indexOf('、', from); q >= 0; q = text.indexOf('、', q + 1)) {
    let start = q;
    while (start > 0 && isHanAt(text, start - 1)) start--;
    if (start === q || start < from) continue;
    let end = q;
    let words = 1;
    while (end + 1 < text.length && text.charCodeAt(end) === ENUM_COMMA && isHanAt(text, end + 1)) {
      end++;
      while (end < text.length && isHanAt(text, end)) end++;
      words++;
    }
    if (words >= 3) return [start, end];
  }
  return null;
}

/** Unquoted enumerations of a paragraph: maximal runs of equal-length middle items with their trimmed ends. */
function findEnumerations(text: string, quotes: QuoteSpan[]): Array<{ items: string[]; index: number }> {
  const out: Array<{ items: string[]; index: number }> = [];
  // Chains come in order: the quotes opened before each are taken in order of their opening, with the furthest
  // close among them (a walk over every quote of the paragraph for every chain was quadratic on a one-line text).
  const byOpen = quotes.length > 1 ? quotes.slice().sort((x, y) => x.open - y.open) : quotes;
  let opened = 0;
  let furthestClose = -1;
  for (let m = nextHanChain(text, 0); m; m = nextHanChain(text, m[1])) {
    const [start, end] = m;
    while (opened < byOpen.length && byOpen[opened].open < start) furthestClose = Math.max(furthestClose, byOpen[opened++].close);
    // Inside a quote (opened before the chain, closed at or after its end): not an unquoted enumeration.
    if (furthestClose >= end) continue;
    const items = text.slice(start, end).split('、');
    const starts: number[] = [];
    let pos = start;
    for (const it of items) { starts.push(pos); pos += it.length + 1; }
    let a = 1;
    while (a < items.length - 1) {
      const L = items[a].length;
      let b = a;
      while (b + 1 < items.length - 1 && items[b + 1].length === L) b++;
      const head = items[a - 1];
      const tail = items[b + 1];
      // The first item carries the words before the list (重点谈问题); the last one ends at punctuation or at a
      // function word or a summing noun (访局等区直部门; 作风改而不透现象), else it is a longer item of its own
      // (服务岗、服务亭、服务窗口).
      const tailFits = tail.length === L || (tail.length > L && TAIL_BREAK.test(tail.slice(L)));
      const group = [head.slice(-L), ...items.slice(a, b + 1)];
      if (tailFits) group.push(tail.slice(0, L));
      if (L >= 2 && L <= 8 && head.length >= L && group.length >= 3 && hasParallelStructure(group)) {
        out.push({ items: group, index: starts[a - 1] + head.length - L });
      }
      a = b + 1;
    }
  }
  return out;
}

export function extractSlogans(doc: SpeechDocument, paragraphs: Paragraph[]): Slogan[] {
  const hits: Hit[] = [];
  for (const p of paragraphs) {
    const t = p.text;
    const quotes = paragraphQuotes(p);
    const local: Hit[] = [];
    quotes.forEach((q, k) => {
      const kind = classifyQuote(t, quotes, k);
      if (kind) local.push({ text: q.content.trim(), kind, offset: p.offset + q.open + 1 });
    });
    for (const e of findEnumerations(t, quotes)) local.push({ text: e.items.join('、'), kind: 'enumeration', offset: p.offset + e.index });
    local.sort((a, b) => a.offset - b.offset);
    hits.push(...local);
  }
  const byText = new Map<string, Slogan>();
  for (const h of hits) {
    const { line } = positionAt(doc, h.offset);
    let s = byText.get(h.text);
    if (!s) byText.set(h.text, (s = { text: h.text, kind: h.kind, count: 0, lines: [] }));
    s.count++;
    if (s.lines[s.lines.length - 1] !== line) s.lines.push(line);
  }
  return [...byText.values()];
}

// The paragraphs of a .docx body with Word's automatic numbering rendered as text. A paragraph is numbered through
// w:numPr (numId + ilvl) on itself or on its paragraph style (followed through w:basedOn); numbering.xml maps a
// numId to an abstractNum, whose levels give the start value, the number format (decimal, chineseCounting,
// ideographTraditional, decimalEnclosedCircle…) and the level text (`%1、`, `（%2）`, `%1.%2`). Counters belong to
// the abstract list (several w:num of one abstractNum continue one another, as in Word) and a w:num's
// lvlOverride/startOverride restarts its levels the first time that num is used; a level restarts when a higher
// level is numbered (w:lvlRestart can say otherwise). Bullets and `none` add nothing.

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The text of a w:t (or any leaf) element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** A small XML reader for the WordprocessingML parts: elements, attributes and text; comments and PIs skipped. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += unescape(m[6]);
    else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unescape(a[2] ?? a[3]);
      const node: XmlNode = { name: m[3], attrs, children: [], text: '' };
      top.children.push(node);
      if (m[5] !== '/') stack.push(node);
    }
  }
  return root;
}

const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.name === name);
const val = (n: XmlNode | undefined) => n?.attrs['w:val'];
const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s.trim()) ? parseInt(s, 10) : undefined);

function* descendants(n: XmlNode, name: string): Generator<XmlNode> {
  for (const c of n.children) {
    if (c.name === name) yield c;
    yield* descendants(c, name);
  }
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level below this index is numbered; default: the level's own index (any higher level). */
  restart?: number;
  legal: boolean;
  suffix: string;
}

interface NumDef {
  abstractId: string;
  /** Level definitions replaced by the num (lvlOverride with a w:lvl). */
  levels: Map<number, Level>;
  startOverride: Map<number, number>;
}

interface NumPr {
  numId?: string;
  ilvl?: number;
}

function readLevel(lvl: XmlNode): Level {
  return {
    start: int(val(child(lvl, 'w:start'))) ?? 0,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    restart: int(val(child(lvl, 'w:lvlRestart'))),
    legal: child(lvl, 'w:isLgl') !== undefined && val(child(lvl, 'w:isLgl')) !== 'false' && val(child(lvl, 'w:isLgl')) !== '0',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
  };
}

function readNumPr(pPr: XmlNode | undefined): NumPr | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  return { numId: val(child(numPr, 'w:numId')), ilvl: int(val(child(numPr, 'w:ilvl'))) };
}

const DIGITS = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (the counting form Word uses for chineseCounting*). */
function chineseCount(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0) return digits[0];
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return chineseCount(high, digits, units) + '万' + (low === 0 ? '' : (low < 1000 ? digits[0] : '') + chineseCount(low, digits, units));
  }
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += digits[0];
    zero = false;
    out += (d === 1 && unit === units[1] && i === 0 && digits === DIGITS ? '' : digits[d]) + unit;
  }
  return out;
}

const alpha = (n: number, base: string) => {
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

const enclosed = (n: number, first: number, count: number) => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n));

/** The number n in the w:numFmt format; unknown formats are written as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCount(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1 + 10) % 10];
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1 + 12) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 21 && n <= 35 ? String.fromCodePoint(0x3251 + n - 21) : enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return alpha(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return alpha(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'none':
      return '';
    default:
      // decimal, decimalFullWidth, decimalHalfWidth, ordinal… — ASCII digits, as the text rules expect them.
      return String(n);
  }
}

class Numbering {
  private abstracts = new Map<string, Map<number, Level>>();
  private nums = new Map<string, NumDef>();
  private styles = new Map<string, { numPr?: NumPr; basedOn?: string }>();
  /** abstractNum id + level → pStyle linked to that level (a style's numPr without ilvl takes this level). */
  private styleLevels = new Map<string, number>();
  private counters = new Map<string, (number | undefined)[]>();
  private usedNums = new Set<string>();

  constructor(numberingXml?: string, stylesXml?: string) {
    if (numberingXml) {
      const root = parseXml(numberingXml);
      for (const a of descendants(root, 'w:abstractNum')) {
        const id = a.attrs['w:abstractNumId'];
        const levels = new Map<number, Level>();
        for (const lvl of a.children.filter((c) => c.name === 'w:lvl')) {
          const ilvl = int(lvl.attrs['w:ilvl']) ?? 0;
          levels.set(ilvl, readLevel(lvl));
          const pStyle = val(child(lvl, 'w:pStyle'));
          if (pStyle) this.styleLevels.set(`${id}\u0000${pStyle}`, ilvl);
        }
        this.abstracts.set(id, levels);
      }
      for (const n of descendants(root, 'w:num')) {
        const def: NumDef = { abstractId: val(child(n, 'w:abstractNumId')) ?? '', levels: new Map(), startOverride: new Map() };
        for (const o of n.children.filter((c) => c.name === 'w:lvlOverride')) {
          const ilvl = int(o.attrs['w:ilvl']) ?? 0;
          const start = int(val(child(o, 'w:startOverride')));
          if (start !== undefined) def.startOverride.set(ilvl, start);
          const lvl = child(o, 'w:lvl');
          if (lvl) def.levels.set(ilvl, readLevel(lvl));
        }
        this.nums.set(n.attrs['w:numId'], def);
      }
    }
    if (stylesXml) {
      for (const s of descendants(parseXml(stylesXml), 'w:style')) {
        if (s.attrs['w:type'] && s.attrs['w:type'] !== 'paragraph') continue;
        this.styles.set(s.attrs['w:styleId'], { numPr: readNumPr(child(s, 'w:pPr')), basedOn: val(child(s, 'w:basedOn')) });
      }
    }
  }

  /** The paragraph's numbering: its own numPr, else its style's (through basedOn); numId 0 switches it off. */
  private resolve(own: NumPr | undefined, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId = own?.numId;
    let ilvl = own?.ilvl;
    const seen = new Set<string>();
    let style = styleId;
    let linkedStyle: string | undefined;
    while (style && !seen.has(style) && (numId === undefined || ilvl === undefined)) {
      seen.add(style);
      const s = this.styles.get(style);
      if (!s) break;
      if (s.numPr) {
        if (numId === undefined && s.numPr.numId !== undefined) {
          numId = s.numPr.numId;
          linkedStyle = style;
        }
        if (ilvl === undefined && s.numPr.ilvl !== undefined) ilvl = s.numPr.ilvl;
      }
      style = s.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    const def = this.nums.get(numId);
    if (!def) return undefined;
    if (ilvl === undefined && linkedStyle !== undefined) ilvl = this.styleLevels.get(`${def.abstractId}\u0000${linkedStyle}`);
    return { numId, ilvl: Math.min(8, Math.max(0, ilvl ?? 0)) };
  }

  private level(def: NumDef, ilvl: number): Level | undefined {
    return def.levels.get(ilvl) ?? this.abstracts.get(def.abstractId)?.get(ilvl);
  }

  /** The rendered number of a paragraph (advancing the counters), or '' when it is not numbered. */
  next(own: NumPr | undefined, styleId: string | undefined): string {
    const at = this.resolve(own, styleId);
    if (!at) return '';
    const def = this.nums.get(at.numId)!;
    const lvl = this.level(def, at.ilvl);
    if (!lvl) return '';
    const key = def.abstractId;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    if (!this.usedNums.has(at.numId)) {
      this.usedNums.add(at.numId);
      for (const [i, start] of def.startOverride) counters[i] = start - 1;
    }
    counters[at.ilvl] = counters[at.ilvl] === undefined ? lvl.start : counters[at.ilvl]! + 1;
    for (let deeper = at.ilvl + 1; deeper <= 8; deeper++) {
      const d = this.level(def, deeper);
      const restart = d?.restart ?? deeper;
      if (restart !== 0 && at.ilvl < restart) counters[deeper] = undefined;
    }
    if (lvl.format === 'bullet' || lvl.format === 'none') return '';
    const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const other = i === at.ilvl ? lvl : this.level(def, i);
      const value = counters[i] ?? other?.start ?? 1;
      return formatNumber(value, lvl.legal && i !== at.ilvl ? 'decimal' : other?.format ?? 'decimal');
    });
    if (!text) return '';
    // A tab or space after the number: kept as one space only after a Latin or digit ending (`1.1 总体要求`);
    // Chinese list text (`一、`, `（一）`, `第一章`) runs on as a typed heading would.
    if (lvl.suffix !== 'nothing' && /[0-9A-Za-z.)]$/.test(text)) return text + ' ';
    return text;
  }
}

/** Paragraph texts of word/document.xml in document order, each with its automatic number in front. */
export function readDocxParagraphs(parts: { document: string; numbering?: string; styles?: string }): string[] {
  const numbering = new Numbering(parts.numbering, parts.styles);
  const out: string[] = [];
  const body = child(child(parseXml(parts.document), 'w:document'), 'w:body') ?? parseXml(parts.document);
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === 'w:p') paragraph(c);
      else walk(c);
    }
  };
  const paragraph = (p: XmlNode) => {
    const pPr = child(p, 'w:pPr');
    let text = '';
    const inner: XmlNode[] = [];
    const runs = (n: XmlNode) => {
      for (const c of n.children) {
        if (c.name === 'w:t') text += c.text;
        else if (c.name === 'w:tab') text += '\t';
        else if (c.name === 'w:br' || c.name === 'w:cr') {
          if (c.attrs['w:type'] !== 'page' && c.attrs['w:type'] !== 'column') text += '\n';
        } else if (c.name === 'w:noBreakHyphen') text += '-';
        else if (c.name === 'w:txbxContent') inner.push(c);
        else if (c.name === 'w:pPr' || c.name === 'mc:Fallback' || c.name === 'w:del' || c.name === 'w:instrText' || c.name === 'w:delText') continue;
        else runs(c);
      }
    };
    runs(p);
    const number = numbering.next(readNumPr(pPr), val(child(pPr, 'w:pStyle')));
    out.push(number + text);
    // Text boxes inside the paragraph: their paragraphs follow it.
    for (const box of inner) walk(box);
  };
  walk(body);
  return out;
}

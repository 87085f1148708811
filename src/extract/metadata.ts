// The speech's own statement of what it is: the full title (main title lines + ——subtitle), the date, the speaker
// and the meeting, read from the header block above the salutation and, for the meeting, from the opening sentences.
import { foldTraditional } from './fold.js';
import type { Paragraph } from './types.js';
import { parseCnNumber } from '../text/numerals.js';
import { codePointLength } from '../text/document.js';

export interface SpeechMetadata {
  /** Main title lines joined by a space, then the ——subtitle: '高举…旗帜 为…奋斗——在…上的报告'. '' when none. */
  title: string;
  /** ISO date 'YYYY-MM-DD' (or 'YYYY-MM' when no day is given), or null. */
  date: string | null;
  /** The speaker's name as printed (spaces between the characters removed), or null. */
  speaker: string | null;
  /** The meeting as written: 全市教育大会, 第十四届全国人民代表大会第二次会议; or null. */
  meeting: string | null;
}

const HAN = '\\u3400-\\u9fff';
/** Markdown and bold markup around a header line (# 标题, **习近平**, > 这是…) is layout. */
const MARKUP = /^\s*(?:#{1,6}\s+|>\s*)?(?:\*\*|__)?|(?:\*\*|__)?\s*$/g;

/** Lines web pages add above a speech (breadcrumbs, sources, view counts, a news agency's dateline). */
const WEB_NOISE =
  /您的位置|当前位置|信息来源|来源\s*[:：]|发布时间|发布日期|时间[:：]\s*\d|浏览次数|点击[数量率]|阅读[数量次]|字号|打印本页|关闭窗口|^前言[:：]|本站|由会员分享|在线阅读|请在.{0,8}上搜索|下载|首页|返回|Copyright|版权所有|ICP|网站地图|^(?:新华社|中新社|人民网|新华网|央视网)\S{0,12}电$/i;

const CN_DIGIT = '〇零一二三四五六七八九十';
const NUM = `(?:\\d{1,4}|[${CN_DIGIT}]{1,4})`;
/** 2021年2月20日, 一九三三年八月十二日, 2021年2月 (month only). */
const CN_DATE = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(${NUM})\\s*月(?:\\s*(${NUM})\\s*日)?`);
/** 2020.6.20, 2021/02/27, 2021-02-20. */
const DOT_DATE = /(?<![\d.])(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?![\d.])/;
/** A line that is only a date, perhaps in brackets, perhaps with the time of day: （2021年2月20日）, 2020年10月29日上午. */
const DATE_LINE = new RegExp(`^[（(]?\\s*(?:${CN_DATE.source}|${DOT_DATE.source})\\s*(?:[上下]午|晚上?)?\\s*[）)]?$`);

/** Titles of office that stand before or after a name: 校长 蒋明, 国务院总理 / 李强, 沈江峰校长在…. */
const POSITION = '(?:总书记|书记|副?主席|总理|副?部长|副?省长|副?市长|副?县长|副?区长|副?局长|副?厅长|副?主任|副?校长|副?院长|董事长|总裁|总经理|委员长|负责人|党委书记|秘书长|会长|处长|科长|镇长|乡长|所长|社长|馆长|行长|司令员|政委|教授)';
/**
 * Common surnames: a 2–4 character line is a name only when it starts with one (走向远方 is a title). Surnames that
 * are also frequent words at a line start (党, 和, 全, 文 …) are left out: a missed name is better than a title taken for one.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆卓吉缪项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝习蔺栗楼芮诸闻冀郜郁晋扈钮宿廉伏井荀储汝綦厉阎衣巴刀薄俞乌';
const NAME = `[${SURNAMES}][${HAN}]{1,3}`;
const NAME_LINE = new RegExp(`^(?:[${HAN}、（）()]{0,30}${POSITION}\\s*)?(${NAME}?)(?:同志)?$`);
/** 沈江峰校长在…上的讲话, 任正非在…, 马卫光同志的讲话摘要, 这是毛泽东在…上的报告. */
const NAME_BEFORE_OCCASION = new RegExp(`^(?:这是)?(${NAME}?)(?:同志)?${POSITION}?(?:在|的(?:讲话|致辞|发言|报告))`);

/** Meeting nouns a named meeting ends with. */
const MEETING_NOUN = '(?:代表大会|全体会议|全会|大会|会议|座谈会|推进会|调度会|动员会|汇报会|现场会|交流会|报告会|年会|例会|论坛|典礼|仪式|开班式|启动式|见面会|恳谈会|研讨会|培训班|教代会|常委会|工作会|开放日|会)';
/** 在…上的讲话: the meeting is what stands between 在 and 上. */
const AT_MEETING = new RegExp(`在((?:(?!在)[^，。；！？\\s])+?${MEETING_NOUN}(?:[、和暨与及](?:(?!在)[^，。；！？\\s])+?${MEETING_NOUN})*)(?:上|开幕式上|闭幕式上)(?:所作的|的|$)`);
/** A title 在…上的讲话 names the occasion whatever its last word (在…进展汇报上的讲话). */
const TITLE_OCCASION = /^(?:——)?(?:[\u3400-\u9fff]{2,4}(?:同志)?)?在(.{2,60}?)上的(?:讲话|致辞|致词|发言|报告|演讲|讲演|总结讲话|主持词)/;
/**
 * A title or subtitle naming the occasion before the speech word, without 在…上: ——2019学年第一学期开学典礼讲话,
 * 某论坛发言稿, ——九届二次教代会学校工作报告 (a short word between), ——新高一家长会上的讲话稿.
 */
const NAMED_OCCASION = new RegExp(`^(?:——)?((?!关于)(?:(?!在)[^，。；：！？\\s—]){1,40}?${MEETING_NOUN})(?:上的|的)?[\u4e00-\u9fff]{0,4}?(?:讲话稿?|发言稿?|致辞|致词|报告|演讲稿?)$`);
/** 在…的讲话 without 上, when the occasion is a meeting or a 汇报 (在…总结与规划汇报的讲话). */
const TITLE_OCCASION_BARE = new RegExp(`^(?:——)?在(.{2,60}?(?:${MEETING_NOUN}|汇报))的(?:讲话|致辞|致词|发言|报告)`);
/** An opening sentence whose subject is the meeting, named with its ordinal: 中国共产党第十八次全国代表大会，是…. */
const SUBJECT_MEETING = new RegExp(`^\\s*((?:(?!召开|举行)[^，。；：！？“”、\\s]){2,40}?第[一二三四五六七八九十百\\d]+[次届](?:[^，。；：！？“”、\\s]){0,20}?${MEETING_NOUN})[，,]?(?:是|将)`);
/** A report's occasion line: 2025年1月14日在北京市第十六届人民代表大会第三次会议上 (then the office and name). */
const DATED_OCCASION = new RegExp(`^(?:——)?${'(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年[^在]{1,8}日'}在(.{4,60}?${MEETING_NOUN})上`);
/** 今天，我们召开全市教育大会; 这次……会议; 今天是十一届党委第一次全体会议. */
const HOLD_MEETING = new RegExp(`(?:召开|举行|举办|今天是|这次|本次|向)(?:了|这次|今天的|的)?((?:(?!召开|举行|这次|本次|今天)[^，。；：！？“”、\\s]){2,40}?${MEETING_NOUN})(?=[，。；：！？、\\s]|$|作|报告)`);
/** The speaker reporting to the meeting: 向第六届全国人民代表大会第一次会议作政府工作报告. */
const REPORT_TO = /向[^，。；！？]{4,40}?(?:会议|大会|全会)作[^，。；！？]{0,6}?(?:报告|汇报)/;
/** A Party meeting's name opens with 党的 (党的第十二次全国代表大会, 党的十八届三中全会). */
const PARTY_NAME = /^(?:中国共产党|党)的(?:第?[一二三四五六七八九十百\d]+[次届大])/;
/** Generic meeting words alone are no name: 这次会议, 今天的大会. */
const BARE_MEETING = new RegExp(`^(?:这次|本次|今天的?|此次|全体|这个|此)?${MEETING_NOUN}$`);

/** An editor's note under a title: 这是毛泽东在……上的报告。 */
const EDITOR_NOTE = /^这是.{2,8}?在.{2,80}(?:上|时)(?:所作)?的(?:讲话|报告|演说|讲演|结论|发言|总结)/;

const MAX_HEADER = 8;
const MAX_OPENING_SCAN = 7;
const LEADING_ORDINAL = /^第[一二三四五六七八九十百\d]+[届次]/;
const MAX_GREETING = 12;
const MAX_HEADER_LINE = 90;

interface HeaderLine { text: string; kind: 'noise' | 'date' | 'name' | 'subtitle' | 'note' | 'line' }

/** Zero-width characters a web copy leaves where markup was (​政府工作报告): no part of a header line. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
function strip(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(MARKUP, '').trim();
}

/** Spaces between single characters of a name or title (王 琛, 习　近　平, 走 向 远 方) are letter-spacing. */
const LETTER_SPACED = new RegExp(`^[${HAN}](?:[\\s\\u3000]+[${HAN}])+$`);
function squeeze(text: string): string {
  return LETTER_SPACED.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}
/** A name with its office or date around it: 绍兴一中党委副书记、校长 蒋 明 → 校长 蒋明. */
const SPACED_NAME = new RegExp(`(?<=^|[\\s\\u3000])[${HAN}](?:[\\s\\u3000]+[${HAN}]){1,3}(?=$|[\\s\\u3000])`, 'g');
function squeezeName(text: string): string {
  return text.replace(SPACED_NAME, (m) => m.replace(/[\s\u3000]+/g, ''));
}

function classify(raw: string, next: string | undefined): HeaderLine {
  const text = strip(raw);
  if (/^>/.test(raw.trim()) || EDITOR_NOTE.test(text)) return { text, kind: 'note' };
  if (WEB_NOISE.test(text)) return { text, kind: 'noise' };
  if (DATE_LINE.test(text)) return { text, kind: 'date' };
  if (/^[—–―‒-]{1,3}/.test(text)) return { text, kind: 'subtitle' };
  // A name line: 王琛, 广东省省长 王伟中; 王 琛 2020.6.20 is a name with its date. Not a title over a ——subtitle.
  const withoutDate = squeezeName(text.replace(DOT_DATE, '').replace(CN_DATE, '').trim()).replace(/[\s\u3000]+/g, ' ');
  if (NAME_LINE.test(withoutDate) && !(next !== undefined && /^[—–―‒-]{1,3}/.test(strip(next)))) return { text, kind: 'name' };
  return { text, kind: 'line' };
}

/** ISO form of the first date in a string, or null. */
export function parseDate(text: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d?: number) => y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));
  const cn = CN_DATE.exec(text);
  const dot = DOT_DATE.exec(text);
  if (cn && (!dot || cn.index <= dot.index)) {
    const year = /^\d/.test(cn[1]) ? Number(cn[1]) : Number([...cn[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
    const month = /^\d/.test(cn[2]) ? Number(cn[2]) : parseCnNumber(cn[2]);
    const day = cn[3] === undefined ? undefined : /^\d/.test(cn[3]) ? Number(cn[3]) : parseCnNumber(cn[3]);
    if (month !== null && day !== null && valid(year, month, day)) return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  if (dot) {
    const [y, m, d] = [Number(dot[1]), Number(dot[2]), Number(dot[3])];
    if (valid(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}

/** A date opening a meeting's name (一九三三年八月十二日至十五日在). */
const LEADING_DATE = new RegExp(`^(?:${CN_DATE.source}|${DOT_DATE.source})(?:(?:至|到)${NUM}日)?(?:在)?`);

/** The meeting named in `text` by `pattern`, read with traditional characters folded (會議 as 会议), as written. */
function meetingIn(text: string, pattern: RegExp): string | null {
  const folded = foldTraditional(text);
  const m = pattern.exec(folded);
  if (!m) return null;
  // 一九三三年八月十二日至十五日召开的……大会: what follows 召开的/举行的 is the meeting's name.
  let name = m[1].replace(/^.*(?:召开的|举行的|举办的)/, '');
  name = name.replace(LEADING_DATE, '');
  if (name.length < 2 || BARE_MEETING.test(name)) return null;
  // The folded name is a suffix of group 1, which lies in the text where the match put it (one character for one).
  const end = m.index + m[0].indexOf(m[1]) + m[1].length;
  return text.slice(end - name.length, end);
}

/**
 * The header block: the paragraphs before the salutation (or, with none, the short lines that open the text), and
 * the text before the salutation when it shares a paragraph with the title.
 */
function headerLines(paragraphs: Paragraph[], salutation: { index: number; at: number } | null): string[] {
  const out: string[] = [];
  const end = salutation ? Math.min(salutation.index, MAX_HEADER) : Math.min(paragraphs.length, MAX_HEADER);
  for (let i = 0; i < end; i++) {
    const t = paragraphs[i].text;
    // An editor's note (> 这是毛泽东在…上的报告。) belongs to the header; a body sentence ends it.
    if (/^\s*>/.test(t) || EDITOR_NOTE.test(t.trim())) { out.push(t); continue; }
    if (!salutation && (t.length > MAX_HEADER_LINE || /。$/.test(t.trim()))) break;
    if (t.length <= MAX_HEADER_LINE * 2) out.push(t);
  }
  if (salutation && salutation.at > 0 && salutation.index < MAX_HEADER) out.push(paragraphs[salutation.index].text.slice(0, salutation.at));
  return out.map((t) => t.trim()).filter(Boolean);
}

/** A name after the office at a line end. */
const NAME_AT_END = new RegExp(`${POSITION}\\s*(${NAME}?)(?:同志)?(?:作.{0,12})?$`);

export function extractMetadata(
  paragraphs: Paragraph[],
  salutation: { index: number; at: number } | null,
  isTitleLike: (text: string) => boolean,
): SpeechMetadata {
  const raw = headerLines(paragraphs, salutation);
  const lines = raw.map((t, i) => classify(t, raw[i + 1]));
  const title = titleOf(lines, isTitleLike);

  let date: string | null = null;
  for (const l of lines) {
    if (l.kind === 'noise' || l.kind === 'note') continue;
    if (l.kind === 'date' || l.kind === 'subtitle' || l.kind === 'name' || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在/.test(l.text)) {
      date = parseDate(l.text);
      if (date) break;
    }
  }

  let speaker: string | null = null;
  for (const l of lines) {
    if (l.kind === 'name') {
      const m = NAME_LINE.exec(squeezeName(l.text.replace(DOT_DATE, '').replace(CN_DATE, '').trim()).replace(/[\s\u3000]+/g, ' '));
      if (m) { speaker = m[1]; break; }
    }
    if (l.kind === 'line' || l.kind === 'note' || l.kind === 'subtitle') {
      const text = squeeze(l.text.replace(/^[—–―‒-]+/, ''));
      const m = NAME_BEFORE_OCCASION.exec(text);
      if (m && m[1]) { speaker = m[1]; break; }
      // 2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇: a name after the office at a line end.
      const tail = NAME_AT_END.exec(squeezeName(l.text));
      if (tail && l.kind !== 'note') { speaker = tail[1]; break; }
    }
  }

  let meeting: string | null = null;
  for (const l of lines) {
    if (l.kind === 'noise') continue;
    const text = squeeze(l.text);
    if ((l.kind === 'line' || l.kind === 'subtitle') && (meeting = meetingIn(text, NAMED_OCCASION))) break;
    if (!text.includes('在')) continue;
    meeting = meetingIn(text, l.kind === 'note' ? AT_MEETING : TITLE_OCCASION) ?? meetingIn(text, TITLE_OCCASION_BARE) ?? meetingIn(text, DATED_OCCASION) ?? meetingIn(text, AT_MEETING);
    if (meeting) break;
  }
  if (!meeting) {
    const from = salutation ? salutation.index : 0;
    let opening = '';
    // Three paragraphs of body after the salutation (or the header lines); short ones and lines without a sentence
    // (a name, a date, a second salutation line, 大家好！) do not count.
    for (let i = from, n = 0; i < Math.min(paragraphs.length, from + MAX_OPENING_SCAN) && n < 3; i++) {
      opening += paragraphs[i].text + '。';
      // [...text].length > MAX_GREETING, read from the first 2 * MAX_GREETING + 2 code units (no array of the code
      // points of a paragraph that may be a whole one-line speech).
      const trimmed = paragraphs[i].text.trim();
      if (codePointLength(trimmed, 0, Math.min(trimmed.length, 2 * MAX_GREETING + 2)) > MAX_GREETING && /[。！？]/.test(paragraphs[i].text)) n++;
    }
    if (salutation) opening = opening.slice(salutation.at);
    // Markdown emphasis (**今天，我们隆重举行…典礼**) is no part of the sentence.
    opening = opening.replace(/\*+/g, '');
    for (const sentence of opening.split(/[。！？]/, 6)) {
      meeting = meetingIn(sentence, SUBJECT_MEETING);
      if (meeting) break;
      // Only this meeting: 今天/这次…, or the meeting a report is made to (向…会议作政府工作报告); a meeting held on
      // another day (1978年…召开了…) is history.
      if (!(/今天|这次|本次|此次|现在/.test(sentence) || REPORT_TO.test(sentence)) || /召开了|举行了|召开过/.test(sentence)) continue;
      if (!/召开|举行|举办|今天是|这次|本次|向/.test(sentence)) continue;
      meeting = meetingIn(sentence, HOLD_MEETING);
      // A described meeting (南开大学新百年的第一届开学典礼): its head after the last 的, without a leading ordinal.
      // 党的第十二次全国代表大会 is a name, 党的 its part.
      if (meeting && meeting.includes('的') && !/[“”]/.test(meeting) && !PARTY_NAME.test(meeting)) {
        const head = meeting.slice(meeting.lastIndexOf('的') + 1).replace(LEADING_ORDINAL, '');
        if (head.length >= 2 && !BARE_MEETING.test(head)) meeting = head;
      }
      if (meeting) break;
    }
  }
  return { title, date, speaker, meeting };
}

function titleOf(lines: HeaderLine[], isTitleLike: (text: string) => boolean): string {
  const sub = lines.findIndex((l) => l.kind === 'subtitle');
  if (sub >= 0) {
    // The main title is the run of title lines right above the subtitle (two-line titles are common).
    const main: string[] = [];
    // A web-source line between them (来源：…日报) is skipped.
    for (let i = sub - 1; i >= 0 && main.length < 3 && (lines[i].kind === 'line' || (lines[i].kind === 'noise' && main.length === 0)); i--) {
      if (lines[i].kind === 'line') main.unshift(squeeze(lines[i].text));
    }
    const subtitle = lines[sub].text.replace(/^[—–―‒-]+\s*/, '——');
    if (main.length) return `${main.join(' ')}${subtitle}`;
    if (isTitleLike(subtitle.slice(2))) return subtitle.slice(2);
  }
  const body = lines.filter((l) => l.kind === 'line');
  for (let i = 0; i < body.length; i++) {
    if (isTitleLike(body[i].text)) return clean(body[i].text);
    // A title broken over two lines: 在全县……活动 / 动员大会上的讲话.
    if (i + 1 < body.length && /^在/.test(body[i].text) && !/[。！？]/.test(body[i].text) && isTitleLike(body[i].text + body[i + 1].text)) {
      return clean(body[i].text + body[i + 1].text);
    }
  }
  // An essay-style title (必须注意经济工作) is the first line, printed above the date line.
  const first = lines.findIndex((l) => l.kind !== 'noise');
  if (first >= 0 && lines[first].kind === 'line' && lines[first + 1]?.kind === 'date' && lines[first].text.length <= 40 && !/。/.test(lines[first].text)) {
    return clean(lines[first].text);
  }
  return '';
}

function clean(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

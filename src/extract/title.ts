// Title and salutation: the title is the title-like line before 同志们：, skipping what web pages put above a
// speech (breadcrumbs, 信息来源, a site's 前言, 《…》由会员分享); the salutation may start a longer line.
import type { SpeechDocument } from '../text/document.js';
import type { Paragraph } from './types.js';
import { extractMetadata, type SpeechMetadata } from './metadata.js';

/** Addressees that open a speech: 同志们, 各位领导、同志们, 各位来宾 … */
const ADDRESSEE = '(?:同志们|各位领导|各位来宾|各位代表|各位委员|各位嘉宾|各位同仁|女士们|先生们|朋友们|老师们|同学们|各位)';
const SALUTATION = new RegExp(`(?:尊敬的|亲爱的)?${ADDRESSEE}(?:[、，,和及]\\s*${ADDRESSEE})*\\s*[：:]`);
/** Opening with a comma or exclamation (同志们，今天…): only trusted as the first line of the body. */
const SALUTATION_SOFT = new RegExp(`^(?:尊敬的|亲爱的)?${ADDRESSEE}(?:[、，,和及]\\s*${ADDRESSEE})*\\s*[，,！!]`);

/**
 * A line of addressees only: each (尊敬的/亲爱的)(各位) + a qualifier + a word for people addressed (各位老师,
 * 亲爱的毕业生同学们, 教工同志们, 共青团员们, 尊敬的孙教授), separated by 、，和, closed by a colon, a comma or
 * 大家好 (各位家长，大家好！; 各位家长大家好！).
 */
const ADDRESSED = '(?:尊敬的|亲爱的?)?(?:各位)?[\\u4e00-\\u9fff\\d]{0,8}?(?:领导|来宾|嘉宾|代表|委员|同仁|同行|老师|同学|家长|校友|教授|院士|朋友|同志|员|职工|干部|女士|先生|青年)们?';
const GREETING = '(?:大家)?(?:早上|上午|中午|下午|晚上)?好[！!。]?';
const ADDRESS_LINE = new RegExp(`^(?:\\*\\*)?${ADDRESSED}(?:[、，,和及]\\s*${ADDRESSED})*\\s*(?:[：:，,！!]\\s*(?:${GREETING})?|${GREETING})(?:\\*\\*)?$`);

/** Lines web pages add above or around a speech. */
const WEB_NOISE =
  /您的位置|当前位置|信息来源|来源[:：]|发布时间|发布日期|时间[:：]\s*\d|浏览次数|点击[数量率]|阅读[数量次]|字号|打印本页|关闭窗口|^前言[:：]|本站|由会员分享|在线阅读|请在.{0,8}上搜索|下载|首页|返回|Copyright|版权所有|ICP|网站地图|^[（(]\s*\d{4}\s*年[^）)]*[）)]$/i;

/** What a speech title looks like: 在……会上的讲话, ……同志在……上的讲话, ……致辞. */
const TITLE_LIKE = /(?:讲话|致辞|致词|发言|讲稿|报告|党课|主持词|动员令)(?:稿|提纲|摘要|摘编|要点)?\s*(?:[（(][^（()）]{1,12}[）)])?\s*$|^在.{2,60}(?:上|时|中)的(?:讲话|致辞|发言)/;

const MAX_TITLE = 80;

/** Index of the paragraph holding the salutation and where it starts inside it, or null. */
export function locateSalutation(paragraphs: Paragraph[]): { index: number; at: number } | null {
  // Asked four times per speech (header, salutation line, type, purpose sentence): found once per paragraph list.
  const known = salutations.get(paragraphs);
  if (known !== undefined) return known;
  const found = findSalutationIn(paragraphs);
  salutations.set(paragraphs, found);
  return found;
}

const salutations = new WeakMap<Paragraph[], { index: number; at: number } | null>();

function findSalutationIn(paragraphs: Paragraph[]): { index: number; at: number } | null {
  const limit = Math.min(paragraphs.length, 15);
  for (let i = 0; i < limit; i++) {
    const text = paragraphs[i].text;
    if (ADDRESS_LINE.test(text.trim())) return { index: i, at: 0 };
    const m = SALUTATION.exec(text);
    if (!m) continue;
    // Inside a line only when what precedes it is a title (a copy that lost the break after the title).
    if (m.index === 0 || TITLE_LIKE.test(text.slice(0, m.index).trim())) return { index: i, at: m.index };
  }
  for (let i = 0; i < Math.min(paragraphs.length, 6); i++) {
    if (SALUTATION_SOFT.test(paragraphs[i].text)) return { index: i, at: 0 };
    if (!isNoise(paragraphs[i].text) && !isTitleLike(paragraphs[i].text) && paragraphs[i].text.length > 40) break;
  }
  return null;
}

export function findSalutation(_doc: SpeechDocument, paragraphs: Paragraph[]): number | null {
  const s = locateSalutation(paragraphs);
  return s ? paragraphs[s.index].line : null;
}

function isNoise(text: string): boolean {
  return WEB_NOISE.test(text);
}

function isTitleLike(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_TITLE && !/[。！？]/.test(t) && TITLE_LIKE.test(t);
}

/** Title, date, speaker and meeting from the header block (see metadata.ts). */
export function extractHeader(_doc: SpeechDocument, paragraphs: Paragraph[]): SpeechMetadata {
  return extractMetadata(paragraphs, locateSalutation(paragraphs), (t) => isTitleLike(t.replace(/^\s*#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1')));
}

export function extractTitle(doc: SpeechDocument, paragraphs: Paragraph[]): string {
  return extractHeader(doc, paragraphs).title;
}

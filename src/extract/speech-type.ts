// Speech type from evidence that holds beyond the speeches it was written from: the meeting the title and the
// opening name (动员大会, 推进会, 总结大会, 代表大会上的报告), what the purpose sentence says the meeting is for,
// what the speech does in its parts (headings) and across its body (正式启动, 调度, 全面总结, 请予审议), and the
// occasion words that make a 座谈会 or 大会 a ceremony rather than a work meeting (纪念, 开学典礼, 致辞).
// Every cue found is evidence; the confidence is the best type's share of all evidence, so a close call shows.
import type { SpeechDocument } from '../text/document.js';
import type { SpeechStructure, SpeechType, SpeechTypeResult } from './types.js';
import { locateSalutation } from './title.js';
import { oneLineIndex } from './paragraphs.js';
import { SPEECH_TYPE_IDS, typeLabel } from '../speech-types.js';

type Scored = SpeechType;

/**
 * How much of a run-on heading of a one-line text counts as its words: as much as a stand-alone heading usually
 * has (the 90th percentile of the top-level headings standing on their own line in the 50 development speeches is
 * 43 characters, their median 22; measured 2026-12-02).
 */
const RUN_ON_HEADING = 43;

interface Cues {
  /** Words of the title or the meeting's name. */
  title?: RegExp;
  /** Words of the purpose sentence (这次会议的主要任务是…, 今天召开…，主要是…). */
  purpose?: RegExp;
  /** Words of top-level headings: what the parts of the speech do. */
  heading?: RegExp;
  /** Phrases of the body that a speech of this kind uses about itself (counted, with diminishing returns). */
  body?: RegExp;
  /** Words of the salutation: 各位代表 addresses the delegates a report is made to. */
  salutation?: RegExp;
  /** Phrases only this kind uses at all (请予审议): as strong as a purpose sentence, wherever they stand. */
  strong?: RegExp;
}

const CUES: Record<Scored, Cues> = {
  mobilization: {
    title: /动员(?:大会|会议?|部署会)|部署(?:大会|会议?)|启动(?:仪式|大会|会)|誓师|动员令/,
    // 安排部署2024年工作任务: a work meeting deploys the year ahead — a deployment. 学习贯彻…精神 is a meeting that
    // sets new policy to work, also a deployment.
    purpose: /动员部署|进行动员|动员全|动员大会|动员会|全面启动|正式启动|启动实施|安排部署|部署(?:今年|全年|明年|\d{4}年)|学习贯彻|贯彻落实.{0,20}精神/,
    heading: /意义|认识|必要性|紧迫性|目标任务|组织领导|加强领导|总体要求|动员/,
    body: /动员(?:群众|全党|全市|全县|全区|全省|全镇|广大|起来)|动员部署|正式启动|全面启动|誓师/g,
  },
  progress: {
    title: /推进(?:大?会|会议|工作会)|调度(?:大?会|会议)|进展|点评(?:会|讲话)?|述职评议|现场会|观摩会|汇报会|交流会|督导会|讲评|分析会|座谈会|阶段/,
    // A bare 推进 (统筹推进, 推进高质量发展) says nothing about the meeting; 下步工作 ends every kind of speech.
    purpose: /调度|推进会|座谈交流|交流经验|运行情况|进展|前一阶段|前段|阶段性|推进中的问题|查找问题|督促检查/,
    heading: /进展|初步成效|阶段性|存在的?问题|不足/,
    body: /调度|进展情况|阶段性成效|推进中(?:的|存在的)问题|前一阶段|前段(?:时间|工作)|序时进度|时间过半/g,
  },
  summary: {
    title: /总结(?!.{0,2}部署)/,
    purpose: /总结大会|全面总结|认真总结|系统总结|总结表彰|回顾总结|总结.{0,12}(?:经验|成果|成效)|基本结束|圆满结束|胜利结束/,
    heading: /成效|成果|经验|巩固|拓展|长效|启示|体会/,
    body: /全面总结|基本结束|圆满结束|胜利结束|取得(?:了)?(?:显著|明显|阶段性|重要)成效|圆满完成(?:了)?.{0,10}任务/g,
  },
  report: {
    title: /政府工作报告|工作报告|(?:代表大会|全体会议|全会)(?:上)?的?报告|上的报告/,
    purpose: /向大会(?:作|报告)|请予审议|向.{0,12}(?:代表大会|全会|教代会|职代会)(?:作|报告)/,
    salutation: /各位代表/,
    heading: /工作回顾|过去.{0,6}年的?工作|(?:今年|\d{4}年)(?:的)?(?:工作|主要任务|重点工作)|政府自身建设|总体要求和政策取向/,
    // 我代表国务院向大会作政府工作报告 / 我受国务院的委托，向全国人民代表大会报告政府工作 / 请予审议 (traditional forms too).
    strong: /我(?:代表|受)[^。！]{0,60}?向[^。！]{0,40}?(?:大会|会议|全会)[^。！]{0,4}?(?:作|提出|报告|報告)|我(?:代表|受)[^。！]{0,40}?作[^。！]{0,12}?(?:报告|報告)|请予?审议|請予?審議/,
  },
  other: {
    // A ceremony or commemoration: 纪念…座谈会 or 开学典礼 is no progress review, whatever the meeting is called.
    title: /纪念|诞辰|周年|庆祝|典礼|仪式|致辞|致词|开学|毕业|新春|团拜|迎新|颁奖|表彰|论坛|师生|青年|校友|开班|讲座|党课|祝酒|欢迎/,
    purpose: /隆重集会|隆重纪念|隆重庆祝|纪念.{0,20}(?:诞辰|周年)|举行.{0,10}(?:典礼|仪式)|开学典礼|毕业典礼/,
  },
};

/** The global form of a cue pattern, compiled once (matchAll needs the g flag). */
const globals = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/**
 * The first `limit` matches of a global pattern, as matchAll would give them: an exec loop, since matchAll clones
 * the pattern on every call, and the body scan can stop at its cap.
 */
function matchesOf(re: RegExp, text: string, limit: number): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  while (out.length < limit) {
    const m = re.exec(text);
    if (!m) break;
    out.push(m[0]);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Sentences that state the meeting's purpose: today's meeting, its main task or aim. */
const PURPOSE = /这次会议|本次会议|此次会议|今天(?:的会议|召开|我们召开|，?我们)|召开这次|主要任务|主要目的|会议的任务|主要是|向大会/;
/** A meeting held on another day (X月X日,区委召开了…动员大会) is background, not this meeting's purpose. */
const ASIDE = /召开了|举行了|召开过/;
const THIS_MEETING = /这次|今天|本次|此次/;

const WEIGHT = { title: 3, first: 0.5, purpose: 2, salutation: 1, heading: 0.5, body: 0.4, strong: 2 };
/** At most this many body phrases count, so a long text does not outvote its title. */
const MAX_BODY = 6;
/** Meeting words a ceremony can qualify (纪念…座谈会, 师生座谈会): the occasion decides, not the word. */
const AMBIGUOUS = /座谈会|交流会|论坛/;
/** Evidence every text has for `other`: a speech with no cue of any kind is other, with no confidence either way. */
const PRIOR_OTHER = 1;
/** From this share of the best type's evidence on, the runner-up is a close call and is reported with its evidence. */
const CLOSE = 0.5;

export function classifySpeech(doc: SpeechDocument, partial: Omit<SpeechStructure, 'type'>): SpeechTypeResult {
  const score = Object.fromEntries(SPEECH_TYPE_IDS.map((t) => [t, 0])) as Record<Scored, number>;
  const evidence = Object.fromEntries(SPEECH_TYPE_IDS.map((t) => [t, [] as string[]])) as Record<Scored, string[]>;
  const add = (t: Scored, w: number, why: string) => { score[t] += w; evidence[t].push(why); };

  // The title, and the meeting when the title does not name it (今天，我们召开全市教育大会).
  const named = [partial.title, partial.meeting && !partial.title.includes(partial.meeting) ? partial.meeting : ''].filter(Boolean).join(' ');
  if (named) {
    const found = SPEECH_TYPE_IDS.map((t) => ({ t, m: CUES[t].title?.exec(named) ?? null })).filter((x) => x.m);
    const work = found.filter((x) => x.t !== 'other' && !AMBIGUOUS.test(x.m![0]));
    for (const { t, m } of found) {
      // 誓师典礼, 推进会暨表彰会: a work meeting's word wins over the ceremony around it.
      if (t === 'other' && work.length) continue;
      add(t, WEIGHT.title, `${partial.title ? '标题' : '会议名称'}含“${m![0]}”`);
    }
    // A title naming two meetings (A暨B) is first of all the first one.
    if (work.length > 1) {
      const first = work.reduce((a, b) => (b.m!.index < a.m!.index ? b : a));
      score[first.t] += WEIGHT.first;
    }
  }

  const purpose = purposeSentence(partial);
  if (purpose) {
    for (const t of SPEECH_TYPE_IDS) {
      const re = CUES[t].purpose;
      if (!re) continue;
      const words = [...new Set(matchesOf(globalOf(re), purpose, Infinity))];
      if (words.length) add(t, (WEIGHT.purpose * Math.min(words.length, 2)) / 1.5, `开头：“${shorten(purpose)}”含${words.map((w) => `“${w}”`).join('')}`);
    }
  }

  const s = locateSalutation(partial.paragraphs);
  if (s) {
    const greeting = partial.paragraphs[s.index].text.slice(s.at, s.at + 40);
    for (const t of SPEECH_TYPE_IDS) {
      const m = CUES[t].salutation?.exec(greeting);
      if (m) add(t, WEIGHT.salutation, `称呼含“${m[0]}”`);
    }
  }

  const top = partial.headings.filter((h) => h.parent === null);
  // In a one-line text a heading's phrase may run on into its body (一、近一年的工作情况自去年…): only its opening
  // words, as many as a heading usually has, say what the part does.
  const oneLine = oneLineIndex(doc) >= 0;
  const words = (h: (typeof top)[number]) => (oneLine && h.placement !== 'line' ? [...h.text].slice(0, RUN_ON_HEADING).join('') : h.text);
  for (const t of SPEECH_TYPE_IDS) {
    const re = CUES[t].heading;
    if (!re) continue;
    const hits = top.map((h) => re.exec(words(h))?.[0]).filter((w): w is string => !!w);
    if (hits.length) add(t, WEIGHT.heading * Math.min(hits.length, 3), `小标题含${[...new Set(hits)].map((w) => `“${w}”`).join('')}`);
  }

  for (const t of SPEECH_TYPE_IDS) {
    const { body, strong } = CUES[t];
    if (body) {
      const hits = matchesOf(body, doc.text, MAX_BODY);
      if (hits.length) add(t, WEIGHT.body * hits.length, `正文${hits.length}处含${[...new Set(hits)].map((w) => `“${w}”`).join('')}`);
    }
    const m = strong?.exec(doc.text);
    if (m) add(t, WEIGHT.strong, `正文含“${m[0]}”`);
  }

  // A ceremony's occasion words outweigh the meeting word they qualify (纪念…座谈会, 开学典礼上的讲话).
  if (score.other >= WEIGHT.title && score.progress > 0 && AMBIGUOUS.test(named)) {
    score.progress = Math.max(0, score.progress - WEIGHT.title);
    evidence.progress.push('“座谈会”是纪念、典礼或师生座谈，不是工作推进');
  }
  score.other += PRIOR_OTHER;

  const ranked = SPEECH_TYPE_IDS.slice().sort((a, b) => score[b] - score[a]);
  const best = ranked[0];
  const second = ranked[1];
  const total = SPEECH_TYPE_IDS.reduce((s, t) => s + score[t], 0);
  const share = (t: Scored) => Math.round((score[t] / total) * 100) / 100;
  const bare = best === 'other' && evidence.other.length === 0;
  // With no evidence for any type, other is only an even guess; otherwise the best type's share of all evidence.
  const confidence = bare && total === PRIOR_OTHER ? 0.5 : Math.min(share(best), 0.95);
  const why = bare ? ['未见动员、推进、总结或报告类会议的标志词'] : evidence[best];
  const result: SpeechTypeResult = { label: best, confidence, evidence: [`判为${typeLabel(best)}类讲话`, ...why] };
  if (score[second] > 0 && score[second] >= CLOSE * score[best] && !(second === 'other' && evidence.other.length === 0)) {
    result.alternative = { label: second, confidence: share(second), evidence: evidence[second] };
    result.evidence.push(`与${typeLabel(second)}类接近（${Math.round(share(second) * 100)}%）：${evidence[second].join('；')}`);
  }
  return result;
}

/** The first sentence after the salutation that says what this meeting is for. */
function purposeSentence(partial: Omit<SpeechStructure, 'type'>): string {
  const paragraphs = partial.paragraphs;
  const s = locateSalutation(paragraphs);
  const from = s ? s.index : 0;
  let text = '';
  for (let i = from; i < paragraphs.length && i < from + 3; i++) text += paragraphs[i].text + '。';
  if (s) text = text.slice(s.at);
  for (const sentence of text.split(/[。！？!?]/, 8)) {
    if (PURPOSE.test(sentence) && !(ASIDE.test(sentence) && !THIS_MEETING.test(sentence))) return sentence;
  }
  return '';
}

function shorten(s: string): string {
  const cps = [...s.replace(/^同志们[：:]/, '').trim()];
  return cps.length > 40 ? cps.slice(0, 40).join('') + '…' : cps.join('');
}

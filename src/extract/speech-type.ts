// Speech type: 动员 (mobilization), 推进/座谈/调度 (progress), 总结 (summary) or other. The title weighs most,
// then the purpose sentence (这次会议的主要任务是…), then the section headings; each cue found is evidence.
import type { SpeechDocument } from '../text/document.js';
import type { SpeechStructure, SpeechType, SpeechTypeResult } from './types.js';
import { locateSalutation } from './title.js';
import { typeLabel } from '../speech-types.js';

type Scored = Exclude<SpeechType, 'other'>;

const CUES: Record<Scored, { title: RegExp; purpose: RegExp; heading: RegExp }> = {
  mobilization: {
    title: /动员(?:大会|会|部署会)|部署(?:大会|会议)|启动(?:仪式|大会)|誓师/,
    // 安排部署2024年工作任务: an annual work meeting deploys the year ahead — a deployment, the mobilization kind.
    purpose: /进行动员部署|动员部署|进行动员|动员大会|动员会|全面启动|正式启动|启动实施|安排部署|部署(?:今年|全年|明年|\d{4}年)/,
    heading: /意义|认识|必要性|紧迫性|组织领导|加强领导/,
  },
  progress: {
    title: /推进(?:大?会|会议)|座谈会|调度(?:大?会|会议)|点评(?:会|讲话)?|述职评议|现场会|观摩会|汇报会|运行|交流会|督导会|阶段|讲评|分析会/,
    purpose: /调度|推进|座谈|交流经验|运行情况|进展|前一阶段|前段|阶段性|下步|下一步|下阶段/,
    heading: /进展|初步成效|阶段|下步|下一步|问题|不足/,
  },
  summary: {
    title: /总结(?:表彰)?(?:大会|会议|会)|表彰大会|工作总结/,
    purpose: /总结大会|全面总结|认真总结|系统总结|总结表彰|回顾总结|总结.{0,12}(?:经验|成果|成效)/,
    heading: /成效|成果|经验|巩固|拓展|长效|启示|体会/,
  },
  report: {
    title: /政府工作报告|工作报告|代表大会上的报告/,
    purpose: /向大会报告工作|作报告|审议|提出意见/,
    heading: /过去.{0,4}(?:年|五年)的?工作|今年.{0,6}(?:工作|任务)|政府自身建设/,
  },
};


/** Sentences that state the meeting's purpose: today's meeting, its main task or aim. */
const PURPOSE = /这次会议|本次会议|今天(?:的会议|召开|我们召开|，?我们)|召开这次|主要任务|主要目的|会议的任务|主要是/;
/** A meeting held on another day (X月X日,区委召开了…动员大会) is background, not this meeting's purpose. */
const ASIDE = /召开了|举行了|召开过/;
const THIS_MEETING = /这次|今天|本次/;

const WEIGHT = { title: 3, purpose: 2, heading: 0.5 };

export function classifySpeech(_doc: SpeechDocument, partial: Omit<SpeechStructure, 'type'>): SpeechTypeResult {
  const score: Record<Scored, number> = { mobilization: 0, progress: 0, summary: 0, report: 0 };
  const evidence: Record<Scored, string[]> = { mobilization: [], progress: [], summary: [], report: [] };
  const types = Object.keys(CUES) as Scored[];

  if (partial.title) {
    for (const t of types) {
      const m = CUES[t].title.exec(partial.title);
      if (m) { score[t] += WEIGHT.title; evidence[t].push(`标题含“${m[0]}”`); }
    }
  }

  const purpose = purposeSentence(partial);
  if (purpose) {
    for (const t of types) {
      const words = [...new Set([...purpose.matchAll(new RegExp(CUES[t].purpose, 'g'))].map((m) => m[0]))];
      if (words.length) {
        score[t] += WEIGHT.purpose * Math.min(words.length, 2) / 1.5;
        evidence[t].push(`开头：“${shorten(purpose)}”含${words.map((w) => `“${w}”`).join('')}`);
      }
    }
  }

  const top = partial.headings.filter((h) => h.parent === null);
  for (const t of types) {
    const hits = top.map((h) => CUES[t].heading.exec(h.text)?.[0]).filter((w): w is string => !!w);
    if (hits.length) {
      score[t] += WEIGHT.heading * Math.min(hits.length, 3);
      evidence[t].push(`小标题含${[...new Set(hits)].map((w) => `“${w}”`).join('')}`);
    }
  }

  const ranked = types.slice().sort((a, b) => score[b] - score[a]);
  const best = ranked[0];
  const total = types.reduce((s, t) => s + score[t], 0);
  if (score[best] < 1) {
    return { label: 'other', confidence: total === 0 ? 0.5 : 0.3, evidence: ['未见动员、推进或总结类会议的标志词'] };
  }
  const margin = (score[best] - score[ranked[1]]) / total;
  const strength = Math.min(score[best] / 5, 1);
  const confidence = Math.round((0.4 + 0.35 * margin + 0.25 * strength) * 100) / 100;
  return { label: best, confidence: Math.min(confidence, 0.99), evidence: [`判为${typeLabel(best)}类讲话`, ...evidence[best]] };
}

/** The first sentence after the salutation that says what this meeting is for. */
function purposeSentence(partial: Omit<SpeechStructure, 'type'>): string {
  const paragraphs = partial.paragraphs;
  const s = locateSalutation(paragraphs);
  const from = s ? s.index : 0;
  let text = '';
  for (let i = from; i < paragraphs.length && i < from + 3; i++) text += paragraphs[i].text + '。';
  if (s) text = text.slice(s.at);
  for (const sentence of text.split(/[。！？!?]/).slice(0, 8)) {
    if (PURPOSE.test(sentence) && !(ASIDE.test(sentence) && !THIS_MEETING.test(sentence))) return sentence;
  }
  return '';
}

function shorten(s: string): string {
  const cps = [...s.replace(/^同志们[：:]/, '').trim()];
  return cps.length > 40 ? cps.slice(0, 40).join('') + '…' : cps.join('');
}

// What the speaker announces (讲三点意见, 主要做到“五个坚持”) matches what follows. 几点 and announcements with
// nothing countable after them are not checked. Uncertain means no error: when the phrase is not an announcing
// frame (有两条路, 送给同学们16个字) or what was counted is a series that cannot be counted with confidence (nested in
// another, unless it opens right after the announcement's colon; not starting at 一), a mismatch is only a note
// (无法确定实际数目).
import { defineRule } from '../rule.js';
import type { Announcement, Series, SpeechStructure } from '../../extract/types.js';
import { countEchoedBy } from '../../extract/announced.js';
import { toCnNumber } from '../../text/numerals.js';
import { offsetAt, type SpeechDocument } from '../../text/document.js';

/** A speaker announcing the points of the speech or of a part: a verb of saying or structuring, or a points noun. */
const FRAME = /讲|谈|提出?|说|强调|交流|汇报|介绍|做到|抓好|抓住|把握|注意|突出|解决|健全|呈现|以下|如下|主要有|包括|落实|推进|实施|做好/;
const POINTS = /(?:点|个?方面|个问题|条|项|句话|件事)(?:意见|要求|希望|想法|体会|建议|看法|启示|工作|任务|问题|内容|措施|举措)?[”」]?$/;
/** A count of sayings or senses (我有四句话送给大家, 有两层意思), or a bare numeral closing 有 (目的有二). */
const SAYINGS = /(?:[一二两三四五六七八九十]|\d)(?:句话|层意思|层含义)|有[二三四五六七八九十]{1,2}$/;

export function isAnnouncingFrame(phrase: string): boolean {
  return FRAME.test(phrase) || POINTS.test(phrase) || SAYINGS.test(phrase);
}

/** A quoted count (“三牛”, “四个到位”): its word, announced by the items that carry it. */
const QUOTED = /^[“"][一二两三四五六七八九十]{1,2}个?([\u4e00-\u9fff]{1,2})[”"]$/;

/** A colon straight after the count introduces what was counted (有两条宗旨是必须注意的：第一是…). */
const INTRODUCES = /^[：:]/;

/** Whether a series opens right after the announcement and its colon (…两条宗旨是必须注意的：第一是…第二是…). */
function opensAfterColon(doc: SpeechDocument, a: Announcement, s: Series): boolean {
  const end = offsetAt(doc, { line: a.line, column: a.endColumn });
  return s.line === a.line && s.column === a.endColumn + 1 && INTRODUCES.test(doc.text.slice(end, end + 1));
}

/** The measure word of the count (三个文件 → 个, 两个阶段 → 阶段 as well, 四条 → 条). */
const MEASURE = /(?:[一二两三四五六七八九十]+|\d+)\s*(个|条|项|件|种|方面|阶段|层|步|句)(阶段|层次|方面)?/;

/** The series counted by an announcement (the extractor names it). */
function countedSeries(a: Announcement, structure: SpeechStructure): Series | undefined {
  return a.target === 'series' && a.series !== undefined ? structure.series[a.series] : undefined;
}

/**
 * Items that echo the count's measure word announce by themselves, whatever the verb: 有三个文件：第一个…第二个…,
 * 由两个阶段构成的…第一个阶段…第二个阶段, or the word of a quoted count (“三牛” → 一是…孺子牛… 二是…拓荒牛…). (一是…二是…
 * after 有两条路 do not.)
 */
function itemsEchoCount(a: Announcement, structure: SpeechStructure): boolean {
  const s = countedSeries(a, structure);
  if (!s) return false;
  if (countEchoedBy(a.phrase, s)) return true;
  // “三牛”精神 → 一是…孺子牛精神 … : every item carries the quoted word.
  const q = QUOTED.exec(a.phrase);
  if (q) return s.items.every((it) => it.marker.endsWith(q[1]) || it.text.includes(q[1]));
  const m = MEASURE.exec(a.phrase);
  if (!m) return false;
  const words = [m[1], m[2]].filter(Boolean);
  return s.items.every((it) => words.some((w) => it.marker.replace(/^第?[一二两三四五六七八九十]+/, '').startsWith(w)));
}

/** Why the counted items cannot be trusted, or null: the series counted is nested or uncertain. */
function countUncertain(doc: SpeechDocument, a: Announcement, structure: SpeechStructure): string | null {
  const after = countedSeries(a, structure);
  if (!after) return null;
  if (after.uncertain) return after.uncertain;
  // A series opening right after the announcement and its colon is the one announced, nested or not; so is one whose
  // items echo the count (两种矛盾。第一种是…第二种是… inside an outer 第六).
  if (after.parent && !opensAfterColon(doc, a, after) && !countEchoedBy(a.phrase, after)) return '列举套在另一列举之中';
  return null;
}

export default defineRule({
  id: 'announced-count',
  description: '宣布的要点数（讲三点意见）与实际展开的数目一致',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    fewer: '宣布“{phrase}”（{announced}点），实际只有 {actual} 点',
    more: '宣布“{phrase}”（{announced}点），实际有 {actual} 点',
  },
  check({ doc, structure, report, note }) {
    for (const a of structure.announced) {
      if (a.announced === null || a.actual === null || a.announced === a.actual) continue;
      // A count whose 、-list follows its colon in the same sentence (四个要素：A、B、C、D) is announced by the colon
      // even without an announcing verb, as are items that echo the count's measure word.
      const introduced = a.target === 'enumeration' || itemsEchoCount(a, structure);
      const why = !isAnnouncingFrame(a.phrase) && !introduced ? '不像是宣布要点的说法' : countUncertain(doc, a, structure);
      if (why) {
        note(`第 ${a.line} 行宣布“${a.phrase}”（${toCnNumber(a.announced)}点），其后找到 ${a.actual} 项，但${why}，无法确定实际数目，未报错。`);
        continue;
      }
      report({
        messageId: a.actual < a.announced ? 'fewer' : 'more',
        data: { phrase: a.phrase, announced: toCnNumber(a.announced), actual: a.actual },
        line: a.line, column: a.column, endColumn: a.endColumn,
      });
    }
  },
});

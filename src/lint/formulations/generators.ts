// Families of names checked by pattern rather than listed one by one: 党代会 and 全会 names with their numerals
// (党的二十大, 二十届三中全会), the quotes of a five-year plan's name (“十四五”) and 计划 → 规划 from the 十一五 on.
// Each generator finds its candidates in the text and says what the standard form is; the pack entry that names
// the generator supplies the source, the severity and the specimens.
import { parseCnNumber, toCnNumber } from '../../text/numerals.js';

export interface GeneratedMatch {
  /** UTF-16 offsets [start, end) of the text to replace. */
  start: number;
  end: number;
  found: string;
  expected: string;
  /** Chinese explanation of this particular deviation. */
  why: string;
  /** False when the finding names a problem without a unique repair (a plenum that never met). */
  fixable: boolean;
}

export interface Generator {
  /** Chinese, one line: what the family is. */
  description: string;
  /** How many concrete names the pattern stands for (an honest count for the README); null when open-ended. */
  covers: string;
  find(text: string): GeneratedMatch[];
}

const DIGIT = '[0-9０-９]';
const CN_NUM = '[一二三四五六七八九十]';

function cn(d: string): string {
  return toCnNumber(parseCnNumber(d));
}

/** Central plenums held by each completed Central Committee (届 → the last 中全会), from the plenums' communiqués. */
export const PLENUMS_HELD: Record<number, number> = { 8: 12, 9: 2, 10: 3, 11: 7, 12: 7, 13: 9, 14: 7, 15: 7, 16: 7, 17: 7, 18: 7, 19: 7 };

/** Words after 届 that make it a Party or state body's term, not 连续三届 of a contest. */
const TERM_BODY = '(?=' + [`${CN_NUM}+中全会`, `${DIGIT}+中全会`, '中央', '全国人大', '全国人民代表大会', '全国政协', '全国委员会', '人大', '政协', '人民代表大会', '省委', '市委', '县委', '区委', '纪委', '党委'].join('|') + ')';

function nearBefore(text: string, i: number): string {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return text[i - 1] ?? '';
}
function nearAfter(text: string, i: number): string {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] ?? '';
}

function all(re: RegExp, text: string, f: (m: RegExpExecArray) => GeneratedMatch | null): GeneratedMatch[] {
  const out: GeneratedMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const g = f(m);
    if (g) out.push(g);
  }
  return out;
}

export const GENERATORS: Record<string, Generator> = {
  'meeting-numeral': {
    description: '党代会、全会、人代会名称中的序数用汉字：党的二十大、二十届三中全会、十四届全国人大二次会议',
    covers: '党的X大、X届X中全会、X届全国人大（政协）X次会议、第X次全国代表大会等，X 为任意阿拉伯数字',
    find(text) {
      const res: GeneratedMatch[] = [];
      // 党的20大 / 中共20大
      res.push(...all(new RegExp(`(党的|中共)(${DIGIT}{1,2})大`, 'g'), text, (m) => {
        const start = m.index + m[1]!.length;
        return { start, end: start + m[2]!.length, found: m[0], expected: `${m[1]}${cn(m[2]!)}大`, why: '会议名称中的序数应写汉字', fixable: true };
      }));
      // 第20次全国代表大会 / 第14届 / 20届 …
      res.push(...all(new RegExp(`(${DIGIT}{1,2})(?:届${TERM_BODY}|次全国代表大会)`, 'g'), text, (m) => {
        if (m.index > 0 && /[0-9０-９.．]/.test(text[m.index - 1]!)) return null;
        const tail = m[0].slice(m[1]!.length);
        return { start: m.index, end: m.index + m[1]!.length, found: m[0], expected: cn(m[1]!) + tail, why: '会议名称中的序数应写汉字', fixable: true };
      }));
      // 届3中全会, 届全国人大2次会议
      res.push(...all(new RegExp(`((?:${CN_NUM}|${DIGIT}){0,3}届(?:全国人大|全国人民代表大会|全国政协|全国委员会)?第?)(${DIGIT}{1,2})(中全会|次会议|次全体会议)`, 'g'), text, (m) => {
        const start = m.index + m[1]!.length;
        return { start, end: start + m[2]!.length, found: m[0], expected: m[1]! + cn(m[2]!) + m[3]!, why: '会议名称中的序数应写汉字', fixable: true };
      }));
      return res;
    },
  },
  'plenum-held': {
    description: '已届满的中央委员会只召开过一定次数的全会（十九届至七中全会）：不存在的全会是序数错误',
    covers: '八届至十九届中央委员会的全会（共 86 次全会），超出的序数一律查出',
    find(text) {
      return all(new RegExp(`(?<![${'一二三四五六七八九十'}])(${CN_NUM}{1,3})届(${CN_NUM}{1,3})中全会`, 'g'), text, (m) => {
        const before = text.slice(Math.max(0, m.index - 3), m.index);
        if (/[委省市县区]/.test(before)) return null; // a local Party committee numbers its own plenums
        const term = parseCnNumber(m[1]!);
        const n = parseCnNumber(m[2]!);
        const held = PLENUMS_HELD[term];
        if (held === undefined || n <= held) return null;
        return { start: m.index, end: m.index + m[0].length, found: m[0], expected: `${m[1]}届一中全会至${m[1]}届${toCnNumber(held)}中全会`, why: `${m[1]}届中央委员会只召开过 ${held} 次全体会议`, fixable: false };
      });
    },
  },
  'congress-di': {
    description: '党代会的简称不带“第”：党的二十大，不写“党的第二十大”',
    covers: '党的第X大（X 为任意汉字序数）',
    find(text) {
      return all(new RegExp(`党的第(${CN_NUM}{1,3})大`, 'g'), text, (m) => (
        { start: m.index + 2, end: m.index + 3, found: m[0], expected: `党的${m[1]}大`, why: '简称中不用“第”', fixable: true }
      ));
    },
  },
  'five-year-quote': {
    description: '五年规划的简称加引号：“十四五”规划、“十四五”时期',
    covers: '“十一五”至“十六五”（6 个简称）',
    find(text) {
      return all(/十[一二三四五六]五/g, text, (m) => {
        const before = text[m.index - 1] ?? '';
        const after = text[m.index + 3] ?? '';
        if (/[“‘"'「『〝]/.test(nearBefore(text, m.index)) && /[”’"'」』〞]/.test(nearAfter(text, m.index + 3))) return null;
        if (/[第〇零一二三四五六七八九十百千.．0-9]/.test(before) || /[一二三四五六七八九十百千万个年%％.．0-9]/.test(after)) return null;
        if (/[“‘"'「『”’」』]/.test(before) || /[”’"'」』“‘]/.test(after)) return null; // half-quoted: punctuation-pair's business
        return { start: m.index, end: m.index + 3, found: m[0], expected: `“${m[0]}”`, why: '五年规划的简称应加引号', fixable: true };
      });
    },
  },
  'five-year-plan-name': {
    description: '从“十一五”起，五年计划改称五年规划',
    covers: '“十一五”至“十六五”计划、第十一个至第二十个五年计划（16 个名称）',
    find(text) {
      const res = all(/([“‘"]?十[一二三四五六]五[”’"]?)计划/g, text, (m) => {
        const start = m.index + m[1]!.length;
        return { start, end: start + 2, found: m[0], expected: `${m[1]}规划`, why: '从“十一五”起称“规划”', fixable: true };
      });
      res.push(...all(/第(十[一二三四五六七八九]|二十)个五年计划/g, text, (m) => {
        const start = m.index + m[0].length - 2;
        return { start, end: start + 2, found: m[0], expected: m[0].slice(0, -2) + '规划', why: '从“十一五”起称“规划”', fixable: true };
      }));
      return res;
    },
  },
};

// A speech ends with a closing: a call to action (让我们……, 同志们，……) or a sign-off (我就讲这些，谢谢大家).
// Web page furniture after the speech (版权, 返回顶部) is skipped when finding the last paragraphs.
import { defineRule } from '../rule.js';
import { isCommentLine } from '../text.js';

const FURNITURE = /copyright|版权所有|网站地图|返回顶部|联系我们|责任编辑|打印本页|关闭窗口|上一篇|下一篇|分享到|扫一扫|^\s*[（(]?(?:来源|编辑|审核)[:：]/i;
const CJK_RUN = /[\u4e00-\u9fff]/g;
/** A line ending a sentence (or a heading-like short line ending in a mark). */
const SENTENCE_END = /[。！？!?…；;：:”’」』）)】》]\s*$/;
/** A date, place or note in brackets after the last sentence: （2015年5月7日）, (根据录音整理). */
const TRAILING_NOTE = /\s*[（(][^（()）]{1,30}[）)]\s*$/;

/**
 * Paragraphs from the end, each yielded once it is whole (the closing looks at the last few only, so a long speech
 * is not walked to its start): a line that does not end a sentence continues on the next line (a web copy wrapped
 * at a fixed width), so a long closing paragraph is read whole, whatever line its cue is on.
 */
function* paragraphsFromEnd(lines: string[]): Generator<{ first: number; last: number; text: string }> {
  let cur: { first: number; last: number; text: string } | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line.trim() || isCommentLine(line) || FURNITURE.test(line)) continue;
    if (cur && cur.first === i + 1 && !SENTENCE_END.test(line)) { cur.first = i; cur.text = line + cur.text; continue; }
    if (cur) yield cur;
    cur = { first: i, last: i, text: line };
  }
  if (cur) yield cur;
}

export default defineRule({
  id: 'closing',
  description: '结尾应有号召或结束语（同志们，……／让我们……／谢谢大家）',
  severity: 'warn',
  fixable: false,
  defaultOptions: {
    paragraphs: 2,
    cues: ['同志们', '让我们', '我就讲这些', '我就讲这么多', '就讲到这里', '谢谢大家', '谢谢！', '努力奋斗', '而努力', '而奋斗', '新的更大', '更大的成效', '更大成效', '更大贡献', '再创佳绩', '再创辉煌', '新局面', '新篇章', '新的贡献', '搞得更好', '取得实效', '确保取得', '共同努力', '奋力谱写', '砥砺前行', '以优异成绩', '希望大家', '希望同志们', '希望各位', '希望你们', '希望我们', '相信大家', '相信你们', '相信同志们', '谢谢'],
  },
  messages: {
    missing: '结尾没有号召或结束语，应以“同志们，……让我们……”或“我就讲这些，谢谢大家”等收束',
  },
  check({ doc, options, report }) {
    let counted = 0;
    let lastLine = -1;
    for (const p of paragraphsFromEnd(doc.lines)) {
      if (counted >= options.paragraphs) break;
      if (options.cues.some((c) => p.text.includes(c))) return;
      // A call to action ends in an exclamation mark (……迎接建党一百周年！), also before the date or a note in
      // brackets (希望你们成功！（2015年5月7日）).
      if (/[！!][”’」』]?\s*$/.test(p.text.replace(TRAILING_NOTE, '')) && counted === 0) return;
      // Short lines (谢谢！, a signature, page furniture) may carry a cue but do not count as the closing paragraph.
      if ((p.text.match(CJK_RUN) ?? []).length < 12) continue;
      if (lastLine < 0) lastLine = p.last;
      counted++;
    }
    if (lastLine < 0) return;
    report({ messageId: 'missing', line: lastLine + 1, column: 1, endColumn: [...doc.lines[lastLine]].length + 1 });
  },
});

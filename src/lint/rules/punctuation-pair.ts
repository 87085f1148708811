// Paired marks close within their paragraph: “ ”, （ ）, 《 》, 【 】 (ASCII ( ) count as brackets). A line that
// ends mid-sentence (a web copy broken across lines) carries its open marks to the next line. A quotation of
// several paragraphs (“ opening a paragraph, ” closing a later one) is not a defect.
import { defineRule } from '../rule.js';

interface Kind { open: string[]; close: string[]; name: string; left: string; right: string }
const KINDS: Kind[] = [
  { open: ['“'], close: ['”'], name: '引号', left: '“', right: '”' },
  { open: ['（', '('], close: ['）', ')'], name: '括号', left: '（', right: '）' },
  { open: ['《'], close: ['》'], name: '书名号', left: '《', right: '》' },
  { open: ['【'], close: ['】'], name: '方括号', left: '【', right: '】' },
];
const OPEN = new Map<string, Kind>();
const CLOSE = new Map<string, Kind>();
for (const k of KINDS) { k.open.forEach((c) => OPEN.set(c, k)); k.close.forEach((c) => CLOSE.set(c, k)); }

/** A line ends a paragraph when it ends in sentence-final or closing punctuation. */
const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)】》]\s*$/;
/** 1） 2) a) list markers at the start of a line have no opening bracket. */
const LIST_MARKER = /^\s*[0-9０-９a-zA-Z一二三四五六七八九十]{1,3}$/;

interface Open {
  ch: string; kind: Kind; offset: number;
  /** A “ opened inside an open “: the outer one. */
  outer?: Open;
  /** On an outer “: the first double-quoted “ nested in it that was closed. */
  nestedIn?: Open;
  /** On an outer “: a mistyped closing quote inside it was reported, which covers this one too. */
  explained?: boolean;
}

export default defineRule({
  id: 'punctuation-pair',
  description: '成对的标点（“”（）《》【】）在段落内配对',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    unclosed: '左{name}“{found}”没有对应的右{name}“{expected}”',
    unopened: '右{name}“{found}”前没有对应的左{name}“{expected}”',
    doubleOpen: '引号不成对：前一个“尚未闭合，此处又是左引号“，应为右引号”',
    nested: '引号里又用了双引号“”：内层引号应为单引号‘’',
    nestedUnclosed: '引号里又用了双引号“”，外层的左引号“也没有闭合：内层引号应为单引号‘’，并补上外层的右引号”',
  },
  check({ doc, prose, report }) {
    const lines = prose.split('\n');
    let stack: Open[] = [];
    // A “ that opened a paragraph and stayed open: the quotation may go on for a few paragraphs.
    let pending: { open: Open; left: number } | null = null;
    const MAX_QUOTED_PARAGRAPHS = 6;
    const unclosed = (o: Open) => {
      // An inner “ left open was a mistyped closing quote; its outer one is then accounted for by that finding.
      if (o.outer) { o.outer.explained = true; return report({ messageId: 'doubleOpen', range: [o.offset, o.offset + 1] }); }
      if (o.explained) return;
      if (o.nestedIn) return report({ messageId: 'nestedUnclosed', range: [o.nestedIn.offset, o.nestedIn.offset + 1] });
      report({ messageId: 'unclosed', data: { name: o.kind.name, found: o.ch, expected: o.kind.right }, range: [o.offset, o.offset + 1] });
    };
    // Innermost first, so that an inner finding can account for its outer quote.
    const flush = (open: Open[]) => { for (let k = open.length - 1; k >= 0; k--) unclosed(open[k]); };
    lines.forEach((line, li) => {
      const base = doc.lineStarts[li];
      const first = line.search(/\S/);
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        // Each paragraph of a long quotation may open with “ again; the quotation ends at the first ”.
        if (pending && c === '“' && i === first && !stack.length) continue;
        if (pending && c === '”' && !stack.some((o) => o.ch === '“')) {
          const nest = pending.open.nestedIn;
          if (nest) report({ messageId: 'nested', range: [nest.offset, nest.offset + 1] });
          pending = null;
          continue;
        }
        const opener = OPEN.get(c);
        const closer = CLOSE.get(c);
        if (c === '“' && stack.length && stack[stack.length - 1].ch === '“') {
          // “ inside an open “: either a nesting typed with double quotes (“…“天眼”…”, the inner ones should be ‘’)
          // or a mistyped closing quote (“双招双引“). Which one is known when the paragraph has been read; one
          // finding either way, never a second one for the ” that follows.
          const inner: Open = { ch: c, kind: opener!, offset: base + i, outer: stack[stack.length - 1] };
          stack.push(inner);
          continue;
        }
        if (opener) { stack.push({ ch: c, kind: opener, offset: base + i }); continue; }
        if (!closer) continue;
        const at = stack.map((o) => o.kind).lastIndexOf(closer);
        if (at < 0) {
          if ((c === ')' || c === '）') && LIST_MARKER.test(line.slice(0, i))) continue;
          report({ messageId: 'unopened', data: { name: closer.name, found: c, expected: closer.left }, range: [base + i, base + i + 1] });
          continue;
        }
        const closed = stack[at];
        flush(stack.slice(at + 1));
        stack = stack.slice(0, at);
        if (closed.outer) closed.outer.nestedIn ??= closed;
        else if (closed.nestedIn) report({ messageId: 'nested', range: [closed.nestedIn.offset, closed.nestedIn.offset + 1] });
      }
      const last = li === lines.length - 1 || !lines[li + 1].trim();
      if (stack.length && (last || !line.trim() || PARAGRAPH_END.test(line))) {
        const quote = stack.length === 1 && stack[0].ch === '“' && stack[0].offset === base + first && !pending && li < lines.length - 1 ? stack[0] : null;
        if (quote) pending = { open: quote, left: MAX_QUOTED_PARAGRAPHS };
        else flush(stack);
        stack = [];
      } else if (pending && line.trim() && PARAGRAPH_END.test(line) && --pending.left <= 0) {
        unclosed(pending.open);
        pending = null;
      }
    });
    const open = pending as { open: Open } | null;
    if (open) unclosed(open.open);
    flush(stack);
  },
});

// What in a draft is not speech text: Markdown front matter, fenced and indented code, inline code, link targets and
// HTML comments (except the jianghua-disable/enable directives). maskNonText blanks them with spaces of the same
// UTF-16 length, keeping line ends (and astral characters, so columns in code points do not move), so offsets and
// positions found in the masked text are those of the original file.
import type { SpeechDocument } from './document.js';

const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;

export function isMarkdownFile(file: string): boolean {
  return MARKDOWN_FILE.test(file);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /^<!--\s*jianghua-(?:disable-next-line|disable|enable)\b/;

/** Blank text[from, to) in the array of UTF-16 units, keeping line ends and surrogate pairs. */
function blank(out: string[], text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) continue;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    out[i] = ' ';
  }
}

/**
 * The text with what is not speech blanked out. Fences and HTML comments are masked in every text (a plain-text
 * draft may carry them too); front matter, indented code, inline code and link targets only in Markdown.
 */
export function maskNonText(text: string, markdown: boolean): string {
  const out = text.split('');
  let changed = false;
  const mask = (from: number, to: number) => { if (to > from) { blank(out, text, from, to); changed = true; } };

  const lines = text.split('\n');
  const starts: number[] = [];
  let o = 0;
  for (const l of lines) { starts.push(o); o += l.length + 1; }
  const lineEnd = (i: number) => starts[i] + lines[i].length;
  const code = new Uint8Array(lines.length);

  let i = 0;
  // Front matter: --- … --- (YAML) or +++ … +++ (TOML) at the very start.
  if (markdown && lines.length > 1 && (lines[0] === '---' || lines[0] === '+++')) {
    const close = lines[0] === '---' ? /^(?:---|\.\.\.)\s*$/ : /^\+\+\+\s*$/;
    for (let k = 1; k < Math.min(lines.length, 500); k++) {
      if (close.test(lines[k])) { mask(0, lineEnd(k)); for (let j = 0; j <= k; j++) code[j] = 1; i = k + 1; break; }
    }
  }
  let prevBlank = true;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (f) {
      const ch = f[1][0];
      const close = new RegExp(`^ {0,3}${ch === '`' ? '`' : '~'}{${f[1].length},}\\s*$`);
      let k = i + 1;
      while (k < lines.length && !close.test(lines[k])) k++;
      const last = Math.min(k, lines.length - 1);
      mask(starts[i], lineEnd(last));
      for (let j = i; j <= last; j++) code[j] = 1;
      i = last;
      prevBlank = false;
      continue;
    }
    // Indented code: four spaces or a tab after a blank line (or more code); Chinese prose indented by hand is kept.
    if (markdown && /^(?: {4}|\t)/.test(line) && line.trim() && (prevBlank || (i > 0 && code[i - 1])) && !CJK.test(line)) {
      mask(starts[i], lineEnd(i));
      code[i] = 1;
      continue;
    }
    prevBlank = !line.trim();
  }

  // HTML comments (may span lines), except the jianghua directives.
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const end = text.indexOf('-->', at + 4);
    const stop = end < 0 ? text.length : end + 3;
    if (!DIRECTIVE.test(text.slice(at, Math.min(stop, at + 40)))) mask(at, stop);
    if (end < 0) break;
    at = stop - 4;
  }

  if (markdown) {
    for (let k = 0; k < lines.length; k++) {
      if (code[k]) continue;
      const line = lines[k];
      const base = starts[k];
      // Reference definitions: [label]: url "title"
      if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(line)) { mask(base, base + line.length); continue; }
      // Inline code spans.
      for (const m of line.matchAll(/(`+)[^`]+?\1/g)) mask(base + m.index!, base + m.index! + m[0].length);
      // Link and image targets: ](target "title"); the link text stays.
      for (let p = line.indexOf(']('); p >= 0; p = line.indexOf('](', p + 2)) {
        let depth = 0;
        let q = p + 1;
        for (; q < line.length; q++) {
          if (line[q] === '(') depth++;
          else if (line[q] === ')' && --depth === 0) break;
        }
        if (q < line.length) mask(base + p + 1, base + q + 1);
      }
      // Autolinks <https://…>.
      for (const m of line.matchAll(/<(?:https?|ftp|mailto):[^\s<>]+>/gi)) mask(base + m.index!, base + m.index! + m[0].length);
    }
  }
  return changed ? out.join('') : text;
}

/** The document as the rules see it: non-text masked, same offsets and lines; the document itself when nothing is. */
export function textView(doc: SpeechDocument): SpeechDocument {
  const masked = maskNonText(doc.text, isMarkdownFile(doc.file));
  if (masked === doc.text) return doc;
  return { ...doc, text: masked, lines: masked.split('\n') };
}

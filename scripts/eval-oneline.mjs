#!/usr/bin/env node
// The one-line eval (issue 10: the unseen evaluation includes one-line web copies, a page's text with every line
// break lost): every text of the development table (scripts/eval-dev.mjs, fresh batches left out) is flattened in
// memory — each line trimmed of its surrounding white space, blank lines dropped, the rest joined — analysed in that
// form, and every predicted position (line 1, column c) mapped back to the ORIGINAL line through the original line
// starts, then scored against the same hand truth with the same matching as the development table. Two variants:
//   joined   lines joined with nothing (…责任担当。只有…, as ../shared/corpus/speeches/022_other.txt is)
//   spaced   lines joined with one ASCII space
// Positions mapped: headings, series and their items, announcements, statistics (line + column → offset); the
// salutation at the offset where the analyser found it (its paragraph's offset + the position inside it); formulas
// carry no column, so a formula's lines are the original lines of its occurrences in the text (only the scoped
// reports use formula lines). `node scripts/eval-oneline.mjs [--files] [--only a,b] [--variant joined|spaced]`.
// Build first (npm run build): the eval runs the compiled analyser in dist/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HAS_SHARED, ROOT, SHARED_CORPUS, formatTable } from './eval-common.mjs';
import { evaluateDev, formatTypeSummary } from './eval-dev.mjs';

export const VARIANTS = [
  { id: 'joined', joiner: '', label: '行间无任何字符（lines joined with nothing）' },
  { id: 'spaced', joiner: ' ', label: '行间一个半角空格（lines joined with one ASCII space）' },
];

const isSpace = (c) => /\s/.test(c);

/**
 * The one-line form of a text's lines: each line trimmed, blank lines dropped, the rest joined by `joiner`.
 * `segments[k]` = { flat, orig, line }: where the k-th kept line starts in the flat text, where its first kept
 * character is in the original text, and its 1-based original line.
 */
export function flatten(lines, lineStarts, joiner = '') {
  const parts = [];
  const segments = [];
  let flat = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let a = 0;
    let b = line.length;
    while (a < b && isSpace(line[a])) a++;
    while (b > a && isSpace(line[b - 1])) b--;
    if (a >= b) continue;
    if (parts.length) flat += joiner.length;
    segments.push({ flat, orig: lineStarts[i] + a, line: i + 1 });
    parts.push(line.slice(a, b));
    flat += b - a;
  }
  return { text: parts.join(joiner), segments };
}

/** The original 1-based line of a UTF-16 offset in the flat text (a joiner belongs to the line before it). */
export function originalLine(segments, offset) {
  if (!segments.length) return 1;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].flat <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo].line;
}

/**
 * The analysis of the flat document with every position mapped to the original line, through the document's own
 * `offsetAt` (src/text/document.ts; passed in, as this script runs the compiled analyser). `locate(paragraphs)` gives
 * the salutation as {index, at} (the analyser's own locateSalutation), or is absent (the salutation line is then
 * mapped from its paragraph's start, when one paragraph starts on that line).
 */
export function mapStructure(s, flat, segments, { offsetAt, locate } = {}) {
  const flatText = flat.text;
  const toLine = (line, column) => originalLine(segments, offsetAt(flat, { line, column }));
  const at = (x) => ({ ...x, line: toLine(x.line, x.column) });
  let salutationLine = s.salutationLine;
  if (salutationLine !== null && salutationLine !== undefined) {
    const found = locate && s.paragraphs ? locate(s.paragraphs) : null;
    salutationLine = found ? originalLine(segments, s.paragraphs[found.index].offset + found.at) : toLine(salutationLine, 1);
  }
  const formulaLines = (f) => {
    const lines = new Set();
    for (let i = flatText.indexOf(f.text); i >= 0 && f.text; i = flatText.indexOf(f.text, i + f.text.length)) lines.add(originalLine(segments, i));
    return lines.size ? [...lines].sort((a, b) => a - b) : f.lines;
  };
  return {
    ...s,
    salutationLine,
    headings: s.headings.map(at),
    series: s.series.map((x) => ({ ...at(x), items: x.items.map(at) })),
    announced: s.announced.map(at),
    statistics: s.statistics.map(at),
    formulas: s.formulas.map((f) => ({ ...f, lines: formulaLines(f) })),
  };
}

/**
 * evaluateDev over the one-line form of every text. `analyzeStructure`, `readDocument`, `createDocument`, `offsetAt`
 * and `locateSalutation` default to the compiled analyser; the other options are evaluateDev's.
 */
export async function evaluateOneLine({ joiner = '', analyzeStructure, readDocument, createDocument, offsetAt, locateSalutation, ...rest } = {}) {
  if (!analyzeStructure) {
    const load = (m) => import(pathToFileURL(path.join(ROOT, 'dist', m)).href);
    const [ix, rd, dc, tt] = await Promise.all([load('extract/index.js'), load('text/read.js'), load('text/document.js'), load('extract/title.js')]);
    ({ analyzeStructure } = ix);
    ({ readDocument } = rd);
    ({ createDocument, offsetAt } = dc);
    ({ locateSalutation } = tt);
  }
  const flats = new WeakMap();
  return evaluateDev({
    ...rest,
    readDocument: async (file) => {
      const doc = await readDocument(file);
      const { text, segments } = flatten(doc.lines, doc.lineStarts, joiner);
      const flat = createDocument(text, file);
      flats.set(flat, segments);
      return flat;
    },
    analyzeStructure: (flat) => mapStructure(analyzeStructure(flat), flat, flats.get(flat), { offsetAt, locate: locateSalutation }),
  });
}

/** The tables `npm run eval` prints after the development table: one per variant. */
export async function formatOneLine(opts = {}) {
  const out = [];
  for (const v of VARIANTS) {
    const r = await evaluateOneLine({ ...opts, joiner: v.joiner });
    out.push(`开发集·单行形式 ${v.id}：${v.label}（${r.type.n} 篇，位置映射回原行号 — one-line web copies of the development table）`);
    out.push(formatTable(r.rows));
    out.push(formatTypeSummary(r.type));
    out.push('');
  }
  return out.join('\n').trimEnd();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!HAS_SHARED) {
    console.log(`开发语料 ${SHARED_CORPUS} 不存在：跳过单行形式评测。`);
    process.exit(0);
  }
  const oi = process.argv.indexOf('--only');
  const vi = process.argv.indexOf('--variant');
  const only = oi > 0 ? { only: process.argv[oi + 1].split(',') } : {};
  for (const v of VARIANTS.filter((x) => vi < 0 || x.id === process.argv[vi + 1])) {
    const r = await evaluateOneLine({ ...only, joiner: v.joiner });
    console.log(`== ${v.id}：${v.label}`);
    if (process.argv.includes('--files')) {
      for (const { file, type, rows } of r.files) {
        const bad = Object.entries(rows).filter(([, x]) => x.extra.length || x.missing.length);
        if (!bad.length && (!type || type.expected === type.predicted)) continue;
        console.log(`-- ${file}${type ? `  type ${type.expected} → ${type.predicted} (${type.confidence})` : ''}`);
        for (const [field, x] of bad) {
          if (x.extra.length) console.log(`  ${field} fp: ${x.extra.join('  ')}`);
          if (x.missing.length) console.log(`  ${field} fn: ${x.missing.join('  ')}`);
        }
      }
    }
    console.log(formatTable(r.rows));
    console.log(formatTypeSummary(r.type));
    console.log();
  }
}

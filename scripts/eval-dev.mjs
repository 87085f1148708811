#!/usr/bin/env node
// The development-set eval: `analyze` against hand annotations of real speeches and reports the rules were NOT
// written from (test/fixtures/truth-dev/{structure,lexical}/<stem>.yaml, keyed by the file's name in the shared
// development corpus, ../shared/corpus; the texts themselves are never copied into the repository).
// evaluateDev() returns per-field rows [{field, tp, fp, fn}], the type accuracy with its confusion, and per-file
// detail; `node scripts/eval-dev.mjs --files` prints what each file got wrong, `--only a,b` restricts it to some files.
//
// Matching rules (multisets per file):
//   type              the label (accuracy; a wrong label counts once as fp and once as fn)
//   title             the full title, whitespace, Markdown # and ** removed, dash runs read as ——
//   date              YYYY-MM-DD (or YYYY-MM) from any written form; speaker without 同志; meeting as written.
//                     A value the text does not state is null: predicting one is a false positive.
//   headings          level + number + line; headings-level1: the same over the outermost level present
//   series            family + line of the first item; series-length: + number of items
//   announced         line + announced count + actual count; announced-count: line + announced count only
//   formulas          distinct formula text
//   statistics        line + value + unit, a magnitude folded into the value (6.36万亿元 = 6.36e12 元), ％ = %
//   statistics-noun   the same + the noun counted
// A lexical (or structure) file may restrict its annotation of series/announced/formulas/statistics to a line range
// with `scope: { from: N, to: M }` (used for the long reports); predictions outside the range are then ignored.
// A file marked `batch: NAME` (a fresh batch, annotated after the rules changed, whose texts the rule engineers
// have not seen) is held apart: evaluateDev() leaves it out of the development table, evaluateDev({ batch: NAME }) evaluates only that
// batch, and devBatches() lists the batches present; `npm run eval` prints each batch as its own table.
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { ROOT, SHARED_CORPUS, HAS_SHARED, compare, figureKey, formatTable, loadDist, scores } from './eval-common.mjs';

export const DEV_DIR = path.join(ROOT, 'test/fixtures/truth-dev');
export const DEV_FIELDS = ['type', 'title', 'date', 'speaker', 'meeting', 'salutation', 'headings', 'headings-level1', 'series', 'series-length',
  'announced', 'announced-count', 'formulas', 'statistics', 'statistics-noun'];
export const TYPES = ['mobilization', 'progress', 'summary', 'report', 'other'];

const topKeys = (hs) => {
  if (!hs.length) return [];
  const min = Math.min(...hs.map((h) => h.level));
  return hs.filter((h) => h.level === min).map((h) => `${h.level}:${h.number}@${h.line}`);
};

const normTitle = (t) => String(t ?? '').replace(/[#*\s\u3000]/g, '').replace(/[‒–—―]+/g, '——');

/** 2019年4月30日 / 2019-04-30 / 2019.4.30 / 一九三三年八月十二日 → 2019-04-30 (month precision when no day). */
export function normDate(d) {
  if (d === null || d === undefined || d === '') return null;
  const cn = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let s = String(d);
  // Chinese-numeral years digit by digit (一九三三), months and days with 十 (十二, 二十五).
  s = s.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => cn[c]).join(''));
  s = s.replace(/[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]/g, (n) => {
    if (!n.includes('十')) return String(cn[n]);
    const [a, b] = n.split('十');
    return String((a ? cn[a] : 1) * 10 + (b ? cn[b] : 0));
  });
  const m = s.match(/(\d{4})\s*[-年./]\s*(\d{1,2})(?:\s*[-月./]\s*(\d{1,2}))?/);
  if (!m) return s.trim();
  const pad = (x) => x.padStart(2, '0');
  return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
}

const normSpeaker = (s) => (s ? String(s).replace(/\s+/g, '').replace(/同志$/, '') : null);
const normMeeting = (s) => (s ? String(s).replace(/\s+/g, '') : null);

/** A single-valued field as a row: tp when equal, fp for a wrong or unwarranted value, fn for a missed or wrong one. */
function single(predicted, expected) {
  const p = predicted ?? null;
  const e = expected ?? null;
  if (p === null && e === null) return { tp: 0, fp: 0, fn: 0, extra: [], missing: [] };
  if (p === e) return { tp: 1, fp: 0, fn: 0, extra: [], missing: [] };
  return { tp: 0, fp: p === null ? 0 : 1, fn: e === null ? 0 : 1, extra: p === null ? [] : [String(p)], missing: e === null ? [] : [String(e)] };
}

/** The metadata the analyser exposes, wherever it puts it (s.date or s.metadata.date). */
const meta = (s, k) => s[k] ?? s.metadata?.[k] ?? null;

/** Stems annotated in truth-dev (a stem with only one of the two files is still evaluated for that half). */
async function stems(dir) {
  const names = new Set();
  for (const sub of ['structure', 'lexical']) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of await readdir(d)) if (f.endsWith('.yaml')) names.add(f.replace(/\.yaml$/, ''));
  }
  return [...names].sort();
}

/** Parsed truth files kept per process, keyed by path and modification time (the tests evaluate the same set often). */
const truths = new Map();
async function readTruth(dir, sub, stem) {
  const f = path.join(dir, sub, `${stem}.yaml`);
  if (!existsSync(f)) return null;
  const st = statSync(f);
  const key = `${f}\0${st.mtimeMs}\0${st.size}`;
  if (!truths.has(key)) truths.set(key, parseTruth(await readFile(f, 'utf8')));
  return structuredClone(truths.get(key));
}

/**
 * Parsed truth files kept on disk between processes as JSON, keyed by the SHA-1 of the text (an edited file is
 * parsed again): parsing the 1 MB of YAML costs ~1.5 s of CPU in every test process and `npm run eval`, reading
 * the JSON a few milliseconds. A value JSON cannot carry exactly is never cached (parsed every time).
 */
const TRUTH_CACHE = path.join(os.tmpdir(), 'jianghua-truth-cache');
function parseTruth(text) {
  const file = path.join(TRUTH_CACHE, `${createHash('sha1').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Not cached yet (or a partial file of an older run): parse, and cache what JSON carries exactly.
  }
  const value = YAML.parse(text) ?? {};
  const json = JSON.stringify(value);
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
    try {
      mkdirSync(TRUTH_CACHE, { recursive: true });
      // Written whole under another name, then renamed: a process reading at the same time sees all or nothing.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, json);
      renameSync(tmp, file);
    } catch {
      // A read-only or full temporary folder: go on without the cache.
    }
  }
  return value;
}

/** The names of the batches held apart (`batch:` in a truth-dev file), sorted. */
export async function devBatches(dir = DEV_DIR) {
  const names = new Set();
  for (const stem of await stems(dir)) {
    for (const sub of ['structure', 'lexical']) {
      const t = await readTruth(dir, sub, stem);
      if (t?.batch) names.add(String(t.batch));
    }
  }
  return [...names].sort();
}

/** Where the annotated text lives in the shared corpus: `file:` of the annotation, else speeches/ or reports/. */
function textPath(shared, stem, truth) {
  if (truth?.file) return path.join(shared, truth.file);
  for (const sub of ['speeches', 'reports']) {
    const p = path.join(shared, sub, `${stem}.txt`);
    if (existsSync(p)) return p;
  }
  return path.join(shared, 'speeches', `${stem}.txt`);
}

/**
 * Evaluate `analyzeStructure` (compiled or source) on the development set.
 * `only`: a list of stems to restrict the evaluation to (e.g. a batch annotated later).
 * `batch`: null (default) evaluates the files without a `batch:` mark; a name evaluates only that batch.
 * @returns {{ rows, type: {n, correct, accuracy, confusion, campaign}, files }}
 */
export async function evaluateDev({ analyzeStructure, readDocument, dir = DEV_DIR, shared = SHARED_CORPUS, only = null, batch = null } = {}) {
  if (!analyzeStructure) ({ analyzeStructure, readDocument } = await loadDist());
  const totals = Object.fromEntries(DEV_FIELDS.map((f) => [f, { field: f, tp: 0, fp: 0, fn: 0 }]));
  const confusion = {};
  const files = [];
  let n = 0;
  let correct = 0;
  const campaign = { n: 0, correct: 0 };
  for (const stem of (await stems(dir)).filter((x) => !only || only.includes(x))) {
    const st = await readTruth(dir, 'structure', stem);
    const lx = await readTruth(dir, 'lexical', stem);
    if ((st?.batch ?? lx?.batch ?? null) !== (batch ?? null)) continue;
    const doc = await readDocument(textPath(shared, stem, st ?? lx));
    const s = analyzeStructure(doc);
    const rows = {};
    const scopeOf = (t) => (t?.scope ? [t.scope.from ?? 1, t.scope.to ?? Infinity] : [1, Infinity]);
    const inScope = ([a, b], line) => line >= a && line <= b;
    if (st) {
      const sc = scopeOf(st);
      const th = st.headings ?? [];
      const ts = st.series ?? [];
      const ta = st.announced ?? [];
      const ps = s.series.filter((x) => inScope(sc, x.line));
      const pa = s.announced.filter((a) => inScope(sc, a.line));
      rows.type = compare([s.type.label], [st.type]);
      rows.title = compare([normTitle(s.title)], [normTitle(st.title)]);
      if ('date' in st) rows.date = single(normDate(meta(s, 'date')), normDate(st.date));
      if ('speaker' in st) rows.speaker = single(normSpeaker(meta(s, 'speaker')), normSpeaker(st.speaker));
      if ('meeting' in st) rows.meeting = single(normMeeting(meta(s, 'meeting')), normMeeting(st.meeting));
      if ('salutationLine' in st) rows.salutation = compare([String(s.salutationLine)], [String(st.salutationLine ?? null)]);
      rows.headings = compare(s.headings.map((h) => `${h.level}:${h.number}@${h.line}`), th.map((h) => `${h.level}:${h.number}@${h.line}`));
      rows['headings-level1'] = compare(topKeys(s.headings), topKeys(th));
      rows.series = compare(ps.map((x) => `${x.family}@${x.line}`), ts.map((x) => `${x.family}@${x.line}`));
      rows['series-length'] = compare(ps.map((x) => `${x.family}@${x.line}#${x.items.length}`), ts.map((x) => `${x.family}@${x.line}#${x.length}`));
      rows.announced = compare(pa.map((a) => `${a.line}:${a.announced}/${a.actual}`), ta.map((a) => `${a.line}:${a.announced}/${a.actual}`));
      rows['announced-count'] = compare(pa.map((a) => `${a.line}:${a.announced}`), ta.map((a) => `${a.line}:${a.announced}`));
      n++;
      if (s.type.label === st.type) correct++;
      if (['mobilization', 'progress', 'summary'].includes(st.type)) {
        campaign.n++;
        if (s.type.label === st.type) campaign.correct++;
      }
      const key = `${st.type}→${s.type.label}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
    }
    if (lx) {
      const sc = scopeOf(lx);
      const pf = [...new Set(s.formulas.filter((f) => (f.lines ?? [1]).some((l) => inScope(sc, l))).map((f) => f.text))];
      const pst = s.statistics.filter((x) => inScope(sc, x.line));
      const tst = lx.statistics ?? [];
      rows.formulas = compare(pf, [...new Set((lx.formulas ?? []).map(String))]);
      rows.statistics = compare(pst.map(figureKey), tst.map(figureKey));
      rows['statistics-noun'] = compare(pst.map((x) => `${figureKey(x)}:${x.noun ?? ''}`), tst.map((x) => `${figureKey(x)}:${x.noun ?? ''}`));
    }
    for (const [f, r] of Object.entries(rows)) for (const k of ['tp', 'fp', 'fn']) totals[f][k] += r[k];
    files.push({ file: stem, type: st ? { expected: st.type, predicted: s.type.label, confidence: s.type.confidence } : null, rows });
  }
  const rows = DEV_FIELDS.map((f) => ({ ...totals[f], ...scores(totals[f]) }));
  return { rows, type: { n, correct, accuracy: n ? correct / n : null, confusion, campaign }, files };
}

/** The type line printed under the table: accuracy, the campaign types, and every wrong pair. */
export function formatTypeSummary(t) {
  const wrong = Object.entries(t.confusion).filter(([k]) => k.split('→')[0] !== k.split('→')[1]).sort((a, b) => b[1] - a[1]);
  const tc = t.confusion;
  return [
    `type accuracy ${t.accuracy === null ? '—' : (100 * t.accuracy).toFixed(1) + '%'} (${t.correct}/${t.n}); mobilization/progress/summary typed right: ${t.campaign.correct}/${t.campaign.n}`,
    `type right per annotated type: ${TYPES.map((id) => {
      const all = Object.entries(tc).filter(([k]) => k.startsWith(`${id}→`)).reduce((a, [, v]) => a + v, 0);
      return all ? `${id} ${tc[`${id}→${id}`] ?? 0}/${all}` : null;
    }).filter(Boolean).join(', ')}`,
    `type confusion (annotated→predicted): ${wrong.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!HAS_SHARED) {
    console.log(`开发语料 ${SHARED_CORPUS} 不存在：跳过开发集评测。`);
    process.exit(0);
  }
  const oi = process.argv.indexOf('--only');
  const bi = process.argv.indexOf('--batch');
  const r = await evaluateDev({ ...(oi > 0 ? { only: process.argv[oi + 1].split(',') } : {}), ...(bi > 0 ? { batch: process.argv[bi + 1] } : {}) });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 1));
  } else {
    if (process.argv.includes('--files')) {
      for (const { file, type, rows } of r.files) {
        console.log(`== ${file}${type ? `  type ${type.expected} → ${type.predicted} (${type.confidence})` : ''}`);
        for (const [field, v] of Object.entries(rows)) {
          if (v.extra.length) console.log(`  ${field} fp: ${v.extra.join('  ')}`);
          if (v.missing.length) console.log(`  ${field} fn: ${v.missing.join('  ')}`);
        }
      }
      console.log();
    }
    console.log(formatTable(r.rows));
    console.log(formatTypeSummary(r.type));
  }
}

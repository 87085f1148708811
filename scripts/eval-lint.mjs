// `node scripts/eval-lint.mjs` (part of `npm run eval`): how far lint can be trusted on real speeches, measured on
// the development corpus (../shared/corpus/speeches: unseen) and on corpus/ (regression fixtures) apart:
//   1. error-level findings on the unmodified speeches per 10,000 characters, split into the 提法 rules
//      (formulation*, issue 11) and the rest, each of the rest checked against the hand-written expectations in
//      test/fixtures/lint-dev/expected.yaml; punctuation width (punctuation-width: ASCII marks in Chinese text,
//      full-width digits and letters, a warning by default) is counted apart at any level;
//   2. planted defects found, per kind: salutation removed, heading number skipped, announced count changed,
//      series item repeated, placeholder inserted, ASCII punctuation, a standard section deleted (numbering and
//      announcement mended). Defects are planted programmatically; the texts are never copied anywhere.
// Build first (npm run build): it runs the compiled lint in dist/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.JIANGHUA_SHARED ? path.resolve(process.env.JIANGHUA_SHARED, 'corpus') : path.resolve(ROOT, '..', 'shared', 'corpus');
const { createDocument } = await import(path.join(ROOT, 'dist/text/document.js'));
const { lintDocument } = await import(path.join(ROOT, 'dist/lint/index.js'));
const { analyzeStructure } = await import(path.join(ROOT, 'dist/extract/index.js'));
const { loadSections } = await import(path.join(ROOT, 'dist/sections.js'));
const { locateSections } = await import(path.join(ROOT, 'dist/lint/rules/required-sections.js'));
const { toCnNumber, parseCnNumber } = await import(path.join(ROOT, 'dist/text/numerals.js'));
const { renumberMarker } = await import(path.join(ROOT, 'dist/lint/numbering.js'));
const { isAddressLine } = await import(path.join(ROOT, 'dist/lint/rules/salutation.js'));

const list = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)) : []);
const sets = [
  { name: '开发集（../shared/corpus/speeches，unseen）', files: list(path.join(SHARED, 'speeches')), dev: true },
  { name: '语料（corpus/，回归样本 regression fixtures）', files: list(path.join(ROOT, 'corpus')), dev: false },
];
const expected = YAML.parse(readFileSync(path.join(ROOT, 'test/fixtures/lint-dev/expected.yaml'), 'utf8')) ?? {};
const chars = (t) => [...t.replace(/\s/g, '')].length;
const lint = (text, name, opts = {}) => lintDocument(createDocument(text, name), opts);
const TYPES = ['mobilization', 'progress', 'summary'];

function density(set) {
  let n = 0;
  // Punctuation width is a warning by default (typographic, not content); it is counted apart at any level, and
  // counted among the errors only if raised to error.
  const count = { punctuation: 0, punctuationErrors: 0, formulation: 0, other: 0 };
  const unexpected = [];
  let matched = 0;
  for (const f of set.files) {
    const text = readFileSync(f, 'utf8');
    n += chars(text);
    const name = path.basename(f);
    const exp = set.dev ? (expected[name] ?? []) : null;
    for (const m of lint(text, name).messages) {
      if (m.ruleId === 'punctuation-width') { count.punctuation++; if (m.severity === 2) count.punctuationErrors++; continue; }
      if (m.severity !== 2) continue;
      if (m.ruleId.startsWith('formulation')) { count.formulation++; continue; }
      count.other++;
      if (exp) {
        if (exp.some((e) => e.rule === m.ruleId && e.line === m.line)) matched++;
        else unexpected.push(`${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
  }
  const per = (k) => (k / n * 1e4).toFixed(2);
  return { n, count, per, unexpected, matched };
}

/** Replace text[at, at+len) by s. */
const splice = (text, at, len, s) => text.slice(0, at) + s + text.slice(at + len);
const lineStart = (doc, line) => doc.lineStarts[line - 1];

function plant(text, name, type) {
  const doc = createDocument(text, name);
  const s = analyzeStructure(doc);
  const base = lint(text, name, type ? { type } : {});
  const has = (r, id, pred = () => true) => r.messages.some((m) => m.ruleId === id && pred(m));
  const cases = [];
  // 1. salutation removed
  if (s.salutationLine !== null && !has(base, 'salutation')) {
    // The whole salutation, as an editor would delete it: every address line of the block (尊敬的各位领导、各位嘉宾，
    // / 亲爱的老师们、同学们： / 大家好！, blank lines between them), or, run into the first sentence, the text up to
    // its colon (同志们：此次会议……).
    const line = doc.lines[s.salutationLine - 1];
    const colon = line.search(/[：:]/);
    const blankOrAddress = (k) => k >= 0 && k < doc.lines.length && (!doc.lines[k].trim() || isAddressLine(doc.lines[k]));
    let t = null;
    if (isAddressLine(line) || [...line].length <= 40) {
      let first = s.salutationLine - 1;
      let last = first;
      while (blankOrAddress(first - 1) && (doc.lines[first - 1].trim() || isAddressLine(doc.lines[first - 2] ?? ''))) first--;
      while (blankOrAddress(last + 1) && (doc.lines[last + 1].trim() || isAddressLine(doc.lines[last + 2] ?? ''))) last++;
      t = text.slice(0, lineStart(doc, first + 1)) + text.slice(last + 1 < doc.lines.length ? lineStart(doc, last + 2) : text.length);
    } else if (colon >= 0 && colon < 30) t = splice(text, lineStart(doc, s.salutationLine), colon + 1, '');
    if (t !== null) cases.push(['salutation', has(lint(t, name), 'salutation')]);
  }
  // 2. a heading number skipped (a middle heading of a group numbered one higher)
  const groups = new Map();
  for (const h of s.headings) { const k = `${h.parent}|${h.level}|${h.style}`; groups.set(k, [...(groups.get(k) ?? []), h]); }
  const g = [...groups.values()].find((x) => x.length >= 3 && x.every((h, i) => h.number === i + 1));
  if (g && !has(base, 'heading-sequence')) {
    const h = g[1];
    const at = doc.text.indexOf(h.marker, lineStart(doc, h.line) + h.column - 1 - 2);
    if (at >= 0) cases.push(['heading-skip', has(lint(splice(text, at, h.marker.length, renumberMarker(h.marker, h.number + 1)), name), 'heading-sequence', (m) => m.line === h.line)]);
  }
  // 3. an announced count changed
  const a = s.announced.find((x) => x.announced !== null && x.announced === x.actual && x.announced < 9);
  if (a && !has(base, 'announced-count')) {
    const k = doc.lines[a.line - 1].indexOf(a.phrase);
    // The numeral that is the count (the last one of that value: 这一届…以下5个点 → 6, 二、…两点想法 → 三点), not the
    // first numeral of the phrase.
    const nums = [...a.phrase.matchAll(/[一二两三四五六七八九十]+|\d+/g)].filter((mm) => (/\d/.test(mm[0]) ? Number(mm[0]) : parseCnNumber(mm[0])) === a.announced);
    const num = nums[nums.length - 1];
    const changed = num ? a.phrase.slice(0, num.index) + (/\d/.test(num[0]) ? String(a.announced + 1) : toCnNumber(a.announced + 1)) + a.phrase.slice(num.index + num[0].length) : a.phrase;
    if (k >= 0 && changed !== a.phrase) cases.push(['announced', has(lint(splice(text, lineStart(doc, a.line) + k, a.phrase.length, changed), name), 'announced-count', (m) => m.line === a.line)]);
  }
  // 4. a series item repeated (the third item numbered as the second)
  const ser = s.series.find((x) => x.family !== 'shouxian' && !x.uncertain && x.items.length >= 3 && x.items.every((it, i) => it.ordinal === i + 1) && x.items[2].marker !== x.items[1].marker);
  if (ser && !has(base, 'series-sequence')) {
    const it = ser.items[2];
    const from = lineStart(doc, it.line);
    const at = doc.text.indexOf(it.marker, from + it.column - 1 - 2);
    if (at >= 0) cases.push(['series-repeat', has(lint(splice(text, at, it.marker.length, renumberMarker(it.marker, 2)), name), 'series-sequence', (m) => m.line === it.line)]);
  }
  // 5. a placeholder inserted in the middle paragraph; 6. an ASCII comma
  const paras = s.paragraphs.filter((p) => /[\u4e00-\u9fff]{20}/.test(p.text));
  const mid = paras[Math.floor(paras.length / 2)];
  if (mid) {
    const cut = mid.text.indexOf('。');
    if (cut > 0) {
      const at = mid.offset + cut + 1;
      const t = splice(text, at, 0, '请XX同志作补充发言。');
      const line = createDocument(t, name).lineStarts.findLastIndex((o) => o <= at) + 1;
      cases.push(['placeholder', has(lint(t, name), 'placeholder', (m) => m.line === line)]);
    }
    const comma = mid.text.indexOf('，');
    if (comma > 0) {
      const at = mid.offset + comma;
      const line = doc.lineStarts.findLastIndex((o) => o <= at) + 1;
      cases.push(['ascii-punctuation', has(lint(splice(text, at, 1, ','), name), 'punctuation-width', (m) => m.line === line)]);
    }
  }
  // 7. a standard section deleted, as an editor would cut it, with the numbering and the announcement mended so that
  //    only the section is missing. Every speech of a known type gets one when it has a standard section that can
  //    be identified on the unmodified text (where lint locates it), tried in the order of sections.yaml:
  //    - a section with a heading of its own: the heading's whole block (up to the next top heading, or for the last
  //      block up to the next section found after it), the top headings after it renumbered and an announcement
  //      that counted them lowered; it qualifies only if no other top heading carries one of its heading cues;
  //    - a section found by its wording: the paragraph where it starts and the paragraphs right after it that carry
  //      its wording (at most 3), none of them a heading or the salutation.
  //    Lint (with the type) must then report that section by name.
  if (type) {
    const tops = s.headings.filter((h) => h.parent === null);
    const offsetOf = (d, h) => lineStart(d, h.line) + h.column - 1;
    const list = loadSections(type).sections;
    const located = locateSections(list, doc, s, 2);
    const after = (off) => [...located.values()].filter((o) => o > off).sort((x, y) => x - y)[0];
    const paraAt = (off) => s.paragraphs.findLastIndex((p) => p.offset <= off);
    const headingLines = new Set(s.headings.map((h) => h.line));
    for (const sec of list.filter((x) => x.required && located.has(x.id))) {
      if (has(base, 'required-sections', (m) => m.message.startsWith(`缺少“${sec.name}”`))) continue;
      const at = located.get(sec.id);
      const k = tops.findIndex((h) => offsetOf(doc, h) === at);
      let t = null;
      if (k >= 0) {
        if (tops.some((h, j) => j !== k && sec.headingCues.some((c) => h.text.includes(c)))) continue;
        const to = k + 1 < tops.length ? offsetOf(doc, tops[k + 1]) : after(at);
        if (to === undefined || to <= at) continue;
        const from = lineStart(doc, tops[k].line);
        t = text.slice(0, from) + text.slice(k + 1 < tops.length ? lineStart(doc, tops[k + 1].line) : to);
        // Renumber the top headings after it, and lower an announcement that counted them.
        const d2 = createDocument(t, name);
        const s2 = analyzeStructure(d2);
        const edits = [];
        for (const h of s2.headings.filter((x) => x.parent === null && x.number > k && x.style === tops[k].style)) {
          const hat = d2.text.indexOf(h.marker, lineStart(d2, h.line) + h.column - 3);
          if (hat >= 0) edits.push([hat, h.marker.length, renumberMarker(h.marker, h.number - 1)]);
        }
        const ann = s2.announced.find((x) => x.target === 'headings' && x.announced === tops.length);
        if (ann) {
          const aat = d2.text.indexOf(ann.phrase, lineStart(d2, ann.line));
          const nums = [...ann.phrase.matchAll(/[一二两三四五六七八九十]+|\d+/g)].filter((mm) => (/\d/.test(mm[0]) ? Number(mm[0]) : parseCnNumber(mm[0])) === tops.length);
          const num = nums[nums.length - 1];
          if (aat >= 0 && num) edits.push([aat + num.index, num[0].length, /\d/.test(num[0]) ? String(tops.length - 1) : toCnNumber(tops.length - 1)]);
        }
        for (const [eat, len, str] of edits.sort((x, y) => y[0] - x[0])) t = splice(t, eat, len, str);
      } else {
        const first = paraAt(at);
        if (first < 0) continue;
        let last = first;
        const carries = (p) => sec.bodyCues.some((c) => p.text.includes(c));
        while (last + 1 < s.paragraphs.length && last - first < 2 && carries(s.paragraphs[last + 1])) last++;
        const span = s.paragraphs.slice(first, last + 1);
        if (span.some((p) => headingLines.has(p.line) || p.line === s.salutationLine)) continue;
        const from = span[0].offset;
        const to = last + 1 < s.paragraphs.length ? s.paragraphs[last + 1].offset : text.length;
        t = text.slice(0, from) + text.slice(to);
      }
      cases.push(['section-deleted', has(lint(t, name, { type }), 'required-sections', (m) => m.message.startsWith(`缺少“${sec.name}”`))]);
      if (process.env.EVAL_LINT_MISSES) console.log(`    删去段落：${name} ${sec.name}（${k >= 0 ? '标题' : '措辞'}）`);
      break;
    }
  }
  return cases;
}

const KINDS = ['salutation', 'heading-skip', 'announced', 'series-repeat', 'placeholder', 'ascii-punctuation', 'section-deleted'];
const LABEL = { salutation: '删去称呼', 'heading-skip': '标题跳号', announced: '改动宣布的点数', 'series-repeat': '列举项重号', placeholder: '插入占位符', 'ascii-punctuation': '半角标点', 'section-deleted': '删去标准段落' };

for (const set of sets) {
  console.log(`\n${set.name}：${set.files.length} 篇`);
  if (!set.files.length) { console.log('  不存在，跳过。'); continue; }
  const d = density(set);
  const errors = d.count.other + d.count.formulation + d.count.punctuationErrors;
  console.log(`  错误级发现（每万字）：共 ${errors}（${d.per(errors)}）= 非标点 ${d.count.other}（${d.per(d.count.other)}）+ 提法 ${d.count.formulation}（${d.per(d.count.formulation)}）+ 标点宽度 ${d.count.punctuationErrors}；共 ${d.n} 字`);
  console.log(`  标点宽度发现（半角标点、全角数字字母，默认警告级）：${d.count.punctuation}（${d.per(d.count.punctuation)}）`);
  if (set.dev) {
    console.log(`  与手写预期（test/fixtures/lint-dev/expected.yaml）一致 ${d.matched} 个；预期之外 ${d.unexpected.length} 个`);
    for (const u of d.unexpected) console.log(`    预期之外：${u}`);
  }
  const tally = Object.fromEntries(KINDS.map((k) => [k, [0, 0]]));
  for (const f of set.files) {
    const name = path.basename(f);
    const type = TYPES.find((t) => name.includes(t)) ?? null;
    for (const [kind, found] of plant(readFileSync(f, 'utf8'), name, set.dev ? type : null)) {
      tally[kind][1]++;
      if (found) tally[kind][0]++;
      else if (process.env.EVAL_LINT_MISSES) console.log(`    未发现：${name} ${kind}`);
    }
  }
  let all = 0;
  let total = 0;
  for (const k of KINDS) {
    const [hit, n] = tally[k];
    all += hit; total += n;
    console.log(`  植入 ${LABEL[k].padEnd(7, '　')} ${String(hit).padStart(3)}/${String(n).padEnd(3)} ${n ? (hit / n * 100).toFixed(1) + '%' : '—'}`);
  }
  console.log(`  植入合计 ${all}/${total} ${total ? (all / total * 100).toFixed(1) + '%' : '—'}`);
}

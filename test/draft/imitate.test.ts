// Drafting by imitation: `init --from` a real speech gives a facts file whose draft has the model's shape — the
// same number of parts and, in each part, the same number of points. On the bundled corpus and, when present, the
// development corpus (../shared/corpus/speeches, never copied into the repository).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';
import { imitationFacts, modelSkeleton } from '../../src/draft/imitate.js';
import { checkFacts, draftFromFacts, toText } from '../../src/draft/index.js';
import { run } from '../../src/cli.js';
import { CORPUS_FILES, corpusPath, HAS_SHARED, sharedFiles } from '../helpers.js';

function shape(text: string, file: string) {
  const doc = createDocument(text, file);
  const sk = modelSkeleton(doc, analyzeStructure(doc));
  return { parts: sk.parts.length, points: sk.parts.map((p) => p.items.length) };
}

/** Parts (一、) of a draft and the points of each: its （一） sub-headings, else its 一是/二是 paragraphs. */
function draftShape(lines: string[]) {
  const parts: { subs: number; series: number }[] = [];
  for (const l of lines) {
    if (/^[一二三四五六七八九十]+、/u.test(l)) parts.push({ subs: 0, series: 0 });
    else if (parts.length && /^（[一二三四五六七八九十]+）/u.test(l)) parts[parts.length - 1].subs++;
    else if (parts.length && /^[一二三四五六七八九十]+是/u.test(l)) parts[parts.length - 1].series++;
  }
  return { parts: parts.length, points: parts.map((p) => p.subs || p.series) };
}

async function imitate(file: string) {
  const text = readFileSync(file, 'utf8');
  const doc = createDocument(text, file);
  const structure = analyzeStructure(doc);
  const type = (['mobilization', 'progress', 'summary'] as const).find((t) => t === structure.type.label) ?? 'mobilization';
  const facts = imitationFacts(doc, structure, { type, file: path.basename(file) });
  return { model: shape(text, file), facts };
}

async function checkShape(file: string) {
  const { model, facts } = await imitate(file);
  if (model.parts === 0) return null;
  const check = checkFacts(facts, { file: 'imitation.yaml' });
  expect(check.errors, file).toEqual([]);
  // The placeholders for this meeting's own facts are warned, naming their keys.
  expect(check.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['meeting', 'unit', 'theme']));
  const { paragraphs } = await draftFromFacts(facts, { file: 'imitation.yaml' });
  const drafted = draftShape(paragraphs.map((p) => p.text));
  expect(drafted.parts, file).toBe(model.parts);
  // A part of one point is written without a number (a lone （一） is a numbering fault), so it reads as none.
  expect(drafted.points, file).toEqual(model.points.map((n) => (n === 1 ? 0 : n)));
  return model;
}

describe('init --from on the bundled corpus', () => {
  it.each(CORPUS_FILES)('%s: the draft has the model’s parts and points', async (stem) => {
    await checkShape(corpusPath(stem));
  });
  it('writes the model’s wording as comments and its figures as stats', async () => {
    const { facts } = await imitate(corpusPath(CORPUS_FILES[4]));
    expect(facts).toMatch(/^# 仿写事实文件：按范文《/u);
    expect(facts).toMatch(/^ {2}# 范文第1部分（第\d+行）：/mu);
    expect(facts).toContain('parts:');
    const withStats = CORPUS_FILES.map((s) => readFileSync(corpusPath(s), 'utf8')).some((t) => {
      const doc = createDocument(t, 'x');
      return /stats:\n {10}- \{label: /u.test(imitationFacts(doc, analyzeStructure(doc), { type: 'summary', file: 'x' }));
    });
    expect(withStats).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)('init --from on the development corpus', () => {
  const files = sharedFiles('speeches');
  it('gives the same shape for every speech with parts', async () => {
    let imitated = 0;
    for (const f of files) if (await checkShape(f)) imitated++;
    // Most real speeches have numbered parts or a 第一/一是 skeleton (41 of the 50).
    expect(imitated).toBeGreaterThanOrEqual(Math.floor(files.length * 0.8));
  }, 120_000);
});

describe('jianghua init --from (in-process)', () => {
  async function jianghua(args: string[]) {
    let out = '';
    let err = '';
    const code = await run(['node', 'jianghua', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
  }
  it('prints the facts of a model speech', async () => {
    const r = await jianghua(['init', '--from', corpusPath(CORPUS_FILES[0]), '--type', 'mobilization']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('type: mobilization');
    expect(checkFacts(r.out).errors).toEqual([]);
  });
  it('needs --type or --from', async () => {
    const r = await jianghua(['init']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('请用 --type 指定讲话类型，或用 --from 指定范文');
  });
});

// The analyzer reads a drafted speech back: the headings the template wrote, the announced counts, the type.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { draftFromFacts, toText } from '../../src/draft/index.js';
import { createDocument } from '../../src/text/document.js';
import { analyzeStructure } from '../../src/extract/index.js';

async function analyzeDraft(type: string) {
  const src = await fs.readFile(new URL(`../../examples/${type}.yaml`, import.meta.url), 'utf8');
  const { paragraphs } = await draftFromFacts(src);
  const doc = createDocument(toText(paragraphs), `${type}.txt`);
  return { paragraphs, structure: analyzeStructure(doc) };
}

describe.each([
  // Written by hand from the example files: top sections, sub-headings under each, series lengths.
  { type: 'mobilization', top: 4, subs: [3, 4, 0, 0], series: [2, 2, 2, 2, 2, 3, 4] },
  { type: 'progress', top: 3, subs: [4, 0, 3], series: [3, 2, 2] },
  { type: 'summary', top: 4, subs: [3, 0, 0, 3], series: [2, 5, 2, 2] },
])('analyzeStructure on the $type draft', ({ type, top, subs, series }) => {
  it('finds the type back', async () => {
    const { structure } = await analyzeDraft(type);
    expect(structure.type.label).toBe(type);
  });
  it('finds the title, the salutation and every heading the template wrote', async () => {
    const { paragraphs, structure } = await analyzeDraft(type);
    expect(structure.title).toBe(paragraphs[0].text);
    expect(structure.salutationLine).toBe(paragraphs.findIndex((p) => p.kind === 'salutation') + 1);
    const level1 = structure.headings.filter((h) => h.level === 1);
    expect(level1.map((h) => h.number)).toEqual(Array.from({ length: top }, (_, i) => i + 1));
    // Heading lines are where the draft put them.
    const drafted = paragraphs.map((p, i) => ({ ...p, line: i + 1 })).filter((p) => p.kind === 'heading1');
    expect(level1.map((h) => h.line)).toEqual(drafted.map((p) => p.line));
    const perTop = level1.map((_, i) => structure.headings.filter((h) => h.level === 2 && h.parent === structure.headings.indexOf(level1[i])).length);
    expect(perTop).toEqual(subs);
  });
  it('finds the series without problems', async () => {
    const { structure } = await analyzeDraft(type);
    expect(structure.series.map((s) => s.items.length)).toEqual(series);
    expect(structure.series.flatMap((s) => s.problems)).toEqual([]);
  });
  it('every announced count matches what follows', async () => {
    const { structure } = await analyzeDraft(type);
    const opening = structure.announced.find((a) => a.phrase.includes('意见'));
    expect(opening?.announced).toBe(top);
    expect(opening?.actual).toBe(top);
    for (const a of structure.announced) expect(a.actual, a.phrase).toBe(a.announced);
  });
});

// Word output read back: mammoth gives the same paragraphs in the same order; word/document.xml carries the
// GB/T 9704 layout (fonts, sizes, exact 28 pt lines, A4 and margins).
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { draftFromFacts } from '../../src/draft/index.js';
import { formatDocx, DOCX_FONTS } from '../../src/format/docx.js';

async function draftDocx(type: string) {
  const src = await fs.readFile(new URL(`../../examples/${type}.yaml`, import.meta.url), 'utf8');
  const { paragraphs } = await draftFromFacts(src);
  return { paragraphs, buf: await formatDocx(paragraphs) };
}

/** Font (eastAsia) and size of the first run of each <w:p> in the body. */
function runStyles(xml: string): { text: string; font: string | null; size: string | null }[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    font: /w:eastAsia="([^"]+)"/.exec(m[1])?.[1] ?? null,
    size: /<w:sz w:val="(\d+)"/.exec(m[1])?.[1] ?? null,
  }));
}

describe.each(['mobilization', 'progress', 'summary'])('docx %s', (type) => {
  it('reads back with mammoth: same paragraphs, same order', async () => {
    const { paragraphs, buf } = await draftDocx(type);
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const back = value.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(back).toEqual(paragraphs.map((p) => p.text));
  });
  it('uses the official fonts, sizes and layout', async () => {
    const { paragraphs, buf } = await draftDocx(type);
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('word/document.xml')!.async('string');
    const runs = runStyles(xml);
    expect(runs.map((r) => r.text)).toEqual(paragraphs.map((p) => p.text));
    const byKind = (k: string) => runs.filter((_, i) => paragraphs[i].kind === k);
    expect(byKind('title')).toEqual([expect.objectContaining({ font: '方正小标宋简体', size: '44' })]);
    expect(byKind('heading1').every((r) => r.font === '黑体' && r.size === '32')).toBe(true);
    expect(byKind('heading2').every((r) => r.font === '楷体_GB2312')).toBe(true);
    expect(byKind('body').every((r) => r.font === DOCX_FONTS.body && r.size === '32')).toBe(true);
    expect(byKind('heading1').length).toBeGreaterThanOrEqual(3);
    // Exact 28 pt line pitch, first-line indent of two 16 pt characters on body paragraphs.
    expect(xml).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="560"/);
    expect(xml).toContain('w:firstLine="640"');
    // A4 with margins 37/35/28/26 mm (twips).
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });
});

// Word output read back: mammoth gives the same paragraphs in the same order; word/document.xml and styles.xml carry
// the GB/T 9704 layout: styles with outline levels kept with the next paragraph, fonts, sizes, exact 28.95 pt lines
// on a 22-line grid, 28 characters a line, A4 and margins, page numbers at the outer edge, font fallbacks.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { draftFromFacts } from '../../src/draft/index.js';
import { formatDocx, DOCX_FONTS, CHAR_SPACING, LINE, STYLE } from '../../src/format/docx.js';
import { breakTitle, titlePhrases } from '../../src/draft/title-lines.js';

// One draft of each type for all the tests that read it (drafting, breaking the title and packing the .docx cost
// ~0.1 s a time); the tests only read the results.
const drafted = new Map<string, ReturnType<typeof makeDocx>>();
function draftDocx(type: string): ReturnType<typeof makeDocx> {
  if (!drafted.has(type)) drafted.set(type, makeDocx(type));
  return drafted.get(type)!;
}

async function makeDocx(type: string) {
  const src = await fs.readFile(new URL(`../../examples/${type}.yaml`, import.meta.url), 'utf8');
  const { paragraphs, facts } = await draftFromFacts(src);
  const titleLines = breakTitle(paragraphs[0].text, { phrases: titlePhrases(facts) });
  const buf = await formatDocx(paragraphs, { titleLines });
  const zip = await JSZip.loadAsync(buf);
  const part = (name: string) => zip.file(name)!.async('string');
  return { paragraphs, titleLines, buf, document: await part('word/document.xml'), styles: await part('word/styles.xml'), zip, part };
}

/** Style, text, first run's font of each <w:p> in the body. */
function bodyParagraphs(xml: string): { style: string | null; text: string; font: string | null; breaks: number }[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1] ?? null,
    text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    font: /w:eastAsia="([^"]+)"/.exec(m[1])?.[1] ?? null,
    breaks: (m[1].match(/<w:br\/>/g) ?? []).length,
  }));
}

function styleXml(styles: string, id: string): string {
  const at = styles.indexOf(`w:styleId="${id}"`);
  expect(at, id).toBeGreaterThan(0);
  return styles.slice(at, styles.indexOf('</w:style>', at));
}

describe.each(['mobilization', 'progress', 'summary'])('docx %s', (type) => {
  it('reads back with mammoth: same paragraphs, same order (the title in its lines)', async () => {
    const { paragraphs, buf, titleLines } = await draftDocx(type);
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const back = value.split('\n').map((l) => l.trim()).filter(Boolean);
    // (mammoth reads the line breaks of the title paragraph as nothing)
    expect(back).toEqual([titleLines.join(''), ...paragraphs.slice(1).map((p) => p.text)]);
  });
  it('gives every paragraph a style: Title, Heading 1–3 with outline levels, the body style', async () => {
    const { paragraphs, document } = await draftDocx(type);
    const ps = bodyParagraphs(document);
    expect(ps.map((p) => p.text)).toEqual(paragraphs.map((p) => p.text));
    ps.forEach((p, i) => {
      const kind = paragraphs[i].kind;
      const expected = kind === 'title' ? STYLE.title : kind === 'byline' ? STYLE.centered
        : kind.startsWith('heading') && !paragraphs[i].lead ? STYLE[kind as 'heading1'] : STYLE.body;
      expect(p.style, paragraphs[i].text).toBe(expected);
    });
    expect(ps.filter((p) => p.style === 'Heading1').length).toBeGreaterThanOrEqual(3);
    expect(ps.filter((p) => p.style === 'Heading2').length).toBeGreaterThanOrEqual(2);
    // Run-in headings keep the heading's font on their first words.
    paragraphs.forEach((p, i) => { if (p.kind === 'heading2' && p.lead) expect(ps[i].font).toBe(DOCX_FONTS.heading2); });
  });
  it('heading styles have outline levels and are kept with the next paragraph; fonts and sizes of the standard', async () => {
    const { styles } = await draftDocx(type);
    [['Heading1', 0, '黑体'], ['Heading2', 1, '楷体_GB2312'], ['Heading3', 2, '仿宋_GB2312']].forEach(([id, level, font]) => {
      const s = styleXml(styles, id as string);
      expect(s).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(s).toContain('<w:keepNext/>');
      expect(s).toContain('<w:keepLines/>');
      expect(s).toContain(`w:eastAsia="${font}"`);
      expect(s).toContain('<w:sz w:val="32"/>');
      expect(s).toMatch(/w:line="579"[^>]*w:lineRule="exact"|w:lineRule="exact"[^>]*w:line="579"/);
    });
    const title = styleXml(styles, 'Title');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:keepNext/>');
    expect(title).toContain('<w:snapToGrid w:val="0"/>');
    const body = styleXml(styles, STYLE.body);
    expect(body).toContain('<w:name w:val="讲话正文"/>');
    expect(body).toContain('w:firstLine="640"');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    // 28 characters a line: every character condensed by 0.25 pt in the document defaults.
    expect(CHAR_SPACING).toBe(-5);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:spacing w:val="-5"\/>/);
  });
  it('A4, the standard margins, a 22-line grid, page numbers at the outer edge of odd and even pages', async () => {
    const { document, part, zip } = await draftDocx(type);
    expect(document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)![1];
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
    expect(LINE).toBe(579);
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    // Odd (default) footer on the right, even footer on the left, one 14 pt character in; even/odd footers enabled.
    const refs = Object.fromEntries([...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
    const rels = await part('word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const odd = await part(`word/${target(refs.default)}`);
    const even = await part(`word/${target(refs.even)}`);
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toContain('w:right="280"');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toContain('w:left="280"');
    for (const f of [odd, even]) {
      expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toContain('w:eastAsia="宋体"');
    }
    expect(await part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(zip.file('word/fontTable.xml')).not.toBeNull();
  });
  it('declares East Asian font fallbacks in the font table', async () => {
    const { part } = await draftDocx(type);
    const fonts = await part('word/fontTable.xml');
    for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['楷体_GB2312', '楷体'], ['方正小标宋简体', '宋体'], ['仿宋', 'FangSong'], ['楷体', 'KaiTi'], ['黑体', 'SimHei']]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>`);
    }
  });
  it('breaks the title into the lines of breakTitle, inside one title paragraph', async () => {
    const { document, titleLines } = await draftDocx(type);
    const title = bodyParagraphs(document)[0];
    expect(title.breaks).toBe(titleLines.length - 1);
    expect(titleLines.every((l) => [...l].length <= 20)).toBe(true);
  });
});

// Word output of a drafted speech, laid out in the manner of GB/T 9704-2012 (党政机关公文格式):
// A4, margins 37/35/28/26 mm, 22 lines of 28 characters (line grid + character spacing), title 方正小标宋简体 二号 broken into lines by the caller,
// body 仿宋_GB2312 三号, headings 黑体 / 楷体_GB2312 in the styles 标题 1/2/3 (outline levels, kept with the next
// paragraph), page numbers “— 1 —” in 四号 宋体 at the outer edge, and East Asian fallbacks in the font table.
import {
  AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
} from 'docx';
import JSZip from 'jszip';
import type { DraftParagraph } from '../draft/render.js';

export const DOCX_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  byline: '楷体_GB2312',
  latin: 'Times New Roman',
  pageNumber: '宋体',
} as const;

/**
 * Fonts of the document with what stands in for them where they are not installed (the font table's altName, which
 * Word and LibreOffice use for substitution): the GB2312 fonts of the standard are missing on most machines.
 */
export const FONT_FALLBACKS: { name: string; alt: string; family: 'roman' | 'modern' | 'swiss'; pitch: 'variable' | 'fixed' }[] = [
  { name: '仿宋_GB2312', alt: '仿宋', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', alt: '楷体', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', alt: '宋体', family: 'roman', pitch: 'variable' },
  { name: '仿宋', alt: 'FangSong', family: 'modern', pitch: 'fixed' },
  { name: '楷体', alt: 'KaiTi', family: 'modern', pitch: 'fixed' },
  { name: '黑体', alt: 'SimHei', family: 'swiss', pitch: 'variable' },
  { name: '宋体', alt: 'SimSun', family: 'roman', pitch: 'variable' },
  { name: 'Times New Roman', alt: 'Liberation Serif', family: 'roman', pitch: 'variable' },
];

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 11905 × 16837, not Word's 11906 × 16838). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PAGE = {
  width: mmToTwip(210), height: mmToTwip(297),
  top: mmToTwip(37), bottom: mmToTwip(35), left: mmToTwip(28), right: mmToTwip(26),
} as const;

/** The type area of 225 × 156 mm holds 22 lines and 28 characters of 三号. */
export const GRID_LINES = 22;
export const GRID_CHARS = 28;
/** Line pitch in twips: 12756 / 22 = 579 (28.95 pt), used as the exact line spacing too. */
export const LINE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / GRID_LINES);
/**
 * Character pitch: 28 characters on the 156 mm line (8845 twips / 28 = 15.795 pt) by condensing every character by
 * 0.25 pt (w:spacing −5 twips: 28 × 15.75 pt = 441 pt fits, 16 pt does not). Not a linesAndChars grid with a negative
 * w:charSpace: LibreOffice snaps each 16 pt glyph to two cells of such a grid (17–19 characters a line).
 */
export const CHAR_SPACING = -Math.ceil((SIZE.body / 2 - (PAGE.width - PAGE.left - PAGE.right) / 20 / GRID_CHARS) * 20);
/** Two characters of 16 pt: the first-line indent of body paragraphs and headings. */
const INDENT_2_CHARS = 640;
/** One character of 四号 (14 pt): page numbers sit one character in from the outer edge. */
const ONE_CHAR_14PT = 280;
/** The page number's line starts 7 mm below the type area: the footer's distance from the page edge. */
const FOOTER = mmToTwip(35 - 7) - SIZE.pageNumber * 10;

function fonts(eastAsia: string) {
  return { eastAsia, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin };
}

function run(text: string, font?: string, size?: number, breakBefore = false): TextRun {
  return new TextRun({ text, ...(size ? { size } : {}), ...(font ? { font: fonts(font) } : {}), ...(breakBefore ? { break: 1 } : {}) });
}

/** Paragraph style ids: Word's built-in Title and Heading 1–4 (shown as 标题 1 … in Chinese Word), and the body. */
export const STYLE = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3', heading4: 'Heading4', body: 'SpeechBody', centered: 'SpeechCentered' } as const;

const HEADING_FONT: Record<string, string> = {
  heading1: DOCX_FONTS.heading1,
  heading2: DOCX_FONTS.heading2,
  heading3: DOCX_FONTS.body,
  heading4: DOCX_FONTS.body,
};

function headingStyle(level: 1 | 2 | 3 | 4) {
  const font = HEADING_FONT[`heading${level}`];
  return {
    run: { font: fonts(font), size: SIZE.body, color: '000000', bold: level === 3, italics: false },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: { firstLine: INDENT_2_CHARS },
      alignment: AlignmentType.JUSTIFIED,
    },
  };
}

function toParagraph(p: DraftParagraph, next: DraftParagraph | undefined, titleLines: string[] | undefined): Paragraph {
  switch (p.kind) {
    case 'title': {
      const lines = titleLines && titleLines.join('') === p.text ? titleLines : [p.text];
      // A blank line's worth of space under the title block, as printed speeches have.
      return new Paragraph({
        style: STYLE.title,
        children: lines.map((l, i) => run(l, undefined, undefined, i > 0)),
        spacing: { after: next?.kind === 'byline' ? 0 : LINE },
      });
    }
    case 'byline':
      return new Paragraph({ style: STYLE.centered, children: [run(p.text)], spacing: { after: next?.kind === 'byline' ? 0 : LINE } });
    case 'salutation':
      return new Paragraph({ style: STYLE.body, children: [run(p.text)], indent: { firstLine: 0 } });
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4': {
      const font = HEADING_FONT[p.kind];
      // A run-in heading (（一）……。正文) is a body paragraph whose first words are set in the heading's font.
      if (p.lead) return new Paragraph({ style: STYLE.body, children: [run(p.lead, font, undefined), run(p.text.slice(p.lead.length))] });
      return new Paragraph({ style: STYLE[p.kind], children: [run(p.text)] });
    }
    default:
      return new Paragraph({ style: STYLE.body, children: [run(p.text)] });
  }
}

function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: ONE_CHAR_14PT } : { left: ONE_CHAR_14PT },
      spacing: { line: SIZE.pageNumber * 10, lineRule: LineRuleType.EXACT },
      children: [new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        size: SIZE.pageNumber,
        font: { eastAsia: DOCX_FONTS.pageNumber, ascii: DOCX_FONTS.pageNumber, hAnsi: DOCX_FONTS.pageNumber },
      })],
    })],
  });
}

/** The font table with the document's fonts and their fallbacks (docx writes an empty one). */
export function fontTableXml(): string {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const fontsXml = FONT_FALLBACKS.map((f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/>`
    + `<w:charset w:val="${f.name === 'Times New Roman' ? '00' : '86'}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${ns}>${fontsXml}</w:fonts>`;
}

export interface DocxMeta {
  title?: string;
  creator?: string;
  /** The title broken into lines (breakTitle); by default one line, which Word breaks where it must. */
  titleLines?: string[];
}

/** Build the .docx bytes of a drafted speech. */
export async function formatDocx(paragraphs: DraftParagraph[], meta: DocxMeta = {}): Promise<Buffer> {
  const bodyParagraph = {
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: INDENT_2_CHARS },
    alignment: AlignmentType.JUSTIFIED,
    widowControl: true,
  };
  const doc = new Document({
    creator: meta.creator ?? 'jianghua',
    title: meta.title ?? paragraphs.find((p) => p.kind === 'title')?.text ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { size: SIZE.body, font: fonts(DOCX_FONTS.body), characterSpacing: CHAR_SPACING },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
        title: {
          run: { font: fonts(DOCX_FONTS.title), size: SIZE.title, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            keepLines: true,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
      },
      paragraphStyles: [
        { id: STYLE.body, name: '讲话正文', basedOn: 'Normal', next: STYLE.body, quickFormat: true, run: { font: fonts(DOCX_FONTS.body), size: SIZE.body }, paragraph: bodyParagraph },
        {
          id: STYLE.centered, name: '讲话署名', basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
          run: { font: fonts(DOCX_FONTS.byline), size: SIZE.body },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true },
        },
      ],
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: FOOTER },
        },
        grid: { type: DocumentGridType.LINES, linePitch: LINE },
      },
      // Odd pages: the number on the right, one character in; even pages: on the left.
      footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
      children: paragraphs.map((p, i) => toParagraph(p, paragraphs[i + 1], meta.titleLines)),
    }],
  });
  const buf = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(buf);
  zip.file('word/fontTable.xml', fontTableXml());
  // The title's 22 pt lines off the line grid (docx has no paragraph-style option for it): LibreOffice would give
  // each of them two rows of the grid.
  const styles = await zip.file('word/styles.xml')!.async('string');
  zip.file('word/styles.xml', styles.replace(/(w:styleId="Title">[\s\S]*?<w:pPr>)/u, '$1<w:snapToGrid w:val="0"/>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

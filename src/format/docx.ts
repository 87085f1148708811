// Word output of a drafted speech, laid out in the manner of GB/T 9704-2012 (党政机关公文格式):
// A4, margins 37/35/28/26 mm, title 方正小标宋简体 22 pt, body 仿宋_GB2312 16 pt, headings 黑体 / 楷体_GB2312, exact 28 pt lines.
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
} from 'docx';
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

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** Exact line pitch of 28 pt (in twentieths of a point): 22 lines on an A4 page with these margins. */
const LINE = 560;
/** Two characters of 16 pt: the first-line indent of every body paragraph. */
const INDENT_2_CHARS = 640;

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 11905 × 16837, not Word's 11906 × 16838). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

function run(text: string, font: string, size: number = SIZE.body): TextRun {
  return new TextRun({ text, size, font: { eastAsia: font, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin } });
}

function paragraph(children: TextRun[], opts: { center?: boolean; indent?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: opts.after ?? 0 },
    indent: opts.indent === false ? undefined : { firstLine: INDENT_2_CHARS },
  });
}

const HEADING_FONT: Record<string, string> = {
  heading1: DOCX_FONTS.heading1,
  heading2: DOCX_FONTS.heading2,
  heading3: DOCX_FONTS.body,
  heading4: DOCX_FONTS.body,
};

function toParagraph(p: DraftParagraph, next?: DraftParagraph): Paragraph {
  switch (p.kind) {
    case 'title':
      // A blank line's worth of space under the title block, as printed speeches have.
      return paragraph([run(p.text, DOCX_FONTS.title, SIZE.title)], { center: true, indent: false, after: next?.kind === 'byline' ? 0 : LINE });
    case 'byline':
      return paragraph([run(p.text, DOCX_FONTS.byline)], { center: true, indent: false, after: next?.kind === 'byline' ? 0 : LINE });
    case 'salutation':
      return paragraph([run(p.text, DOCX_FONTS.body)], { indent: false });
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4': {
      const font = HEADING_FONT[p.kind];
      if (!p.lead) return paragraph([run(p.text, font)]);
      return paragraph([run(p.lead, font), run(p.text.slice(p.lead.length), DOCX_FONTS.body)]);
    }
    default:
      return paragraph([run(p.text, DOCX_FONTS.body)]);
  }
}

/** Build the .docx bytes of a drafted speech. */
export async function formatDocx(paragraphs: DraftParagraph[], meta: { title?: string; creator?: string } = {}): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator ?? 'jianghua',
    title: meta.title ?? paragraphs.find((p) => p.kind === 'title')?.text ?? '',
    styles: {
      default: {
        document: {
          run: { size: SIZE.body, font: { eastAsia: DOCX_FONTS.body, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: mmToTwip(210), height: mmToTwip(297) },
          margin: {
            top: mmToTwip(37),
            bottom: mmToTwip(35),
            left: mmToTwip(28),
            right: mmToTwip(26),
          },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              size: SIZE.pageNumber,
              font: { eastAsia: DOCX_FONTS.pageNumber, ascii: DOCX_FONTS.pageNumber, hAnsi: DOCX_FONTS.pageNumber },
            })],
          })],
        }),
      },
      children: paragraphs.map((p, i) => toParagraph(p, paragraphs[i + 1])),
    }],
  });
  return Packer.toBuffer(doc);
}

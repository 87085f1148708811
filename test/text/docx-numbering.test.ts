// .docx drafts whose headings are numbered by Word's list feature (w:numPr, numbering.xml): the numbers are read as
// text, so analyze sees the headings and lint checks their sequence. Documents are built with the docx package
// using real numbering definitions; one hand-written document numbers its headings through a paragraph style.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, LevelFormat } from 'docx';
import JSZip from 'jszip';
import { cli } from '../helpers.js';
import { docxToText } from '../../src/text/docx.js';
import { formatNumber } from '../../src/text/docx-numbering.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-docxnum-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
];

type Para = string | [string, number, string?];

async function build(paras: Para[], extra: { reference: string; levels: typeof LEVELS }[] = []): Promise<Buffer> {
  const d = new Document({
    numbering: { config: [{ reference: 'h', levels: LEVELS }, ...extra] },
    sections: [{
      children: paras.map((p) => typeof p === 'string'
        ? new Paragraph(p)
        : new Paragraph({ text: p[0], numbering: { reference: p[2] ?? 'h', level: p[1] } })),
    }],
  });
  return Packer.toBuffer(d);
}

const SPEECH: Para[] = [
  '在全市安全生产工作会议上的讲话',
  '同志们：',
  '今天召开这次会议，主要任务是总结工作、部署任务。下面，我讲三点意见。',
  ['充分肯定过去一年的工作成绩', 0],
  ['隐患排查扎实推进', 1],
  '全年排查整改隐患一千余处。',
  ['监管执法持续加强', 1],
  '执法检查覆盖重点企业。',
  ['清醒认识当前面临的突出问题', 0],
  ['责任落实不到位', 1],
  '一些企业主体责任悬空。',
  ['扎实做好今年的重点工作', 0],
  ['压实责任', 1],
  ['强化考核', 2],
  ['严格问责', 2],
  ['夯实基础', 1],
  '同志们，让我们共同努力，确保全市安全生产形势持续稳定！',
];

describe('.docx automatic numbering', () => {
  it('formats Word number formats', () => {
    expect([1, 2, 10, 11, 20, 21, 100, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '二十', '二十一', '一百', '一百零五']);
    expect(formatNumber(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(3, 'decimal')).toBe('3');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
  });

  it('reads the numbers as text: levels, restarts under a higher level, one paragraph per line', async () => {
    const text = await docxToText(await build(SPEECH), 'x.docx');
    const lines = text.split('\n');
    expect(lines[3]).toBe('一、充分肯定过去一年的工作成绩');
    expect(lines[4]).toBe('（一）隐患排查扎实推进');
    expect(lines[6]).toBe('（二）监管执法持续加强');
    expect(lines[8]).toBe('二、清醒认识当前面临的突出问题');
    expect(lines[9]).toBe('（一）责任落实不到位');
    expect(lines[11]).toBe('三、扎实做好今年的重点工作');
    expect(lines[13]).toBe('1. 强化考核');
    expect(lines[14]).toBe('2. 严格问责');
    expect(lines[15]).toBe('（二）夯实基础');
    expect(lines.length).toBe(SPEECH.length + 1);
  });

  it('analyze sees the numbered headings, positions naming the paragraph', async () => {
    writeFileSync(path.join(tmp, 'ok.docx'), await build(SPEECH));
    const r = await cli(['analyze', '--no-keywords', '--format', 'json', path.join(tmp, 'ok.docx')]);
    expect(r.code, r.stderr).toBe(0);
    const headings = (JSON.parse(r.stdout).headings as { marker: string; level: number; line: number }[]).map((h) => `${h.level}:${h.marker}@${h.line}`);
    expect(headings).toEqual(['1:一、@4', '2:（一）@5', '2:（二）@7', '1:二、@9', '2:（一）@10', '1:三、@12', '2:（一）@13', '3:1.@14', '3:2.@15', '2:（二）@16']);
    const lint = await cli(['lint', path.join(tmp, 'ok.docx')]);
    expect(lint.stdout).not.toContain('heading-sequence');
  });

  it('lint finds a skipped heading number set in Word (a list started at 四)', async () => {
    // The third part and its points numbered by a second list that starts at 四 (Word's "set numbering value").
    const third = SPEECH.findIndex((p) => Array.isArray(p) && p[0] === '扎实做好今年的重点工作');
    const skipped = SPEECH.map((p, i) => (Array.isArray(p) && i >= third ? [p[0], p[1], 'from4'] as Para : p));
    const from4 = { reference: 'from4', levels: [{ ...LEVELS[0], start: 4 }, LEVELS[1], LEVELS[2]] };
    const buf = await build(skipped, [from4 as never]);
    expect((await docxToText(buf, 'x.docx')).split('\n')[11]).toBe('四、扎实做好今年的重点工作');
    writeFileSync(path.join(tmp, 'skip.docx'), buf);
    const r = await cli(['lint', '--format', 'json', path.join(tmp, 'skip.docx')]);
    expect(r.code, r.stderr).toBe(1);
    const found = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'heading-sequence');
    expect(found.length).toBe(1);
    expect(found[0].line).toBe(12);
    expect(found[0].message).toContain('四');
  });

  it('numbering through the paragraph style, startOverride, numId 0 and a text box', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, ppr = '') => `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const h = (text: string) => p(text, '<w:pStyle w:val="H1"/>');
    const doc = `<?xml version="1.0"?><w:document ${w}><w:body>${[
      p('同志们：'), h('第一项'), h('第二项'), p('不编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      h('第三项'), p('另起', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'),
      `<w:p><w:r><w:t>框外</w:t></w:r><w:r><w:txbxContent>${p('框内 &amp; 文字')}</w:txbxContent></w:r></w:p>`,
    ].join('')}</w:body></w:document>`;
    const styles = `<w:styles ${w}><w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
      + `<w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Base"/></w:style></w:styles>`;
    const numbering = `<w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/><w:pStyle w:val="H1"/></w:lvl></w:abstractNum>`
      + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num></w:numbering>`;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', doc);
    zip.file('word/styles.xml', styles);
    zip.file('word/numbering.xml', numbering);
    const text = await docxToText(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), 'x.docx');
    expect(text).toBe('同志们：\n甲、第一项\n乙、第二项\n不编号\n丙、第三项\n庚、另起\n框外\n框内 & 文字\n');
  });
});

// The Word drafts rendered by LibreOffice (Debian's libreoffice-writer-nogui) and read back with pdftotext
// (poppler-utils): no heading as the last line of a page, the title in the lines it was broken into, a page number
// “— n —” on every page, 28 characters a full line. Skipped with a message where either tool is missing.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftFromFacts, type DraftParagraph } from '../../src/draft/index.js';
import { formatDocx } from '../../src/format/docx.js';
import { breakTitle, titlePhrases } from '../../src/draft/title-lines.js';
import { ROOT, tempDir } from '../helpers.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const CAN_RENDER = Boolean(SOFFICE && PDFTOTEXT);
if (!CAN_RENDER) console.warn(`未找到 ${SOFFICE ? 'pdftotext（poppler-utils）' : 'LibreOffice（soffice）'}：Word 渲染测试跳过。`);

const FILES = [
  ...['anquan-mobilization', 'xiangmu-progress', 'zhuti-summary', 'mixed-mobilization'].map((n) => path.join(ROOT, 'test/fixtures/drafts', `${n}.yaml`)),
  ...['mobilization', 'progress', 'summary'].map((n) => path.join(ROOT, 'examples', `${n}.yaml`)),
];

interface Rendered { name: string; paragraphs: DraftParagraph[]; titleLines: string[]; pages: string[][] }
const rendered: Rendered[] = [];
const squash = (s: string) => s.replace(/\s+/gu, '');

describe.skipIf(!CAN_RENDER)('Word drafts rendered to PDF by LibreOffice', () => {
  beforeAll(async () => {
    const dir = tempDir('jianghua-render-');
    const docs: { name: string; paragraphs: DraftParagraph[]; titleLines: string[] }[] = [];
    for (const [i, file] of FILES.entries()) {
      // Variant 1 as well as the default choice, for more page breaks in different places.
      const { paragraphs, facts } = await draftFromFacts(readFileSync(file, 'utf8'), { variant: i % 2 });
      const titleLines = breakTitle(paragraphs[0].text, { phrases: titlePhrases(facts) });
      const name = path.basename(file, '.yaml') + (file.includes('examples') ? '-example' : '');
      await fs.writeFile(path.join(dir, `${name}.docx`), await formatDocx(paragraphs, { titleLines }));
      docs.push({ name, paragraphs, titleLines });
    }
    // One LibreOffice run for every file, with its own fresh profile (never the user's).
    const profile = path.join(dir, 'profile');
    mkdirSync(profile);
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
      ...docs.map((d) => path.join(dir, `${d.name}.docx`))], { encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const d of docs) {
      const t = spawnSync(PDFTOTEXT!, ['-enc', 'UTF-8', path.join(dir, `${d.name}.pdf`), '-'], { encoding: 'utf8' });
      const pages = t.stdout.split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean)).filter((p) => p.length > 0);
      rendered.push({ ...d, pages });
    }
  }, 300_000);

  it('renders every draft on more than one page', () => {
    expect(rendered).toHaveLength(FILES.length);
    for (const r of rendered) expect(r.pages.length, r.name).toBeGreaterThan(1);
  });
  it('puts a page number “— n —” on every page', () => {
    for (const r of rendered) {
      r.pages.forEach((lines, i) => expect(lines.some((l) => new RegExp(`^—\\s*${i + 1}\\s*—$`, 'u').test(l)), `${r.name} page ${i + 1}`).toBe(true));
    }
  });
  it('prints the title in the lines it was broken into', () => {
    for (const r of rendered) expect(r.pages[0].slice(0, r.titleLines.length), r.name).toEqual(r.titleLines);
    expect(rendered.some((r) => r.titleLines.length > 1)).toBe(true);
  });
  it('never leaves a heading as the last line of a page', () => {
    let breaks = 0;
    for (const r of rendered) {
      const headings = r.paragraphs.filter((p) => p.kind.startsWith('heading') && !p.lead).map((p) => squash(p.text));
      r.pages.slice(0, -1).forEach((lines, i) => {
        breaks++;
        const text = squash(lines.filter((l) => !/^—\s*\d+\s*—$/u.test(l)).join(''));
        const last = headings.find((h) => text.endsWith(h));
        expect(last, `${r.name} page ${i + 1} ends with a heading`).toBeUndefined();
      });
    }
    expect(breaks).toBeGreaterThanOrEqual(7);
  });
  it('sets 28 characters on a full line of body text', () => {
    const full = rendered.flatMap((r) => r.pages.flat()).filter((l) => /^[\p{Script=Han}，、。；：“”！]+$/u.test(l));
    const lengths = full.map((l) => [...l].length);
    expect(Math.max(...lengths)).toBe(28);
    expect(lengths.filter((n) => n === 28).length).toBeGreaterThan(20);
  });
});

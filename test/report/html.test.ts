// The HTML reports: one self-contained file (no URL to fetch, a CSP that forbids requests), data embedded safely,
// charts drawn as SVG at build time; and in headless Chromium: no console error, no request, charts of real size,
// tables that sort, a screenshot that is not blank, a PDF.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { jsonForScript } from '../../src/format/html/escape.js';
import { compareHtml } from '../../src/format/html/compare.js';
import { createDocument } from '../../src/text/document.js';
import { prepareSpeeches } from '../../src/compare/load.js';
import { compare } from '../../src/compare/index.js';
import { CORPUS_FILES, ROOT, corpusPath, tempDir } from '../helpers.js';
import { editedPair } from './pair.js';
import { HAS_CHROMIUM, Browser, pngGreyVariance } from './browser.js';

const silent = { out: () => {}, err: () => {} };
let dir: string;
let compareFile: string;
let analyzeFile: string;

function embedded(html: string): unknown {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

beforeAll(async () => {
  dir = tempDir('jianghua-html-');
  const { a, b } = editedPair();
  writeFileSync(path.join(dir, 'a.txt'), a);
  // A hostile name in the data: it must stay text in the page and in the embedded JSON.
  writeFileSync(path.join(dir, 'b.txt'), b.replace('要坚持“四下基层”的工作方法。', '要坚持“四下基层”的工作方法，不写“</script><img src=x>”\u2028。'));
  compareFile = path.join(dir, 'compare.html');
  analyzeFile = path.join(dir, 'analyze.html');
  expect(await run(['node', 'jianghua', 'compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'html', '-o', compareFile], silent)).toBe(0);
  expect(await run(['node', 'jianghua', 'analyze', ...CORPUS_FILES.map(corpusPath), '--no-keywords', '--jobs', '1', '--format', 'html', '-o', analyzeFile], silent)).toBe(0);
});

describe('HTML report files', () => {
  it('embeds JSON that cannot close its script element and parses back to the same data', () => {
    const data = { t: '</script><script>alert(1)</script>', u: 'a\u2028b\u2029c', amp: '&<>' };
    const s = jsonForScript(data);
    expect(s).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(s)).toEqual(data);
  });

  it('writes one self-contained compare page: SVG charts, no URL, the hostile term escaped', () => {
    const html = readFileSync(compareFile, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(1);
    // The KWIC context of 四下基层 carries the hostile text: escaped in the page, never markup.
    expect(html).not.toContain('<img');
    expect(html).toContain('不写“&lt;/script&gt;&lt;');
    const data = embedded(html) as { added: Array<{ text: string }>; dropped: Array<{ text: string }> };
    expect(data.added.map((t) => t.text)).toContain('四下基层');
    expect(data.dropped.map((t) => t.text)).toEqual(['三严三实']);
  });

  it('draws the keyness chart with bars on both sides when words differ significantly', async () => {
    const base = readFileSync(path.join(ROOT, 'corpus', '004_2a5315d4f9a02ca3.txt'), 'utf8');
    const other = readFileSync(path.join(ROOT, 'corpus', '001_c638c102bfae6a4d.txt'), 'utf8');
    const [sa, sb] = await prepareSpeeches([createDocument(base, '004.txt'), createDocument(other, '001.txt')]);
    const r = compare([sa], [sb]);
    expect(r.keyness.some((k) => k.direction === 'over') && r.keyness.some((k) => k.direction === 'under')).toBe(true);
    const html = compareHtml(r, { generator: 'test' });
    expect(html).toContain('aria-label="关键词差异（G²）"');
    expect(html).toContain('aria-label="高频词排名变化"');
  });

  it('writes the analyze page with the overview, the ranked 提法, the statistics and every outline', () => {
    const html = readFileSync(analyzeFile, 'utf8');
    for (const h of ['语料概览', '提法（按使用篇数）', '数据（按所计事物与单位）', '各篇讲话', '各篇提纲']) expect(html).toContain(`<h2>${h}</h2>`);
    expect((html.match(/<details>/g) ?? []).length).toBe(5);
    expect(html).toContain('“三严三实”');
    const data = embedded(html) as { summary: { files: number }; files: Array<{ file: string }> };
    expect(data.summary.files).toBe(5);
    expect(data.files).toHaveLength(5);
  });
});

describe.skipIf(!HAS_CHROMIUM)('HTML reports in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await Browser.launch(); });
  afterAll(async () => { await browser?.close(); });
  for (const [name, file] of [['compare', () => compareFile], ['analyze', () => analyzeFile]] as const) {
    it(`${name}: loads without console errors or requests; charts drawn; sortable; not blank; prints`, async () => {
      const shot = process.env.JIANGHUA_UPDATE_DOCS ? path.join(ROOT, 'docs', `report-${name}.png`) : undefined;
      const r = await browser.check(file(), { screenshot: shot });
      expect(r.errors).toEqual([]);
      expect(r.requests).toEqual([]);
      expect(r.charts.length).toBeGreaterThanOrEqual(name === 'analyze' ? 4 : 1);
      for (const c of r.charts) {
        expect(c.width).toBeGreaterThan(200);
        expect(c.height).toBeGreaterThan(100);
        expect(c.shapes).toBeGreaterThan(5);
      }
      expect(pngGreyVariance(r.screenshot)).toBeGreaterThan(100);
      if (r.sorted) {
        expect(r.sorted.after).toHaveLength(r.sorted.before.length);
        const nums = r.sorted.after.map((s) => Number(s.replace(/[^\d.-]/g, '')));
        expect([...nums].sort((x, y) => y - x)).toEqual(nums);
      }
      expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((r.pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
    });
  }

  it('a blank page has a variance of 0 (the check can fail)', async () => {
    const blank = path.join(dir, 'blank.html');
    writeFileSync(blank, '<!DOCTYPE html><html><body></body></html>');
    // The screenshot alone (no PDF of a blank page to print): the variance is what is checked.
    expect(pngGreyVariance(await browser.screenshot(blank))).toBe(0);
  });
});

// The screenshots of the HTML reports in docs/ (shown in the README): the analyze report of corpus/ and the
// compare --by year report of the national 政府工作报告 (../shared/corpus/reports, else corpus/ by year).
// `node scripts/report-screenshots.mjs`; needs `npm run build` and /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'jianghua.js');
const shared = process.env.JIANGHUA_SHARED ? path.resolve(process.env.JIANGHUA_SHARED, 'corpus') : path.resolve(root, '..', 'shared', 'corpus');
const reports = path.join(shared, 'reports');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-shots-'));

function jianghua(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jianghua ${args.join(' ')}: ${r.stderr}`);
}

const gwr = existsSync(reports) ? readdirSync(reports).filter((f) => /^gwr_\d{4}\.txt$/.test(f)).sort().map((f) => path.join(reports, f)) : [];
const analyzeHtml = path.join(tmp, 'analyze.html');
const compareHtml = path.join(tmp, 'compare.html');
const speeches = readdirSync(path.join(root, 'corpus')).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => path.join('corpus', f));
jianghua(['analyze', ...speeches, '--format', 'html', '-o', analyzeHtml]);
jianghua(['compare', '--by', 'year', ...(gwr.length ? gwr.slice(-12) : speeches), '--format', 'html', '-o', compareHtml]);

const profile = mkdtempSync(path.join(os.tmpdir(), 'jianghua-chromium-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await ctx.newPage();
  await page.route('**/*', (r) => (/^(file|data):/.test(r.request().url()) ? r.continue() : r.abort()));
  await page.goto(`file://${analyzeHtml}`);
  await page.screenshot({ path: path.join(root, 'docs', 'report-analyze.png'), clip: { x: 0, y: 0, width: 1200, height: 1500 }, fullPage: true });
  await page.goto(`file://${compareHtml}`);
  await page.screenshot({ path: path.join(root, 'docs', 'report-compare.png'), clip: { x: 0, y: 0, width: 1200, height: 1500 }, fullPage: true });
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
console.log('docs/report-analyze.png, docs/report-compare.png');

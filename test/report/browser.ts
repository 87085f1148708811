// Open a report in headless Chromium (Debian's /usr/bin/chromium through playwright-core): console errors, every
// request that is not file: or data: (each one is refused and recorded), the charts' drawn size, a screenshot.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`${CHROMIUM} 不存在：跳过在浏览器中打开 HTML 报告的测试。`);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageCheck {
  errors: string[];
  requests: string[];
  /** Width × height of every svg.chart as laid out, and how many shapes it draws. */
  charts: Array<{ width: number; height: number; shapes: number }>;
  screenshot: Buffer;
  /** Sorting: the first column of the first sortable table before and after a click on its first numeric header (largest first). */
  sorted?: { before: string[]; after: string[] };
  pdf: Buffer;
}

/** One browser for a test file (a launch costs seconds); each check opens a fresh page. */
export class Browser {
  private constructor(private ctx: import('playwright-core').BrowserContext, private profile: string) {}

  static async launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    // A new, empty profile every time: nothing cached, no first-run or sync traffic.
    const profile = mkdtempSync(path.join(os.tmpdir(), 'jianghua-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1,
    });
    return new Browser(ctx, profile);
  }

  async close(): Promise<void> {
    await this.ctx.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Only the screenshot of a page, as check() takes it (same viewport, first screen). */
  async screenshot(file: string): Promise<Buffer> {
    const page = await this.ctx.newPage();
    try {
      await page.goto(`file://${path.resolve(file)}`, { waitUntil: 'load' });
      return await page.screenshot({ fullPage: false });
    } finally {
      await page.close();
    }
  }

  async check(file: string, opts: { screenshot?: string } = {}): Promise<PageCheck> {
    const page = await this.ctx.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    try {
      await page.goto(`file://${path.resolve(file)}`, { waitUntil: 'load' });
      const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => {
        const r = s.getBoundingClientRect();
        return { width: r.width, height: r.height, shapes: s.querySelectorAll('path, rect, text').length };
      }));
      const screenshot = await page.screenshot({ fullPage: false, ...(opts.screenshot ? { path: opts.screenshot } : {}) });
      const sorted = await page.evaluate(() => {
        const t = document.querySelector('table.sortable');
        const th = t?.querySelector('th.n') as HTMLTableCellElement | null;
        if (!t || !th) return undefined;
        const col = () => Array.from((t as HTMLTableElement).tBodies[0].rows).map((r) => r.cells[th.cellIndex].textContent ?? '');
        const before = col();
        th.click();
        return { before, after: col() };
      });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      return { errors, requests, charts, screenshot, sorted, pdf };
    } finally {
      await page.close();
    }
  }
}

/** Decode an 8-bit RGB(A) PNG (zlib is in Node) and return the variance of its grey levels: 0 for a blank page. */
export function pngGreyVariance(png: Buffer): number {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('only 8-bit PNGs');
      channels = ({ 2: 3, 6: 4 } as Record<number, number>)[data[9]] ?? 0;
      if (!channels) throw new Error(`PNG colour type ${data[9]} not handled`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let prev = new Uint8Array(stride);
  let sum = 0;
  let sum2 = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Uint8Array.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c; const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c); add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      line[i] = (line[i] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const g = 0.299 * line[x * channels] + 0.587 * line[x * channels + 1] + 0.114 * line[x * channels + 2];
      sum += g;
      sum2 += g * g;
    }
    prev = line;
  }
  const n = width * height;
  return sum2 / n - (sum / n) ** 2;
}

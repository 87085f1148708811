#!/usr/bin/env node
// Installs the Debian packages that the integration tests use for real:
//   chromium                  – renders the HTML reports (test/report/*)
//   libreoffice-writer-nogui  – renders the Word drafts to PDF (test/draft/render-pdf*)
//   python3-distributed       – runs the Dask cluster example (examples/dask/)
//   poppler-utils             – pdftotext/pdftoppm read the rendered PDF back (test/draft/render-pdf*)
//   fonts-noto-cjk            – Chinese glyphs for both renderers (fallback for 仿宋/楷体/宋体)
// Run by `npm install` (postinstall) in a checkout of the repository only — never when jianghua is installed as a
// package — and only as root on a system with apt-get. Anywhere else it prints which tests will be skipped.
// A failure here never fails the install: the tests that need a package skip with a message.
// Set JIANGHUA_SKIP_SYSTEM=1 to skip this step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const isCheckout = existsSync(path.join(root, '.git')) || existsSync(path.join(root, 'test'));

const packages = [
  { name: 'chromium', present: () => existsSync('/usr/bin/chromium'), purpose: 'HTML 报告的浏览器测试' },
  {
    name: 'libreoffice-writer-nogui',
    present: () => existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice'),
    purpose: 'Word 文稿渲染为 PDF 的测试',
  },
  {
    name: 'poppler-utils',
    present: () => existsSync('/usr/bin/pdftotext'),
    purpose: 'Word 渲染测试读取 PDF 文字',
  },
  {
    name: 'fonts-noto-cjk',
    present: () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0,
    purpose: '渲染测试中的中文字形',
  },
  {
    name: 'python3-distributed',
    present: () =>
      existsSync('/usr/bin/python3') &&
      spawnSync('/usr/bin/python3', ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0,
    purpose: 'Dask 集群测试',
  },
];

function main() {
  if (!isCheckout || process.env.JIANGHUA_SKIP_SYSTEM === '1') return;
  const missing = packages.filter((p) => !p.present());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.name);
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.warn(`jianghua：缺少系统软件包 ${names.join('、')}；以 root 运行 \`node scripts/setup-system.mjs\` 可安装。`);
    for (const p of missing) console.warn(`  未安装 ${p.name}：${p.purpose}将跳过。`);
    return;
  }
  console.log(`jianghua：安装测试所需的系统软件包：${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...names], { stdio: 'inherit', env })
      : update;
  if (install.status !== 0) {
    console.warn('jianghua：系统软件包安装失败；相关测试将跳过并说明原因。');
  }
}

main();

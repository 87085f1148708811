// The npm package as a user gets it: `npm pack`, install the tarball's contents with their runtime dependencies
// (offline, from the npm cache, exactly the versions of package-lock.json, no dev dependencies), then run every
// command from the installed copy — never from src/ or the checkout's data.
//
// It takes about a minute (unpacking ~360 packages), so it is not part of `npm test`: run `npm run test:package`
// (it sets JIANGHUA_PACKAGE_TEST=1). The two native addons (nodejieba, re2) are not compiled again: their built
// .node files are copied from this checkout's node_modules — same versions, same Node, same machine.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers.js';

const ENABLED = process.env.JIANGHUA_PACKAGE_TEST === '1';
if (!ENABLED) console.warn('打包安装测试跳过：用 npm run test:package 运行（约需一分钟）。');

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let pkg = '';
let work = '';
let installLog = '';

function jianghua(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(pkg, 'bin', 'jianghua.js'), ...args], { cwd: work, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!ENABLED)('the packed tarball, installed', () => {
  beforeAll(() => {
    const dir = tempDir('jianghua-pack-');
    // dist/ is current: test/global-setup.ts compiled it. --ignore-scripts: `prepare` would build again.
    const tarball = execFileSync(NPM, ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    mkdirSync(path.join(dir, 'x'));
    execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', path.join(dir, 'x')]);
    pkg = path.join(dir, 'x', 'package');
    copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(pkg, 'package-lock.json'));
    const r = spawnSync(NPM, ['ci', '--offline', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: pkg, encoding: 'utf8' });
    installLog = r.stdout + r.stderr;
    if (r.status !== 0) throw new Error(`npm ci 失败：\n${installLog}`);
    for (const addon of ['nodejieba/build/Release/nodejieba.node', 're2/build/Release/re2.node']) {
      mkdirSync(path.dirname(path.join(pkg, 'node_modules', addon)), { recursive: true });
      copyFileSync(path.join(ROOT, 'node_modules', addon), path.join(pkg, 'node_modules', addon));
    }
    work = tempDir('jianghua-pack-work-');
  }, 600_000);

  it('ships dist, data, templates, corpus and examples, and no sources or tests', () => {
    for (const p of ['bin/jianghua.js', 'dist/cli.js', 'dist/dict/compact.dict.utf8', 'data/phrases', 'data/speech-types.yaml', 'templates/summary/speech.hbs', 'examples/summary.yaml']) {
      expect(existsSync(path.join(pkg, p)), p).toBe(true);
    }
    expect(existsSync(path.join(pkg, 'src'))).toBe(false);
    expect(existsSync(path.join(pkg, 'test'))).toBe(false);
    expect(readdirSync(path.join(pkg, 'corpus')).filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(0);
  });

  it('installs on this Node without an EBADENGINE warning', () => {
    expect(installLog).not.toMatch(/EBADENGINE/);
  });

  it('runs every command from the installed copy', () => {
    const corpus = path.join(pkg, 'corpus');
    const speech = path.join(corpus, readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[0]);
    const help = jianghua(['--help']);
    expect(help.code, help.err).toBe(0);
    const analyze = jianghua(['analyze', '--format', 'jsonl', speech]);
    expect(analyze.code, analyze.err).toBe(0);
    expect(JSON.parse(analyze.out).keywords.length).toBeGreaterThan(0);
    const summarize = jianghua(['summarize', '--format', 'json'], analyze.out);
    expect(summarize.code, summarize.err).toBe(0);
    expect(JSON.parse(summarize.out).files).toBe(1);
    const lint = jianghua(['lint', '--format', 'json', speech]);
    expect(lint.code, lint.err).toBeLessThan(2);
    expect(JSON.parse(lint.out)[0].messages.length).toBeGreaterThan(0);
    const init = jianghua(['init', '--type', 'summary', '-o', 'facts.yaml']);
    expect(init.code, init.err).toBe(0);
    const draft = jianghua(['draft', '--facts', 'facts.yaml', '-o', 'speech.docx']);
    expect(draft.code, draft.err).toBe(0);
    expect(readFileSync(path.join(work, 'speech.docx')).subarray(0, 2).toString()).toBe('PK');
    const segment = jianghua(['segment'], '践行三严三实，落实一岗双责。\n');
    expect(segment.code, segment.err).toBe(0);
    expect(segment.out.split(/\s+/)).toContain('三严三实');
    const phrases = jianghua(['lint'], '同志们：\n要把台帐建立起来。\n');
    expect(phrases.out).toContain('台账');
  });
});

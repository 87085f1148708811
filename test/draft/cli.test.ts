// draft and init in-process through run(argv, io): every type in every format, no overwrite without --force,
// nothing left behind on bad input; draft never loads nodejieba.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { cli, ROOT } from '../helpers.js';

async function jianghua(args: string[], input?: string) {
  const r = await cli(args, { input, cwd: ROOT });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'jianghua-draft-'));

describe.each(['mobilization', 'progress', 'summary'])('jianghua draft %s', (type) => {
  const facts = `examples/${type}.yaml`;
  it('txt to stdout', async () => {
    const r = await jianghua(['draft', '--facts', facts]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^在.+上的讲话$/u);
    expect(lines).toContain('同志们：');
    expect(lines.some((l) => l.startsWith('一、'))).toBe(true);
  });
  it('md and txt and docx to files', async () => {
    const dir = tmp();
    for (const [name, extra] of [['s.txt', []], ['s.md', []], ['s.docx', []], ['plain', ['--format', 'md']]] as [string, string[]][]) {
      const r = await jianghua(['draft', '--facts', facts, '-o', path.join(dir, name), ...extra]);
      expect(r.code, `${name}: ${r.err}`).toBe(0);
      expect(r.out).toBe('');
    }
    expect(readFileSync(path.join(dir, 's.md'), 'utf8')).toMatch(/^# 在.+上的讲话\n\n/u);
    expect(readFileSync(path.join(dir, 'plain'), 'utf8')).toMatch(/\n## 一、/u);
    const txt = readFileSync(path.join(dir, 's.txt'), 'utf8');
    const docx = readFileSync(path.join(dir, 's.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(txt.trimEnd().split('\n'));
    expect(readdirSync(dir).sort()).toEqual(['plain', 's.docx', 's.md', 's.txt']);
  });
});

describe('jianghua draft: refusing and failing cleanly', () => {
  it('does not overwrite an existing file without --force', async () => {
    const dir = tmp();
    const out = path.join(dir, 'speech.txt');
    writeFileSync(out, '原有内容\n');
    const r = await jianghua(['draft', '--facts', 'examples/progress.yaml', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件已存在');
    expect(r.err).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('原有内容\n');
    const f = await jianghua(['draft', '--facts', 'examples/progress.yaml', '-o', out, '--force']);
    expect(f.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^在全县农村人居环境整治提升行动推进会上的讲话\n/u);
    expect(readdirSync(dir)).toEqual(['speech.txt']);
  });
  it('a bad facts file: exit 2, every error with its line, no output file', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'type: summary\nmeeting: 总结大会\nunit: 石门镇\nachievements: []\nexperiences: 12\nnext_steps: [完善预案]\n');
    for (const out of ['s.txt', 's.docx']) {
      const r = await jianghua(['draft', '--facts', bad, '-o', path.join(dir, out)]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('事实文件有 3 处错误');
      expect(r.err).toContain('缺少必填项“theme”');
      expect(r.err).toContain('第4行第15列：“achievements”是空列表');
      expect(r.err).toContain('第5行第14列：“experiences”应为列表');
    }
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });
  it('a YAML syntax error: line and column, nothing on stdout', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'type: progress\nmeeting: "推进会\nunit: 石门镇\n');
    const r = await jianghua(['draft', '--facts', bad]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/第\d+行第\d+列：YAML 语法错误/u);
  });
  it('unknown keys warn on stderr and still draft', async () => {
    const dir = tmp();
    const facts = path.join(dir, 'f.yaml');
    writeFileSync(facts, readFileSync(path.join(ROOT, 'examples/progress.yaml'), 'utf8').replace(/^unit:/mu, 'unti:') + 'unit: 青岚县\n');
    const r = await jianghua(['draft', '--facts', facts]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/警告：.*第7行第1列：未知的键“unti”，已忽略；是不是想写“unit”？/u);
    expect(r.out).toContain('同志们：');
  });
  it('docx needs -o; a .docx name with another format is refused', async () => {
    const n = await jianghua(['draft', '--facts', 'examples/summary.yaml', '--format', 'docx']);
    expect(n, n.err).toMatchObject({ code: 2, out: '' });
    const dir = tmp();
    const r = await jianghua(['draft', '--facts', 'examples/summary.yaml', '--format', 'txt', '-o', path.join(dir, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('--type overrides the file; a missing facts file is exit 2', async () => {
    const r = await jianghua(['draft', '--facts', 'examples/summary.yaml', '--type', 'progress']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('缺少必填项“problems”');
    expect((await jianghua(['draft', '--facts', 'no/such/facts.yaml'])).code).toBe(2);
  });
  it('does not load nodejieba', async () => {
    // In this process: no file of the shared project loads nodejieba on the test's thread (vitest.config.ts), so the
    // module cache tells whether draft required it (a worker process of the suite is a Node process like the CLI's).
    const r = await jianghua(['draft', '--facts', 'examples/summary.yaml']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('同志们：');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('nodejieba'));
    expect(loaded).toEqual([]);
  });
});

describe('jianghua init', () => {
  it('prints a commented example that drafts as it is', async () => {
    for (const type of ['mobilization', 'progress', 'summary']) {
      const r = await jianghua(['init', '--type', type]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^# .*事实文件/u);
      expect(r.out).toContain(`type: ${type}`);
      const d = await jianghua(['draft', '--facts', '-'], r.out);
      expect(d.code, d.err).toBe(0);
      expect(d.out).toContain('同志们：');
    }
  });
  it('writes -o, and refuses to overwrite without --force', async () => {
    const dir = tmp();
    const out = path.join(dir, 'facts.yaml');
    expect((await jianghua(['init', '--type', 'summary', '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('type: summary');
    writeFileSync(out, 'mine\n');
    expect((await jianghua(['init', '--type', 'summary', '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect((await jianghua(['init', '--type', 'summary', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('type: summary');
  });
  it('an unknown type is a usage error', async () => {
    const r = await jianghua(['init', '--type', 'speech']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });
});

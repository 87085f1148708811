// The lint command in-process through run(argv, io) on temp copies — formats, exit codes 0/1/2, --fix
// (atomic, untouched files keep their mtime, re-lint clean of fixable findings), --fix-dry-run, config, stdin.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, statSync, rmSync, copyFileSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, CORPUS } from '../helpers.js';

let tmp: string;

async function run(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const r = await cli(['lint', ...args], { input: opts.input, cwd: opts.cwd ?? tmp });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const CLEAN = '同志们：\n今天召开这次会议，主要任务是总结工作、部署任务。\n同志们，让我们共同努力，确保取得实效！\n';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-lint-'));
  writeFileSync(path.join(tmp, 'clean.txt'), CLEAN);
  writeFileSync(path.join(tmp, 'draft.txt'), '同志们:\n今天召开会议,请XX同志发言。\n一是提高认识。二是加强领导。二是狠抓落实。\n同志们，让我们共同努力，确保取得实效！\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('jianghua lint', () => {
  it('exit 0 and no output for a clean file; a note when the type is unknown', async () => {
    const r = await run(['clean.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('未检查标准段落');
    expect(r.out).not.toContain('✖');
  });
  it('stylish report and exit 1 on errors', async () => {
    const r = await run(['draft.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\ndraft\.txt\n/);
    expect(r.out).toMatch(/2:9 +错误 {2}占位符“XX”未替换，应填写实际内容\s+placeholder/);
    expect(r.out).toContain('列举序号“二是”重复，应为“三是”');
    expect(r.out).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
  });
  it('json and sarif', async () => {
    const j = JSON.parse((await run(['-f', 'json', 'draft.txt'])).out);
    expect(j[0].filePath).toBe(path.join(tmp, 'draft.txt'));
    expect(j[0].errorCount).toBeGreaterThan(0);
    const s = JSON.parse((await run(['--format', 'sarif', 'draft.txt'])).out);
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'placeholder')).toBe(true);
    expect(s.runs[0].artifacts[0].location.uri).toBe('draft.txt');
  });
  it('--max-warnings', async () => {
    writeFileSync(path.join(tmp, 'warn.txt'), '今天天气很好，大家都来了，会议正式开始，请大家认真听讲，做好记录工作。\n');
    expect((await run(['warn.txt'])).code).toBe(0);
    const r = await run(['--max-warnings', '0', 'warn.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('超过 --max-warnings 0');
    expect((await run(['--max-warnings', 'x', 'warn.txt'])).code).toBe(2);
  });
  it('exit 2 for a missing file among several, the others are still linted', async () => {
    const r = await run(['-f', 'json', 'nope.txt', 'draft.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.txt：文件或文件夹不存在');
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
  it('stdin', async () => {
    const r = await run(['-f', 'json'], { input: '同志们:\n请X同志发言。\n' });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j[0].filePath).toBe('<标准输入>');
    expect(j[0].messages.some((m: { ruleId: string }) => m.ruleId === 'placeholder')).toBe(true);
  });
  it('config found upwards, and config errors exit 2 naming the file', async () => {
    const dir = path.join(tmp, 'proj', 'sub');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'draft.txt'), readFileSync(path.join(tmp, 'draft.txt')));
    writeFileSync(path.join(tmp, 'proj', '.jianghuarc.yaml'), 'rules:\n  placeholder: off\n  punctuation-width: warn\n');
    const j = JSON.parse((await run(['-f', 'json', 'proj/sub/draft.txt'])).out)[0];
    expect(j.messages.some((m: { ruleId: string }) => m.ruleId === 'placeholder')).toBe(false);
    expect(j.messages.filter((m: { ruleId: string }) => m.ruleId === 'punctuation-width').every((m: { severity: number }) => m.severity === 1)).toBe(true);
    writeFileSync(path.join(tmp, 'bad.yaml'), 'rules:\n  no-such-rule: error\n');
    const r = await run(['--config', 'bad.yaml', 'draft.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.yaml：未知的规则“no-such-rule”');
  });
  it('--fix-dry-run prints a diff and writes nothing', async () => {
    const before = readFileSync(path.join(tmp, 'draft.txt'), 'utf8');
    const r = await run(['--fix-dry-run', 'draft.txt']);
    expect(r.out).toContain('-今天召开会议,请XX同志发言。\n');
    expect(r.out).toContain('+今天召开会议，请XX同志发言。\n');
    expect(r.out).toContain('+一是提高认识。二是加强领导。三是狠抓落实。');
    expect(readFileSync(path.join(tmp, 'draft.txt'), 'utf8')).toBe(before);
  });
  it('--fix on copies of the corpus: fixed files re-lint clean of fixable findings, untouched files keep mtime', async () => {
    const dir = path.join(tmp, 'fix');
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(CORPUS, f), path.join(dir, f));
    copyFileSync(path.join(tmp, 'clean.txt'), path.join(dir, 'clean.txt'));
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'clean.txt'), old, old);
    await run(['--fix', 'fix']);
    expect(statSync(path.join(dir, 'clean.txt')).mtime.getTime()).toBe(old.getTime());
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const results = JSON.parse((await run(['-f', 'json', 'fix'])).out) as Array<{ filePath: string; fixableErrorCount: number; fixableWarningCount: number }>;
    expect(results).toHaveLength(6);
    for (const r of results) expect(r.fixableErrorCount + r.fixableWarningCount, r.filePath).toBe(0);
    expect(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('004'))!), 'utf8')).toMatch(/七是[^\n]*八是/);
  });
  it('--fix keeps CRLF line ends and a BOM', async () => {
    writeFileSync(path.join(tmp, 'crlf.txt'), '\uFEFF同志们:\r\n今天召开会议,部署工作。\r\n');
    await run(['--fix', 'crlf.txt']);
    expect(readFileSync(path.join(tmp, 'crlf.txt'), 'utf8')).toBe('\uFEFF同志们：\r\n今天召开会议，部署工作。\r\n');
  });
  it('--fix on stdin only lints, with a warning', async () => {
    const r = await run(['--fix'], { input: '同志们:\n请X同志发言。\n' });
    expect(r.err).toContain('标准输入无法就地修复');
    expect(r.code).toBe(1);
  });
  it('extra phrase lists from --rules-dir and config phraseFiles', async () => {
    const dir = path.join(tmp, 'phrases');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'local.yaml'), 'extends: substitution\nreason: 本单位用语规范\nswap:\n  老干部局: 老干部工作局\n');
    writeFileSync(path.join(tmp, 'org.txt'), '同志们：\n老干部局要做好服务。\n');
    expect((await run(['--rules-dir', 'phrases', 'org.txt'])).out).toContain('“老干部局”应为“老干部工作局”（本单位用语规范）');
    writeFileSync(path.join(tmp, 'phr.yaml'), 'phraseFiles: [phrases/local.yaml]\n');
    expect((await run(['--config', 'phr.yaml', 'org.txt'])).out).toContain('老干部工作局');
  });
  it('a .docx file is linted; --fix skips it with a warning', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const d = new Document({ sections: [{ children: ['同志们:', '请X同志发言。'].map((t) => new Paragraph(t)) }] });
    writeFileSync(path.join(tmp, 'w.docx'), await Packer.toBuffer(d));
    const r = await run(['--fix', 'w.docx']);
    expect(r.err).toContain('不支持修复 .docx 文件');
    expect(r.out).toContain('占位符“X”未替换');
    expect(r.code).toBe(1);
  });
});

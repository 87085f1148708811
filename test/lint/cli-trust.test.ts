// lint CLI in-process (issue 8): --rule, suggestions in JSON, SARIF fixes / notifications / standard input,
// --fix over several files reporting each file it could not write.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { formatSarif } from '../../src/format/sarif.js';
import { countResult, rules } from '../../src/lint/index.js';

// Writing a file whose name says "unwritable" fails, as on a full disk: the others must still be fixed.
vi.mock('../../src/text/write.js', async (orig) => {
  const real = await orig<typeof import('../../src/text/write.js')>();
  return {
    ...real,
    writeFileAtomic: async (file: string, ...rest: unknown[]) => {
      if (file.includes('unwritable')) throw new Error('磁盘已满');
      return (real.writeFileAtomic as (...a: unknown[]) => Promise<void>)(file, ...rest);
    },
  };
});

let tmp: string;
async function lint(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', 'lint', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const SUGGEST = '同志们：\n一、提高认识\n正文。\n二、明确任务\n正文。\n四、加强领导\n正文,正文。\n同志们，让我们共同努力，确保取得实效！\n';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-lint-trust-'));
  writeFileSync(path.join(tmp, 'gap.txt'), SUGGEST);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('lint: trust features', () => {
  it('--rule runs only the named rules; an unknown id is a usage error', async () => {
    const r = await lint(['--rule', 'punctuation-width', '--format', 'json', path.join(tmp, 'gap.txt')]);
    const ids = new Set(JSON.parse(r.out)[0].messages.map((m: { ruleId: string }) => m.ruleId));
    expect([...ids]).toEqual(['punctuation-width']);
    const bad = await lint(['--rule', 'no-such', path.join(tmp, 'gap.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('未知的规则“no-such”');
  });
  it('--type takes every speech type, 报告 and other too: a type without standard sections says so', async () => {
    for (const t of ['报告', 'report', 'other']) {
      const r = await lint(['--type', t, '--rule', 'required-sections', '--format', 'json', path.join(tmp, 'gap.txt')]);
      expect(r.code, t).toBe(0);
      const [res] = JSON.parse(r.out);
      expect(res.messages).toEqual([]);
      expect(res.notes.join('\n')).toMatch(/讲话类型“(工作报告|其他讲话)”没有标准段落清单/);
    }
    const bad = await lint(['--type', '座谈', path.join(tmp, 'gap.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('未知的讲话类型“座谈”');
    expect(bad.err).not.toContain('。。');
  });
  it('a heading gap comes with a suggestion (JSON) that --fix does not apply', async () => {
    const r = await lint(['--format', 'json', path.join(tmp, 'gap.txt')]);
    const m = JSON.parse(r.out)[0].messages.find((x: { ruleId: string }) => x.ruleId === 'heading-sequence');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions[0].desc).toContain('三、');
    const copy = path.join(tmp, 'gap-fix.txt');
    writeFileSync(copy, SUGGEST);
    await lint(['--fix', copy]);
    expect(readFileSync(copy, 'utf8')).toBe(SUGGEST.replace('正文,正文', '正文，正文'));
  });
  it('stylish shows the excerpt and the suggestion', async () => {
    const r = await lint([path.join(tmp, 'gap.txt')]);
    expect(r.out).toContain('建议：改为“三、”（不自动修复）');
    expect(r.out).toMatch(/正文,正文。\n +\^/);
  });
  it('SARIF carries fixes and suggestions, unreadable files as notifications, and no artifact for stdin', async () => {
    writeFileSync(path.join(tmp, 'empty.txt'), '');
    const r = await lint(['--format', 'sarif', path.join(tmp, 'gap.txt'), path.join(tmp, 'empty.txt')]);
    expect(r.code).toBe(2);
    const run0 = JSON.parse(r.out).runs[0];
    expect(run0.invocations[0].executionSuccessful).toBe(false);
    expect(run0.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toContain('empty.txt');
    const withFix = run0.results.filter((x: { fixes?: unknown[] }) => x.fixes);
    expect(withFix.some((x: { ruleId: string }) => x.ruleId === 'heading-sequence')).toBe(true);
    expect(withFix.some((x: { ruleId: string }) => x.ruleId === 'punctuation-width')).toBe(true);
    const stdin = JSON.parse(formatSarif([countResult('<stdin>', [])], { rules, version: '0' }));
    expect(stdin.runs[0].artifacts).toEqual([]);
    expect(JSON.stringify(stdin)).not.toContain('"stdin"');
  });
  it('--fix over several files fixes every file it can and exits 2 naming the one it could not write', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir);
    for (const n of ['a', 'b-unwritable', 'c']) writeFileSync(path.join(dir, `${n}.txt`), '同志们：\n今天,开会。\n');
    const r = await lint(['--fix', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('b-unwritable.txt：无法写回修复结果（磁盘已满），文件未修改。');
    for (const n of ['a', 'c']) expect(readFileSync(path.join(dir, `${n}.txt`), 'utf8')).toBe('同志们：\n今天，开会。\n');
    expect(readFileSync(path.join(dir, 'b-unwritable.txt'), 'utf8')).toBe('同志们：\n今天,开会。\n');
  });
});

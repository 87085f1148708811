// SARIF output validated against the official SARIF 2.1.0 schema (test/fixtures/sarif, draft-04): a clean file,
// findings, fixes and suggestions, an unreadable file (toolExecutionNotifications), several files, and stdin.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'jianghua-sarif-'));
  writeFileSync(path.join(tmp, 'clean.txt'), '同志们：\n今天召开这次会议，主要任务是总结工作、部署任务。\n同志们，让我们共同努力，确保取得实效！\n');
  writeFileSync(path.join(tmp, 'findings.txt'), '同志们:\n今天召开会议,请XX同志发言。\n一是提高认识。二是加强领导。二是狠抓落实。\n同志们，让我们共同努力，确保取得实效！\n');
  writeFileSync(path.join(tmp, 'gap.txt'), '同志们：\n一、提高认识\n正文。\n二、明确任务\n正文。\n四、加强领导\n正文,正文。\n同志们，让我们共同努力，确保取得实效！\n');
  writeFileSync(path.join(tmp, 'empty.txt'), '');
  writeFileSync(path.join(tmp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function sarif(files: string[], input?: string) {
  const r = await cli(['lint', '--format', 'sarif', ...files.map((f) => path.join(tmp, f))], { input, cwd: tmp });
  const log = JSON.parse(r.stdout);
  const ok = validate(log);
  return { code: r.code, log, errors: ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }) };
}

describe('SARIF against the official 2.1.0 schema', () => {
  it('the vendored schema is the 2.1.0 schema', () => {
    expect(schema.id).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(schema.properties.version.enum).toEqual(['2.1.0']);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
  it('a clean file', async () => {
    const r = await sarif(['clean.txt']);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  });
  it('findings with fixes and suggestions', async () => {
    const r = await sarif(['findings.txt', 'gap.txt']);
    expect(r.errors).toEqual([]);
    const results = r.log.runs[0].results as { ruleId: string; fixes?: unknown[] }[];
    expect(results.length).toBeGreaterThan(3);
    expect(results.some((x) => x.ruleId === 'heading-sequence' && x.fixes?.length)).toBe(true);
    expect(results.some((x) => x.ruleId === 'punctuation-width' && x.fixes?.length)).toBe(true);
  });
  it('unreadable files as toolExecutionNotifications', async () => {
    const r = await sarif(['gap.txt', 'empty.txt', 'binary.txt']);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(2);
    const notes = r.log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.length).toBe(2);
  });
  it('stdin', async () => {
    const r = await sarif([], '同志们:\n请X同志发言。\n');
    expect(r.errors).toEqual([]);
    expect(r.log.runs[0].results.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.log)).not.toContain('"stdin"');
  });
});

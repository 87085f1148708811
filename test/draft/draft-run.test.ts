// `jianghua draft` in-process through run(argv, io): output format against the file's extension, the length
// report of --minutes, placeholder warnings naming the key.
import { describe, expect, it } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { chooseFormat } from '../../src/commands/draft.js';
import { tempDir, ROOT } from '../helpers.js';

async function jianghua(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}
const SUMMARY = path.join(ROOT, 'examples', 'summary.yaml');

describe('output format and extension', () => {
  it.each([
    [undefined, 'a.docx', 'docx'], [undefined, 'a.md', 'md'], [undefined, 'a.txt', 'txt'], [undefined, undefined, 'txt'],
    ['md', undefined, 'md'], ['docx', 'a', 'docx'], ['txt', 'a.TXT', 'txt'],
  ] as const)('--format %s -o %s → %s', (format, output, expected) => {
    expect(chooseFormat(format, output)).toBe(expected);
  });
  it('refuses an extension the draft cannot write, and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.pdf');
    const r = await jianghua(['draft', '--facts', SUMMARY, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不能输出“.pdf”文件');
    expect(existsSync(out)).toBe(false);
  });
  it('refuses --format docx into a .txt file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.txt');
    const r = await jianghua(['draft', '--facts', SUMMARY, '-o', out, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('扩展名 .txt 是纯文本，与 --format docx（Word）不一致');
    expect(existsSync(out)).toBe(false);
  });
});

describe('--minutes', () => {
  it('reports the length against the target on stderr, the speech on stdout', async () => {
    const r = await jianghua(['draft', '--facts', SUMMARY, '--minutes', '10']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^在.+上的讲话\n/u);
    expect(r.err).toMatch(/篇幅约\d+字，按每分钟约200字计约[\d.]+分钟；目标10分钟（约2000字），(还差约\d+字|超出约\d+字|长度合适)/u);
  });
  it('refuses a target that is not a number of minutes', async () => {
    const r = await jianghua(['draft', '--facts', SUMMARY, '--minutes', 'abc']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--minutes 应为 1 到 600 之间的分钟数');
  });
});

describe('facts warnings', () => {
  it('warns of placeholders naming the key, and still drafts', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'f.yaml');
    await fs.writeFile(file, (await fs.readFile(SUMMARY, 'utf8')).replace('name: 许文澜', 'name: 某某'));
    const r = await jianghua(['draft', '--facts', file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('“speaker”的“name”含有占位符“某某”');
    expect(r.out).toContain('某某');
  });
});

describe('template errors', () => {
  it('a syntax error shows the template file, the line, the excerpt with the caret and what was expected', async () => {
    const dir = tempDir();
    await fs.mkdir(path.join(dir, 'partials'));
    const file = path.join(dir, 'partials', 'transition.hbs');
    await fs.writeFile(file, '{{!-- 过渡句 --}}\n下面，我讲{{cnNum sectionCount}点意见。\n');
    const r = await jianghua(['draft', '--facts', SUMMARY, '--templates', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.split('\n');
    expect(lines[0]).toBe(`jianghua: ${file}：模板第2行语法错误：`);
    expect(lines[1]).toContain('{{cnNum sectionCount}点意见。');
    expect(lines[2]).toMatch(/^ +-+\^$/u);
    expect(lines[3]).toBe('  应为 }} 或 名称，实际是无效字符。');
  });
  it('a block closed by the wrong name says which', async () => {
    const dir = tempDir();
    await fs.mkdir(path.join(dir, 'partials'));
    await fs.writeFile(path.join(dir, 'partials', 'transition.hbs'), '{{#if sectionCount}}\n下面\n{{/each}}\n');
    const r = await jianghua(['draft', '--facts', SUMMARY, '--templates', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('transition.hbs：模板第1行语法错误：{{#if}} 块用 {{/each}} 结束了，应为 {{/if}}。');
  });
});

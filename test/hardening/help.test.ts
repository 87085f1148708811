// Issue 9, item 20: commander's help and usage errors in Chinese — titles, choices, defaults, usage words —
// for the program and every command; option and command names stay in English.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { commandLoaders } from '../../src/commands/index.js';

const ENGLISH = /Usage:|Options:|Arguments:|Commands:|\(choices|default:|\[options\]|\[command\]|Allowed choices|error:|too many arguments|Expected \d/;

describe('help in Chinese', () => {
  it.each([[''], ...commandLoaders.map((c) => [c.name])])('jianghua %s --help', async (...cmd: string[]) => {
    const r = await cli([...cmd.filter(Boolean), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：');
    expect(r.stdout).toContain('选项：');
    expect(r.stdout).toContain('-h, --help');
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('choices and defaults are listed in Chinese', async () => {
    const r = await cli(['lint', '--help']);
    expect(r.stdout).toMatch(/输出格式（可选：stylish、json、sarif；默认：stylish）/);
    expect(r.stdout).toContain('用法： jianghua lint [选项] [files...]');
  });
});

describe('usage errors in Chinese', () => {
  it.each([
    [['lint', '-f', 'xml'], '选项 -f, --format <format> 的值“xml”无效，可选：stylish、json、sarif。'],
    [['init', 'extra', '--type', 'summary'], '参数过多：最多 0 个，实际给了 1 个'],
    [['draft'], '缺少必需的选项 --facts <file>。'],
    [['lint', '--formt', 'json'], '未知选项 --formt。'],
  ])('%j', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

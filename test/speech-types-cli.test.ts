// --type accepts ids and Chinese names everywhere a type is given (in-process through run(argv, io)).
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'jianghua', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

describe('--type with Chinese names', () => {
  it('init --type 总结大会 writes the summary example', async () => {
    const zh = await cli(['init', '--type', '总结大会']);
    const en = await cli(['init', '--type', 'summary']);
    expect(zh.code).toBe(0);
    expect(zh.out).toBe(en.out);
  });

  it('an unknown type is a usage error naming the choices', async () => {
    const r = await cli(['init', '--type', '座谈']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的讲话类型“座谈”');
    expect(r.err).toContain('summary（总结）');
  });

  it('report has no template: init refuses it', async () => {
    const r = await cli(['init', '--type', '报告']);
    expect(r.code).toBe(2);
  });
});

// Issue 9, items 18–19: facts values a .docx cannot hold, YAML anchors and aliases (and their bombs), !!binary,
// empty and hostile templates, config and JSONL values out of range, system error codes in Chinese.
import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, CORPUS_FILES, corpusPath, tempDir } from '../helpers.js';
import { fsReason } from '../../src/text/fs-errors.js';

const MINIMAL = 'type: progress\nmeeting: 推进会\nunit: 石门镇\ntheme: 人居环境整治\nachievements: [完成改厕]\nproblems: [进度不平衡]\nnext_steps: [加强督导]\n';

describe('facts values', () => {
  it('U+FFFE and NUL are refused, naming the key and line; no output file, no partial .docx', async () => {
    const dir = tempDir();
    for (const [name, value] of [['fffe', '"完成\\uFFFE改厕"'], ['nul', '"完成\\0改厕"']]) {
      const facts = path.join(dir, `${name}.yaml`);
      writeFileSync(facts, MINIMAL.replace('achievements: [完成改厕]', `achievements: [${value}]`));
      for (const out of ['s.docx', 's.txt']) {
        const r = await cli(['draft', '--facts', facts, '-o', path.join(dir, out)]);
        expect(r.code, name).toBe(2);
        expect(r.stderr, name).toMatch(/第5行第\d+列：“achievements”第1项含有不可见的控制字符 U\+(FFFE|0000)/);
      }
      const txt = await cli(['draft', '--facts', facts]);
      expect(txt.code).toBe(2);
      expect(txt.stdout).toBe('');
    }
    expect(readdirSync(dir).sort()).toEqual(['fffe.yaml', 'nul.yaml']);
  });

  it('anchors and aliases are plain YAML and draft like their expansion', async () => {
    const dir = tempDir();
    const facts = path.join(dir, 'alias.yaml');
    writeFileSync(facts, MINIMAL.replace('achievements: [完成改厕]', 'achievements: [&done 完成改厕]').replace('next_steps: [加强督导]', 'next_steps: [*done, 加强督导]'));
    const r = await cli(['draft', '--facts', facts]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('未知内容');
    expect(r.stdout.match(/完成改厕/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('a “billion laughs” of nested aliases is refused without expanding it', async () => {
    const dir = tempDir();
    const lines = ['a0: &a0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const facts = path.join(dir, 'bomb.yaml');
    writeFileSync(facts, `${MINIMAL.replace('next_steps: [加强督导]', 'next_steps: *a9')}`.replace(/^/, `${lines.join('\n')}\n`));
    const r = await cli(['draft', '--facts', facts]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('锚点（&）和别名（*）展开后超过');
  });

  it('!!binary says what it is instead of “应为文字，实际是文字”', async () => {
    const dir = tempDir();
    const facts = path.join(dir, 'bin.yaml');
    writeFileSync(facts, MINIMAL.replace('unit: 石门镇', 'unit: !!binary 5Lit5paH'));
    const r = await cli(['draft', '--facts', facts]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“unit”应为文字，实际是二进制数据（!!binary）');
  });
});

describe('templates', () => {
  it('an empty template is an error, not an empty .docx', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl', 'progress'), { recursive: true });
    writeFileSync(path.join(dir, 'tpl', 'progress', 'speech.hbs'), '');
    const facts = path.join(dir, 'f.yaml');
    writeFileSync(facts, MINIMAL);
    const r = await cli(['draft', '--facts', facts, '--templates', path.join(dir, 'tpl'), '-o', path.join(dir, 'out.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('speech.hbs：模板渲染后没有任何文字');
    expect(readdirSync(dir).sort()).toEqual(['f.yaml', 'tpl']);
  });

  it('a FIFO as a template is refused, not waited on', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl', 'progress'), { recursive: true });
    try { execFileSync('mkfifo', [path.join(dir, 'tpl', 'progress', 'speech.hbs')]); } catch { console.warn('mkfifo 不可用：跳过'); return; }
    const facts = path.join(dir, 'f.yaml');
    writeFileSync(facts, MINIMAL);
    const r = await cli(['draft', '--facts', facts, '--templates', path.join(dir, 'tpl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('speech.hbs：这是命名管道（FIFO）');
  });

  it('prototype access and fields of a text are Chinese errors, without Handlebars’ English warning', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl', 'progress'), { recursive: true });
    const facts = path.join(dir, 'f.yaml');
    writeFileSync(facts, MINIMAL);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      writeFileSync(path.join(dir, 'tpl', 'progress', 'speech.hbs'), '{{meeting}}\n{{toString}}\n');
      const proto = await cli(['draft', '--facts', facts, '--templates', path.join(dir, 'tpl')]);
      expect(proto.code).toBe(2);
      expect(proto.stdout).toBe('');
      expect(proto.stderr).toContain('speech.hbs：模板（或其引用的片段）引用了“toString”：这是对象原型上的属性');
      writeFileSync(path.join(dir, 'tpl', 'progress', 'speech.hbs'), '{{meeting.constructor}}\n');
      const field = await cli(['draft', '--facts', facts, '--templates', path.join(dir, 'tpl')]);
      expect(field.code).toBe(2);
      expect(field.stderr).toContain('在一段文字上取字段“constructor”');
      expect(field.stderr).not.toMatch(/Cannot use/);
      expect([...spy.mock.calls, ...warn.mock.calls].flat().join('\n')).not.toMatch(/Access has been denied/);
    } finally {
      spy.mockRestore();
      warn.mockRestore();
    }
  });
});

describe('values out of range', () => {
  it('a negative max in the config is refused', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.jianghuarc.yaml'), 'rules:\n  sentence-length: { max: -1 }\n');
    writeFileSync(path.join(dir, 'a.txt'), '同志们：\n今天开会。\n');
    const r = await cli(['lint', path.join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('规则“sentence-length”的选项“max”应为正整数，实际是“-1”');
  });

  it('summarize refuses a record whose type.label is not a speech type', async () => {
    const good = await cli(['analyze', '--no-keywords', '--format', 'jsonl', corpusPath(CORPUS_FILES[0])]);
    const rec = JSON.parse(good.stdout);
    rec.type.label = 'banana';
    const r = await cli(['summarize'], { input: JSON.stringify(rec) + '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“type.label”的值“banana”不是已知的讲话类型');
  });
});

describe('system errors in Chinese', () => {
  it('ENOSPC, EROFS, EISDIR, ELOOP … are translated, the code kept for searching', () => {
    expect(fsReason({ code: 'ENOSPC' })).toBe('磁盘空间不足（ENOSPC）');
    expect(fsReason({ code: 'EROFS' })).toBe('所在的文件系统是只读的（EROFS）');
    expect(fsReason({ code: 'EISDIR' })).toContain('文件夹');
    expect(fsReason({ code: 'ELOOP' })).toContain('符号链接');
  });

  it('a symlink loop as input gets the Chinese reason', async () => {
    const dir = tempDir();
    symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
    const r = await cli(['lint', path.join(dir, 'loop.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('loop.txt：无法读取：符号链接层层相指');
  });
});

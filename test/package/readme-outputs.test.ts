// Issue 9 (packaging): running the README's examples in a checkout leaves no untracked file — every file they
// write (`-o FILE`, `> FILE`) in the repository root is ignored by git.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
const IN_GIT = git.status === 0 && git.stdout.trim() === 'true';
if (!IN_GIT) console.warn('不在 git 仓库中：跳过 README 示例输出的检查。');

describe.skipIf(!IN_GIT)('README examples', () => {
  it('write only files that git ignores', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const outputs = new Set<string>();
    for (const line of readme.split('\n')) {
      if (!/^\s*(npx )?jianghua |\| *jianghua /.test(line)) continue;
      for (const m of line.matchAll(/(?:\s-o\s+|\s>\s*)([^\s#|&;]+)/g)) if (!m[1].startsWith('/') && !m[1].startsWith('-')) outputs.add(m[1]);
    }
    expect(outputs).toContain('总结讲话.docx');
    for (const out of outputs) {
      const r = spawnSync('git', ['check-ignore', '-q', '--no-index', out], { cwd: ROOT });
      expect(r.status, `${out} 不在 .gitignore 中`).toBe(0);
    }
  });
});

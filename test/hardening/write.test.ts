// Issue 9, items 1–2 and the output-target messages of item 19: an output path is written only if it is a regular
// file (or a new one); a symlink is written through to its target; devices, FIFOs, folders and hard-linked files
// are refused with a message and left as they were; mode and owner survive `--force` and `lint --fix`.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, ROOT, tempDir } from '../helpers.js';
import { writeFileAtomic } from '../../src/text/write.js';

const FACTS = path.join(ROOT, 'examples', 'progress.yaml');
const isRoot = process.getuid?.() === 0;

function mkfifo(p: string): boolean {
  try { execFileSync('mkfifo', [p]); return true; } catch { return false; }
}

describe('writeFileAtomic refuses what is not a regular file', () => {
  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real.txt'), 'old\n');
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    await writeFileAtomic(path.join(dir, 'link.txt'), 'new\n', { force: true });
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('needs --force through a symlink too, and refuses a dangling one', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real.txt'), 'old\n');
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    await expect(writeFileAtomic(path.join(dir, 'link.txt'), 'new\n')).rejects.toThrow(/文件已存在/);
    symlinkSync('gone.txt', path.join(dir, 'dangling.txt'));
    await expect(writeFileAtomic(path.join(dir, 'dangling.txt'), 'x', { force: true })).rejects.toThrow(/dangling\.txt：这是指向不存在文件的符号链接/);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('old\n');
  });

  it('refuses a FIFO even with --force, and leaves it a FIFO', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    if (!mkfifo(fifo)) { console.warn('mkfifo 不可用：跳过 FIFO 用例'); return; }
    await expect(writeFileAtomic(fifo, 'x', { force: true })).rejects.toThrow(/pipe：是命名管道（FIFO），不是普通文件/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // Through a symlink as well.
    symlinkSync('pipe', path.join(dir, 'to-pipe'));
    await expect(writeFileAtomic(path.join(dir, 'to-pipe'), 'x', { force: true })).rejects.toThrow(/命名管道/);
    expect(readdirSync(dir).sort()).toEqual(['pipe', 'to-pipe']);
  });

  it('refuses a character device (a private copy of /dev/null) even with --force', async () => {
    const dir = tempDir();
    const dev = path.join(dir, 'null');
    try { execFileSync('mknod', [dev, 'c', '1', '3']); } catch { console.warn('mknod 不可用（非 root）：跳过设备用例'); return; }
    await expect(writeFileAtomic(dev, 'x', { force: true })).rejects.toThrow(/是设备文件，不是普通文件/);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder with a message that says so, with and without --force', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/是一个文件夹，不能写成文件/);
    await expect(writeFileAtomic(dir, 'x', { force: true })).rejects.toThrow(/是一个文件夹/);
  });

  it('refuses a file with several hard links rather than split them', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'old\n');
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    await expect(writeFileAtomic(path.join(dir, 'a.txt'), 'new\n', { force: true })).rejects.toThrow(/有 2 个硬链接/);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('old\n');
    expect(statSync(path.join(dir, 'a.txt')).ino).toBe(statSync(path.join(dir, 'b.txt')).ino);
  });

  it('keeps mode and owner of the file it replaces', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, 'old\n');
    chmodSync(f, 0o640);
    if (isRoot) chownSync(f, 1234, 2345);
    await writeFileAtomic(f, 'new\n', { force: true });
    const st = statSync(f);
    expect(st.mode & 0o777).toBe(0o640);
    if (isRoot) expect([st.uid, st.gid]).toEqual([1234, 2345]);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('a folder that does not exist: a message, nothing written', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(path.join(dir, 'no', 'x.txt'), 'x')).rejects.toThrow(/所在文件夹不存在/);
  });
});

describe('-o on the command line', () => {
  it('-o - and -o /dev/stdout write to standard output, never a file named “-”', async () => {
    const dir = tempDir();
    for (const target of ['-', '/dev/stdout']) {
      const r = await cli(['draft', '--facts', FACTS, '-o', target], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('同志们：');
      const i = await cli(['init', '--type', 'summary', '-o', target], { cwd: dir });
      expect(i.stdout).toContain('type: summary');
    }
    expect(readdirSync(dir)).toEqual([]);
    const docx = await cli(['draft', '--facts', FACTS, '--format', 'docx', '-o', '-'], { cwd: dir });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('需要用 -o 指定输出文件');
  });

  it('-o . says it is a folder, not that the file exists', async () => {
    const dir = tempDir();
    const r = await cli(['draft', '--facts', FACTS, '-o', '.', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.：是一个文件夹');
    expect(r.stderr).not.toContain('文件已存在');
  });

  it('draft -o FIFO --force exits 2 at once and leaves the FIFO', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'out.txt');
    if (!mkfifo(fifo)) return;
    const r = await cli(['draft', '--facts', FACTS, '-o', fifo, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('命名管道');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('lint --fix', () => {
  const DRAFT = '同志们:\n今天召开会议,部署工作。\n';
  const FIXED = '同志们：\n今天召开会议，部署工作。\n';

  it('on a symlink fixes the target and keeps the link', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'draft.txt'), DRAFT);
    symlinkSync(path.join('real', 'draft.txt'), path.join(dir, 'link.txt'));
    await cli(['lint', '--fix', path.join(dir, 'link.txt')]);
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real', 'draft.txt'), 'utf8')).toBe(FIXED);
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['draft.txt']);
  });

  it('keeps mode and owner of the fixed file', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'draft.txt');
    writeFileSync(f, DRAFT);
    chmodSync(f, 0o604);
    if (isRoot) chownSync(f, 4321, 4321);
    await cli(['lint', '--fix', f]);
    expect(readFileSync(f, 'utf8')).toBe(FIXED);
    const st = statSync(f);
    expect(st.mode & 0o777).toBe(0o604);
    if (isRoot) expect([st.uid, st.gid]).toEqual([4321, 4321]);
  });

  it('refuses a hard-linked file with a message, fixes the other files, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), DRAFT);
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, 'c.txt'), DRAFT);
    const r = await cli(['lint', '--fix', path.join(dir, 'a.txt'), path.join(dir, 'c.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.txt：有 2 个硬链接');
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(DRAFT);
    expect(readFileSync(path.join(dir, 'c.txt'), 'utf8')).toBe(FIXED);
    // The report of the unfixed file shows its findings as they still are.
    expect(r.stdout).toContain('a.txt');
  });
});

// A full disk and a read-only file system, for real: a tiny tmpfs mounted for the test (root only; skipped with a
// message where mount is not permitted). The messages are Chinese, name the file, and nothing is lost or left half.
const MOUNT = (() => {
  if (!isRoot) return undefined;
  const dir = tempDir('jianghua-mnt-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    return undefined;
  }
})();
if (!MOUNT) console.warn('无法挂载 tmpfs（需要 root 和 mount 权限）：磁盘已满与只读文件系统的真实测试跳过。');

describe.skipIf(!MOUNT)('a full disk and a read-only file system (a 64 KB tmpfs)', () => {
  const mnt = MOUNT!;
  const SPEECH = '同志们：\n今天召开会议，部署工作。\n';
  afterAll(() => {
    execFileSync('umount', [mnt]);
  });

  it('ENOSPC: the output is refused in Chinese, the old file kept whole, no temporary file left', async () => {
    writeFileSync(path.join(mnt, 'speech.txt'), SPEECH);
    // Fill what is left of the 64 KB, so the next write runs out of space.
    try { writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(128 * 1024, 1)); } catch { /* full: as intended */ }
    const before = readdirSync(mnt).sort();
    const r = await cli(['draft', '--facts', FACTS, '-o', path.join(mnt, 'speech.txt'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(mnt, 'speech.txt')}：无法写入：磁盘空间不足（ENOSPC）。原文件未改动。`);
    expect(readFileSync(path.join(mnt, 'speech.txt'), 'utf8')).toBe(SPEECH);
    const fresh = await cli(['draft', '--facts', FACTS, '-o', path.join(mnt, 'new.txt')]);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toContain(`${path.join(mnt, 'new.txt')}：无法写入：磁盘空间不足（ENOSPC）。没有留下不完整的文件。`);
    expect(readdirSync(mnt).sort()).toEqual(before);
  });

  it('ENOSPC under lint --fix: the file is named, left unfixed, exit 2', async () => {
    const f = path.join(mnt, 'draft.txt');
    execFileSync('rm', ['-f', path.join(mnt, 'filler')]);
    writeFileSync(f, '同志们:\n今天召开会议,部署工作。\n');
    try { writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(128 * 1024, 1)); } catch { /* full */ }
    const r = await cli(['lint', '--fix', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}：`);
    expect(r.stderr).toContain('磁盘空间不足（ENOSPC）');
    expect(readFileSync(f, 'utf8')).toBe('同志们:\n今天召开会议,部署工作。\n');
  });

  it('EROFS: output and lint --fix are refused in Chinese, nothing changed', async () => {
    execFileSync('rm', ['-f', path.join(mnt, 'filler')]);
    const f = path.join(mnt, 'ro.txt');
    writeFileSync(f, '同志们:\n今天召开会议,部署工作。\n');
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    try {
      const r = await cli(['draft', '--facts', FACTS, '-o', path.join(mnt, 'out.txt')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${path.join(mnt, 'out.txt')}：无法写入：所在的文件系统是只读的（EROFS）`);
      const fix = await cli(['lint', '--fix', f]);
      expect(fix.code).toBe(2);
      expect(fix.stderr).toContain(`${f}：`);
      expect(fix.stderr).toContain('所在的文件系统是只读的（EROFS）');
      expect(readFileSync(f, 'utf8')).toBe('同志们:\n今天召开会议,部署工作。\n');
      expect(readdirSync(mnt).sort()).toEqual(['draft.txt', 'ro.txt', 'speech.txt']);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mnt]);
    }
  });
});

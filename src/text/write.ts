// Writing output files safely: never overwrite without force, never leave a partial file (temp + fsync + rename),
// only ever replace a regular file: a symlink is written through to its target, devices, FIFOs and folders are
// refused, a file with several hard links is refused (a rename would split them); mode and owner are kept.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { JianghuaError } from '../errors.js';
import { errorCode, fsReason } from './fs-errors.js';

export interface WriteOptions {
  /** Replace an existing regular file. */
  force?: boolean;
  /** Told when something could not be kept (the owner of the file). */
  warn?: (message: string) => void;
}

/** `-o -` (and the names of standard output) mean standard output, never a file called "-". */
export function isStdoutTarget(target: string): boolean {
  return target === '-' || target === '/dev/stdout' || target === '/dev/fd/1' || target === '/proc/self/fd/1';
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return '文件夹';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件';
  if (st.isFIFO()) return '命名管道（FIFO）';
  if (st.isSocket()) return '套接字';
  return '特殊文件';
}

async function lstatOrUndefined(p: string, target: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw new JianghuaError(`无法写入：${fsReason(e)}。`, target);
  }
}

/**
 * Where the bytes really go: the path itself, or the file a symlink points to. Throws a Chinese message for
 * everything that is not a regular file or a new file in an existing folder.
 */
async function resolveTarget(target: string, force: boolean): Promise<{ real: string; existing?: Stats }> {
  let real = target;
  let st = await lstatOrUndefined(target, target);
  let via = '';
  if (st?.isSymbolicLink()) {
    try {
      real = await fs.realpath(target);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT') throw new JianghuaError(`这是指向不存在文件的符号链接（→ ${await fs.readlink(target).catch(() => '?')}），不写入。`, target);
      throw new JianghuaError(`无法写入：${fsReason(e)}。`, target);
    }
    st = await lstatOrUndefined(real, target);
    via = `符号链接指向的 ${real} `;
  }
  if (st === undefined) {
    const dir = path.dirname(path.resolve(real));
    let dst: Stats;
    try {
      dst = await fs.stat(dir);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') throw new JianghuaError('无法写入：所在文件夹不存在。', target);
      throw new JianghuaError(`无法写入：${fsReason(e)}。`, target);
    }
    if (!dst.isDirectory()) throw new JianghuaError('无法写入：路径中的某一级不是文件夹。', target);
    return { real };
  }
  if (st.isDirectory()) throw new JianghuaError(`${via}是一个文件夹，不能写成文件；请在 -o 中给出文件名。`, target);
  if (!st.isFile()) throw new JianghuaError(`${via}是${kindOf(st)}，不是普通文件；为安全起见不写入（--force 也只覆盖普通文件）。`, target);
  if (!force) throw new JianghuaError('文件已存在；如需覆盖，请加 --force。', target);
  if (st.nlink > 1) {
    throw new JianghuaError(`${via}有 ${st.nlink} 个硬链接；原子写入会把它与其他链接拆开，因此不写入。请先复制为独立的文件再试。`, target);
  }
  return { real, existing: st };
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const { real, existing } = await resolveTarget(target, Boolean(opts.force));
  const dir = path.dirname(path.resolve(real));
  const tmp = path.join(dir, `.${path.basename(real)}.${process.pid}.${Date.now()}.tmp`);
  let created = false;
  try {
    const fh = await fs.open(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    created = true;
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (existing) {
      await fs.chmod(tmp, existing.mode & 0o7777);
      try {
        await fs.chown(tmp, existing.uid, existing.gid);
      } catch {
        const mine = process.getuid?.();
        if (mine !== undefined && mine !== existing.uid) opts.warn?.(`${target}：无法保留原属主（uid ${existing.uid}），改写后属于当前用户。`);
      }
    }
    await fs.rename(tmp, real);
  } catch (e) {
    if (created) await fs.rm(tmp, { force: true }).catch(() => {});
    throw new JianghuaError(`无法写入：${fsReason(e)}。${existing ? '原文件未改动。' : '没有留下不完整的文件。'}`, target);
  }
}

/** Write a command's output: to standard output for `-o -`, else atomically to the file. */
export async function writeOutput(out: (s: string) => void, target: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  if (isStdoutTarget(target)) {
    if (typeof data !== 'string') throw new JianghuaError('Word 文件是二进制内容，不能输出到标准输出；请用 -o 指定 .docx 文件名。', target);
    out(data);
    return;
  }
  await writeFileAtomic(target, data, opts);
}

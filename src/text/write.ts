// Writing output files safely: never overwrite without force, never leave a partial file (temp + rename).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JianghuaError } from '../errors.js';
import { exists } from './read.js';

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && (await exists(target))) {
    throw new JianghuaError('文件已存在；如需覆盖，请加 --force。', target);
  }
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    try {
      const st = await fs.stat(target);
      await fs.chmod(tmp, st.mode);
    } catch { /* new file */ }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JianghuaError('无法写入：所在文件夹不存在。', target);
    if (code === 'EACCES' || code === 'EPERM') throw new JianghuaError('无法写入：没有写权限。', target);
    throw new JianghuaError(`无法写入（${code ?? (e as Error).message}）。`, target);
  }
}

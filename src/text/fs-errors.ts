// System error codes (ENOSPC, EROFS …) in the words a user reads: one table for reads and writes alike.

const REASONS: Record<string, string> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有权限',
  EPERM: '没有权限（操作不被允许）',
  EISDIR: '这是一个文件夹，这里需要一个文件',
  ENOTDIR: '路径中的某一级不是文件夹',
  ELOOP: '符号链接层层相指（循环或层数过多）',
  ENAMETOOLONG: '路径太长',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EROFS: '所在的文件系统是只读的',
  EEXIST: '文件已存在',
  EXDEV: '不能跨文件系统改名',
  EBUSY: '文件正被占用',
  ETXTBSY: '文件正被占用',
  EMFILE: '打开的文件太多',
  ENFILE: '打开的文件太多',
  EIO: '读写设备出错（输入输出错误）',
  ENXIO: '设备不存在或未连接',
  ENODEV: '设备不存在',
  EFBIG: '文件太大',
  EINVAL: '参数无效',
  EAGAIN: '资源暂时不可用',
  EPIPE: '管道已关闭',
};

/** A Chinese reason for an error thrown by node:fs, with the code kept in brackets for searching. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]}（${code}）`;
  return code ? `系统错误 ${code}` : String((e as Error)?.message ?? e);
}

export function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

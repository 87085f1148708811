// Where a folder run gets its paths: the arguments (files and folders) and --files-from (a list, or - for stdin).
// The list is read line by line, so a mapper fed by GNU parallel or Hadoop streaming starts on the first path.
import { createReadStream, promises as fs } from 'node:fs';
import { collectFiles, fsError, STDIN, STDIN_NAME, TEXT_EXTENSIONS, DOCX_EXTENSION, type CollectedPath } from '../text/read.js';
import { readLines } from '../text/lines.js';
import { currentStdin } from '../io.js';

/** A path is at most a few KB (PATH_MAX is 4096 bytes); a longer line is not a list of paths. */
const MAX_PATH_LINE = 64 * 1024;

/** Speeches come as text, Markdown or Word. */
const SPEECH_EXTENSIONS = [...TEXT_EXTENSIONS, DOCX_EXTENSION];

export interface SourceOptions {
  files: string[];
  filesFrom?: string;
}

export async function* pathSource(opts: SourceOptions): AsyncGenerator<CollectedPath> {
  const given = opts.files.length > 0 || opts.filesFrom ? opts.files : [STDIN];
  yield* collectFiles(given, { extensions: SPEECH_EXTENSIONS });
  if (opts.filesFrom === undefined) return;
  for await (const p of listedPaths(opts.filesFrom)) yield* collectFiles([p], { extensions: SPEECH_EXTENSIONS });
}

/** Paths one per line; blank lines are skipped; spaces inside a path are kept. */
export async function* listedPaths(list: string): AsyncGenerator<string> {
  let input: NodeJS.ReadableStream;
  if (list === STDIN) input = currentStdin();
  else {
    try {
      const st = await fs.stat(list);
      if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    } catch (e) {
      throw fsError(list, e);
    }
    input = createReadStream(list);
  }
  for await (const line of readLines(input, { name: list === STDIN ? STDIN_NAME : list, maxLine: MAX_PATH_LINE, what: '一条路径' })) {
    const p = line.replace(/^\uFEFF/, '');
    if (p.trim() !== '') yield p;
  }
}

/** Whether the arguments name exactly one speech (one file or stdin): then JSON output is an object, not an array. */
export async function isSingleInput(opts: SourceOptions): Promise<boolean> {
  if (opts.filesFrom !== undefined || opts.files.length > 1) return false;
  if (opts.files.length === 0 || opts.files[0] === STDIN) return true;
  try {
    return !(await fs.stat(opts.files[0])).isDirectory();
  } catch {
    return true;
  }
}

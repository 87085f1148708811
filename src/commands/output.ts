// Where a report goes: standard output, or a file given with -o (never overwritten without --force, written atomically).
import type { CommandContext } from '../cli.js';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../text/write.js';

/** The footer line of a report: the tool and its version (no date, so that the same input gives the same file). */
export function generatorLine(): string {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  return `由 jianghua ${version} 生成`;
}

export async function writeOutput(ctx: CommandContext, data: string | Uint8Array, opts: { output?: string; force?: boolean }): Promise<void> {
  if (opts.output) await writeFileAtomic(opts.output, data, { force: opts.force });
  else ctx.io.out(typeof data === 'string' ? data : Buffer.from(data).toString('latin1'));
}

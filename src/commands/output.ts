// Where a report goes: standard output, or a file given with -o (never overwritten without --force, written atomically).
import type { CommandContext } from '../cli.js';
import { writeFileAtomic } from '../text/write.js';

export async function writeOutput(ctx: CommandContext, data: string | Uint8Array, opts: { output?: string; force?: boolean }): Promise<void> {
  if (opts.output) await writeFileAtomic(opts.output, data, { force: opts.force });
  else ctx.io.out(typeof data === 'string' ? data : Buffer.from(data).toString('latin1'));
}

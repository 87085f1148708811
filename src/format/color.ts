// The only place chalk is configured. Colours only on a terminal, never with NO_COLOR or --no-color.
import { Chalk, type ChalkInstance } from 'chalk';

let instance: ChalkInstance = new Chalk({ level: 0 });

export function configureColor(opts: { flag?: boolean; stream?: NodeJS.WriteStream } = {}): void {
  const stream = opts.stream ?? process.stdout;
  const noColorEnv = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const enabled = opts.flag !== false && !noColorEnv && (forced || Boolean(stream.isTTY));
  instance = new Chalk({ level: enabled ? 1 : 0 });
}

/** The configured chalk instance; formatters call color() at format time. */
export function color(): ChalkInstance {
  return instance;
}

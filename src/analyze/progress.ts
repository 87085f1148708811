// A progress bar on stderr for long folder runs — only when stderr is a terminal, never in pipes or tests.
import { createRequire } from 'node:module';

export interface Progress {
  found(): void;
  tick(): void;
  /** Clear the bar's line before a message is written to stderr; the bar redraws on the next tick. */
  clear(): void;
  stop(): void;
}

const silent: Progress = { found() {}, tick() {}, clear() {}, stop() {} };

/** On when stderr is a terminal and stdout is not (a bar between outline lines on one screen would garble both). */
export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || process.stdout.isTTY) return silent;
  // Loaded only on a terminal: a pipe run never pays for it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: '分析中 [{bar}] {value}/{total} 篇',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  let total = 0;
  let started = false;
  return {
    found() {
      total++;
      if (!started) { bar.start(total, 0); started = true; } else bar.setTotal(total);
    },
    tick() { if (started) bar.increment(); },
    clear() { if (started) process.stderr.write('\r\x1b[K'); },
    stop() { if (started) bar.stop(); },
  };
}

// Output sinks used by commands, so tests can capture them and a closed pipe (| head) is not an error.

export interface Output {
  out(s: string): void;
  err(s: string): void;
}

let closed = false;
process.stdout.on?.('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') closed = true;
  else throw e;
});

export const stdio: Output = {
  out: (s) => { if (!closed) process.stdout.write(s); },
  err: (s) => { process.stderr.write(s); },
};

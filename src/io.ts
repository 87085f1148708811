// Output sinks used by commands, so tests can capture them and a closed pipe (| head) is not an error.
// Standard input comes through here too: run(argv, io) can hand a command its own stdin.

export interface Output {
  out(s: string): void;
  err(s: string): void;
  /** Standard input for this run (process.stdin when not given). */
  stdin?: NodeJS.ReadableStream;
  /** True once nobody reads `out` any more (EPIPE): long runs stop early. */
  closed?(): boolean;
}

let outClosed = false;
let errClosed = false;
// A reader that goes away (`| head`) closes the pipe: stop writing to it, quietly, on stdout and stderr alike.
process.stdout.on?.('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') outClosed = true;
  else throw e;
});
process.stderr.on?.('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') errClosed = true;
  else throw e;
});

export const stdio: Output = {
  out: (s) => { if (!outClosed) process.stdout.write(s); },
  err: (s) => { if (!errClosed) process.stderr.write(s); },
  closed: () => outClosed,
};

let input: NodeJS.ReadableStream | undefined;

/** Set by run(): the stdin of the current run. */
export function setStdin(stream: NodeJS.ReadableStream | undefined): void {
  input = stream;
}

/** The stdin of the current run. */
export function currentStdin(): NodeJS.ReadableStream {
  return input ?? process.stdin;
}

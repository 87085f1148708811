// Typed errors turned into exit codes in one place (src/cli.ts). Messages are Chinese: users read them.

/** Exit codes for the whole tool. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** A problem with what the user gave us: a path, a file, an option. Always exit code 2. */
export class JianghuaError extends Error {
  readonly exitCode: number = EXIT.failure;
  constructor(message: string, readonly file?: string) {
    super(file ? `${file}：${message}` : message);
    this.name = 'JianghuaError';
  }
}

/** A file could not be read or decoded. */
export class InputError extends JianghuaError {
  constructor(file: string, message: string) {
    super(message, file);
    this.name = 'InputError';
  }
}

/** Bad options or arguments. */
export class UsageError extends JianghuaError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function isJianghuaError(e: unknown): e is JianghuaError {
  return e instanceof JianghuaError;
}

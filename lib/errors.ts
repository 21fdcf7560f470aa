/**
 * The one error type the CLI reports as a plain line (no stack trace).
 * Anything else that escapes is a bug and is reported with its stack.
 */
export class HutchError extends Error {
  /** Exit code the CLI uses; runc exits 1 on every failure. */
  readonly exitCode: number;

  constructor(message: string, opts: { exitCode?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'HutchError';
    this.exitCode = opts.exitCode ?? 1;
  }
}

/** A config.json problem, with the JSON path of the offending field. */
export class ConfigError extends HutchError {
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(`config.json: ${path}: ${problem}`);
    this.name = 'ConfigError';
    this.path = path;
    this.problem = problem;
  }
}

/**
 * A filesystem failure worded like Go's *PathError ("open /x: not a
 * directory"), which is what runc prints for the same failure.
 */
export function goPathError(err: unknown, op: string, path: string): HutchError {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string') return new HutchError(String((e as Error)?.message ?? err), { cause: err });
  // Node's message is "ENOTDIR: not a directory, open '/x'": keep the strerror part.
  const m = /^[A-Z0-9]+: ([^,]+)/.exec(e.message);
  const text = m ? m[1]! : e.code;
  return new HutchError(`${op} ${path}: ${text}`, { cause: err });
}

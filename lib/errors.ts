/**
 * hutch's error discipline (docs/errors.md):
 *
 * - Anything a user can cause (a config, a command line, a container in the
 *   wrong state, the kernel refusing) is a HutchError: runc's one-line text,
 *   plus a machine-readable `code` the library's callers branch on and
 *   `--log-format json` error records carry.
 * - A plain Error means a broken invariant of hutch itself: the CLI prints
 *   it with its stack as an internal error.
 * - An OS error becomes text in one place, osError(), in Go's spelling
 *   ("open /x: no such file or directory"), which is what runc prints and
 *   what podman and containerd match on.
 */
import { errnoName, goErrnoText, goStrerror } from './sys/errno.js';

export type ErrorCode =
  /** A command-line mistake. */
  | 'usage'
  /** config.json, a process.json or a resources file: the field is named. */
  | 'config'
  | 'invalid-id'
  | 'not-found'
  | 'exists'
  /** The verb needs a live container and it has stopped. */
  | 'not-running'
  /** The verb needs a stopped (or created) container and it runs. */
  | 'running'
  | 'paused'
  | 'not-paused'
  /** Another command holds the container's lock for too long. */
  | 'busy'
  /** state.json is unreadable. */
  | 'corrupt-state'
  /** The container's process: no such executable, not executable, exec failed. */
  | 'exec-not-found'
  | 'exec-not-executable'
  | 'exec-failed'
  /** A step of the container's setup failed (the step is named). */
  | 'start-failed'
  | 'hook'
  | 'cgroup'
  | 'permission'
  /** Asked for something hutch or this host cannot do. */
  | 'unsupported'
  | 'image'
  /** Any other refusal of the kernel or the filesystem. */
  | 'system';

export interface HutchErrorOptions {
  code: ErrorCode;
  /** Exit code the CLI uses; runc exits 1 on every failure. */
  exitCode?: number;
  cause?: unknown;
}

export class HutchError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(message: string, opts: HutchErrorOptions) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'HutchError';
    this.code = opts.code;
    this.exitCode = opts.exitCode ?? 1;
  }
}

/**
 * A broken invariant of hutch itself: a bug, never something a user can
 * cause. The CLI prints it with its stack as an internal error. The lint
 * (eslint.config.js) allows no plain `new Error` in lib/: a failure is
 * either a HutchError or one of these, on purpose.
 */
export class InternalError extends Error {
  constructor(message: string, opts?: { cause?: unknown }) {
    super(message, opts);
    this.name = 'InternalError';
  }
}

/** A config.json problem, with the JSON path of the offending field. */
export class ConfigError extends HutchError {
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(`config.json: ${path}: ${problem}`, { code: 'config' });
    this.name = 'ConfigError';
    this.path = path;
    this.problem = problem;
  }
}

/** An OS error as Node (err.code "ENOENT") or ffi (errno 2) reports it. */
interface OsFailure {
  code?: unknown;
  errno?: unknown;
  syscall?: unknown;
  path?: unknown;
  message?: unknown;
}

/** The errno name of an OS error from node:fs or from lib/sys (undefined for anything else). */
function errnoOf(err: unknown): string | undefined {
  const e = err as OsFailure | undefined;
  if (typeof e?.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) return e.code;
  if (typeof e?.errno === 'number' && e.errno > 0) return errnoName(e.errno);
  return undefined;
}

/** Go's text for an OS error ("no such file or directory"); the message for anything else. */
export function osErrorText(err: unknown): string {
  const e = err as OsFailure | undefined;
  if (typeof e?.errno === 'number' && e.errno > 0 && typeof e.code !== 'string') return goStrerror(e.errno);
  const name = errnoOf(err);
  const known = goErrnoText(name);
  if (known) return known;
  // Node's message is "ENOTDIR: not a directory, open '/x'": keep the strerror part.
  const m = /^[A-Z0-9]+: ([^,]+)/.exec(String(e?.message ?? ''));
  return m ? m[1]! : (name ?? String(e?.message ?? err));
}

/**
 * The one formatter for OS errors, worded like Go's *PathError ("open /x:
 * not a directory"): `op` and `path` default to what the error itself says.
 * EACCES/EPERM become code 'permission', everything else 'system'.
 */
export function osError(err: unknown, op?: string, path?: string, code?: ErrorCode): HutchError {
  // A HutchError is already worded, unless it is a bare errno (lib/sys's SysError) being given its context.
  if (err instanceof HutchError && (op === undefined || errnoOf(err) === undefined)) return err;
  const e = err as OsFailure | undefined;
  const verb = op ?? (typeof e?.syscall === 'string' ? e.syscall : undefined);
  const where = path ?? (typeof e?.path === 'string' ? e.path : undefined);
  const prefix = [verb, where].filter(Boolean).join(' ');
  const name = errnoOf(err);
  const kind = code ?? (name === 'EACCES' || name === 'EPERM' ? 'permission' : 'system');
  return new HutchError(prefix ? `${prefix}: ${osErrorText(err)}` : osErrorText(err), { code: kind, cause: err });
}

/** True for an error node:fs or lib/sys raised for a failing system call. */
export function isOsError(err: unknown): boolean {
  return errnoOf(err) !== undefined;
}

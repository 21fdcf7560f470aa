/**
 * Running the measured commands. Each is timed as wall-clock from this
 * driver around a synchronous spawn (the same overhead for every runtime).
 * stdout goes to /dev/null or a file, never a pipe (a detached container
 * would hold it open); stderr to a file shown when the command fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Context } from './contexts.js';

/** A command that failed: the measurement counts it as a failed round. */
export class CmdError extends Error {}
/** SIGINT/SIGTERM/SIGHUP arrived: stop measuring, clean up. */
export class Interrupted extends Error {}

/** What starting one command needs. */
export interface LaunchRequest {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  uid?: number;
  gid?: number;
  /** fds for stdout and stderr. */
  stdout: number;
  stderr: number;
  timeoutMs: number;
}

export interface Launched {
  ms: number;
  status: number | null;
  signal: string | null;
  /** Why it could not run or was killed (ETIMEDOUT ...). */
  error?: string;
}

/** Starts a command, waits for it and times it. crun's goes through a namespace (crun-namespace.ts). */
export type Launcher = (req: LaunchRequest) => Launched;

/** The plain way: spawnSync in this process. */
export const directLauncher: Launcher = (req) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(req.argv[0]!, req.argv.slice(1), {
    env: req.env,
    cwd: req.cwd,
    uid: req.uid,
    gid: req.gid,
    stdio: ['ignore', req.stdout, req.stderr],
    timeout: req.timeoutMs,
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const error = r.error ? ((r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? 'ETIMEDOUT' : r.error.message) : undefined;
  return { ms, status: r.status, signal: r.signal, ...(error ? { error } : {}) };
};

export interface CmdResult {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  capture?: boolean;
  allowFail?: boolean;
  timeoutSec?: number;
  env?: Record<string, string | undefined>;
  launcher?: Launcher;
}

export class Shell {
  private readonly devnull = openSync('/dev/null', 'r+');
  private seq = 0;
  /** Set by a signal: the next command throws Interrupted. */
  interrupted: string | undefined;

  constructor(
    private readonly work: string,
    private readonly timeoutSec: number,
  ) {}

  /** Runs argv as `ctx`, synchronously, and times it; throws CmdError on failure unless allowFail. */
  run(ctx: Context, argv: string[], o: RunOptions = {}): CmdResult {
    if (this.interrupted) throw new Interrupted(this.interrupted);
    const outPath = join(this.work, 'cmd.out');
    const errPath = join(this.work, 'cmd.err');
    const out = o.capture ? openSync(outPath, 'w') : this.devnull;
    const err = openSync(errPath, 'w');
    const timeoutSec = o.timeoutSec ?? this.timeoutSec;
    let r: Launched;
    try {
      r = (o.launcher ?? directLauncher)({
        argv,
        env: o.env ?? ctx.env,
        cwd: ctx.work,
        ...(ctx.setuid ? { uid: ctx.uid, gid: ctx.gid } : {}),
        stdout: out,
        stderr: err,
        timeoutMs: timeoutSec * 1000,
      });
    } finally {
      if (o.capture) closeSync(out);
      closeSync(err);
    }
    const res: CmdResult = { ms: r.ms, code: r.status, stdout: o.capture ? readFileSync(outPath, 'utf8') : '', stderr: '' };
    if (r.error || r.status !== 0) {
      res.stderr = tail(errPath);
      if (!o.allowFail) {
        const why =
          r.error === 'ETIMEDOUT'
            ? `timed out after ${timeoutSec}s`
            : (r.error ?? (r.signal ? `killed by ${r.signal}` : `exit ${r.status}`));
        const lines = res.stderr.split('\n').filter((l) => l.trim());
        const real = lines.filter((l) => !/^\S+: warning:/.test(l));
        const last = (real.length ? real : lines).slice(-2).join('\n');
        throw new CmdError(`${why}${last ? `: ${last}` : ''} [${ctx.name}: ${basename(argv[0]!)} ${argv.slice(1).join(' ')}]`);
      }
    }
    return res;
  }

  /**
   * The same, concurrently (populating a state root). With a launcher that
   * is synchronous (crun's), the call simply runs in its turn.
   */
  runAsync(ctx: Context, argv: string[], o: { launcher?: Launcher; timeoutSec?: number } = {}): Promise<{ code: number; stderr: string }> {
    const timeoutSec = o.timeoutSec ?? this.timeoutSec;
    if (o.launcher && o.launcher !== directLauncher) {
      const r = this.run(ctx, argv, { allowFail: true, launcher: o.launcher, timeoutSec });
      return Promise.resolve({ code: r.code ?? -1, stderr: r.stderr });
    }
    return new Promise((resolve) => {
      const errPath = join(this.work, `async-${++this.seq}.err`);
      const err = openSync(errPath, 'w');
      const child = spawn(argv[0]!, argv.slice(1), {
        env: ctx.env,
        cwd: ctx.work,
        ...(ctx.setuid ? { uid: ctx.uid, gid: ctx.gid } : {}),
        stdio: ['ignore', this.devnull, err],
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSec * 1000);
      const done = (code: number | null, signal: string | null, error?: Error) => {
        clearTimeout(timer);
        closeSync(err);
        const stderr = code === 0 ? '' : `${error ? `${error.message} ` : ''}${signal ? `killed by ${signal} ` : ''}${tail(errPath, 300)}`;
        rmSync(errPath, { force: true });
        resolve({ code: code ?? -1, stderr });
      };
      child.once('error', (e) => done(-1, null, e));
      child.once('exit', (code, signal) => done(code, signal));
    });
  }
}

function tail(file: string, n = 600): string {
  try {
    const s = readFileSync(file, 'utf8').trim();
    return s.length > n ? `…${s.slice(-n)}` : s;
  } catch {
    return '';
  }
}

/** Runs fn over items with at most n at a time. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** The median of xs, or null when there are none. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

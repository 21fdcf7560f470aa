/**
 * Starting `hutch` and `runc` the same way: same global options, the same
 * clean environment, as root or as the unprivileged test user, each runtime
 * with its own state root (`--root`) so neither sees the other's containers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { Workspace } from './bundle.js';
import { HUTCH_BIN, REPO, runcBinary, scaled, syncTestRuntime } from './host.js';
import { asUser, runtimePath, userEnv, type TestUser } from './user.js';

export type Runtime = 'hutch' | 'runc';

export interface StateRoots {
  hutch: string;
  runc: string;
}

/** State roots for one test file, owned by (and private to) `user` when given. */
export function makeStateRoots(ws: Workspace, user?: TestUser): StateRoots {
  const base = ws.subdir(user ? `state-${user.name}` : 'state-root', user, 0o700);
  return { hutch: join(base, 'hutch'), runc: join(base, 'runc') };
}

export interface RuntimeCall {
  runtime: Runtime;
  /** Run as this user; the current user when omitted. */
  user?: TestUser;
  roots: StateRoots;
  /** Everything after the global options, e.g. ['run', '--bundle', dir, id]. */
  args: string[];
  timeoutMs?: number;
  /** argv put in front of the whole call, e.g. a shell that opens an fd first: ['sh', '-c', 'exec 100</ && exec "$@"', 'sh']. */
  prefix?: string[];
  /** Rootless: run in the user's delegated cgroup scope when the host has one (default true). */
  delegated?: boolean;
}

export interface RuntimeResult {
  command: string;
  exitCode: number | undefined;
  signal: string | undefined;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /**
   * Pids of processes still alive after the runtime exited whose command line
   * names the container id (e.g. an init orphaned before exec: it still shows
   * the runtime's argv). They have been SIGKILLed.
   */
  leftovers: number[];
}

/** The full argv for a call: [setpriv … env -i …] runtime --root R args… */
export function runtimeArgv(call: RuntimeCall): string[] {
  const exe = call.runtime === 'hutch' ? HUTCH_BIN : runcBinary();
  if (!exe) throw new Error('runc is not installed');
  const argv = [exe, '--root', call.roots[call.runtime], ...call.args];
  return [...(call.prefix ?? []), ...(call.user ? asUser(call.user, argv, undefined, { delegated: call.delegated }) : argv)];
}

function envFor(call: RuntimeCall): Record<string, string> {
  if (call.user) return userEnv(call.user);
  return { PATH: runtimePath(), HOME: process.env.HOME ?? '/root', USER: process.env.USER ?? 'root' };
}

/** Starts a runtime; the caller awaits or signals the returned subprocess. */
export function startRuntime(call: RuntimeCall) {
  const [file, ...args] = runtimeArgv(call);
  return execa(file!, args, {
    reject: false,
    // asUser() builds the user's environment itself with `env -i`.
    env: call.user ? {} : envFor(call),
    extendEnv: false,
    stdin: 'ignore',
    // Scaled under emulation (the cgroup v2 VM).
    timeout: scaled(call.timeoutMs ?? 30_000),
    stripFinalNewline: false,
  });
}

/**
 * Waits for a started runtime, without hanging on a stray process: once the
 * runtime itself has exited, its stdout/stderr get `graceMs` to reach EOF
 * (a leaked container holding them open would otherwise block forever), and
 * leftovers naming `id` are killed.
 */
export async function settle(sub: ReturnType<typeof startRuntime>, id: string | undefined, graceMs = 2_000) {
  const exited = new Promise<void>((resolve) => {
    if (sub.exitCode !== null || sub.signalCode !== null) resolve();
    else sub.once('exit', () => resolve());
  });
  await exited;
  const done = await Promise.race([sub.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    sub.stdout?.destroy();
    sub.stderr?.destroy();
  }
  const leftovers = id ? killLeftovers(id) : [];
  const r = await sub;
  return { r, leftovers };
}

/** Runs a runtime to completion. Never throws for a non-zero exit. */
export async function runRuntime(call: RuntimeCall): Promise<RuntimeResult> {
  const sub = startRuntime(call);
  const id = call.args[0] === 'run' ? call.args[call.args.length - 1] : undefined;
  const { r, leftovers } = await settle(sub, id);
  return {
    command: runtimeArgv(call).join(' '),
    exitCode: r.exitCode,
    signal: r.signal,
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
    timedOut: Boolean(r.timedOut),
    leftovers,
  };
}

/**
 * SIGKILLs processes whose command line contains `id` (container ids from
 * containerId() are unique to this test process, so these are ours) and
 * returns their pids.
 */
export function killLeftovers(id: string): number[] {
  const killed: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.split('\0').includes(id)) continue;
    try {
      process.kill(Number(name), 'SIGKILL');
      killed.push(Number(name));
    } catch {
      /* already gone */
    }
  }
  return killed;
}

let counter = 0;
/** A container id unique to this process. */
export function containerId(prefix: string): string {
  return `${prefix}-${process.pid}-${counter++}`;
}

/** Builds dist/ once if dist/hutch is missing (`npm test` builds first anyway). */
export function ensureHutchBuilt(): void {
  if (!existsSync(join(REPO, 'dist', 'hutch')))
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'ignore' });
  syncTestRuntime();
}

/** A one-paragraph description of a result for assertion messages. */
export function describeResult(r: RuntimeResult): string {
  const left = r.leftovers.length ? `\n  leftover processes killed: ${r.leftovers.join(' ')}` : '';
  return `${r.command}\n  exit=${r.exitCode} signal=${r.signal ?? '-'} timedOut=${r.timedOut}\n  stderr: ${r.stderr.trim() || '(empty)'}${left}`;
}

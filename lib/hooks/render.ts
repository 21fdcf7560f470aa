/**
 * Pure rendering of one hook into the exact execve a runtime performs:
 * filename, argv, envp, the bytes written to its stdin and its timeout.
 * The runtime-namespace runner (run.ts) spawns it; hooks that must run in the
 * container's namespaces (createContainer, startContainer) are embedded by
 * the caller into the syscall plan from the same description.
 */
import type { Hook } from '../config/types.js';

export interface HookInvocation {
  /** execve's filename, exactly as the hook gives it (the spec requires it absolute). */
  path: string;
  /** Full argv including argv[0]; [path] when the hook has no args (as Go's os/exec does). */
  argv: string[];
  /** Full envp, NAME=value entries (see dedupEnv for runc's handling of duplicates). */
  envp: string[];
  /** The container state as JSON, no trailing newline, as runc writes it. */
  stdin: Buffer;
  /** Milliseconds before the hook is killed with SIGKILL; undefined: no limit. */
  timeoutMs: number | undefined;
  /** The hook's timeout in seconds as configured, for the error text. */
  timeoutSeconds: number | undefined;
}

export interface RenderOptions {
  /**
   * The environment a hook without `env` receives. runc leaves os/exec's Env
   * nil in that case, so the hook inherits runc's own environment; an `env`
   * that is present (even []) replaces it entirely. Default: process.env.
   */
  inheritEnv?: readonly string[] | NodeJS.ProcessEnv;
}

export function renderHook(hook: Hook, state: object, opts: RenderOptions = {}): HookInvocation {
  const argv = hook.args && hook.args.length > 0 ? [...hook.args] : [hook.path];
  const envp = dedupEnv(hook.env ?? envList(opts.inheritEnv ?? process.env));
  const timeoutSeconds = hook.timeout ?? undefined;
  return {
    path: hook.path,
    argv,
    envp,
    stdin: Buffer.from(goJson(state), 'utf8'),
    timeoutMs: timeoutSeconds === undefined ? undefined : Math.max(0, timeoutSeconds * 1000),
    timeoutSeconds,
  };
}

/**
 * Go's os/exec de-duplication, which runc's hooks go through: the last value
 * of each key wins and keeps the position of its last occurrence; entries
 * without '=' are kept as they are; empty entries are dropped. A leading '='
 * is part of the key (Go's rule, observed with runc 1.1.5).
 */
export function dedupEnv(env: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = env.length - 1; i >= 0; i--) {
    const kv = env[i]!;
    const eq = kv.indexOf('=', 1);
    if (eq < 0 && !kv.startsWith('=')) {
      if (kv !== '') out.push(kv);
      continue;
    }
    const key = eq < 0 ? '' : kv.slice(0, eq);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(kv);
  }
  return out.reverse();
}

/**
 * JSON the way Go's encoding/json writes it: compact, with <, >, & and the
 * two JavaScript line separators escaped. These characters only ever occur
 * inside strings, so a global replace is safe.
 */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function envList(env: readonly string[] | NodeJS.ProcessEnv): string[] {
  if (Array.isArray(env)) return [...(env as readonly string[])];
  return Object.entries(env as NodeJS.ProcessEnv)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`);
}

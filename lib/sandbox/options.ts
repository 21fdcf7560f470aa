/**
 * What a sandbox is asked for, from the command line or the library, checked
 * and normalized before anything looks at the host: paths absolute, sizes in
 * bytes, durations in milliseconds. Pure: host checks are in host-paths.ts.
 */
import { posix } from 'node:path';
import { HutchError } from '../errors.js';
import { envProblem } from '../config/env.js';
import { isValidId } from '../state/id.js';
import { parseBytes, parseDuration } from '../units.js';

/** --rw, --ro, --hide, --tmpfs: applied in the order given, after the defaults. */
export type MountKind = 'rw' | 'ro' | 'hide' | 'tmpfs';
export interface SandboxMount {
  kind: MountKind;
  /** The same path on the host and in the sandbox. */
  path: string;
}

export const MOUNT_KINDS: readonly MountKind[] = ['rw', 'ro', 'hide', 'tmpfs'];

/** A sandbox request as the library takes it (the CLI's flags map one to one). */
export interface SandboxRequest {
  /** In order; relative paths are taken from `cwd` of the caller (the current directory). */
  mounts?: readonly SandboxMount[];
  /** The command's working directory, made writable (default: the current directory). */
  cwd?: string;
  /** none (default): only a loopback interface; host: the host's network. */
  net?: 'none' | 'host';
  /** An image (PATH[:NAME], what `hutch bundle --image` takes) or a bundle directory whose rootfs replaces the host's /. */
  image?: string;
  /** Bytes, or a size such as "512m". */
  memory?: number | string;
  pidsLimit?: number;
  /** CPUs, e.g. 1.5. */
  cpus?: number | string;
  /** Milliseconds, or a duration such as "30s": then SIGTERM, and SIGKILL 5 s later. */
  timeout?: number | string;
  /** NAME=value entries added to (or replacing in) the environment. */
  env?: readonly string[] | Readonly<Record<string, string>>;
  /** Start from an empty environment (PATH set to a default) instead of the caller's. */
  clearEnv?: boolean;
  hostname?: string;
  /** Keep the sandbox running as a container of this name (`hutch exec NAME`, `hutch delete NAME`). */
  keep?: string;
  /** Run as uid 0 and gid 0 (still without capabilities), mapped to the caller's ids. */
  rootUser?: boolean;
}

/** A checked request. */
export interface SandboxSettings {
  command: string[];
  mounts: SandboxMount[];
  cwd: string | undefined;
  net: 'none' | 'host';
  image: string | undefined;
  limits: { memory?: number; pidsLimit?: number; cpus?: number };
  timeoutMs: number | undefined;
  env: string[];
  clearEnv: boolean;
  hostname: string | undefined;
  keep: string | undefined;
  rootUser: boolean;
}

const usage = (msg: string) => new HutchError(msg, { code: 'usage' });

/** Check a request; `callerCwd` resolves relative paths (the CLI's current directory). */
export function normalizeOptions(command: readonly string[], r: SandboxRequest, callerCwd: string): SandboxSettings {
  if (command.length === 0 || command[0] === '') throw usage('sandbox: no command given (hutch sandbox [options] -- CMD [ARGS...])');
  const abs = (flag: string, p: string) => {
    if (p === '') throw usage(`--${flag}: the path is empty`);
    return posix.resolve(callerCwd, p);
  };
  const mounts = (r.mounts ?? []).map((m) => {
    if (!MOUNT_KINDS.includes(m.kind)) throw usage(`sandbox: unknown mount kind ${JSON.stringify(m.kind)} (rw, ro, hide or tmpfs)`);
    const path = abs(m.kind, m.path);
    if (path === '/') throw usage(`--${m.kind} /: the sandbox's root cannot be replaced (use --image for another root)`);
    return { kind: m.kind, path };
  });
  const net = r.net ?? 'none';
  if (net !== 'none' && net !== 'host') throw usage(`--net: invalid value ${JSON.stringify(net)} (none or host)`);
  if (r.hostname !== undefined && !/^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$/.test(r.hostname))
    throw usage(`--hostname: invalid host name ${JSON.stringify(r.hostname)}`);
  if (r.image === '') throw usage('--image: the image or bundle is empty');
  if (r.keep !== undefined && r.timeout !== undefined)
    throw usage('--timeout: a kept sandbox runs on after hutch returns (stop it with hutch kill or hutch delete --force)');
  if (r.keep !== undefined && !isValidId(r.keep))
    throw usage(`--keep: invalid container name ${JSON.stringify(r.keep)} (letters, digits, _ + . - only)`);
  return {
    command: [...command],
    mounts,
    cwd: r.cwd === undefined ? undefined : abs('cwd', r.cwd),
    net,
    image: r.image,
    limits: limitsOf(r),
    timeoutMs:
      r.timeout === undefined
        ? undefined
        : positive('timeout', typeof r.timeout === 'number' ? r.timeout : parseDuration('timeout', r.timeout)),
    env: envOf(r.env),
    clearEnv: r.clearEnv === true,
    hostname: r.hostname,
    keep: r.keep,
    rootUser: r.rootUser === true,
  };
}

function positive(flag: string, n: number): number {
  if (!Number.isFinite(n) || n <= 0) throw usage(`--${flag}: must be greater than zero`);
  return n;
}

function limitsOf(r: SandboxRequest): SandboxSettings['limits'] {
  const out: SandboxSettings['limits'] = {};
  if (r.memory !== undefined) out.memory = positive('memory', typeof r.memory === 'number' ? r.memory : parseBytes('memory', r.memory));
  if (r.pidsLimit !== undefined) {
    if (!Number.isSafeInteger(r.pidsLimit) || r.pidsLimit <= 0) throw usage('--pids-limit: must be a positive integer');
    out.pidsLimit = r.pidsLimit;
  }
  if (r.cpus !== undefined) {
    const text = String(r.cpus);
    if (!/^\d+(\.\d+)?$/.test(text.trim())) throw usage(`invalid value for --cpus: ${JSON.stringify(text)}`);
    out.cpus = positive('cpus', Number(text));
  }
  return out;
}

function envOf(env: SandboxRequest['env']): string[] {
  if (env === undefined) return [];
  const list = Array.isArray(env)
    ? [...(env as readonly string[])]
    : Object.entries(env as Record<string, string>).map(([k, v]) => `${k}=${v}`);
  const bad = list.find((e) => envProblem(e) !== undefined);
  if (bad !== undefined) throw usage(`--env: invalid environment variable ${JSON.stringify(bad)} (NAME=value)`);
  return list;
}

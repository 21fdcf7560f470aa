/** Pieces shared by the v1 and v2 managers: removal, pid walks, signalling, rootless error policy. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HutchError } from '../errors.js';
import { isErrno, readProcs, sleep } from './fs.js';
import type { Stats } from './types.js';

/** Errors that mean "not allowed to manage this cgroup" (runc's isIgnorableError for rootless). */
export function isPermissionError(err: unknown): boolean {
  if (isErrno(err, 'EACCES', 'EPERM', 'EROFS')) return true;
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause !== undefined && isErrno(cause, 'EACCES', 'EPERM', 'EROFS');
}

export const ROOTLESS_WARNING =
  'cgroups not available to this rootless container: limits are not applied and processes are not tracked by cgroup';

/** rmdir a cgroup, removing child cgroups first (cgroupfs has no recursive removal). */
export function removeCgroupDir(dir: string): void {
  try {
    fs.rmdirSync(dir);
    return;
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return;
    if (!isErrno(e, 'EBUSY', 'ENOTEMPTY')) throw e;
  }
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) removeCgroupDir(path.join(dir, ent.name));
  }
  try {
    fs.rmdirSync(dir);
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
  }
}

/**
 * Remove all directories, retrying with a growing delay while the last
 * processes exit (an exiting task keeps its cgroup busy for a moment).
 */
export async function removeCgroupDirs(dirs: string[]): Promise<void> {
  let left = [...new Set(dirs)];
  let delay = 10;
  let lastError: unknown;
  // A killed process keeps its cgroup busy until its parent reaps it, which
  // on a loaded machine can take seconds: retry for up to ~10 s.
  const deadline = Date.now() + 10_000;
  for (let attempt = 0; left.length > 0 && (attempt === 0 || Date.now() < deadline); attempt++) {
    if (attempt > 0) {
      await sleep(delay);
      delay = Math.min(delay * 2, 500);
    }
    left = left.filter((d) => {
      try {
        removeCgroupDir(d);
      } catch (e) {
        lastError = e;
      }
      return fs.existsSync(d);
    });
  }
  if (left.length > 0) {
    throw new HutchError(`failed to remove cgroup paths ${left.join(', ')}: ${(lastError as Error | undefined)?.message ?? 'busy'}`, {
      code: 'cgroup',
      cause: lastError,
    });
  }
}

/** Pids in `dir` and every descendant cgroup. */
export function allPids(dir: string): number[] {
  if (!fs.existsSync(dir)) return [];
  const out = readProcs(dir);
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) out.push(...allPids(path.join(dir, ent.name)));
  }
  return out;
}

export function signalNumber(signal: NodeJS.Signals | number): number {
  if (typeof signal === 'number') return signal;
  const n = os.constants.signals[signal];
  if (n === undefined) throw new HutchError(`unknown signal ${signal}`, { code: 'cgroup' });
  return n;
}

/** Send `signal` to each pid; a pid that already exited is not a failure. Returns warnings. */
export function signalPids(pids: number[], signal: number): string[] {
  const warnings: string[] = [];
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch (e) {
      if (!isErrno(e, 'ESRCH')) warnings.push(`signal ${signal} to pid ${pid}: ${(e as Error).message}`);
    }
  }
  return warnings;
}

/** A Stats object with runc's zero values (non-omitempty fields present). */
export function emptyStats(): Stats {
  const mem = () => ({ limit: 0, failcnt: 0 });
  return {
    cpu: { usage: { kernel: 0, user: 0 }, throttling: {} },
    cpuset: {
      cpu_exclusive: 0,
      mem_hardwall: 0,
      mem_exclusive: 0,
      memory_migrate: 0,
      memory_spread_page: 0,
      memory_spread_slab: 0,
      memory_pressure: 0,
      sched_load_balance: 0,
      sched_relax_domain_level: 0,
    },
    memory: { usage: mem(), swap: mem(), kernel: mem(), kernelTCP: mem() },
    pids: {},
    blkio: {},
    hugetlb: {},
    intel_rdt: {},
    network_interfaces: null,
  };
}

/**
 * JSON text of the stats as runc prints it. JS numbers cannot hold u64 values
 * exactly; the ones the kernel uses for "unlimited" are printed exactly.
 */
export function statsToJson(value: unknown, indent?: number): string {
  const big = new Map<string, string>();
  const text = JSON.stringify(
    value,
    (_k, v: unknown) => {
      if (typeof v === 'number' && v > Number.MAX_SAFE_INTEGER) {
        // 2^64 can only come from UINT64_MAX (rounded up); others are exact doubles.
        const exact = v >= 2 ** 64 ? '18446744073709551615' : BigInt(v).toString();
        const tag = `\u0000u64:${big.size}`;
        big.set(tag, exact);
        return tag;
      }
      return v;
    },
    indent,
  );
  return text.replace(/"\\u0000u64:\d+"/g, (m) => big.get(JSON.parse(m) as string) ?? m);
}

/**
 * runc's signalAllProcesses: freeze so nothing forks between listing and
 * signalling, signal every pid, thaw. Freeze problems are warnings only.
 */
export async function signalFrozen(
  m: { freeze(): Promise<void>; thaw(): Promise<void>; pids(): number[] },
  sig: number,
): Promise<string[]> {
  const warnings: string[] = [];
  try {
    await m.freeze();
  } catch (e) {
    warnings.push(`freeze before signalling: ${(e as Error).message}`);
  }
  try {
    warnings.push(...signalPids(m.pids(), sig));
  } finally {
    try {
      await m.thaw();
    } catch (e) {
      warnings.push(`thaw after signalling: ${(e as Error).message}`);
    }
  }
  return warnings;
}

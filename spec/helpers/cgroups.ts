/**
 * The container's cgroup as the host lays it out (v1, hybrid or pure v2), so
 * that tests ask "the container's memory limit" instead of reading a v1 path
 * that does not exist on a v2 host (where such a check passes vacuously).
 *
 * Everything is read from the host side: /proc/PID/cgroup of a container
 * process gives its cgroup in each hierarchy, the host's mounts say where
 * that hierarchy is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLayout, parseProcCgroup, resolveCgroupPath, type CgroupLayout } from '../../lib/cgroups/index.js';

export const hostLayout: CgroupLayout = detectLayout();
/** Pure cgroup v2 (the VM of ../shared/vm, Debian 12, Fedora...). */
export const pureV2 = hostLayout.mode === 'v2';

/** A value that reads the same on both layouts: [v1 controller, v1 file, v2 file]. */
const FILES = {
  memoryLimit: ['memory', 'memory.limit_in_bytes', 'memory.max'],
  memoryLow: ['memory', 'memory.soft_limit_in_bytes', 'memory.low'],
  pidsMax: ['pids', 'pids.max', 'pids.max'],
  procs: ['pids', 'cgroup.procs', 'cgroup.procs'],
  cpusetCpus: ['cpuset', 'cpuset.cpus', 'cpuset.cpus'],
  cpusetMems: ['cpuset', 'cpuset.mems', 'cpuset.mems'],
} as const;
export type CgroupValue = keyof typeof FILES;

/** The process's cgroup in the hierarchy of `controller` ('' = unified), as /proc/PID/cgroup says it. */
export function cgroupPathOf(pid: number, controller: string): string | undefined {
  return parseProcCgroup(readFileSync(`/proc/${pid}/cgroup`, 'utf8'))[pureV2 ? '' : controller];
}

/** The process's cgroup directory in the hierarchy of `controller` ('' = unified). */
export function cgroupDirOf(pid: number, controller: string): string {
  const key = pureV2 ? '' : controller;
  const mount = key === '' ? hostLayout.v2?.mountpoint : hostLayout.v1[key];
  const rel = cgroupPathOf(pid, controller);
  if (mount === undefined || rel === undefined)
    throw new Error(`no ${controller || 'unified'} hierarchy for pid ${pid} on this ${hostLayout.mode} host`);
  return join(mount, rel);
}

/** Path of one value's file for the process, on this host's layout. */
function cgroupFileOf(pid: number, what: CgroupValue): string {
  const [ctl, v1File, v2File] = FILES[what];
  return join(cgroupDirOf(pid, ctl), pureV2 ? v2File : v1File);
}

/** The value, trimmed. */
export function readCgroupValue(pid: number, what: CgroupValue): string {
  return readFileSync(cgroupFileOf(pid, what), 'utf8').trim();
}

/** Every cgroup directory of the process (one per hierarchy it is in), to check removal later. */
export function cgroupDirsOf(pid: number): string[] {
  const own = parseProcCgroup(readFileSync(`/proc/${pid}/cgroup`, 'utf8'));
  const dirs = new Set<string>();
  for (const [key, rel] of Object.entries(own)) {
    const mount = key === '' ? hostLayout.v2?.mountpoint : hostLayout.v1[key];
    if (mount !== undefined) dirs.add(join(mount, rel));
  }
  return [...dirs];
}

/** Directories of `dirs` that still exist. */
export function leftCgroups(dirs: readonly string[]): string[] {
  return dirs.filter((d) => existsSync(d));
}

/** Where a cgroup path (absolute, as in linux.cgroupsPath) lives for `controller` on this host. */
export function cgroupPathFor(cgroupsPath: string, controller: string): string {
  const mount = pureV2 ? hostLayout.v2!.mountpoint : hostLayout.v1[controller];
  if (mount === undefined) throw new Error(`no ${controller} hierarchy on this ${hostLayout.mode} host`);
  return join(mount, cgroupsPath);
}

/**
 * The directories (one per hierarchy) hutch and runc give a container
 * created by this process with `cgroupsPath` (unset: the id), by runc's
 * cgroupfs rules on this host's layout.
 */
export function expectedCgroupDirs(id: string, cgroupsPath?: string): string[] {
  return Object.values(resolveCgroupPath(cgroupsPath, id, { layout: hostLayout }).paths);
}

/** The cgroup files of `pid` named in `files` ([controller, file] pairs), those that exist. */
export function snapshot(pid: number, files: Array<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [ctl, file] of files) {
    let dir: string;
    try {
      dir = cgroupDirOf(pid, ctl);
    } catch {
      continue; // no such hierarchy (rootless without a cgroup)
    }
    const p = join(dir, file);
    if (existsSync(p)) out[`${ctl}/${file}`] = readFileSync(p, 'utf8').trim();
  }
  return out;
}

/** Whether the process's cgroup is frozen (v1 freezer.state, v2 cgroup.events). */
export function frozen(pid: number): boolean {
  if (pureV2) return /^frozen 1$/m.test(readFileSync(join(cgroupDirOf(pid, ''), 'cgroup.events'), 'utf8'));
  return readFileSync(join(cgroupDirOf(pid, 'freezer'), 'freezer.state'), 'utf8').trim() === 'FROZEN';
}

/**
 * Directories under /sys/fs/cgroup (every v1 hierarchy and the unified
 * tree) whose name passes `match`, looking `depth` levels down (not below a
 * match). Six levels reach a rootless container in a delegated v2 subtree
 * (user.slice/user-UID.slice/user@UID.service/app.slice/ID).
 */
export function cgroupDirs(match: (name: string) => boolean, depth = 6): string[] {
  const found: string[] = [];
  const walk = (dir: string, left: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const p = join(dir, e.name);
      if (match(e.name)) found.push(p);
      else if (left > 0) walk(p, left - 1);
    }
  };
  walk('/sys/fs/cgroup', depth);
  return found;
}

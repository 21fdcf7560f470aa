/**
 * The container's cgroup as the host lays it out (v1, hybrid or pure v2), so
 * that tests ask "the container's memory limit" instead of reading a v1 path
 * that does not exist on a v2 host (where such a check passes vacuously).
 *
 * Everything is read from the host side: /proc/PID/cgroup of a container
 * process gives its cgroup in each hierarchy, the host's mounts say where
 * that hierarchy is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { OciConfig } from './bundle.js';
import type { KindEnv } from './kinds.js';
import { describeResult, type Runtime, type RuntimeResult } from './runtimes.js';
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

/** The unlimited value as the file prints it (v1 prints a page-rounded int64 max for memory). */
export function unlimited(what: CgroupValue): string {
  if (pureV2) return 'max';
  return what === 'memoryLimit' || what === 'memoryLow' ? '9223372036854771712' : 'max';
}

/** The process's cgroup in the hierarchy of `controller` ('' = unified), as /proc/PID/cgroup says it. */
export function cgroupPathOf(pid: number, controller: string): string | undefined {
  return parseProcCgroup(readFileSync(`/proc/${pid}/cgroup`, 'utf8'))[pureV2 ? '' : controller];
}

/** The process's cgroup directory in the hierarchy of `controller` ('' = unified). */
export function cgroupDirOf(pid: number, controller: string): string {
  const key = pureV2 ? '' : controller;
  const mount = key === '' ? hostLayout.v2?.mountpoint : hostLayout.v1[key];
  const rel = cgroupPathOf(pid, controller);
  if (mount === undefined || rel === undefined) throw new Error(`no ${controller || 'unified'} hierarchy for pid ${pid} on this ${hostLayout.mode} host`);
  return join(mount, rel);
}

/** Path of one value's file for the process, on this host's layout. */
export function cgroupFileOf(pid: number, what: CgroupValue): string {
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

/** The words of the error: runc's `msg="exec failed: ..."` and hutch's `hutch: ...`, made comparable. */
export function errorOf(r: RuntimeResult, normalise: Array<[RegExp | string, string]> = []): string {
  const text = r.stderr.replace(/\\"/g, '"');
  const lines = text.split('\n').filter((l) => /level=error|^hutch: (?!warning)/.test(l));
  let msg = lines.map((l) => /msg="(.*)"$/.exec(l)?.[1] ?? l.replace(/^hutch: /, '')).join('\n');
  msg = msg.replace(/^(exec|runc run|runc create|runc update) failed: /, '');
  for (const [from, to] of normalise) msg = typeof from === 'string' ? msg.split(from).join(to) : msg.replace(new RegExp(from, 'g'), to);
  return msg.replace(/\b\d{2,}\b/g, 'N');
}

/** Warnings, without logrus decoration. */
export function warningsOf(r: RuntimeResult): string[] {
  return r.stderr.replace(/\\"/g, '"').split('\n')
    .map((l) => /level=warning msg="(.*)"$/.exec(l)?.[1] ?? /^hutch: warning: (.*)$/.exec(l)?.[1])
    .filter((w): w is string => w !== undefined);
}

/** A container process that holds no pipe of the runtime's and waits. */
export const SLEEPER = ['sh', '-c', 'exec >/dev/null 2>&1; exec sleep 1000'];

/** A running container of `runtime` made from `edit`; its init's host pid. */
export async function sleeper(env: KindEnv, runtime: Runtime, edit?: (c: OciConfig) => void): Promise<{ id: string; pid: number }> {
  const b = env.bundle({ template: 'fixture', args: SLEEPER, edit });
  const id = env.id(`cg-${runtime}`);
  const r = await env.call(runtime, ['run', '--detach', '--bundle', b.dir, id]);
  expect(r.exitCode, describeResult(r)).toBe(0);
  const st = await env.call(runtime, ['state', id]);
  return { id, pid: (JSON.parse(st.stdout) as { pid: number }).pid };
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

/** Runs `step` for both runtimes and checks they agree on success and on the error. */
export async function sameOutcome(env: KindEnv, what: string, step: (rt: Runtime) => Promise<RuntimeResult>, normalise: (rt: Runtime) => Array<[RegExp | string, string]> = () => []): Promise<Record<Runtime, RuntimeResult>> {
  const out = {} as Record<Runtime, RuntimeResult>;
  for (const rt of ['hutch', 'runc'] as const) out[rt] = await step(rt);
  const verdict = (rt: Runtime) => (out[rt].exitCode === 0 ? 'ok' : `failed: ${errorOf(out[rt], normalise(rt))}`);
  // runc wraps the cause in its own layers ("unable to start container process: error during
  // container init: ..."); hutch's words must be the cause, at the end.
  const theirs = verdict('runc');
  const ours = verdict('hutch');
  // Rootless on v2: where runc stumbles on a missing file, hutch names the controller the delegation lacks.
  const clearer = ours.includes('is not delegated to this user') && theirs.startsWith('failed: ') && theirs.includes('no such file or directory');
  const agree = ours === theirs || clearer || (ours !== 'failed: ' && theirs.endsWith(`: ${ours.slice('failed: '.length)}`));
  expect(`${what}: ${agree ? theirs : ours}`, `${describeResult(out.hutch)}\n${describeResult(out.runc)}`).toBe(`${what}: ${theirs}`);
  return out;
}

/** Whether the process's cgroup is frozen (v1 freezer.state, v2 cgroup.events). */
export function frozen(pid: number): boolean {
  if (pureV2) return /^frozen 1$/m.test(readFileSync(join(cgroupDirOf(pid, ''), 'cgroup.events'), 'utf8'));
  return readFileSync(join(cgroupDirOf(pid, 'freezer'), 'freezer.state'), 'utf8').trim() === 'FROZEN';
}

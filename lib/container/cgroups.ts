import { posix } from 'node:path';
import {
  canManageCgroup,
  createManager,
  detectLayout,
  execCgroupDirs,
  joinExecCgroups,
  parseSubCgroupArgs,
  resolveCgroupPath,
  type CgroupManager,
  type CgroupLayout,
  type ExecCgroups,
} from '../cgroups/index.js';
import { primeJoin } from '../cgroups/join.js';
import { hostCgroupSources } from '../cgroups/layout.js';
import { ROOTLESS_WARNING } from '../cgroups/common.js';
import type { LinuxResources } from '../cgroups/types.js';
import type { Spec } from '../config/types.js';
import { rootlessCgroups, type RuntimeContext } from '../context.js';
import type { Logger } from '../log.js';
import { hostCgroupHierarchies, type CgroupHierarchy } from '../mounts/cgroup.js';
import type { ContainerRecord } from '../state/record.js';
import { mergeUpdate, resourcesToKeep } from '../cgroups/update.js';

export interface CgroupPlan {
  manager: CgroupManager;
  /** Hierarchies as the container's /sys/fs/cgroup shows them: its own cgroup in each. */
  hierarchies: CgroupHierarchy[];
}

/**
 * The container's cgroup, decided before anything is created (runc's
 * cgroupfs rules); a group that already holds processes is a warning, as
 * with runc.
 */
export function planCgroups(spec: Spec, id: string, ctx: Pick<RuntimeContext, 'rootless' | 'cgroupDriver' | 'log'>): CgroupPlan {
  const layout = detectLayout();
  const rootless = rootlessCgroups(ctx);
  const systemd = ctx.cgroupDriver === 'systemd';
  const cgroupsPath = spec.linux?.cgroupsPath;
  const dirs = resolveCgroupPath(cgroupsPath, id, { layout, systemd, rootless }).paths;
  const delegated = rootless && layout.mode === 'v2' ? delegatedTo(dirs[''], layout) : undefined;
  const manager = createManager({
    path: cgroupsPath,
    id,
    rootless,
    layout,
    systemd,
    resources: resourcesOf(spec),
    ...(delegated === undefined ? {} : { delegated }),
  });
  checkExisting(manager, ctx.log);
  return { manager, hierarchies: withContainerPaths(hostCgroupHierarchies(hostCgroupSources()), dirs, { rootless, delegated }) };
}

/** runc's warning for a cgroup that exists before create with processes in it (a leftover, or a caller's own group); a frozen one is refused by withNewContainer. */
function checkExisting(manager: CgroupManager, logger: Logger): void {
  if (!manager.exists()) return;
  const pids = manager.pids();
  if (pids.length > 0) logger.warn(`container's cgroup is not empty: ${pids.length} process(es) found`);
}

/** Rootless on v2: whether the container's group can be made, so that it shows at /sys/fs/cgroup. */
function delegatedTo(dir: string | undefined, layout: CgroupLayout): boolean {
  const v2 = layout.v2;
  if (dir === undefined || v2 === null) return false;
  return canManageCgroup(dir, posix.join(v2.mountpoint, layout.own[''] ?? '/'));
}

/** A config without device rules means runc's default: deny all but the standard devices. */
function resourcesOf(spec: Spec): LinuxResources {
  const r: LinuxResources = spec.linux?.resources ?? {};
  return { ...r, devices: r.devices ?? [] };
}

/**
 * The hierarchies as the container shows them: its own cgroup in each. A
 * rootless container on v1 or hybrid stays in the caller's cgroups (shown
 * as they are); on v2 it has its own group when the subtree is delegated,
 * and none at all otherwise.
 */
function withContainerPaths(
  hs: CgroupHierarchy[],
  dirs: Record<string, string>,
  opts: { rootless: boolean; delegated: boolean | undefined },
): CgroupHierarchy[] {
  if (opts.rootless && opts.delegated === undefined) return hs;
  if (opts.delegated === false) return hs.map((h) => (h.v2 ? { ...h, none: true } : h));
  const all = Object.values(dirs);
  return hs.map((h) => {
    const dir = all.find((d) => d === h.mountpoint || d.startsWith(h.mountpoint + '/'));
    return dir ? { ...h, path: dir.slice(h.mountpoint.length) || '/' } : h;
  });
}

/** About to put a process into cgroups (rootless never does here): warm the kernel's attach lock meanwhile (primeJoin). */
export function primeCgroupJoin(rootless: boolean): void {
  if (!rootless) primeJoin(detectLayout());
}

/** Put the first child in the container's cgroups and apply the limits, before it may go on. */
export async function joinAndLimit(plan: CgroupPlan, spec: Spec, pid: number, logger: Logger): Promise<void> {
  // Rootless without a usable cgroup: only worth a warning when the config
  // asked for limits (otherwise nothing is lost, and runc says nothing; under
  // podman our stderr is the container's log).
  const asked = limitsRequested(spec);
  const say = (w: string) => (asked || w !== ROOTLESS_WARNING ? logger.warn(w) : logger.debug(w));
  plan.manager.apply(pid).forEach(say);
  (await plan.manager.set(resourcesOf(spec))).forEach(say);
  logger.debug(`cgroups: pid ${pid} joined ${[...new Set(Object.values(plan.manager.paths()))].join(' ') || 'no cgroup'}, limits written`);
}

/** Any resource limit besides device rules (which a rootless container cannot set anyway). */
function limitsRequested(spec: Spec): boolean {
  const { devices: _devices, ...rest }: LinuxResources = spec.linux?.resources ?? {};
  return Object.values(rest).some((v) => v !== undefined && v !== null && (typeof v !== 'object' || Object.keys(v).length > 0));
}

/** The manager of an existing container, from the paths saved in its state. */
export function managerOf(record: ContainerRecord): CgroupManager | undefined {
  if (Object.keys(record.cgroupPaths).length === 0) return undefined;
  return createManager({ path: record.cgroupPaths, id: record.id, rootless: record.rootless });
}

/** What applyUpdate needs of a Container (container.ts), without importing it back. */
export interface UpdatedContainer {
  readonly id: string;
  readonly record: ContainerRecord;
  savedSpec(): Promise<Spec | undefined>;
  cgroups(): Promise<CgroupManager | undefined>;
  save(): void;
}

/**
 * `update`: the change merged into the container's current resources (those
 * of its config, then of earlier updates, kept in its record) and written as
 * a whole, as runc does, so that a value that depends on another (swap on
 * the memory limit, a CFS period on the quota) is computed from the current
 * one. The result is kept for the next update. Returns warnings.
 */
export async function applyUpdate(c: UpdatedContainer, change: LinuxResources): Promise<string[]> {
  const saved = c.record.extra?.resources as LinuxResources | undefined;
  const current = saved ?? (await c.savedSpec())?.linux?.resources ?? {};
  const merged = mergeUpdate(current, change);
  // A container without a cgroup (rootless, not delegated) refuses each limit in runc's words.
  const manager = (await c.cgroups()) ?? createManager({ path: {}, id: c.id, rootless: c.record.rootless });
  const warnings = await manager.set(merged);
  c.record.extra = { ...c.record.extra, resources: resourcesToKeep(merged) };
  c.save();
  return warnings;
}

/**
 * exec: the cgroups the process goes to, the container's or the --cgroup
 * sub-cgroups of them, checked before anything starts (runc's refusals).
 */
export function execCgroups(record: ContainerRecord, cgroupArgs: readonly string[] = []): ExecCgroups {
  return execCgroupDirs(record.cgroupPaths, parseSubCgroupArgs(cgroupArgs));
}

/** Puts the exec'd process (not yet running the command) in them. */
export function joinExec(record: ContainerRecord, target: ExecCgroups, pid: number, logger: Logger): void {
  const layout = detectLayout();
  joinExecCgroups(target, pid, {
    rootless: record.rootless,
    initPid: record.pid,
    ...(layout.mode === 'v2' && layout.v2 ? { v2Mountpoint: layout.v2.mountpoint } : {}),
    debug: (m) => logger.debug(m),
  });
}

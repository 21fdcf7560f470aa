import { createManager, detectLayout, resolveCgroupPath, type CgroupManager, type CgroupLayout } from '../cgroups/index.js';
import { primeJoin } from '../cgroups/join.js';
import { hostCgroupSources } from '../cgroups/layout.js';
import { ROOTLESS_WARNING } from '../cgroups/common.js';
import type { LinuxResources } from '../cgroups/types.js';
import type { Spec } from '../config/types.js';
import { rootlessCgroups, type RuntimeContext } from '../context.js';
import type { Logger } from '../log.js';
import { hostCgroupHierarchies, type CgroupHierarchy } from '../mounts/cgroup.js';
import type { ContainerRecord } from '../state/record.js';

export interface CgroupPlan {
  manager: CgroupManager;
  /** Hierarchies as the container's /sys/fs/cgroup shows them: its own cgroup in each. */
  hierarchies: CgroupHierarchy[];
}

/** The container's cgroup, decided before anything is created (runc's cgroupfs rules). */
export function planCgroups(spec: Spec, id: string, ctx: Pick<RuntimeContext, 'rootless' | 'cgroupDriver'>): CgroupPlan {
  const layout = detectLayout();
  const rootless = rootlessCgroups(ctx);
  const systemd = ctx.cgroupDriver === 'systemd';
  const cgroupsPath = spec.linux?.cgroupsPath;
  const manager = createManager({
    path: cgroupsPath,
    id,
    rootless,
    layout,
    systemd,
    resources: resourcesOf(spec),
    createdDevices: (spec.linux?.devices ?? []).map((d) => ({ type: d.type, major: Number(d.major ?? 0), minor: Number(d.minor ?? 0) })),
  });
  const dirs = resolveCgroupPath(cgroupsPath, id, { layout, systemd, rootless }).paths;
  return { manager, hierarchies: withContainerPaths(hostCgroupHierarchies(hostCgroupSources()), dirs, rootless, layout) };
}

/** A config without device rules means runc's default: deny all but the standard devices. */
export function resourcesOf(spec: Spec): LinuxResources {
  const r: LinuxResources = spec.linux?.resources ?? {};
  return { ...r, devices: r.devices ?? [] };
}

function withContainerPaths(hs: CgroupHierarchy[], dirs: Record<string, string>, rootless: boolean, _layout: CgroupLayout): CgroupHierarchy[] {
  if (rootless) return hs; // the container stays in the caller's cgroups
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

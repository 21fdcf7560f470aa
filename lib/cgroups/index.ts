/**
 * The cgroup library: the runtime calls it from the CLI process with host
 * pids. v1, v2 and hybrid hosts; rootless skips with a warning (returned,
 * never printed). Only v2 device filtering needs FFI, and loads it lazily.
 */
import { HutchError } from '../errors.js';
import { buildDeviceRules, ruleFromSpec } from './devices/rules.js';
import { detectLayout } from './layout.js';
import { resolveCgroupPath } from './path.js';
import type { CgroupLayout, CgroupManager, DeviceRule, LinuxResources, Stats } from './types.js';
import { V1Manager } from './v1/manager.js';
import { V2Manager } from './v2/manager.js';

export * from './types.js';
export { detectLayout, buildLayout, parseProcCgroup } from './layout.js';
export { resolveCgroupPath, cleanPath, expandSlice } from './path.js';
export { sharesToWeight, blkioWeightToIoWeight, memorySwapToV2, cpuMax } from './convert.js';
export { buildDeviceRules, DEFAULT_ALLOWED_DEVICES, DeviceEmulator, cgroupString } from './devices/rules.js';
export { buildDeviceFilter, encodeProgram, dumpProgram } from './devices/filter.js';
export { statsToJson } from './common.js';
export { watchOom } from './oom.js';
export { canManageCgroup } from './delegation.js';
export { parseSubCgroupArgs, execCgroupDirs, joinExecCgroups, type ExecCgroups } from './sub-cgroup.js';

export interface CreateManagerOptions {
  /**
   * Where the container's cgroup is: a cgroupsPath-style string (resolved
   * like runc's cgroupfs driver, with `id` as the default) or the
   * hierarchy → directory map saved by an earlier `paths()`.
   */
  path?: string | Record<string, string>;
  /** Container id: the default cgroup name when `path` is unset. */
  id?: string;
  rootless?: boolean;
  layout?: CgroupLayout;
  /** --systemd-cgroup: `path` is "slice:prefix:name" (mapped onto cgroupfs here; there is no systemd). */
  systemd?: boolean;
  /** Resources known at creation: apply() needs cpuset/RT values before the pid joins. */
  resources?: LinuxResources;
  /** Append runc's default device allow list to linux.resources.devices (default true). */
  defaultDevices?: boolean;
  /** Rootless on v2: whether the container's group can be made (canManageCgroup); see V2ManagerOptions. */
  delegated?: boolean;
}

class Manager implements CgroupManager {
  constructor(
    private readonly impl: V1Manager | V2Manager,
    private readonly deviceRulesFor: (r: LinuxResources) => DeviceRule[] | undefined,
    private readonly pathMap: () => Record<string, string>,
  ) {}

  apply(pid: number): string[] {
    return this.impl.apply(pid);
  }

  set(resources: LinuxResources): Promise<string[]> {
    return this.impl.set(resources, this.deviceRulesFor(resources));
  }

  freeze(): Promise<void> {
    return this.impl.freeze();
  }

  thaw(): Promise<void> {
    return this.impl.thaw();
  }

  freezerState(): string {
    return this.impl.freezerState();
  }

  pids(): number[] {
    return this.impl.pids();
  }

  kill(signal: NodeJS.Signals | number): Promise<string[]> {
    return this.impl.kill(signal);
  }

  stats(): Stats {
    return this.impl.stats();
  }

  oomCount(): number {
    return this.impl.oomCount();
  }

  underOom(): boolean {
    return this.impl.underOom();
  }

  destroy(): Promise<void> {
    return this.impl.destroy();
  }

  paths(): Record<string, string> {
    return this.pathMap();
  }

  exists(): boolean {
    return this.impl.exists();
  }
}

function resolvePaths(opts: CreateManagerOptions, layout: CgroupLayout): Record<string, string> {
  if (typeof opts.path === 'object') return { ...opts.path };
  if (opts.path === undefined && opts.id === undefined)
    throw new HutchError('createManager: need a cgroup path or a container id', { code: 'cgroup' });
  const resolveOpts = opts.systemd === undefined ? { layout } : { layout, systemd: opts.systemd };
  return resolveCgroupPath(opts.path, opts.id ?? '', opts.rootless ? { ...resolveOpts, rootless: true } : resolveOpts).paths;
}

/**
 * Device rules for a set(): untouched when the resources carry no devices
 * (an update of other limits), else the config's rules plus runc's defaults.
 */
function deviceRulesFor(opts: CreateManagerOptions): (r: LinuxResources) => DeviceRule[] | undefined {
  return (r) => {
    if (r.devices === undefined) return undefined;
    if (opts.defaultDevices === false) return r.devices.map((d, i) => ruleFromSpec(d, i));
    return buildDeviceRules(r.devices);
  };
}

export function createManager(opts: CreateManagerOptions): CgroupManager {
  const layout = opts.layout ?? detectLayout();
  const paths = resolvePaths(opts, layout);
  const rootless = opts.rootless ?? false;
  const explicitPath = typeof opts.path === 'object' || (opts.path !== undefined && opts.path !== '');
  const rules = deviceRulesFor(opts);
  const v2 = layout.v2;
  const unifiedDir = paths[''];
  if (layout.mode === 'v2') {
    if (!v2) throw new HutchError('cgroup v2 layout without a unified hierarchy', { code: 'cgroup' });
    // Saved paths without one: a rootless container that got no group; its limits are refused as runc refuses them.
    const detached = typeof opts.path === 'object' && unifiedDir === undefined;
    if (unifiedDir === undefined && !detached) throw new HutchError('cgroup v2 layout without a unified path', { code: 'cgroup' });
    const m = new V2Manager({
      mountpoint: v2.mountpoint,
      dir: unifiedDir ?? '',
      available: v2.controllers,
      rootless,
      explicitPath,
      delegated: opts.delegated,
      ...(detached ? { joined: false } : {}),
    });
    return new Manager(m, rules, (): Record<string, string> => (m.joined ? { '': m.dir } : {}));
  }
  let unified: V2Manager | undefined;
  if (v2 && unifiedDir !== undefined) {
    unified = new V2Manager({
      mountpoint: v2.mountpoint,
      dir: unifiedDir,
      available: v2.controllers,
      rootless,
      explicitPath,
      joinOnly: true,
    });
  }
  const m = new V1Manager({ paths, rootless, explicitPath, resources: opts.resources ?? {}, ...(unified ? { unified } : {}) });
  return new Manager(m, rules, () => m.allPaths());
}

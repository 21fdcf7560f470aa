/**
 * The cgroup v2 manager: one directory, controllers enabled from the parent,
 * devices through an eBPF filter. Also used for the unified hierarchy of a
 * hybrid host, which the container only joins (as with runc 1.1: limits
 * are v1's there, and enabling a controller in systemd's unified tree would
 * change the whole host).
 */
import * as fs from 'node:fs';
import { HutchError } from '../../errors.js';
import { ROOTLESS_WARNING, allPids, emptyStats, isPermissionError, removeCgroupDirs, signalFrozen, signalNumber } from '../common.js';
import { fileExists, readOptional, writeCgroupFile } from '../fs.js';
import { joinCgroup } from '../join.js';
import type { DeviceRule, LinuxResources, Stats } from '../types.js';
import type { V2Controller } from './controller.js';
import { createV2Path } from './create.js';
import { notDelegatedError } from '../delegation.js';
import { cpuV2 } from './cpu.js';
import { freezerStateV2, setFrozenV2 } from './freezer.js';
import { ioV2 } from './io.js';
import { memoryEvents, memoryV2 } from './memory.js';
import { cpusetV2, hugetlbV2, pidsV2, rdmaV2 } from './misc.js';
import { setUnified } from './unified.js';
import { v1OnlyFields, v1OnlyWarning } from './v1-only.js';

/** Order of writes, as in runc's fs2 Set (unified last, so it overrides). */
const CONTROLLERS: V2Controller[] = [pidsV2, memoryV2, ioV2, cpuV2, cpusetV2, hugetlbV2, rdmaV2];

export interface V2ManagerOptions {
  mountpoint: string;
  dir: string;
  /** Controllers of the hierarchy (cgroup.controllers of the root). */
  available: string[];
  rootless: boolean;
  /** cgroupsPath was given: permission errors are then fatal even when rootless (runc). */
  explicitPath: boolean;
  /**
   * Rootless: whether the caller may make and enter the group (see
   * delegation.ts). false: apply() does not try and warns; true: a
   * permission error is fatal (the container's /sys/fs/cgroup was planned
   * as its own group). Undefined: try, and warn on a permission error.
   */
  delegated?: boolean;
  /** Hybrid host: the container joins the unified hierarchy, nothing more. */
  joinOnly?: boolean;
  /** false: the group was never joined (a rootless container without one); set() then refuses limits. */
  joined?: boolean;
}

export class V2Manager {
  private isJoined: boolean;

  constructor(readonly opts: V2ManagerOptions) {
    this.isJoined = opts.joined ?? true;
  }

  get dir(): string {
    return this.opts.dir;
  }

  /** False after a rootless apply() had to skip the group. */
  get joined(): boolean {
    return this.isJoined;
  }

  /** Whether this manager sets the limits of a controller. */
  handles(controller: string): boolean {
    return !this.opts.joinOnly && this.opts.available.includes(controller);
  }

  apply(pid: number): string[] {
    // Known in advance not to work: warn without trying (an explicit cgroupsPath still tries, and fails as with runc).
    if (this.opts.rootless && this.opts.delegated === false && !this.opts.explicitPath) {
      this.isJoined = false;
      return [ROOTLESS_WARNING];
    }
    try {
      // Pure v2: enable everything available on the way down, like runc. Hybrid: nothing.
      createV2Path(this.opts.mountpoint, this.opts.dir, this.opts.joinOnly ? [] : this.opts.available);
      joinCgroup(this.opts.dir, pid);
      this.isJoined = true;
      return [];
    } catch (e) {
      const fatal = this.opts.explicitPath || this.opts.delegated === true;
      if (this.opts.rootless && !fatal && isPermissionError(e)) {
        this.isJoined = false;
        return [ROOTLESS_WARNING];
      }
      throw e;
    }
  }

  async set(r: LinuxResources, deviceRules: DeviceRule[] | undefined): Promise<string[]> {
    // Hybrid: the v1 manager sets everything (and refuses unified, as runc).
    if (this.opts.joinOnly) return [];
    const wanted = CONTROLLERS.filter((c) => c.wanted(r));
    for (const c of wanted) {
      if (!this.handles(c.name))
        throw new HutchError(`cannot set ${c.name} limit: controller ${c.name} is not available in ${this.opts.mountpoint}`, {
          code: 'cgroup',
        });
    }
    if (!this.joined && (wanted.length > 0 || r.unified)) {
      throw new HutchError(`cannot set ${wanted[0]?.name ?? 'unified'} limit: container could not join or create cgroup`, {
        code: 'cgroup',
      });
    }
    if (!this.joined) return [];
    this.checkEnabled([...wanted.map((c) => c.name), ...unifiedControllers(r.unified)]);
    for (const c of wanted) c.set(this.opts.dir, r);
    if (deviceRules !== undefined) await this.setDevices(deviceRules);
    if (r.unified) setUnified(this.opts.dir, r.unified, this.opts.available);
    const ignored = v1OnlyFields(r);
    return ignored.length ? [v1OnlyWarning(ignored)] : [];
  }

  /**
   * Every controller a limit needs must be enabled for the group (listed in
   * its cgroup.controllers, i.e. in its parent's subtree_control). For root
   * createV2Path enabled it; rootless, only what the delegation gives can be.
   */
  private checkEnabled(controllers: string[]): void {
    const enabled = (readOptional(this.opts.dir, 'cgroup.controllers') ?? '').trim().split(/\s+/).filter(Boolean);
    const missing = controllers.find((c) => this.opts.available.includes(c) && !enabled.includes(c));
    if (missing === undefined) return;
    if (this.opts.rootless) throw notDelegatedError(missing, this.opts.dir, enabled);
    throw new HutchError(
      `cannot set ${missing} limit: controller ${missing} could not be enabled for ${this.opts.dir} (see its parent's cgroup.subtree_control)`,
      { code: 'cgroup' },
    );
  }

  private async setDevices(rules: DeviceRule[]): Promise<void> {
    // Rootless: the kernel lets only a privileged caller attach device
    // programs (nor can a rootless container make device nodes): runc does
    // not enforce device rules there either, and says nothing.
    if (this.opts.rootless) return;
    const { buildDeviceFilter } = await import('../devices/filter.js');
    const { attachDeviceFilter } = await import('../ebpf.js');
    attachDeviceFilter(this.opts.dir, buildDeviceFilter(rules));
  }

  freeze(): Promise<void> {
    return setFrozenV2(this.opts.dir, true);
  }

  thaw(): Promise<void> {
    return setFrozenV2(this.opts.dir, false);
  }

  freezerState(): string {
    return freezerStateV2(this.opts.dir);
  }

  pids(): number[] {
    return allPids(this.opts.dir);
  }

  /** cgroup.kill kills the whole subtree atomically (no fork races); only SIGKILL can use it. */
  canKillAll(signal: number): boolean {
    return signal === 9 && fileExists(this.opts.dir, 'cgroup.kill');
  }

  async kill(signal: NodeJS.Signals | number): Promise<string[]> {
    const sig = signalNumber(signal);
    if (this.canKillAll(sig)) {
      writeCgroupFile(this.opts.dir, 'cgroup.kill', '1');
      return [];
    }
    return signalFrozen(this, sig);
  }

  stats(s: Stats = emptyStats()): Stats {
    if (!fs.existsSync(this.opts.dir)) return s;
    pidsV2.stats?.(this.opts.dir, s);
    if (this.opts.joinOnly) return s;
    for (const c of [memoryV2, ioV2, cpuV2, hugetlbV2]) c.stats?.(this.opts.dir, s);
    return s;
  }

  oomCount(): number {
    return memoryEvents(this.opts.dir).oom_kill ?? 0;
  }

  underOom(): boolean {
    // v2 has no "under OOM" flag; an OOM event since creation is the closest signal.
    return (memoryEvents(this.opts.dir).oom ?? 0) > 0;
  }

  destroy(): Promise<void> {
    return removeCgroupDirs([this.opts.dir]);
  }

  exists(): boolean {
    return this.isJoined && readOptional(this.opts.dir, 'cgroup.procs') !== undefined;
  }
}

/** Controllers named by linux.resources.unified keys ("memory.high" → memory; cgroup.* is core). */
function unifiedControllers(unified: Record<string, string> | undefined): string[] {
  return Object.keys(unified ?? {})
    .map((k) => k.slice(0, k.indexOf('.')))
    .filter((c) => c !== '' && c !== 'cgroup');
}

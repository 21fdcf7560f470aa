/**
 * The cgroup v2 manager: one directory, controllers enabled from the parent,
 * devices through an eBPF filter. Also used for the unified hierarchy of a
 * hybrid host, restricted there to the controllers v1 does not provide.
 */
import * as fs from 'node:fs';
import { HutchError } from '../../errors.js';
import { ROOTLESS_WARNING, allPids, emptyStats, isPermissionError, removeCgroupDirs, signalFrozen, signalNumber } from '../common.js';
import { fileExists, readOptional, writeCgroupFile } from '../fs.js';
import { joinCgroup } from '../join.js';
import type { DeviceRule, LinuxResources, Stats } from '../types.js';
import type { V2Controller } from './controller.js';
import { createV2Path, enableAlong } from './create.js';
import { cpuV2 } from './cpu.js';
import { freezerStateV2, setFrozenV2 } from './freezer.js';
import { ioV2 } from './io.js';
import { memoryEvents, memoryV2 } from './memory.js';
import { cpusetV2, hugetlbV2, pidsV2, rdmaV2 } from './misc.js';
import { setUnified } from './unified.js';

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
  /** Hybrid: only these controllers are handled here; undefined = all (pure v2). */
  only?: string[];
}

export class V2Manager {
  private isJoined = true;

  constructor(readonly opts: V2ManagerOptions) {}

  get dir(): string {
    return this.opts.dir;
  }

  /** False after a rootless apply() had to skip the group. */
  get joined(): boolean {
    return this.isJoined;
  }

  /** Whether this manager is in charge of a controller. */
  handles(controller: string): boolean {
    return this.opts.available.includes(controller) && (this.opts.only === undefined || this.opts.only.includes(controller));
  }

  private enabledControllers(): string[] {
    // Pure v2: enable everything available, like runc. Hybrid: nothing up front (see set()).
    return this.opts.only === undefined ? this.opts.available : [];
  }

  apply(pid: number): string[] {
    try {
      createV2Path(this.opts.mountpoint, this.opts.dir, this.enabledControllers());
      joinCgroup(this.opts.dir, pid);
      this.isJoined = true;
      return [];
    } catch (e) {
      if (this.opts.rootless && !this.opts.explicitPath && isPermissionError(e)) {
        this.isJoined = false;
        return [ROOTLESS_WARNING];
      }
      throw e;
    }
  }

  async set(r: LinuxResources, deviceRules: DeviceRule[] | undefined): Promise<string[]> {
    const warnings: string[] = [];
    const wanted = CONTROLLERS.filter((c) => c.wanted(r));
    for (const c of wanted) {
      if (!this.handles(c.name)) {
        if (this.opts.only !== undefined) continue; // hybrid: v1 has it, or nobody does (v1 side reports)
        throw new HutchError(`cannot set ${c.name} limit: controller ${c.name} is not available in ${this.opts.mountpoint}`, { code: 'cgroup' });
      }
    }
    const mine = wanted.filter((c) => this.handles(c.name));
    if (!this.joined && (mine.length > 0 || r.unified)) {
      throw new HutchError(`cannot set ${mine[0]?.name ?? 'unified'} limit: container could not join or create cgroup`, { code: 'cgroup' });
    }
    if (!this.joined) return warnings;
    // Hybrid: controllers are enabled only when a limit needs them (runc enables none there).
    if (this.opts.only !== undefined && mine.length) enableAlong(this.opts.mountpoint, this.opts.dir, mine.map((c) => c.name));
    for (const c of mine) c.set(this.opts.dir, r);
    if (deviceRules !== undefined) warnings.push(...(await this.setDevices(deviceRules)));
    if (r.unified) setUnified(this.opts.dir, r.unified, this.opts.available);
    return warnings;
  }

  private async setDevices(rules: DeviceRule[]): Promise<string[]> {
    const { buildDeviceFilter } = await import('../devices/filter.js');
    const prog = buildDeviceFilter(rules);
    try {
      const { attachDeviceFilter } = await import('../ebpf.js');
      attachDeviceFilter(this.opts.dir, prog);
      return [];
    } catch (e) {
      // Rootless (or in a user namespace) loading BPF programs is not allowed: like runc, go on without.
      if (this.opts.rootless && (isPermissionError(e) || /operation not permitted|permission denied/i.test(String(e)))) {
        return [`device rules not enforced: ${(e as Error).message}`];
      }
      throw e;
    }
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
    for (const c of [memoryV2, ioV2, cpuV2, hugetlbV2]) {
      if (this.opts.only === undefined || this.handles(c.name)) c.stats?.(this.opts.dir, s);
    }
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
    return readOptional(this.opts.dir, 'cgroup.procs') !== undefined;
  }
}

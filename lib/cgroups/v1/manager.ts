/**
 * The cgroup v1 manager: one directory per hierarchy (runc's fs.Manager).
 * On a hybrid host the container also joins the unified hierarchy (as runc
 * 1.1 does), through a join-only V2Manager; every limit is v1's, so a
 * controller no v1 hierarchy has (hugetlb on many hybrid hosts) is an error
 * when a limit needs it, in runc's words.
 */
import * as fs from 'node:fs';
import { HutchError } from '../../errors.js';
import {
  ROOTLESS_WARNING,
  allPids,
  emptyStats,
  isPermissionError,
  removeCgroupDirs,
  signalFrozen,
  signalNumber,
  signalPids,
} from '../common.js';
import { writeCgroupFile } from '../fs.js';
import { joinCgroup } from '../join.js';
import type { DeviceRule, LinuxResources, Stats } from '../types.js';
import type { V2Manager } from '../v2/manager.js';
import { blkioController } from './blkio.js';
import type { V1Controller } from './controller.js';
import { cpuController } from './cpu.js';
import { cpuacctController } from './cpuacct.js';
import { cpusetController } from './cpuset.js';
import { devicesController } from './devices.js';
import { freezeV1, freezerStateV1, thawV1 } from './freezer.js';
import { hugetlbController } from './hugetlb.js';
import { memoryController, readOomControl } from './memory.js';
import { joinOnly, netClsController, netPrioController, rdmaController } from './misc.js';
import { pidsController } from './pids.js';

export interface V1ManagerOptions {
  /** Hierarchy key → directory; '' (unified) is handled by `unified`. */
  paths: Record<string, string>;
  rootless: boolean;
  explicitPath: boolean;
  /** Resources known at creation (cpuset and RT values must be set before the pid joins). */
  resources: LinuxResources;
  unified?: V2Manager;
}

export class V1Manager {
  private readonly paths: Record<string, string>;
  private deviceRules: DeviceRule[] | undefined;
  private readonly controllers: V1Controller[];

  constructor(private readonly opts: V1ManagerOptions) {
    this.paths = Object.fromEntries(Object.entries(opts.paths).filter(([k]) => k !== ''));
    // runc's subsystem order: cpuset first (new groups need cpus/mems before anything joins).
    this.controllers = [
      cpusetController,
      devicesController(() => this.deviceRules),
      memoryController,
      cpuController,
      cpuacctController,
      pidsController,
      blkioController,
      hugetlbController,
      netClsController,
      netPrioController,
      joinOnly('perf_event'),
      joinOnly('freezer'),
      rdmaController,
      joinOnly('name=systemd'),
      joinOnly('misc'),
    ];
  }

  private controllerDirs(): Array<[V1Controller, string]> {
    return this.controllers.flatMap((c) => {
      const dir = this.paths[c.name];
      return dir === undefined ? [] : [[c, dir] as [V1Controller, string]];
    });
  }

  apply(pid: number): string[] {
    let skipped = false;
    for (const [c, dir] of this.controllerDirs()) {
      try {
        if (c.create) c.create(dir, this.opts.resources);
        else fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
        joinCgroup(dir, pid);
      } catch (e) {
        // Rootless without an explicit cgroupsPath: go on without this hierarchy.
        if (this.opts.rootless && !this.opts.explicitPath && isPermissionError(e)) {
          delete this.paths[c.name];
          skipped = true;
          continue;
        }
        throw e;
      }
    }
    const warnings = skipped ? [ROOTLESS_WARNING] : [];
    if (this.opts.unified) {
      for (const w of this.opts.unified.apply(pid)) if (!warnings.includes(w)) warnings.push(w);
    }
    return warnings;
  }

  async set(r: LinuxResources, deviceRules: DeviceRule[] | undefined): Promise<string[]> {
    const warnings: string[] = [];
    // runc refuses unified on v1 and hybrid hosts alike (an empty map is no request).
    if (r.unified && Object.keys(r.unified).length > 0) {
      throw new HutchError('invalid configuration: cannot use unified on cgroup v1', { code: 'cgroup' });
    }
    this.deviceRules = deviceRules;
    for (const c of this.controllers) {
      const dir = this.paths[c.name];
      if (dir === undefined) {
        if (!c.wanted(r)) continue;
        if (this.opts.rootless && c.name === 'devices') continue;
        throw new HutchError(`cannot set ${c.name} limit: container could not join or create cgroup`, { code: 'cgroup' });
      }
      try {
        c.set(dir, r);
      } catch (e) {
        // Device rules are not expected to work rootless (no CAP_SYS_ADMIN in the init userns).
        if (this.opts.rootless && c.name === 'devices') {
          warnings.push(`device rules not applied: ${(e as Error).message}`);
          continue;
        }
        throw e;
      }
    }
    if (this.opts.unified) warnings.push(...(await this.opts.unified.set(r, undefined)));
    // Kernel memory limits are deprecated (and gone from newer kernels): runc 1.1 drops them, hutch says so.
    if (r.memory?.kernel) warnings.push('linux.resources.memory.kernel (kernel memory limit) is deprecated: not applied');
    return warnings;
  }

  private freezerDir(): string {
    const dir = this.paths.freezer;
    if (dir === undefined) throw new HutchError('freezer not supported: the freezer hierarchy is not joined', { code: 'cgroup' });
    return dir;
  }

  freeze(): Promise<void> {
    return freezeV1(this.freezerDir());
  }

  async thaw(): Promise<void> {
    thawV1(this.freezerDir());
  }

  freezerState(): string {
    const dir = this.paths.freezer;
    return dir === undefined ? '' : freezerStateV1(dir);
  }

  /** runc lists pids from the devices hierarchy; any joined one will do. */
  pids(): number[] {
    const order = ['devices', 'freezer', 'pids', 'memory', 'cpu', 'name=systemd'];
    const key = order.find((k) => this.paths[k] !== undefined) ?? Object.keys(this.paths)[0];
    if (key !== undefined) return allPids(this.paths[key]!);
    return this.opts.unified?.pids() ?? [];
  }

  async kill(signal: NodeJS.Signals | number): Promise<string[]> {
    const sig = signalNumber(signal);
    // Hybrid: every process also sits in the unified group, whose cgroup.kill is atomic.
    if (this.opts.unified?.joined && this.opts.unified.canKillAll(sig) && this.opts.unified.exists()) {
      writeCgroupFile(this.opts.unified.dir, 'cgroup.kill', '1');
      // A task the v1 freezer holds dies only once thawed (runc's signalAllProcesses thaws after signalling too).
      if (this.freezerState() === 'FROZEN') await this.thaw();
      return [];
    }
    if (this.paths.freezer === undefined) {
      return signalPids(this.pids(), sig);
    }
    return signalFrozen(this, sig);
  }

  stats(): Stats {
    const s = emptyStats();
    this.opts.unified?.stats(s);
    for (const [c, dir] of this.controllerDirs()) {
      if (c.stats && fs.existsSync(dir)) c.stats(dir, s);
    }
    return s;
  }

  oomCount(): number {
    const dir = this.paths.memory;
    return dir === undefined ? 0 : readOomControl(dir).oomKill;
  }

  underOom(): boolean {
    const dir = this.paths.memory;
    return dir === undefined ? false : readOomControl(dir).underOom;
  }

  async destroy(): Promise<void> {
    const dirs = Object.values(this.paths);
    if (this.opts.unified) dirs.push(this.opts.unified.dir);
    await removeCgroupDirs(dirs);
  }

  allPaths(): Record<string, string> {
    const out = { ...this.paths };
    if (this.opts.unified?.joined) out[''] = this.opts.unified.dir;
    return out;
  }

  /** runc checks the devices hierarchy; we accept any joined hierarchy. */
  exists(): boolean {
    return Object.values(this.paths).some((d) => fs.existsSync(d));
  }
}

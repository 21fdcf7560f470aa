/**
 * v1 cpuset controller. A new v1 cpuset cgroup starts with empty cpus/mems
 * and refuses tasks (ENOSPC), so every level from the hierarchy's root down
 * gets its parent's values when its own are empty: the levels made here,
 * and those someone else made and left empty (runc's cpusetEnsureParent).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRangeList, readCgroupFile, readOptional, writeCgroupFile } from '../fs.js';
import type { Stats } from '../types.js';
import type { V1Controller } from './controller.js';

function copyIfEmpty(parent: string, dir: string, file: string): void {
  if (readCgroupFile(dir, file).trim() !== '') return;
  writeCgroupFile(dir, file, readCgroupFile(parent, file).trim());
}

/** Whether `dir` is a cpuset cgroup (the hierarchy's root is the first level without a parent one). */
function isCpusetGroup(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'cpuset.cpus'));
}

/** mkdir every missing level below the hierarchy's root, and fill every empty one from its parent. */
function ensureDir(dir: string): void {
  const parent = path.dirname(dir);
  if (parent === dir || (!isCpusetGroup(parent) && fs.existsSync(parent))) return; // the hierarchy's root
  ensureDir(parent);
  try {
    fs.mkdirSync(dir, { mode: 0o755 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  copyIfEmpty(parent, dir, 'cpuset.cpus');
  copyIfEmpty(parent, dir, 'cpuset.mems');
}

function readNumber(dir: string, file: string): number {
  const v = readOptional(dir, file);
  return v === undefined ? 0 : Number(v.trim());
}

export const cpusetController: V1Controller = {
  name: 'cpuset',
  wanted: (r) => !!(r.cpu?.cpus || r.cpu?.mems),
  create(dir, r) {
    ensureDir(path.dirname(dir));
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    // The config's values first (they may be narrower than the parent's,
    // e.g. with cpu_exclusive siblings), then inherit whatever is still empty.
    this.set(dir, r);
    copyIfEmpty(path.dirname(dir), dir, 'cpuset.cpus');
    copyIfEmpty(path.dirname(dir), dir, 'cpuset.mems');
  },
  set(dir, r) {
    if (r.cpu?.cpus) writeCgroupFile(dir, 'cpuset.cpus', r.cpu.cpus);
    if (r.cpu?.mems) writeCgroupFile(dir, 'cpuset.mems', r.cpu.mems);
  },
  stats(dir, s: Stats) {
    const c = s.cpuset;
    const cpus = parseRangeList(readOptional(dir, 'cpuset.cpus') ?? '');
    const mems = parseRangeList(readOptional(dir, 'cpuset.mems') ?? '');
    if (cpus.length) c.cpus = cpus;
    if (mems.length) c.mems = mems;
    c.cpu_exclusive = readNumber(dir, 'cpuset.cpu_exclusive');
    c.mem_hardwall = readNumber(dir, 'cpuset.mem_hardwall');
    c.mem_exclusive = readNumber(dir, 'cpuset.mem_exclusive');
    c.memory_migrate = readNumber(dir, 'cpuset.memory_migrate');
    c.memory_spread_page = readNumber(dir, 'cpuset.memory_spread_page');
    c.memory_spread_slab = readNumber(dir, 'cpuset.memory_spread_slab');
    c.memory_pressure = readNumber(dir, 'cpuset.memory_pressure');
    c.sched_load_balance = readNumber(dir, 'cpuset.sched_load_balance');
    c.sched_relax_domain_level = readNumber(dir, 'cpuset.sched_relax_domain_level');
  },
};

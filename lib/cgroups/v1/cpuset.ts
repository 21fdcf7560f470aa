/**
 * v1 cpuset controller. A new v1 cpuset cgroup starts with empty cpus/mems
 * and refuses tasks, so every level we create copies its parent's values
 * first (runc's ensureParent).
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

/** mkdir every missing level from the mountpoint's first existing ancestor down, seeding cpus/mems. */
function ensureDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  ensureDir(parent);
  fs.mkdirSync(dir, { mode: 0o755 });
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

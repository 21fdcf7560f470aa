/**
 * Create a v2 group: mkdir each level below the mountpoint, and enable the
 * controllers we need in every ancestor's cgroup.subtree_control (a
 * controller is only usable in a group when its parent delegates it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HutchError } from '../../errors.js';
import { readOptional, writeCgroupFile } from '../fs.js';

/** Controllers that cannot live in a threaded subtree. */
const DOMAIN_CONTROLLERS = new Set(['memory', 'io', 'hugetlb', 'rdma', 'misc']);

function enableControllers(dir: string, wanted: string[]): void {
  const available = (readOptional(dir, 'cgroup.controllers') ?? '').trim().split(/\s+/).filter(Boolean);
  const toEnable = wanted.filter((c) => available.includes(c));
  if (toEnable.length === 0) return;
  const line = toEnable.map((c) => `+${c}`).join(' ');
  try {
    writeCgroupFile(dir, 'cgroup.subtree_control', line);
  } catch {
    // One at a time, so one unavailable controller does not block the others.
    // A controller still missing is reported by the write of its limit.
    for (const c of toEnable) {
      try {
        writeCgroupFile(dir, 'cgroup.subtree_control', `+${c}`);
      } catch {
        // see above
      }
    }
  }
}

function checkType(dir: string, controllers: string[]): void {
  const type = (readOptional(dir, 'cgroup.type') ?? 'domain').trim();
  const domain = controllers.some((c) => DOMAIN_CONTROLLERS.has(c));
  if (type === 'domain invalid') {
    if (domain)
      throw new HutchError(`cannot enter cgroupv2 ${JSON.stringify(dir)} with domain controllers -- it is in an invalid state`, {
        code: 'cgroup',
      });
    // Only thread-aware controllers: threaded mode is the best we can do.
    try {
      writeCgroupFile(dir, 'cgroup.type', 'threaded');
    } catch {
      // the join reports the real problem
    }
  } else if ((type === 'threaded' || type === 'domain threaded') && domain) {
    throw new HutchError(`cannot enter cgroupv2 ${JSON.stringify(dir)} with domain controllers -- it is in ${type} mode`, {
      code: 'cgroup',
    });
  }
}

/**
 * mkdir -p `dir` under `mountpoint`, enabling `controllers` on the way down.
 * Returns the directories it created (to undo on failure).
 */
export function createV2Path(mountpoint: string, dir: string, controllers: string[]): string[] {
  const rel = path.relative(mountpoint, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel) || rel === '')
    throw new HutchError(`invalid cgroup path ${dir}: not below ${mountpoint}`, { code: 'cgroup' });
  const created: string[] = [];
  let current = mountpoint;
  for (const part of rel.split('/')) {
    enableControllers(current, controllers);
    current = path.join(current, part);
    try {
      fs.mkdirSync(current, { mode: 0o755 });
      created.push(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    checkType(current, controllers);
  }
  return created;
}

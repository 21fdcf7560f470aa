/** v1 memory controller: limit, memsw, soft limit, swappiness, OOM killer; usage stats and OOM counters. */
import { HutchError } from '../../errors.js';
import { CgroupFileError, fileExists, isErrno, parseKeyValues, readOptional, readUint, writeCgroupFile } from '../fs.js';
import type { LinuxResources, MemoryEntry, Stats } from '../types.js';
import type { V1Controller } from './controller.js';
import type { Int64 } from '../types.js';

const LIMIT = 'memory.limit_in_bytes';
const SWAP_LIMIT = 'memory.memsw.limit_in_bytes';

function setLimit(dir: string, value: Int64): void {
  if (value === 0) return;
  try {
    writeCgroupFile(dir, LIMIT, String(value));
  } catch (e) {
    // EBUSY: below current usage; say so with the numbers, like runc.
    if (!isErrno(e, 'EBUSY')) throw e;
    const usage = readUint(dir, 'memory.usage_in_bytes');
    const peak = readUint(dir, 'memory.max_usage_in_bytes');
    throw new HutchError(`unable to set memory limit to ${value} (current usage: ${usage}, peak usage: ${peak})`, {
      code: 'cgroup',
      cause: e,
    });
  }
}

function setSwap(dir: string, value: Int64): void {
  if (value === 0) return;
  writeCgroupFile(dir, SWAP_LIMIT, String(value));
}

/**
 * memsw must stay >= the memory limit at every step, so the order of the two
 * writes depends on whether the limits grow or shrink.
 */
function setMemoryAndSwap(dir: string, limit: Int64, swap: Int64): void {
  // Unlimited memory with swap unset means unlimited swap too (when the kernel has swap accounting).
  if (limit === -1 && swap === 0 && fileExists(dir, SWAP_LIMIT)) swap = -1;
  if (limit !== 0 && swap !== 0) {
    const current = readUint(dir, LIMIT);
    if (swap === -1 || current < swap) {
      setSwap(dir, swap);
      setLimit(dir, limit);
      return;
    }
  }
  setLimit(dir, limit);
  setSwap(dir, swap);
}

export const memoryController: V1Controller = {
  name: 'memory',
  wanted: (r) => {
    const m = r.memory;
    return !!(
      m &&
      (m.limit || m.swap || m.reservation || m.kernelTCP || m.disableOOMKiller || (m.swappiness !== undefined && m.swappiness !== -1))
    );
  },
  set(dir, r: LinuxResources) {
    const m = r.memory;
    if (!m) return;
    setMemoryAndSwap(dir, m.limit ?? 0, m.swap ?? 0);
    // memory.kernel is not written: kernel memory limits are deprecated (the manager warns, runc 1.1 drops it).
    if (m.kernelTCP) writeCgroupFile(dir, 'memory.kmem.tcp.limit_in_bytes', String(m.kernelTCP));
    if (m.reservation) writeCgroupFile(dir, 'memory.soft_limit_in_bytes', String(m.reservation));
    if (m.disableOOMKiller) writeCgroupFile(dir, 'memory.oom_control', '1');
    const sw = m.swappiness;
    if (sw === undefined || sw === -1) return;
    if (sw < 0 || sw > 100) throw new HutchError(`invalid memory swappiness value: ${sw} (valid range is 0-100)`, { code: 'cgroup' });
    writeCgroupFile(dir, 'memory.swappiness', String(sw));
  },
  stats(dir, s: Stats) {
    const text = readOptional(dir, 'memory.stat');
    if (text === undefined) return;
    const raw = parseKeyValues(text);
    s.memory.raw = raw;
    if (raw.cache) s.memory.cache = raw.cache;
    s.memory.usage = memoryEntry(dir, 'memory') ?? s.memory.usage;
    s.memory.swap = memoryEntry(dir, 'memory.memsw') ?? s.memory.swap;
    s.memory.kernel = memoryEntry(dir, 'memory.kmem') ?? s.memory.kernel;
    s.memory.kernelTCP = memoryEntry(dir, 'memory.kmem.tcp') ?? s.memory.kernelTCP;
  },
};

/** usage/max_usage/failcnt/limit of one memory counter; undefined when the kernel lacks it (swap, kmem). */
function memoryEntry(dir: string, prefix: string): MemoryEntry | undefined {
  let usage: number;
  try {
    usage = readUint(dir, `${prefix}.usage_in_bytes`);
  } catch (e) {
    if (e instanceof CgroupFileError && e.errno === 'ENOENT' && prefix !== 'memory') return undefined;
    throw e;
  }
  const entry: MemoryEntry = { limit: readUint(dir, `${prefix}.limit_in_bytes`), failcnt: readUint(dir, `${prefix}.failcnt`) };
  if (usage) entry.usage = usage;
  const max = fileExists(dir, `${prefix}.max_usage_in_bytes`) ? readUint(dir, `${prefix}.max_usage_in_bytes`) : 0;
  if (max) entry.max = max;
  return entry;
}

/** memory.oom_control: "oom_kill_disable 0\nunder_oom 0\noom_kill 3". */
export function readOomControl(dir: string): { underOom: boolean; oomKill: number } {
  const kv = parseKeyValues(readOptional(dir, 'memory.oom_control') ?? '');
  return { underOom: kv.under_oom === 1, oomKill: kv.oom_kill ?? 0 };
}

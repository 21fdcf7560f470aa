/**
 * v2 memory controller. The spec's swap is memory+swap; memory.swap.max is
 * swap alone, hence the conversion. Stats report swap as memory+swap again,
 * for v1 compatibility (runc does the same).
 */
import { HutchError } from '../../errors.js';
import { memorySwapToV2, v2Value } from '../convert.js';
import { CgroupFileError, UINT64_MAX, parseKeyValues, readOptional, readUint, writeCgroupFile } from '../fs.js';
import type { LinuxResources, MemoryEntry, Stats } from '../types.js';
import type { V2Controller } from './controller.js';

export function memoryWrites(r: LinuxResources): Array<[string, string]> {
  const m = r.memory;
  if (!m || !(m.limit || m.swap || m.reservation)) return [];
  const out: Array<[string, string]> = [];
  const swap = memorySwapToV2(m.swap ?? 0, m.limit ?? 0);
  let swapStr = v2Value(swap);
  // swap == limit: no swap at all (memory.swap.max 0), not "leave alone".
  if (swapStr === '' && swap === 0 && (m.swap ?? 0) > 0) swapStr = '0';
  if (swapStr !== '') out.push(['memory.swap.max', swapStr]);
  const limit = v2Value(m.limit ?? 0);
  if (limit !== '') out.push(['memory.max', limit]);
  const low = v2Value(m.reservation ?? 0);
  if (low !== '') out.push(['memory.low', low]);
  return out;
}

/** checkBeforeUpdate: refuse a limit below what the group already uses. */
function checkUsage(dir: string, r: LinuxResources): void {
  const m = r.memory;
  if (!m?.checkBeforeUpdate || !m.limit || m.limit < 0) return;
  const usage = readUint(dir, 'memory.current');
  if (usage >= m.limit) {
    throw new HutchError(`rejecting memory limit ${m.limit} below the current usage ${usage}`, { code: 'cgroup' });
  }
}

export const memoryV2: V2Controller = {
  name: 'memory',
  wanted: (r) => memoryWrites(r).length > 0,
  set(dir, r) {
    checkUsage(dir, r);
    for (const [f, v] of memoryWrites(r)) {
      try {
        writeCgroupFile(dir, f, v);
      } catch (e) {
        // No swap accounting in the kernel: "max" or "0" for swap is then already true.
        if (f === 'memory.swap.max' && e instanceof CgroupFileError && e.errno === 'ENOENT' && (v === 'max' || v === '0')) continue;
        throw e;
      }
    }
    // memory.kernel / kernelTCP have no v2 equivalent and are ignored, as in runc.
  },
  stats(dir, s: Stats) {
    const text = readOptional(dir, 'memory.stat');
    if (text === undefined) return;
    const raw = parseKeyValues(text);
    s.memory.raw = raw;
    if (raw.file) s.memory.cache = raw.file;
    const usage = entry(dir, 'memory');
    if (usage) s.memory.usage = usage;
    const swap = entry(dir, 'memory.swap');
    if (swap && usage) {
      swap.usage = (swap.usage ?? 0) + (usage.usage ?? 0);
      if (swap.limit !== UINT64_MAX) swap.limit += usage.limit;
      s.memory.swap = swap;
    }
  },
};

function entry(dir: string, prefix: string): MemoryEntry | undefined {
  const cur = readOptional(dir, `${prefix}.current`);
  if (cur === undefined) return undefined;
  const e: MemoryEntry = { limit: UINT64_MAX, failcnt: 0 };
  const max = readOptional(dir, `${prefix}.max`);
  if (max !== undefined) e.limit = max.trim() === 'max' ? UINT64_MAX : Number(max.trim());
  const usage = Number(cur.trim());
  if (usage) e.usage = usage;
  const peak = readOptional(dir, `${prefix}.peak`);
  if (peak !== undefined && Number(peak.trim())) e.max = Number(peak.trim());
  return e;
}

/** memory.events counters (oom, oom_kill, max, high, low). */
export function memoryEvents(dir: string): Record<string, number> {
  return parseKeyValues(readOptional(dir, 'memory.events') ?? '');
}

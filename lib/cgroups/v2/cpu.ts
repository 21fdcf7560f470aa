/** v2 cpu controller: cpu.weight (from shares), cpu.max (quota/period), cpu.max.burst, cpu.idle; cpu.stat. */
import { HutchError } from '../../errors.js';
import { cpuMax, sharesToWeight } from '../convert.js';
import { parseKeyValues, readOptional, writeCgroupFile } from '../fs.js';
import type { LinuxResources, Stats } from '../types.js';
import type { V2Controller } from './controller.js';

/** The file writes for the cpu part of the resources, in order. */
export function cpuWrites(r: LinuxResources): Array<[string, string]> {
  const c = r.cpu;
  if (!c) return [];
  const out: Array<[string, string]> = [];
  if (c.idle !== undefined) out.push(['cpu.idle', String(c.idle)]);
  const weight = sharesToWeight(c.shares ?? 0);
  if (weight) out.push(['cpu.weight', String(weight)]);
  if (c.burst !== undefined) out.push(['cpu.max.burst', String(c.burst)]);
  const max = cpuMax(c.quota ?? 0, c.period ?? 0);
  if (max) out.push(['cpu.max', max]);
  return out;
}

export const cpuV2: V2Controller = {
  name: 'cpu',
  wanted: (r) => cpuWrites(r).length > 0 || !!(r.cpu?.realtimePeriod || r.cpu?.realtimeRuntime),
  set(dir, r) {
    // v2 has no RT bandwidth files; silently dropping a limit would be worse than failing.
    if (r.cpu?.realtimePeriod || r.cpu?.realtimeRuntime) {
      throw new HutchError('cpu realtimeRuntime/realtimePeriod are not supported on cgroup v2', { code: 'cgroup' });
    }
    for (const [f, v] of cpuWrites(r)) writeCgroupFile(dir, f, v);
  },
  stats(dir, s: Stats) {
    // cpu.stat exists without the cpu controller too (usage only).
    const text = readOptional(dir, 'cpu.stat');
    if (text === undefined) return;
    const kv = parseKeyValues(text);
    const u = s.cpu.usage;
    if (kv.usage_usec) u.total = kv.usage_usec * 1000;
    u.user = (kv.user_usec ?? 0) * 1000;
    u.kernel = (kv.system_usec ?? 0) * 1000;
    const t = s.cpu.throttling;
    if (kv.nr_periods) t.periods = kv.nr_periods;
    if (kv.nr_throttled) t.throttledPeriods = kv.nr_throttled;
    if (kv.throttled_usec) t.throttledTime = kv.throttled_usec * 1000;
  },
};

/** v1 cpu controller: shares, CFS bandwidth, RT bandwidth, idle, burst; cpu.stat throttling. */
import * as fs from 'node:fs';
import { HutchError } from '../../errors.js';
import { isErrno, parseKeyValues, readOptional, readUint, writeCgroupFile } from '../fs.js';
import type { LinuxResources, Stats } from '../types.js';
import type { V1Controller } from './controller.js';
import type { Int64 } from '../types.js';

function setRt(dir: string, r: LinuxResources): void {
  const cpu = r.cpu;
  if (cpu?.realtimePeriod) writeCgroupFile(dir, 'cpu.rt_period_us', String(cpu.realtimePeriod));
  if (cpu?.realtimeRuntime) writeCgroupFile(dir, 'cpu.rt_runtime_us', String(cpu.realtimeRuntime));
}

function setShares(dir: string, shares: Int64): void {
  writeCgroupFile(dir, 'cpu.shares', String(shares));
  // The kernel clamps silently; read back so a bad value is an error, as in runc.
  const got = readUint(dir, 'cpu.shares');
  if (shares > got) throw new HutchError(`the maximum allowed cpu-shares is ${got}`, { code: 'cgroup' });
  if (shares < got) throw new HutchError(`the minimum allowed cpu-shares is ${got}`, { code: 'cgroup' });
}

function setBandwidth(dir: string, quota: Int64, period: Int64, burst: Int64 | undefined): void {
  let pendingPeriod = '';
  if (period) {
    try {
      writeCgroupFile(dir, 'cpu.cfs_period_us', String(period));
    } catch (e) {
      // A smaller period can make old_quota/new_period exceed the parent's
      // limit (EINVAL); retry once the quota is written.
      if (!isErrno(e, 'EINVAL') || !quota) throw e;
      pendingPeriod = String(period);
    }
  }
  if (burst !== undefined) writeCgroupFile(dir, 'cpu.cfs_burst_us', String(burst));
  if (quota) {
    writeCgroupFile(dir, 'cpu.cfs_quota_us', String(quota));
    if (pendingPeriod) writeCgroupFile(dir, 'cpu.cfs_period_us', pendingPeriod);
  }
}

export const cpuController: V1Controller = {
  name: 'cpu',
  wanted: (r) => {
    const c = r.cpu;
    return !!(
      c &&
      (c.shares || c.quota || c.period || c.realtimePeriod || c.realtimeRuntime || c.idle !== undefined || c.burst !== undefined)
    );
  },
  create(dir, r) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    // RT bandwidth must exist before a SCHED_RR/FIFO task can join.
    setRt(dir, r);
  },
  set(dir, r) {
    const c = r.cpu;
    if (!c) return;
    if (c.shares) setShares(dir, c.shares);
    setBandwidth(dir, c.quota ?? 0, c.period ?? 0, c.burst);
    if (c.idle !== undefined) writeCgroupFile(dir, 'cpu.idle', String(c.idle));
    setRt(dir, r);
  },
  stats(dir, s: Stats) {
    const text = readOptional(dir, 'cpu.stat');
    if (text === undefined) return;
    const kv = parseKeyValues(text);
    const t = s.cpu.throttling;
    if (kv.nr_periods) t.periods = kv.nr_periods;
    if (kv.nr_throttled) t.throttledPeriods = kv.nr_throttled;
    if (kv.throttled_time) t.throttledTime = kv.throttled_time;
  },
};

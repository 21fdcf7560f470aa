/**
 * Stats: the container's cgroup statistics as containerd's cgroup v1
 * Metrics message (what `ctr task metrics` and the CRI decode), from the
 * same reading `hutch events --stats` prints.
 */
import { create } from '@bufbuild/protobuf';
import type { Any } from '@bufbuild/protobuf/wkt';
import type { Stats } from '../cgroups/types.js';
import { MetricsSchema, MemoryEntrySchema } from './gen/metrics_pb.js';
import { anyOf } from './events.js';

export const METRICS_V1_TYPE = 'io.containerd.cgroups.v1.Metrics';

const u64 = (n: number | undefined): bigint => (n === undefined || !Number.isFinite(n) || n < 0 ? 0n : BigInt(Math.trunc(n)));

function entry(e: { limit: number; usage?: number; max?: number; failcnt: number } | undefined) {
  return create(MemoryEntrySchema, { limit: u64(e?.limit), usage: u64(e?.usage), max: u64(e?.max), failcnt: u64(e?.failcnt) });
}

export function metricsOf(s: Stats, oomKills: number): Any {
  const raw = s.memory.raw ?? {};
  const m = create(MetricsSchema, {
    pids: { current: u64(s.pids.current), limit: u64(s.pids.limit) },
    cpu: {
      usage: { total: u64(s.cpu.usage.total), kernel: u64(s.cpu.usage.kernel), user: u64(s.cpu.usage.user), perCpu: (s.cpu.usage.percpu ?? []).map(u64) },
      throttling: { periods: u64(s.cpu.throttling.periods), throttledPeriods: u64(s.cpu.throttling.throttledPeriods), throttledTime: u64(s.cpu.throttling.throttledTime) },
    },
    memory: {
      cache: u64(s.memory.cache ?? raw.cache),
      rss: u64(raw.rss),
      mappedFile: u64(raw.mapped_file),
      totalCache: u64(raw.total_cache),
      totalRss: u64(raw.total_rss),
      usage: entry(s.memory.usage),
      swap: entry(s.memory.swap),
      kernel: entry(s.memory.kernel),
      kernelTcp: entry(s.memory.kernelTCP),
    },
    memoryOomControl: { oomKill: u64(oomKills) },
  });
  return anyOf(MetricsSchema, m, METRICS_V1_TYPE);
}

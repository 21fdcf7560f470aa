/**
 * Stats: the container's cgroup statistics as containerd's cgroup v1
 * Metrics message (what `ctr task metrics` and the CRI decode), from the
 * same reading `hutch events --stats` prints.
 */
import type { Stats } from '../cgroups/types.js';
import { anyOf, io, type google } from './proto.js';

const METRICS_V1_TYPE = 'io.containerd.cgroups.v1.Metrics';

const n = (x: number | undefined): number => (x === undefined || !Number.isFinite(x) || x < 0 ? 0 : Math.trunc(x));

function entry(e: { limit: number; usage?: number; max?: number; failcnt: number } | undefined) {
  return { limit: n(e?.limit), usage: n(e?.usage), max: n(e?.max), failcnt: n(e?.failcnt) };
}

export function metricsOf(s: Stats, oomKills: number): google.protobuf.Any.$Properties {
  const raw = s.memory.raw ?? {};
  return anyOf(io.containerd.cgroups.v1.Metrics, METRICS_V1_TYPE, {
    pids: { current: n(s.pids.current), limit: n(s.pids.limit) },
    cpu: {
      usage: {
        total: n(s.cpu.usage.total),
        kernel: n(s.cpu.usage.kernel),
        user: n(s.cpu.usage.user),
        perCpu: (s.cpu.usage.percpu ?? []).map(n),
      },
      throttling: {
        periods: n(s.cpu.throttling.periods),
        throttledPeriods: n(s.cpu.throttling.throttledPeriods),
        throttledTime: n(s.cpu.throttling.throttledTime),
      },
    },
    memory: {
      cache: n(s.memory.cache ?? raw.cache),
      rss: n(raw.rss),
      mappedFile: n(raw.mapped_file),
      totalCache: n(raw.total_cache),
      totalRss: n(raw.total_rss),
      usage: entry(s.memory.usage),
      swap: entry(s.memory.swap),
      kernel: entry(s.memory.kernel),
      kernelTcp: entry(s.memory.kernelTCP),
    },
    memoryOomControl: { oomKill: n(oomKills) },
  });
}

import type { Int64, LinuxResources } from '../config/types.js';

export type { Int64 };

/** Types of the cgroup library: device rules, layouts, stats. */

/*
 * The resource types are the config's own (linux.resources of the runtime
 * spec): one declaration per fact. Fields the spec declares int64/uint64 are
 * Int64 there: the config parser gives a bigint beyond 2^53, and the
 * controllers write such values digit for digit, as runc does (the kernel
 * decides what it accepts).
 */
export type { LinuxResources, LinuxDeviceCgroup, LinuxWeightDevice, LinuxThrottleDevice, LinuxBlockIO } from '../config/types.js';

/** A device rule in the form the devices controller works with: -1 is the '*' wildcard. */
export interface DeviceRule {
  type: 'a' | 'b' | 'c';
  major: number;
  minor: number;
  /** Some of "rwm", in that order. */
  access: string;
  allow: boolean;
}

export type CgroupMode = 'v1' | 'v2' | 'hybrid';

export interface CgroupLayout {
  mode: CgroupMode;
  /** v1 controller (and `name=systemd`) → mountpoint. Co-mounted controllers share one. */
  v1: Record<string, string>;
  v2: { mountpoint: string; controllers: string[] } | null;
  /**
   * Cgroup of the calling process, keyed like `v1` ('' = the unified hierarchy),
   * already made relative to each mount's root (so it can be joined to the mountpoint).
   */
  own: Record<string, string>;
}

/** Stats in the JSON shape of `runc events --stats` (runc's types.Stats); zero fields are omitted like Go's omitempty. */
interface CpuUsage {
  total?: number;
  percpu?: number[];
  percpu_kernel?: number[];
  percpu_user?: number[];
  kernel: number;
  user: number;
}

interface Throttling {
  periods?: number;
  throttledPeriods?: number;
  throttledTime?: number;
}

interface CpusetStats {
  cpus?: number[];
  cpu_exclusive: number;
  mems?: number[];
  mem_hardwall: number;
  mem_exclusive: number;
  memory_migrate: number;
  memory_spread_page: number;
  memory_spread_slab: number;
  memory_pressure: number;
  sched_load_balance: number;
  sched_relax_domain_level: number;
}

export interface MemoryEntry {
  limit: number;
  usage?: number;
  max?: number;
  failcnt: number;
}

interface MemoryStats {
  cache?: number;
  usage: MemoryEntry;
  swap: MemoryEntry;
  kernel: MemoryEntry;
  kernelTCP: MemoryEntry;
  raw?: Record<string, number>;
}

export interface BlkioEntry {
  major?: number;
  minor?: number;
  op?: string;
  value?: number;
}

interface BlkioStats {
  ioServiceBytesRecursive?: BlkioEntry[];
  ioServicedRecursive?: BlkioEntry[];
  ioQueueRecursive?: BlkioEntry[];
  ioServiceTimeRecursive?: BlkioEntry[];
  ioWaitTimeRecursive?: BlkioEntry[];
  ioMergedRecursive?: BlkioEntry[];
  ioTimeRecursive?: BlkioEntry[];
  sectorsRecursive?: BlkioEntry[];
}

export interface HugetlbStats {
  usage?: number;
  max?: number;
  failcnt: number;
}

export interface Stats {
  cpu: { usage: CpuUsage; throttling: Throttling };
  cpuset: CpusetStats;
  memory: MemoryStats;
  pids: { current?: number; limit?: number };
  blkio: BlkioStats;
  hugetlb: Record<string, HugetlbStats>;
  intel_rdt: Record<string, never>;
  network_interfaces: null;
}

export interface CgroupManager {
  /** Create the cgroup(s) and move `pid` in. Returns warnings (rootless skips), never prints. */
  apply(pid: number): string[];
  /** Write the limits. Returns warnings. */
  set(resources: LinuxResources): Promise<string[]>;
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  /** 'FROZEN' | 'THAWED' | 'FREEZING' as runc reports it; '' when there is no freezer. */
  freezerState(): string;
  /** All pids in the cgroup and its descendants. */
  pids(): number[];
  /** Signal every process; returns warnings for pids that could not be signalled. */
  kill(signal: NodeJS.Signals | number): Promise<string[]>;
  stats(): Stats;
  /** Number of OOM kills seen in this cgroup so far. */
  oomCount(): number;
  /** Whether the cgroup is currently under OOM (v1 under_oom; v2: oom events grew since last call is up to the caller). */
  underOom(): boolean;
  destroy(): Promise<void>;
  /** Controller → directory, for the state file ('' = unified hierarchy, like runc). */
  paths(): Record<string, string>;
  exists(): boolean;
}

/**
 * The OCI runtime-spec 1.3 config.json model (Linux parts), field names
 * exactly as they appear in JSON. Windows, Solaris, VM, z/OS and FreeBSD
 * sections are not modelled: a Linux runtime ignores them like any other
 * unknown property.
 *
 * 64-bit integers: JavaScript numbers are exact only up to 2^53, yet
 * configs routinely carry values such as RLIM_INFINITY (2^64-1) or seccomp
 * argument masks. `parseJson` (json.ts) therefore yields a bigint for any
 * integer literal outside the safe range, and the 64-bit fields below are
 * `number | bigint`: a number whenever it is exact, a bigint otherwise.
 */

/** A signed 64-bit integer: number when exact, bigint otherwise. */
export type Int64 = number | bigint;
/** An unsigned 64-bit integer: number when exact, bigint otherwise. */
type Uint64 = number | bigint;

export interface Spec {
  ociVersion: string;
  process?: Process;
  root?: Root;
  hostname?: string;
  domainname?: string;
  mounts?: Mount[];
  hooks?: Hooks;
  annotations?: Record<string, string>;
  linux?: Linux;
}

export interface Process {
  terminal?: boolean;
  consoleSize?: Box;
  user: User;
  args?: string[];
  /** Windows only; kept so a config written for both platforms parses. */
  commandLine?: string;
  env?: string[];
  cwd: string;
  capabilities?: LinuxCapabilities;
  rlimits?: POSIXRlimit[];
  noNewPrivileges?: boolean;
  apparmorProfile?: string;
  oomScoreAdj?: number;
  scheduler?: Scheduler;
  selinuxLabel?: string;
  ioPriority?: LinuxIOPriority;
  execCPUAffinity?: CPUAffinity;
}

export interface Box {
  height: number;
  width: number;
}

export interface User {
  uid: number;
  gid: number;
  umask?: number;
  additionalGids?: number[];
  /** Windows only. */
  username?: string;
}

export type CapabilitySet = 'bounding' | 'effective' | 'inheritable' | 'permitted' | 'ambient';

export interface LinuxCapabilities {
  bounding?: string[];
  effective?: string[];
  inheritable?: string[];
  permitted?: string[];
  ambient?: string[];
}

export interface POSIXRlimit {
  type: string;
  hard: Uint64;
  soft: Uint64;
}

export type LinuxSchedulerPolicy =
  'SCHED_OTHER' | 'SCHED_FIFO' | 'SCHED_RR' | 'SCHED_BATCH' | 'SCHED_ISO' | 'SCHED_IDLE' | 'SCHED_DEADLINE';

export type LinuxSchedulerFlag =
  | 'SCHED_FLAG_RESET_ON_FORK'
  | 'SCHED_FLAG_RECLAIM'
  | 'SCHED_FLAG_DL_OVERRUN'
  | 'SCHED_FLAG_KEEP_POLICY'
  | 'SCHED_FLAG_KEEP_PARAMS'
  | 'SCHED_FLAG_UTIL_CLAMP_MIN'
  | 'SCHED_FLAG_UTIL_CLAMP_MAX';

export interface Scheduler {
  policy: LinuxSchedulerPolicy;
  nice?: number;
  priority?: number;
  flags?: LinuxSchedulerFlag[];
  runtime?: Uint64;
  deadline?: Uint64;
  period?: Uint64;
}

type IOPriorityClass = 'IOPRIO_CLASS_RT' | 'IOPRIO_CLASS_BE' | 'IOPRIO_CLASS_IDLE';

export interface LinuxIOPriority {
  class: IOPriorityClass;
  priority: number;
}

/** CPU lists in the kernel's list format, e.g. "0-3,7". */
export interface CPUAffinity {
  initial?: string;
  final?: string;
}

export interface Root {
  path: string;
  readonly?: boolean;
}

export interface Mount {
  destination: string;
  type?: string;
  source?: string;
  options?: string[];
  uidMappings?: LinuxIDMapping[];
  gidMappings?: LinuxIDMapping[];
}

export interface Hook {
  path: string;
  args?: string[];
  env?: string[];
  timeout?: number;
}

export type HookName = 'prestart' | 'createRuntime' | 'createContainer' | 'startContainer' | 'poststart' | 'poststop';

export type Hooks = { [K in HookName]?: Hook[] };

export interface Linux {
  uidMappings?: LinuxIDMapping[];
  gidMappings?: LinuxIDMapping[];
  sysctl?: Record<string, string>;
  resources?: LinuxResources;
  cgroupsPath?: string;
  namespaces?: LinuxNamespace[];
  devices?: LinuxDevice[];
  netDevices?: Record<string, LinuxNetDevice>;
  seccomp?: LinuxSeccomp;
  rootfsPropagation?: RootfsPropagation;
  maskedPaths?: string[];
  readonlyPaths?: string[];
  mountLabel?: string;
  intelRdt?: LinuxIntelRdt;
  memoryPolicy?: LinuxMemoryPolicy;
  personality?: LinuxPersonality;
  timeOffsets?: Record<string, LinuxTimeOffset>;
}

export type RootfsPropagation = 'private' | 'rprivate' | 'slave' | 'rslave' | 'shared' | 'rshared' | 'unbindable' | 'runbindable';

export type LinuxNamespaceType = 'pid' | 'network' | 'mount' | 'ipc' | 'uts' | 'user' | 'cgroup' | 'time';

export interface LinuxNamespace {
  type: LinuxNamespaceType;
  path?: string;
}

export interface LinuxIDMapping {
  containerID: number;
  hostID: number;
  size: number;
}

export interface LinuxTimeOffset {
  secs?: Int64;
  nanosecs?: number;
}

type LinuxDeviceType = 'c' | 'b' | 'u' | 'p';

export interface LinuxDevice {
  path: string;
  type: LinuxDeviceType;
  major?: Int64;
  minor?: Int64;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

export interface LinuxNetDevice {
  name?: string;
}

export interface LinuxResources {
  devices?: LinuxDeviceCgroup[];
  memory?: LinuxMemory;
  cpu?: LinuxCPU;
  pids?: LinuxPids;
  blockIO?: LinuxBlockIO;
  hugepageLimits?: LinuxHugepageLimit[];
  network?: LinuxNetwork;
  rdma?: Record<string, LinuxRdma>;
  unified?: Record<string, string>;
}

export interface LinuxDeviceCgroup {
  allow: boolean;
  type?: 'a' | 'b' | 'c';
  major?: Int64;
  minor?: Int64;
  access?: string;
}

export interface LinuxMemory {
  limit?: Int64;
  reservation?: Int64;
  swap?: Int64;
  /** Deprecated by the spec; runc ignores it with a warning. */
  kernel?: Int64;
  /** Deprecated by the spec; runc ignores it with a warning. */
  kernelTCP?: Int64;
  swappiness?: Uint64;
  disableOOMKiller?: boolean;
  useHierarchy?: boolean;
  checkBeforeUpdate?: boolean;
}

export interface LinuxCPU {
  shares?: Uint64;
  quota?: Int64;
  burst?: Uint64;
  period?: Uint64;
  realtimeRuntime?: Int64;
  realtimePeriod?: Uint64;
  cpus?: string;
  mems?: string;
  idle?: Int64;
}

export interface LinuxPids {
  /** Optional since runtime-spec 1.3 (absent: leave the limit as it is). */
  limit?: Int64;
}

interface LinuxBlockIODevice {
  major: Int64;
  minor: Int64;
}

export interface LinuxWeightDevice extends LinuxBlockIODevice {
  weight?: number;
  leafWeight?: number;
}

export interface LinuxThrottleDevice extends LinuxBlockIODevice {
  rate: Uint64;
}

export interface LinuxBlockIO {
  weight?: number;
  leafWeight?: number;
  weightDevice?: LinuxWeightDevice[];
  throttleReadBpsDevice?: LinuxThrottleDevice[];
  throttleWriteBpsDevice?: LinuxThrottleDevice[];
  throttleReadIOPSDevice?: LinuxThrottleDevice[];
  throttleWriteIOPSDevice?: LinuxThrottleDevice[];
}

export interface LinuxHugepageLimit {
  pageSize: string;
  limit: Uint64;
}

interface LinuxInterfacePriority {
  name: string;
  priority: number;
}

export interface LinuxNetwork {
  classID?: number;
  priorities?: LinuxInterfacePriority[];
}

export interface LinuxRdma {
  hcaHandles?: number;
  hcaObjects?: number;
}

export type LinuxSeccompAction =
  | 'SCMP_ACT_KILL'
  | 'SCMP_ACT_KILL_PROCESS'
  | 'SCMP_ACT_KILL_THREAD'
  | 'SCMP_ACT_TRAP'
  | 'SCMP_ACT_ERRNO'
  | 'SCMP_ACT_TRACE'
  | 'SCMP_ACT_ALLOW'
  | 'SCMP_ACT_LOG'
  | 'SCMP_ACT_NOTIFY';

export type LinuxSeccompOperator =
  'SCMP_CMP_NE' | 'SCMP_CMP_LT' | 'SCMP_CMP_LE' | 'SCMP_CMP_EQ' | 'SCMP_CMP_GE' | 'SCMP_CMP_GT' | 'SCMP_CMP_MASKED_EQ';

export type LinuxSeccompFlag =
  'SECCOMP_FILTER_FLAG_TSYNC' | 'SECCOMP_FILTER_FLAG_LOG' | 'SECCOMP_FILTER_FLAG_SPEC_ALLOW' | 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV';

export interface LinuxSeccomp {
  /** Absent only when `syscalls` is empty too: runc then disables seccomp. */
  defaultAction?: LinuxSeccompAction;
  defaultErrnoRet?: number;
  architectures?: string[];
  flags?: LinuxSeccompFlag[];
  listenerPath?: string;
  listenerMetadata?: string;
  syscalls?: LinuxSyscall[];
}

export interface LinuxSyscall {
  names: string[];
  action: LinuxSeccompAction;
  errnoRet?: number;
  args?: LinuxSeccompArg[];
}

export interface LinuxSeccompArg {
  index: number;
  value: Uint64;
  valueTwo?: Uint64;
  op: LinuxSeccompOperator;
}

export interface LinuxIntelRdt {
  closID?: string;
  /** Lines written as-is to the resctrl schemata file. */
  schemata?: string[];
  l3CacheSchema?: string;
  memBwSchema?: string;
  enableMonitoring?: boolean;
  /** Pre-1.3 names, still accepted. */
  enableCMT?: boolean;
  enableMBM?: boolean;
}

export type MemoryPolicyMode =
  'MPOL_DEFAULT' | 'MPOL_BIND' | 'MPOL_INTERLEAVE' | 'MPOL_WEIGHTED_INTERLEAVE' | 'MPOL_PREFERRED' | 'MPOL_PREFERRED_MANY' | 'MPOL_LOCAL';

export type MemoryPolicyFlag = 'MPOL_F_NUMA_BALANCING' | 'MPOL_F_RELATIVE_NODES' | 'MPOL_F_STATIC_NODES';

export interface LinuxMemoryPolicy {
  mode: MemoryPolicyMode;
  /** NUMA nodes in list format, e.g. "0-3,7". */
  nodes?: string;
  flags?: MemoryPolicyFlag[];
}

type LinuxPersonalityDomain = 'LINUX' | 'LINUX32';

export interface LinuxPersonality {
  domain: LinuxPersonalityDomain;
  flags?: string[];
}

/** The `linux` object, except resources and seccomp (their own modules). */
import {
  asAbsolutePath,
  asBool,
  asCpuList,
  asInt64,
  asList,
  asMap,
  asObject,
  asOneOf,
  asString,
  asStringList,
  asStringMap,
  asUint32,
  child,
  compact,
  fail,
  intIn,
  opt,
  req,
} from './check.js';
import { parseResources } from './parse-resources.js';
import { parseSeccomp } from './parse-seccomp.js';
import type {
  Linux,
  LinuxDevice,
  LinuxIDMapping,
  LinuxIntelRdt,
  LinuxMemoryPolicy,
  LinuxNamespace,
  LinuxNamespaceType,
  LinuxNetDevice,
  LinuxPersonality,
  LinuxTimeOffset,
  MemoryPolicyFlag,
  MemoryPolicyMode,
  RootfsPropagation,
} from './types.js';

export const NAMESPACE_TYPES: readonly LinuxNamespaceType[] = ['pid', 'network', 'mount', 'ipc', 'uts', 'user', 'cgroup', 'time'];

const PROPAGATIONS: readonly RootfsPropagation[] = [
  'private',
  'rprivate',
  'slave',
  'rslave',
  'shared',
  'rshared',
  'unbindable',
  'runbindable',
];

const MEMORY_POLICY_MODES: readonly MemoryPolicyMode[] = [
  'MPOL_DEFAULT',
  'MPOL_BIND',
  'MPOL_INTERLEAVE',
  'MPOL_WEIGHTED_INTERLEAVE',
  'MPOL_PREFERRED',
  'MPOL_PREFERRED_MANY',
  'MPOL_LOCAL',
];

const MEMORY_POLICY_FLAGS: readonly MemoryPolicyFlag[] = ['MPOL_F_NUMA_BALANCING', 'MPOL_F_RELATIVE_NODES', 'MPOL_F_STATIC_NODES'];

/** time_namespaces(7): the only clocks a time namespace offsets. */
const TIME_CLOCKS = ['monotonic', 'boottime'];

export function parseLinux(v: unknown, path = 'linux'): Linux {
  const o = asObject(v, path);
  return compact<Linux>({
    uidMappings: opt(o, 'uidMappings', path, parseIDMappings),
    gidMappings: opt(o, 'gidMappings', path, parseIDMappings),
    sysctl: opt(o, 'sysctl', path, asStringMap),
    resources: opt(o, 'resources', path, parseResources),
    cgroupsPath: opt(o, 'cgroupsPath', path, asString),
    namespaces: opt(o, 'namespaces', path, parseNamespaces),
    devices: opt(o, 'devices', path, (x, p) => asList(x, p, parseDevice)),
    netDevices: opt(o, 'netDevices', path, parseNetDevices),
    seccomp: opt(o, 'seccomp', path, parseSeccomp),
    rootfsPropagation: opt(o, 'rootfsPropagation', path, (x, p) => asOneOf(x, p, PROPAGATIONS, 'rootfs propagation')),
    maskedPaths: opt(o, 'maskedPaths', path, (x, p) => asList(x, p, asAbsolutePath)),
    readonlyPaths: opt(o, 'readonlyPaths', path, (x, p) => asList(x, p, asAbsolutePath)),
    mountLabel: opt(o, 'mountLabel', path, asString),
    intelRdt: opt(o, 'intelRdt', path, parseIntelRdt),
    memoryPolicy: opt(o, 'memoryPolicy', path, parseMemoryPolicy),
    personality: opt(o, 'personality', path, parsePersonality),
    timeOffsets: opt(o, 'timeOffsets', path, parseTimeOffsets),
  });
}

export function parseIDMappings(v: unknown, path: string): LinuxIDMapping[] {
  return asList(v, path, (x, p) => {
    const o = asObject(x, p);
    const m = {
      containerID: req(o, 'containerID', p, asUint32),
      hostID: req(o, 'hostID', p, asUint32),
      size: req(o, 'size', p, asUint32),
    };
    // The kernel refuses an empty range when the map is written.
    if (m.size === 0) fail(child(p, 'size'), 'must be greater than 0');
    return m;
  });
}

function parseNamespaces(v: unknown, path: string): LinuxNamespace[] {
  const seen = new Set<string>();
  return asList(v, path, (x, p) => {
    const o = asObject(x, p);
    const type = req(o, 'type', p, (t, tp) => asOneOf(t, tp, NAMESPACE_TYPES, 'namespace type'));
    if (seen.has(type)) fail(child(p, 'type'), `duplicate namespace type ${JSON.stringify(type)}`);
    seen.add(type);
    return compact<LinuxNamespace>({ type, path: opt(o, 'path', p, asAbsolutePath) });
  });
}

function parseDevice(v: unknown, path: string): LinuxDevice {
  const o = asObject(v, path);
  const type = req(o, 'type', path, (x, p) => asOneOf(x, p, ['c', 'b', 'u', 'p'] as const, 'device type'));
  // A FIFO has no device number; every other type needs both.
  const number = type === 'p' ? opt : req;
  return compact<LinuxDevice>({
    path: req(o, 'path', path, asAbsolutePath),
    type,
    major: number(o, 'major', path, asInt64),
    minor: number(o, 'minor', path, asInt64),
    fileMode: opt(o, 'fileMode', path, asUint32),
    uid: opt(o, 'uid', path, asUint32),
    gid: opt(o, 'gid', path, asUint32),
  });
}

/** Interface names as the kernel's dev_valid_name() accepts them. */
function asInterfaceName(v: unknown, path: string): string {
  const s = asString(v, path);
  if (s === '' || s.length > 15 || s === '.' || s === '..' || /[/:\s]/.test(s)) {
    fail(path, `invalid network interface name ${JSON.stringify(s)}`);
  }
  return s;
}

function parseNetDevices(v: unknown, path: string): Record<string, LinuxNetDevice> {
  const devices = asMap(v, path, (x, p) => {
    const o = asObject(x, p);
    return compact<LinuxNetDevice>({ name: opt(o, 'name', p, asInterfaceName) });
  });
  for (const hostName of Object.keys(devices)) asInterfaceName(hostName, child(path, hostName));
  return devices;
}

function parseIntelRdt(v: unknown, path: string): LinuxIntelRdt {
  const o = asObject(v, path);
  const closID = opt(o, 'closID', path, asString);
  // It names a directory under /sys/fs/resctrl (runc's check).
  if (closID !== undefined && (closID === '.' || closID === '..' || closID.includes('/'))) {
    fail(child(path, 'closID'), `invalid resctrl group name ${JSON.stringify(closID)}`);
  }
  return compact<LinuxIntelRdt>({
    closID,
    schemata: opt(o, 'schemata', path, asStringList),
    l3CacheSchema: opt(o, 'l3CacheSchema', path, asString),
    memBwSchema: opt(o, 'memBwSchema', path, asString),
    enableMonitoring: opt(o, 'enableMonitoring', path, asBool),
    enableCMT: opt(o, 'enableCMT', path, asBool),
    enableMBM: opt(o, 'enableMBM', path, asBool),
  });
}

function parseMemoryPolicy(v: unknown, path: string): LinuxMemoryPolicy {
  const o = asObject(v, path);
  const p = compact<LinuxMemoryPolicy>({
    mode: req(o, 'mode', path, (x, xp) => asOneOf(x, xp, MEMORY_POLICY_MODES, 'memory policy mode')),
    nodes: opt(o, 'nodes', path, asCpuList),
    flags: opt(o, 'flags', path, (x, xp) => asList(x, xp, (f, fp) => asOneOf(f, fp, MEMORY_POLICY_FLAGS, 'memory policy flag'))),
  });
  // set_mempolicy(2) returns EINVAL for both; say why up front.
  if (p.flags?.includes('MPOL_F_STATIC_NODES') && p.flags.includes('MPOL_F_RELATIVE_NODES')) {
    fail(child(path, 'flags'), 'MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES are mutually exclusive');
  }
  const nodeless = p.mode === 'MPOL_DEFAULT' || p.mode === 'MPOL_LOCAL';
  if (nodeless && p.nodes) fail(child(path, 'nodes'), `must be empty for ${p.mode}`);
  if (!nodeless && p.mode !== 'MPOL_PREFERRED' && !p.nodes) fail(child(path, 'nodes'), `is required for ${p.mode}`);
  return p;
}

function parsePersonality(v: unknown, path: string): LinuxPersonality {
  const o = asObject(v, path);
  return compact<LinuxPersonality>({
    domain: req(o, 'domain', path, (x, p) => asOneOf(x, p, ['LINUX', 'LINUX32'] as const, 'personality domain')),
    flags: opt(o, 'flags', path, asStringList),
  });
}

function parseTimeOffsets(v: unknown, path: string): Record<string, LinuxTimeOffset> {
  const offsets = asMap(v, path, (x, p) => {
    const o = asObject(x, p);
    return compact<LinuxTimeOffset>({
      secs: opt(o, 'secs', p, asInt64),
      nanosecs: opt(o, 'nanosecs', p, intIn(0, 999_999_999)),
    });
  });
  for (const clock of Object.keys(offsets)) {
    if (!TIME_CLOCKS.includes(clock)) {
      fail(child(path, clock), `unknown clock ${JSON.stringify(clock)} (expected monotonic or boottime)`);
    }
  }
  return offsets;
}

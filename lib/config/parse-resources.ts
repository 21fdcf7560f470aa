/** linux.resources: cgroup limits. */
import {
  asBool,
  asInt64,
  asList,
  asMap,
  asObject,
  asOneOf,
  asString,
  asStringMap,
  asUint16,
  asUint32,
  asUint64,
  child,
  compact,
  fail,
  opt,
  req,
} from './check.js';
import type {
  LinuxBlockIO,
  LinuxCPU,
  LinuxDeviceCgroup,
  LinuxHugepageLimit,
  LinuxMemory,
  LinuxNetwork,
  LinuxPids,
  LinuxRdma,
  LinuxResources,
  LinuxThrottleDevice,
  LinuxWeightDevice,
} from './types.js';

export function parseResources(v: unknown, path: string): LinuxResources {
  const o = asObject(v, path);
  return compact<LinuxResources>({
    devices: opt(o, 'devices', path, (x, p) => asList(x, p, parseDeviceRule)),
    memory: opt(o, 'memory', path, parseMemory),
    cpu: opt(o, 'cpu', path, parseCpu),
    pids: opt(o, 'pids', path, parsePids),
    blockIO: opt(o, 'blockIO', path, parseBlockIO),
    hugepageLimits: opt(o, 'hugepageLimits', path, (x, p) => asList(x, p, parseHugepageLimit)),
    network: opt(o, 'network', path, parseNetwork),
    rdma: opt(o, 'rdma', path, (x, p) => asMap(x, p, parseRdma)),
    unified: opt(o, 'unified', path, parseUnified),
  });
}

function parseDeviceRule(v: unknown, path: string): LinuxDeviceCgroup {
  const o = asObject(v, path);
  return compact<LinuxDeviceCgroup>({
    allow: req(o, 'allow', path, asBool),
    type: opt(o, 'type', path, (x, p) => asOneOf(x, p, ['a', 'b', 'c'] as const, 'device type')),
    major: opt(o, 'major', path, asInt64),
    minor: opt(o, 'minor', path, asInt64),
    // The spec makes access optional; runc refuses an empty one
    // ("device access at N field cannot be empty"), and so do we.
    access: req(o, 'access', path, parseAccess),
  });
}

function parseAccess(v: unknown, path: string): string {
  const s = asString(v, path);
  if (!/^[rwm]+$/.test(s)) fail(path, `must be a combination of r, w and m, got ${JSON.stringify(s)}`);
  return s;
}

function parseMemory(v: unknown, path: string): LinuxMemory {
  const o = asObject(v, path);
  return compact<LinuxMemory>({
    limit: opt(o, 'limit', path, asInt64),
    reservation: opt(o, 'reservation', path, asInt64),
    swap: opt(o, 'swap', path, asInt64),
    kernel: opt(o, 'kernel', path, asInt64),
    kernelTCP: opt(o, 'kernelTCP', path, asInt64),
    swappiness: opt(o, 'swappiness', path, parseSwappiness),
    disableOOMKiller: opt(o, 'disableOOMKiller', path, asBool),
    useHierarchy: opt(o, 'useHierarchy', path, asBool),
    checkBeforeUpdate: opt(o, 'checkBeforeUpdate', path, asBool),
  });
}

function parseSwappiness(v: unknown, path: string): number {
  const n = asUint64(v, path);
  if (n > 100) fail(path, `must be between 0 and 100, got ${n}`);
  return Number(n);
}

function parseCpu(v: unknown, path: string): LinuxCPU {
  const o = asObject(v, path);
  return compact<LinuxCPU>({
    shares: opt(o, 'shares', path, asUint64),
    quota: opt(o, 'quota', path, asInt64),
    burst: opt(o, 'burst', path, asUint64),
    period: opt(o, 'period', path, asUint64),
    realtimeRuntime: opt(o, 'realtimeRuntime', path, asInt64),
    realtimePeriod: opt(o, 'realtimePeriod', path, asUint64),
    // Passed to cpuset verbatim; the kernel is the judge of the format.
    cpus: opt(o, 'cpus', path, asString),
    mems: opt(o, 'mems', path, asString),
    idle: opt(o, 'idle', path, asInt64),
  });
}

function parsePids(v: unknown, path: string): LinuxPids {
  const o = asObject(v, path);
  return compact<LinuxPids>({ limit: opt(o, 'limit', path, asInt64) });
}

function parseBlockIO(v: unknown, path: string): LinuxBlockIO {
  const o = asObject(v, path);
  const throttle = (x: unknown, p: string) => asList(x, p, parseThrottleDevice);
  return compact<LinuxBlockIO>({
    weight: opt(o, 'weight', path, parseWeight),
    leafWeight: opt(o, 'leafWeight', path, parseWeight),
    weightDevice: opt(o, 'weightDevice', path, (x, p) => asList(x, p, parseWeightDevice)),
    throttleReadBpsDevice: opt(o, 'throttleReadBpsDevice', path, throttle),
    throttleWriteBpsDevice: opt(o, 'throttleWriteBpsDevice', path, throttle),
    throttleReadIOPSDevice: opt(o, 'throttleReadIOPSDevice', path, throttle),
    throttleWriteIOPSDevice: opt(o, 'throttleWriteIOPSDevice', path, throttle),
  });
}

/** The spec's range is 10..1000; 0 is let through because runc treats it as "unset". */
function parseWeight(v: unknown, path: string): number {
  const n = asUint16(v, path);
  if (n !== 0 && (n < 10 || n > 1000)) fail(path, `must be between 10 and 1000, got ${n}`);
  return n;
}

function parseWeightDevice(v: unknown, path: string): LinuxWeightDevice {
  const o = asObject(v, path);
  const d = compact<LinuxWeightDevice>({
    major: req(o, 'major', path, asInt64),
    minor: req(o, 'minor', path, asInt64),
    weight: opt(o, 'weight', path, parseWeight),
    leafWeight: opt(o, 'leafWeight', path, parseWeight),
  });
  if (d.weight === undefined && d.leafWeight === undefined) fail(path, 'must set weight or leafWeight');
  return d;
}

function parseThrottleDevice(v: unknown, path: string): LinuxThrottleDevice {
  const o = asObject(v, path);
  return {
    major: req(o, 'major', path, asInt64),
    minor: req(o, 'minor', path, asInt64),
    rate: req(o, 'rate', path, asUint64),
  };
}

function parseHugepageLimit(v: unknown, path: string): LinuxHugepageLimit {
  const o = asObject(v, path);
  const pageSize = req(o, 'pageSize', path, asString);
  if (!/^[1-9][0-9]*[KMGTPE]B$/.test(pageSize)) {
    fail(child(path, 'pageSize'), `must look like "2MB" or "1GB", got ${JSON.stringify(pageSize)}`);
  }
  return { pageSize, limit: req(o, 'limit', path, asUint64) };
}

function parseNetwork(v: unknown, path: string): LinuxNetwork {
  const o = asObject(v, path);
  return compact<LinuxNetwork>({
    classID: opt(o, 'classID', path, asUint32),
    priorities: opt(o, 'priorities', path, (x, p) =>
      asList(x, p, (e, ep) => {
        const eo = asObject(e, ep);
        return { name: req(eo, 'name', ep, asString), priority: req(eo, 'priority', ep, asUint32) };
      }),
    ),
  });
}

function parseRdma(v: unknown, path: string): LinuxRdma {
  const o = asObject(v, path);
  return compact<LinuxRdma>({
    hcaHandles: opt(o, 'hcaHandles', path, asUint32),
    hcaObjects: opt(o, 'hcaObjects', path, asUint32),
  });
}

/** Keys name files in the container's cgroup directory, so no paths. */
function parseUnified(v: unknown, path: string): Record<string, string> {
  const map = asStringMap(v, path);
  for (const key of Object.keys(map)) {
    if (key === '' || key.includes('/') || key === '.' || key === '..') {
      fail(child(path, key), 'must be a cgroup file name (no slashes)');
    }
  }
  return map;
}

/**
 * Checks that relate several fields, after each field is known to be well
 * formed. They follow runc (libcontainer/configs/validate and specconv),
 * which is stricter than the schema; only the parts that depend on the
 * config alone are here. Host-dependent checks (is the kernel built with
 * time namespaces, is SELinux enabled, is a netns path the host's) belong
 * to the code that creates the container.
 */
import { child, fail, item } from './check.js';
import type { LinuxNamespaceType, Spec } from './types.js';

/** runc's list of IPC-namespaced sysctls, plus the fs.mqueue.* prefix. */
const IPC_SYSCTLS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

export function checkRules(spec: Spec): void {
  const has = namespaceSet(spec);
  checkUts(spec, has);
  checkMountNamespace(spec, has);
  checkUserNamespace(spec, has);
  checkTimeNamespace(spec, has);
  checkNetDevices(spec, has);
  checkSysctl(spec, has);
  checkIdmappedMounts(spec, has);
}

function namespaceSet(spec: Spec): Set<LinuxNamespaceType> {
  return new Set((spec.linux?.namespaces ?? []).map((ns) => ns.type));
}

function checkUts(spec: Spec, has: Set<LinuxNamespaceType>): void {
  if (has.has('uts')) return;
  if (spec.hostname) fail('hostname', 'cannot be set without a uts namespace');
  if (spec.domainname) fail('domainname', 'cannot be set without a uts namespace');
}

function checkMountNamespace(spec: Spec, has: Set<LinuxNamespaceType>): void {
  if (has.has('mount')) return;
  for (const key of ['maskedPaths', 'readonlyPaths'] as const) {
    if ((spec.linux?.[key]?.length ?? 0) > 0) fail(`linux.${key}`, 'requires a mount namespace');
  }
}

/**
 * runc: mappings without a user namespace are an error, and a new user
 * namespace needs mappings that include container root (it resolves the
 * host uid/gid of root while converting the config).
 */
function checkUserNamespace(spec: Spec, has: Set<LinuxNamespaceType>): void {
  const linux = spec.linux;
  const maps = { uidMappings: linux?.uidMappings, gidMappings: linux?.gidMappings };
  if (!has.has('user')) {
    for (const [key, m] of Object.entries(maps)) {
      if (m !== undefined) fail(`linux.${key}`, 'requires a user namespace in linux.namespaces');
    }
    return;
  }
  const joins = linux?.namespaces?.some((ns) => ns.type === 'user' && ns.path !== undefined);
  if (joins) return;
  // A mapping without container root is accepted (runc refuses it when it
  // creates the exec fifo): the setup then runs with the mapped ids and the
  // namespace creator's capabilities (NamespacePlan.rootUnmapped), which is
  // how a sandbox maps the caller's uid to itself.
  for (const [key, m] of Object.entries(maps)) {
    if (!m || m.length === 0) fail(`linux.${key}`, 'a new user namespace needs mappings');
  }
}

function checkTimeNamespace(spec: Spec, has: Set<LinuxNamespaceType>): void {
  if (spec.linux?.timeOffsets !== undefined && !has.has('time')) {
    fail('linux.timeOffsets', 'requires a time namespace in linux.namespaces');
  }
}

function checkNetDevices(spec: Spec, has: Set<LinuxNamespaceType>): void {
  const devs = spec.linux?.netDevices;
  if (devs !== undefined && Object.keys(devs).length > 0 && !has.has('network')) {
    fail('linux.netDevices', 'requires a network namespace in linux.namespaces');
  }
}

/** runc accepts "/" as the separator too ("net/ipv4/ip_forward"). */
function normalizeSysctl(key: string): string {
  const sep = key.search(/[./]/);
  if (sep < 0 || key[sep] === '.') return key;
  return key.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}

/** /proc/sys is only partly namespaced; runc allows what the namespaces cover. */
function checkSysctl(spec: Spec, has: Set<LinuxNamespaceType>): void {
  for (const raw of Object.keys(spec.linux?.sysctl ?? {})) {
    const key = normalizeSysctl(raw);
    const path = child('linux.sysctl', raw);
    if (IPC_SYSCTLS.has(key) || key.startsWith('fs.mqueue.')) {
      if (!has.has('ipc')) fail(path, 'is not allowed in the host ipc namespace');
    } else if (key.startsWith('net.')) {
      if (!has.has('network')) fail(path, 'is not allowed in the host network namespace');
    } else if (key === 'kernel.domainname' && has.has('uts')) {
      continue;
    } else if (key === 'kernel.hostname' && has.has('uts')) {
      fail(path, 'conflicts with the "hostname" field');
    } else {
      fail(path, 'is not in a separate kernel namespace');
    }
  }
}

/**
 * runc: id-mapped mounts must be bind mounts, and (for now) only within a
 * user namespace, whose mappings they default to.
 */
function checkIdmappedMounts(spec: Spec, has: Set<LinuxNamespaceType>): void {
  (spec.mounts ?? []).forEach((m, i) => {
    const options = m.options ?? [];
    const idmapped = m.uidMappings !== undefined || m.gidMappings !== undefined || options.includes('idmap') || options.includes('ridmap');
    if (!idmapped) return;
    const path = item('mounts', i);
    if (!options.includes('bind') && !options.includes('rbind')) {
      fail(child(path, 'options'), 'an id-mapped mount must be a bind mount ("bind" or "rbind")');
    }
    if (!has.has('user')) fail(path, 'an id-mapped mount requires a user namespace in linux.namespaces');
  });
}

/**
 * The starter config `hutch spec` writes: the same document as upstream
 * runc's `runc spec` (libcontainer/specconv/example.go), key order
 * included, so the two are interchangeable. Differences from the runc
 * installed on a given machine come from runc's version only: ociVersion,
 * and runc before 1.2 also granted the three capabilities as ambient and
 * did not mask /sys/devices/virtual/tpm.
 */
import { existsSync } from 'node:fs';
import { stringifyJson } from './json.js';
import type { LinuxNamespace, Mount, Spec } from './types.js';
import { OCI_VERSION } from './version.js';

export interface DefaultSpecOptions {
  rootless: boolean;
  /** Host ids mapped to container root when rootless; default: effective ids. */
  uid?: number;
  gid?: number;
  /**
   * Add a cgroup namespace, as runc does on a cgroup v2 (unified) host.
   * Default: detected from /sys/fs/cgroup.
   */
  cgroupNamespace?: boolean;
}

const CAPS = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];

/** runc's maskedPaths and readonlyPaths: what of /proc and /sys a container does not see or cannot change. */
export const DEFAULT_MASKED_PATHS: readonly string[] = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/sys/firmware',
  '/proc/scsi',
  '/sys/devices/virtual/tpm',
];
export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

export function defaultSpec(opts: DefaultSpecOptions): Spec {
  const spec: Spec = {
    ociVersion: OCI_VERSION,
    process: {
      terminal: true,
      user: { uid: 0, gid: 0 },
      args: ['sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'TERM=xterm'],
      cwd: '/',
      capabilities: { bounding: [...CAPS], effective: [...CAPS], permitted: [...CAPS] },
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: 'rootfs', readonly: true },
    hostname: 'runc',
    mounts: defaultMounts(),
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      namespaces: defaultNamespaces(opts.cgroupNamespace ?? isCgroup2UnifiedHost()),
      maskedPaths: [...DEFAULT_MASKED_PATHS],
      readonlyPaths: [...DEFAULT_READONLY_PATHS],
    },
  };
  return opts.rootless ? toRootless(spec, opts) : spec;
}

function defaultMounts(): Mount[] {
  const nosuid = ['nosuid', 'noexec', 'nodev'];
  return [
    { destination: '/proc', type: 'proc', source: 'proc' },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
    },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: [...nosuid, 'mode=1777', 'size=65536k'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: [...nosuid] },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: [...nosuid, 'ro'] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: [...nosuid, 'relatime', 'ro'] },
  ];
}

function defaultNamespaces(cgroupNamespace: boolean): LinuxNamespace[] {
  const types = ['pid', 'network', 'ipc', 'uts', 'mount'] as const;
  const list: LinuxNamespace[] = types.map((type) => ({ type }));
  if (cgroupNamespace) list.push({ type: 'cgroup' });
  return list;
}

/** runc's ToRootless: no netns, a userns mapping the caller to root, /sys bound, no cgroup limits. */
function toRootless(spec: Spec, opts: DefaultSpecOptions): Spec {
  const linux = spec.linux ?? {};
  const uid = opts.uid ?? process.geteuid?.() ?? 0;
  const gid = opts.gid ?? process.getegid?.() ?? 0;
  const namespaces = (linux.namespaces ?? []).filter((ns) => ns.type !== 'network' && ns.type !== 'user');
  namespaces.push({ type: 'user' });
  spec.mounts = (spec.mounts ?? []).map(rootlessMount);
  // Rebuilt rather than edited so the keys keep runc's (Go struct) order.
  spec.linux = {
    uidMappings: [{ containerID: 0, hostID: uid, size: 1 }],
    gidMappings: [{ containerID: 0, hostID: gid, size: 1 }],
    namespaces,
    maskedPaths: linux.maskedPaths,
    readonlyPaths: linux.readonlyPaths,
  };
  return spec;
}

function rootlessMount(m: Mount): Mount {
  if (m.destination === '/sys') {
    return { destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] };
  }
  // An unprivileged user cannot ask for files owned by ids it does not map.
  const options = m.options?.filter((o) => !o.startsWith('gid=') && !o.startsWith('uid='));
  const out: Mount = { destination: m.destination, type: m.type, source: m.source };
  if (options && options.length > 0) out.options = options;
  return out;
}

/** runc checks the filesystem type of /sys/fs/cgroup; cgroup.controllers exists only on cgroup2. */
function isCgroup2UnifiedHost(): boolean {
  return existsSync('/sys/fs/cgroup/cgroup.controllers');
}

/** The spec as `runc spec` writes it: tab-indented, no trailing newline. */
export function formatSpec(spec: Spec): string {
  return stringifyJson(spec, '\t');
}

import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { MS, MOUNT_ATTR } from '../sys/consts.js';
import type { BindMountOp, MountOp } from '../plan/mounts.js';

/** One mounted cgroup hierarchy on the host, and the cgroup the container lives in there. */
export interface CgroupHierarchy {
  /** Host mount point, e.g. /sys/fs/cgroup/memory or /sys/fs/cgroup/unified. */
  mountpoint: string;
  /** Name under the container's /sys/fs/cgroup: "memory", "unified", "cpu,cpuacct". */
  name: string;
  /** The container's cgroup inside this hierarchy, e.g. /hutch/abc. */
  path: string;
  /** Subsystem names that get a symlink when co-mounted (cpu → cpu,cpuacct). */
  aliases: string[];
  /** The cgroup2 (unified) hierarchy. */
  v2: boolean;
}

/**
 * Host cgroup hierarchies from /proc/self/mountinfo, with the caller's own
 * cgroup in each (used when the container has no cgroup of its own).
 */
export function hostCgroupHierarchies(mountinfo = readFileSync('/proc/self/mountinfo', 'utf8'), selfCgroup = readFileSync('/proc/self/cgroup', 'utf8')): CgroupHierarchy[] {
  const own = new Map<string, string>();
  for (const line of selfCgroup.trim().split('\n')) {
    const [, ctrls, path] = line.split(':');
    if (ctrls === undefined || path === undefined) continue;
    own.set(ctrls, path);
  }
  const out: CgroupHierarchy[] = [];
  for (const line of mountinfo.trim().split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const mountpoint = left.split(' ')[4]!;
    const [fstype, , superOpts = ''] = right.split(' ');
    if (fstype !== 'cgroup' && fstype !== 'cgroup2') continue;
    const name = posix.basename(mountpoint);
    let key: string;
    if (fstype === 'cgroup2') key = '';
    else {
      const subs = superOpts.split(',').filter((o) => !['rw', 'ro', 'relatime', 'nosuid', 'nodev', 'noexec', 'xattr', 'clone_children'].includes(o) && !o.startsWith('release_agent'));
      key = subs.join(',');
    }
    const ctrlList = key.split(',').filter((s) => s && !s.startsWith('name='));
    out.push({ mountpoint, name, path: own.get(key) ?? '/', aliases: ctrlList.length > 1 ? ctrlList.filter((c) => c !== name) : [], v2: fstype === 'cgroup2' });
  }
  return out;
}

interface CgroupMountInput {
  dest: string;
  flags: number;
  type: 'cgroup' | 'cgroup2';
  hierarchies: readonly CgroupHierarchy[];
  common: { propagation: number[]; recAttrSet: number; recAttrClr: number };
}

/**
 * What runc shows at /sys/fs/cgroup on a v1 or hybrid host without a cgroup
 * namespace: a tmpfs, and in it each hierarchy's view of the container's own
 * cgroup, bind-mounted. On a pure v2 host: the unified hierarchy itself.
 */
export function cgroupMountOps(input: CgroupMountInput): MountOp[] {
  const { dest, flags, hierarchies, common } = input;
  const ro = (flags & MS.RDONLY) !== 0;
  const attrs = MOUNT_ATTR.NOSUID | MOUNT_ATTR.NODEV | MOUNT_ATTR.NOEXEC | (ro ? MOUNT_ATTR.RDONLY : 0);
  const v2only = hierarchies.length === 1 && hierarchies[0]!.v2;
  const bindOf = (h: CgroupHierarchy, at: string): BindMountOp => ({
    kind: 'bind',
    dest: at,
    source: posix.join(h.mountpoint, h.path),
    recursive: false,
    isDir: true,
    attrSet: attrs,
    attrClr: 0,
    propagation: [],
    recAttrSet: 0,
    recAttrClr: 0,
    what: `bind mount cgroup ${posix.join(h.mountpoint, h.path)} on ${at}`,
  });
  if (v2only) return [{ ...bindOf(hierarchies[0]!, dest), propagation: common.propagation }];
  const ops: MountOp[] = [
    {
      ...common,
      kind: 'fs',
      fstype: 'tmpfs',
      source: 'tmpfs',
      dest,
      flags: (flags & ~MS.RDONLY) | MS.NOSUID | MS.NODEV | MS.NOEXEC,
      data: 'mode=755',
      noSymlinks: false,
      tmpcopyup: false,
      what: `mount tmpfs for cgroups on ${dest}`,
    },
  ];
  // Like runc on a v1 or hybrid host: the v1 hierarchies only. The hybrid
  // host's cgroup2 mount (unified) is not shown inside the container.
  const v1 = hierarchies.filter((h) => !h.v2);
  for (const h of v1) ops.push(bindOf(h, posix.join(dest, h.name)));
  for (const h of v1) {
    for (const alias of h.aliases) ops.push({ kind: 'symlink', dest: posix.join(dest, alias), target: h.name, what: `symlink ${alias} -> ${h.name}` });
  }
  if (ro) ops.push({ kind: 'readonly', dest, what: `remount ${dest} read-only` });
  return ops;
}

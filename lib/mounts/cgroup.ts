import { posix } from 'node:path';
import { MS, MOUNT_ATTR } from '../sys/consts.js';
import type { BindMountOp, MountOp } from '../plan/mounts.js';
import type { CgroupSources } from '../cgroups/layout.js';

/** One mounted cgroup hierarchy on the host, and the cgroup the container lives in there. */
export interface CgroupHierarchy {
  /** Host mount point, e.g. /sys/fs/cgroup/memory or /sys/fs/cgroup/unified. */
  mountpoint: string;
  /** Name under the container's /sys/fs/cgroup: "memory", "unified", "cpu,cpuacct". */
  name: string;
  /** The container's cgroup inside this hierarchy, e.g. /hutch/abc. */
  path: string;
  /**
   * The container has no cgroup of its own here (rootless without a
   * delegated v2 subtree): its /sys/fs/cgroup is then an empty read-only
   * tmpfs, as runc makes it, rather than a view of the caller's cgroup
   * (whose other processes it would list).
   */
  none?: boolean;
  /** Subsystem names that get a symlink when co-mounted (cpu → cpu,cpuacct). */
  aliases: string[];
  /** The cgroup2 (unified) hierarchy. */
  v2: boolean;
}

/**
 * Host cgroup hierarchies, in mount order, with the caller's own cgroup in
 * each (used when the container has no cgroup of its own).
 */
export function hostCgroupHierarchies({ mounts, self }: CgroupSources): CgroupHierarchy[] {
  return mounts.map((m) => {
    const v2 = m.fstype === 'cgroup2';
    const name = posix.basename(m.mountpoint);
    const ctrlList = m.controllers.filter((c) => !c.startsWith('name='));
    const own = v2 ? self[''] : m.controllers.length ? self[m.controllers[0]!] : undefined;
    return { mountpoint: m.mountpoint, name, path: own ?? '/', aliases: ctrlList.length > 1 ? ctrlList.filter((c) => c !== name) : [], v2 };
  });
}

interface CgroupMountInput {
  dest: string;
  flags: number;
  type: 'cgroup' | 'cgroup2';
  hierarchies: readonly CgroupHierarchy[];
  common: { target: string; propagation: number[]; recAttrSet: number; recAttrClr: number; refuseProcfsTarget?: string };
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
    target: posix.join(common.target, posix.relative(dest, at)),
    source: posix.join(h.mountpoint, h.path),
    recursive: false,
    isDir: true,
    attrSet: attrs,
    attrClr: 0,
    propagation: [],
    recAttrSet: 0,
    recAttrClr: 0,
    refuseProcfsTarget: common.refuseProcfsTarget,
    what: `bind mount cgroup ${posix.join(h.mountpoint, h.path)} on ${at}`,
  });
  if (v2only) {
    const h = hierarchies[0]!;
    return h.none ? [maskedCgroupOp(dest, common)] : [{ ...bindOf(h, dest), propagation: common.propagation }];
  }
  const ops: MountOp[] = [
    {
      ...common,
      kind: 'fs',
      fstype: 'tmpfs',
      source: 'tmpfs',
      dest,
      flags: (flags & ~MS.RDONLY) | MS.NOSUID | MS.NODEV | MS.NOEXEC,
      data: 'mode=755',
      keepMode: false,
      tmpcopyup: false,
      what: `mount tmpfs for cgroups on ${dest}`,
    },
  ];
  // Like runc on a v1 or hybrid host: the v1 hierarchies only. The hybrid
  // host's cgroup2 mount (unified) is not shown inside the container.
  const v1 = hierarchies.filter((h) => !h.v2);
  for (const h of v1) ops.push(bindOf(h, posix.join(dest, h.name)));
  for (const h of v1) {
    for (const alias of h.aliases)
      ops.push({ kind: 'symlink', dest: posix.join(common.target, alias), target: h.name, what: `symlink ${alias} -> ${h.name}` });
  }
  if (ro) ops.push({ kind: 'readonly', dest: common.target, what: `remount ${dest} read-only` });
  return ops;
}

/** runc's maskPath for a cgroup2 mount it cannot fill: a read-only tmpfs with nothing in it. */
function maskedCgroupOp(dest: string, common: CgroupMountInput['common']): MountOp {
  return {
    ...common,
    kind: 'fs',
    fstype: 'tmpfs',
    source: 'tmpfs',
    dest,
    flags: MS.RDONLY,
    data: '',
    keepMode: false,
    tmpcopyup: false,
    what: `mount an empty read-only tmpfs on ${dest} (no cgroup of its own)`,
  };
}

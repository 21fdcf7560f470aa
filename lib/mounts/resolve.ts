import { posix, resolve as hostResolve } from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import type { Mount } from '../config/types.js';
import { HutchError } from '../errors.js';
import { goErrnoText } from '../sys/errno.js';
import { MOUNT_ATTR, MS } from '../sys/consts.js';
import { checkProcDestination } from './proc.js';
import { flagsToAttrs, parseMountOptions } from './options.js';
import type { MountOp } from '../plan/mounts.js';
import { describeMount } from '../plan/mounts.js';
import { cgroupMountOps, type CgroupHierarchy } from './cgroup.js';

export interface ResolveMountsInput {
  mounts: readonly Mount[];
  bundle: string;
  /** Host path of the rootfs: destinations are resolved in it to check where they land. */
  rootfs: string;
  /** cgroup hierarchies to show under a `cgroup` mount. */
  cgroupHierarchies: readonly CgroupHierarchy[];
}

/**
 * Turn config.json mounts into MountOps: choose bind or filesystem mount,
 * resolve bind sources on the host, split the options, and expand the
 * `cgroup` type into what runc shows (a tmpfs with one bind per hierarchy).
 */
export function resolveMounts(input: ResolveMountsInput): MountOp[] {
  const ops: MountOp[] = [];
  input.mounts.forEach((m, i) => {
    ops.push(...resolveOne(m, i, input));
  });
  return ops;
}

function resolveOne(m: Mount, i: number, input: ResolveMountsInput): MountOp[] {
  const dest = posix.normalize(posix.isAbsolute(m.destination) ? m.destination : '/' + m.destination);
  const opts = parseMountOptions(m.options ?? []);
  const type = m.type ?? '';
  const bind = type === 'bind' || (opts.flags & MS.BIND) !== 0;
  const source = bind ? hostResolve(input.bundle, m.source ?? '') : (m.source ?? type);
  const proc = checkProcDestination({ rootfs: input.rootfs, destination: m.destination, dest, type, bind, source });
  const common = { dest, propagation: opts.propagation, recAttrSet: opts.recAttrSet, recAttrClr: opts.recAttrClr, ...proc };

  const idmapped = opts.extensions.idmap || opts.extensions.ridmap || m.uidMappings !== undefined || m.gidMappings !== undefined;
  if (idmapped && !bind) throw new HutchError(`mounts[${i}]: idmapped mounts must be bind mounts (destination ${dest})`, { code: 'config' });
  if (bind) {
    let isDir: boolean;
    try {
      isDir = statSync(source).isDirectory();
    } catch (err) {
      throw new HutchError(`mounts[${i}]: bind source ${source} for ${dest}: ${goErrnoText((err as NodeJS.ErrnoException).code) ?? (err as Error).message}`, { code: 'config' });
    }
    const flags = opts.flags & ~(MS.BIND | MS.REC | MS.REMOUNT);
    const recursive = (opts.flags & MS.REC) !== 0;
    return [
      {
        ...common,
        ...(recursive && readonlyAllTheWay(source, flags) ? { recAttrSet: common.recAttrSet | MOUNT_ATTR.RDONLY } : {}),
        kind: 'bind',
        source,
        recursive,
        isDir,
        attrSet: flagsToAttrs(flags),
        attrClr: 0,
        ...(idmapped ? { idmap: { uid: m.uidMappings, gid: m.gidMappings, recursive: opts.extensions.ridmap || (opts.flags & MS.REC) !== 0 } } : {}),
        what: describeMount('bind', source, dest),
      },
    ];
  }
  if (type === 'cgroup' || type === 'cgroup2') {
    return cgroupMountOps({ dest, flags: opts.flags, type, hierarchies: input.cgroupHierarchies, common });
  }
  if (!type) throw new HutchError(`mounts[${i}].type: required for a mount that is not a bind mount (destination ${dest})`, { code: 'config' });
  if (type === 'proc' && dest !== '/proc') {
    throw new HutchError(`mounts[${i}]: proc can only be mounted on /proc, not ${dest}`, { code: 'config' });
  }
  if (opts.extensions.tmpcopyup && type !== 'tmpfs') {
    throw new HutchError(`mounts[${i}]: tmpcopyup is only valid for tmpfs mounts`, { code: 'config' });
  }
  return [
    {
      ...common,
      kind: 'fs',
      fstype: type,
      source,
      flags: opts.flags,
      data: opts.data,
      noSymlinks: type === 'proc' || type === 'sysfs',
      tmpcopyup: opts.extensions.tmpcopyup,
      what: describeMount(type, m.source ?? type, dest),
    },
  ];
}

/**
 * "ro" on an rbind makes only its top mount read-only (as runc does). For
 * the host's /sys that leaves every mount below it writable: the cgroup
 * hierarchies among them, whose directories may belong to the container's
 * user (CVE-2023-25809, where runc 1.1.5 is open too). So an rbind of /sys,
 * or of anything under it, made read-only is read-only all the way down.
 */
function readonlyAllTheWay(source: string, flags: number): boolean {
  if ((flags & MS.RDONLY) === 0) return false;
  let real = source;
  try {
    real = realpathSync(source);
  } catch {
    // The source was checked to exist above; a race leaves the path as given.
  }
  return real === '/sys' || real.startsWith('/sys/');
}

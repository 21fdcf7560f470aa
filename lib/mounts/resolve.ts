import { posix, resolve as hostResolve } from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import type { Mount } from '../config/types.js';
import { HutchError } from '../errors.js';
import { goErrnoText } from '../sys/errno.js';
import { MOUNT_ATTR, MS } from '../sys/consts.js';
import { checkProcDestination } from './proc.js';
import { secureJoin } from '../paths/securejoin.js';
import { bindAttributes, parseMountOptions } from './options.js';
import type { BindMountOp, FsMountOp, MountOp } from '../plan/mounts.js';
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
    ops.push(...resolveOne(m, i, input, ops));
  });
  return ops;
}

function resolveOne(m: Mount, i: number, input: ResolveMountsInput, earlier: readonly MountOp[]): MountOp[] {
  const dest = posix.normalize(posix.isAbsolute(m.destination) ? m.destination : '/' + m.destination);
  const opts = parseMountOptions(m.options ?? []);
  const type = m.type ?? '';
  const bind = type === 'bind' || (opts.flags & MS.BIND) !== 0;
  const source = bind ? hostResolve(input.bundle, m.source ?? '') : (m.source ?? type);
  const proc = checkProcDestination({ rootfs: input.rootfs, destination: m.destination, dest, type, bind, source });
  // runc: proc and sysfs on the destination itself, never where a symlink leads.
  const target = !bind && (type === 'proc' || type === 'sysfs') ? dest : mountTarget(input.rootfs, dest, earlier);
  const common = { dest, target, propagation: opts.propagation, recAttrSet: opts.recAttrSet, recAttrClr: opts.recAttrClr, ...proc };

  const idmapped = opts.extensions.idmap || opts.extensions.ridmap || m.uidMappings !== undefined || m.gidMappings !== undefined;
  if (idmapped && !bind)
    throw new HutchError(`mounts[${i}]: idmapped mounts must be bind mounts (destination ${dest})`, { code: 'config' });
  if (bind) {
    const flags = opts.flags & ~(MS.BIND | MS.REC | MS.REMOUNT);
    const recursive = (opts.flags & MS.REC) !== 0;
    const attrs = bindAttributes(opts);
    return [
      {
        ...common,
        ...(recursive && readonlyAllTheWay(source, flags) ? { recAttrSet: common.recAttrSet | MOUNT_ATTR.RDONLY } : {}),
        kind: 'bind',
        source,
        recursive,
        isDir: sourceIsDir(source, m.destination, input.rootfs),
        attrSet: attrs.set,
        attrClr: attrs.clr,
        ...(idmapped
          ? { idmap: { uid: m.uidMappings, gid: m.gidMappings, recursive: opts.extensions.ridmap || (opts.flags & MS.REC) !== 0 } }
          : {}),
        what: describeMount('bind', source, dest),
      },
    ];
  }
  if (type === 'cgroup' || type === 'cgroup2') {
    return cgroupMountOps({ dest, flags: opts.flags, type, hierarchies: input.cgroupHierarchies, common });
  }
  if (!type)
    throw new HutchError(`mounts[${i}].type: required for a mount that is not a bind mount (destination ${dest})`, { code: 'config' });
  if (type === 'proc' && dest !== '/proc') {
    throw new HutchError(`mounts[${i}]: proc can only be mounted on /proc, not ${dest}`, { code: 'config' });
  }
  if (opts.extensions.tmpcopyup && type !== 'tmpfs') {
    throw new HutchError(`mounts[${i}]: tmpcopyup is only valid for tmpfs mounts`, { code: 'config' });
  }
  const fsSource = m.source ?? type;
  return [
    {
      ...common,
      kind: 'fs',
      fstype: type,
      source,
      ...readOnlyLater(type, dest, opts.flags),
      data: opts.data,
      // runc: proc and sysfs never through a symlink, and in its words.
      ordinaryDir:
        type === 'proc' || type === 'sysfs'
          ? `error mounting ${JSON.stringify(fsSource)} to rootfs at ${JSON.stringify(m.destination)}: filesystem ${JSON.stringify(type)} must be mounted on ordinary directory`
          : undefined,
      keepMode: type === 'tmpfs' && !/(^|,)mode=/.test(opts.data),
      tmpcopyup: opts.extensions.tmpcopyup,
      what: describeMount(type, fsSource, dest),
    },
  ];
}

/**
 * Where a mount lands: its destination resolved in the image's rootfs, as
 * runc's securejoin does at mount time, so that a symlink leading to a
 * path that does not exist yet (an absolute "/data -> /srv/data", a
 * relative one) gets that path made inside the rootfs instead of failing.
 * What an earlier mount of the config covers is not the image's: there
 * the path is left as it is, and the plan resolves it in the rootfs when
 * it runs (RESOLVE_IN_ROOT), as it resolves every target.
 */
function mountTarget(rootfs: string, dest: string, earlier: readonly MountOp[]): string {
  const covered = earlier.filter((e): e is BindMountOp | FsMountOp => e.kind === 'bind' || e.kind === 'fs').map((e) => e.target);
  const opaque = (p: string) => covered.some((t) => p === t || p.startsWith(t === '/' ? '/' : t + '/'));
  return '/' + posix.relative(rootfs, secureJoin(rootfs, dest, { opaque }));
}

/**
 * Directory or file bind. A source under the rootfs that does not exist
 * yet may be made by an earlier mount of the config (a mount on /a makes
 * rootfs/a), as runc finds it at mount time: the plan looks when it runs.
 * Any other missing source is refused now, in runc's words.
 */
function sourceIsDir(source: string, destination: string, rootfs: string): boolean | undefined {
  try {
    return statSync(source).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (source + '/').startsWith(rootfs.replace(/\/*$/, '/'))) return undefined;
    throw new HutchError(
      `error mounting ${JSON.stringify(source)} to rootfs at ${JSON.stringify(destination)}: stat ${source}: ${goErrnoText(code) ?? (err as Error).message}`,
      { code: 'config' },
    );
  }
}

/**
 * A tmpfs is mounted writable and made read-only once the plan has filled
 * it (tmpcopyup) and set its mode; a read-only /dev once the devices, the
 * symlinks and the console are in it, at the very end (runc's
 * finalizeRootfs). Other filesystems are mounted read-only at once.
 */
function readOnlyLater(type: string, dest: string, flags: number): Pick<FsMountOp, 'flags' | 'readonly'> {
  if ((flags & MS.RDONLY) === 0 || (type !== 'tmpfs' && dest !== '/dev')) return { flags, readonly: undefined };
  return { flags: flags & ~MS.RDONLY, readonly: dest === '/dev' ? 'at-the-end' : 'after-setup' };
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

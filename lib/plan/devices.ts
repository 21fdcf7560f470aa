import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import { withParent, mkdirAll, touch, openInRoot, ownDir, rootDir, type PlanDir } from './paths.js';
import { AT, MOUNT_ATTR, MOVE_MOUNT, OPEN_TREE, S, makedev } from '../sys/consts.js';
import { setMountAttrs } from './mounts.js';
import { EEXIST, ENOENT } from '../sys/errno.js';
import { InternalError } from '../errors.js';

export interface DeviceNode {
  /** Path inside the container, e.g. /dev/null. */
  path: string;
  type: 'c' | 'b' | 'u' | 'p';
  major: number;
  minor: number;
  fileMode: number;
  uid: number;
  gid: number;
}

/** The devices runc always creates (libcontainer/specconv AllowedDevices). */
export const DEFAULT_DEVICES: readonly DeviceNode[] = [
  ['/dev/null', 1, 3],
  ['/dev/zero', 1, 5],
  ['/dev/full', 1, 7],
  ['/dev/random', 1, 8],
  ['/dev/urandom', 1, 9],
  ['/dev/tty', 5, 0],
].map(([path, major, minor]) => ({
  path: path as string,
  type: 'c' as const,
  major: major as number,
  minor: minor as number,
  fileMode: 0o666,
  uid: 0,
  gid: 0,
}));

/**
 * Where a device is made: a path under /dev in the /dev the plan mounted
 * (by its fd, nothing followed), so that a later mount reached through an
 * image's symlink (/data -> /dev, then a bind on /data) cannot get device
 * nodes made in a host directory. Other paths resolve in the rootfs.
 */
function deviceDir(ctx: PlanContext, path: string): PlanDir {
  const underDev = posix.normalize(path).startsWith('/dev/');
  if (underDev && !ctx.devFd) throw new InternalError('plan: devices are made before /dev is mounted');
  return underDev ? ownDir(ctx.devFd!, '/dev') : rootDir(ctx);
}

/**
 * mknod as real root. In a user namespace mknod is not allowed, so the
 * host's device is bind-mounted instead (what runc does when rootless).
 */
export function createDevice(ctx: PlanContext, dev: DeviceNode, inUserns: boolean, readonly = false): void {
  if (inUserns) bindDevice(ctx, dev, deviceDir(ctx, dev.path), readonly);
  else mknodDevice(ctx, dev, deviceDir(ctx, dev.path));
}

function typeBits(t: DeviceNode['type']): number {
  return t === 'b' ? S.IFBLK : t === 'p' ? S.IFIFO : S.IFCHR;
}

function mknodDevice(ctx: PlanContext, dev: DeviceNode, dir: PlanDir): void {
  const b = ctx.b;
  const parent = posix.dirname(dev.path);
  const name = b.addr(b.string(posix.basename(dev.path)));
  mkdirAll(ctx, parent, 0o755, dir);
  withParent(
    ctx,
    parent,
    (dirFd) => {
      b.syscall('mknodat', [dirFd, name, typeBits(dev.type) | (dev.fileMode & 0o7777), makedev(dev.major, dev.minor)], {
        what: `mknod ${dev.path}`,
        okErrno: EEXIST,
        show: [
          undefined,
          undefined,
          `${dev.type === 'b' ? 'S_IFBLK' : dev.type === 'p' ? 'S_IFIFO' : 'S_IFCHR'}|0${dev.fileMode.toString(8)}`,
          `makedev(${dev.major}, ${dev.minor})`,
        ],
      });
      b.syscall('fchownat', [dirFd, name, dev.uid, dev.gid, AT.SYMLINK_NOFOLLOW], { what: `chown ${dev.path}` });
    },
    dir,
  );
}

/**
 * A read-only bind still reads and writes the device (the kernel checks a
 * mount's read-only flag for regular files, not device nodes) but refuses
 * chmod, chown and utimes on the host's inode.
 */
function bindDevice(ctx: PlanContext, dev: DeviceNode, dir: PlanDir, readonly: boolean): void {
  const b = ctx.b;
  const tree = b.syscall('open_tree', [AT.FDCWD, b.addr(b.string(dev.path)), OPEN_TREE.CLONE | OPEN_TREE.CLOEXEC], {
    what: `bind mount the host's ${dev.path}`,
    show: ['AT_FDCWD', undefined, 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC'],
  });
  if (readonly) setMountAttrs(ctx, b.result(tree), MOUNT_ATTR.RDONLY, 0, false, `bind mount the host's ${dev.path} read-only`);
  touch(ctx, dev.path, dir);
  const target = openInRoot(ctx, dev.path, ctx.O.PATH, `open ${dev.path} in the container`, { dir });
  b.syscall(
    'move_mount',
    [b.result(tree), b.addr(b.string('')), b.result(target), b.addr(b.string('')), MOVE_MOUNT.F_EMPTY_PATH | MOVE_MOUNT.T_EMPTY_PATH],
    {
      what: `bind mount the host's ${dev.path}`,
    },
  );
  ctx.mounted(dev.path, false);
  b.syscall('close', [b.result(target)], { what: 'close' });
  b.syscall('close', [b.result(tree)], { what: 'close' });
}

/** /dev/fd, /dev/stdin... and /dev/ptmx → pts/ptmx when a devpts is mounted. */
export function devSymlinks(ctx: PlanContext, withPtmx: boolean, withCore: boolean): void {
  const b = ctx.b;
  const links: [string, string][] = [
    ['/proc/self/fd', 'fd'],
    ['/proc/self/fd/0', 'stdin'],
    ['/proc/self/fd/1', 'stdout'],
    ['/proc/self/fd/2', 'stderr'],
  ];
  if (withCore) links.push(['/proc/kcore', 'core']);
  withParent(
    ctx,
    '/dev',
    (dirFd) => {
      for (const [target, name] of links) {
        b.syscall('symlinkat', [b.addr(b.string(target)), dirFd, b.addr(b.string(name))], {
          what: `symlink /dev/${name} -> ${target}`,
          okErrno: EEXIST,
        });
      }
      if (withPtmx) {
        b.syscall('unlinkat', [dirFd, b.addr(b.string('ptmx')), 0], { what: 'remove /dev/ptmx', okErrno: ENOENT });
        b.syscall('symlinkat', [b.addr(b.string('pts/ptmx')), dirFd, b.addr(b.string('ptmx'))], { what: 'symlink /dev/ptmx -> pts/ptmx' });
      }
    },
    deviceDir(ctx, '/dev/fd'),
  );
}

import type { PlanContext } from './context.js';
import { AT, MNT_DETACH, MOUNT_ATTR, MS, flagNames } from '../sys/consts.js';
import { ENOENT } from '../sys/errno.js';

/** rootfsPropagation → the flags for "/" (runc's default is rslave... for "/"; rprivate for the root bind). */
export function propagationFlags(p: string | undefined): number {
  switch (p) {
    case 'shared':
      return MS.SHARED;
    case 'rshared':
      return MS.SHARED | MS.REC;
    case 'slave':
      return MS.SLAVE;
    case 'private':
      return MS.PRIVATE;
    case 'rprivate':
      return MS.PRIVATE | MS.REC;
    case 'unbindable':
      return MS.UNBINDABLE;
    case 'runbindable':
      return MS.UNBINDABLE | MS.REC;
    default:
      // runc: MS_SLAVE|MS_REC unless rootfsPropagation says otherwise, so
      // host mount events still reach the container but none leak out.
      return MS.SLAVE | MS.REC;
  }
}

/**
 * Stop our mounts propagating to the host, then bind the rootfs onto itself
 * (pivot_root needs a mount point) and open it: every later path inside the
 * container is resolved from this fd.
 */
export function prepareRoot(ctx: PlanContext, rootfs: string, propagation: string | undefined): void {
  const b = ctx.b;
  const flags = propagationFlags(propagation);
  b.syscall('mount', [0, b.addr(b.string('/')), 0, flags, 0], {
    what: `make / ${flagNames(flags, MS, 'MS_')}`,
    show: ['NULL', undefined, 'NULL', flagNames(flags, MS, 'MS_'), 'NULL'],
  });
  const root = b.addr(b.string(rootfs));
  b.syscall('mount', [root, root, b.addr(b.string('bind')), MS.BIND | MS.REC, 0], {
    what: `bind mount the rootfs ${rootfs} onto itself`,
    show: [undefined, undefined, undefined, 'MS_BIND|MS_REC', 'NULL'],
  });
  // runc makes the rootfs bind private so pivot_root accepts it whatever "/" is.
  if (propagation === undefined || !propagation.includes('shared')) {
    b.syscall('mount', [0, root, 0, MS.PRIVATE, 0], { what: `make the rootfs mount private`, show: ['NULL', undefined, 'NULL', 'MS_PRIVATE', 'NULL'] });
  }
  const fd = b.syscall('openat', [AT.FDCWD, root, ctx.O.PATH | ctx.O.DIRECTORY | ctx.O.CLOEXEC, 0], { what: `open the rootfs ${rootfs}` });
  ctx.rootFd = b.result(fd);
}

/** pivot_root(".", ".") as runc does it: no directory for the old root is needed. */
export function pivotRoot(ctx: PlanContext): void {
  const b = ctx.b;
  const dot = b.addr(b.string('.'));
  const oldRoot = b.syscall('openat', [AT.FDCWD, b.addr(b.string('/')), ctx.O.DIRECTORY | ctx.O.RDONLY | ctx.O.CLOEXEC, 0], { what: 'open the old root' });
  b.syscall('fchdir', [ctx.root()], { what: 'chdir to the rootfs' });
  b.syscall('pivot_root', [dot, dot], { what: 'pivot_root into the rootfs' });
  b.syscall('fchdir', [b.result(oldRoot)], { what: 'chdir to the old root' });
  b.syscall('mount', [0, dot, 0, MS.SLAVE | MS.REC, 0], { what: 'make the old root a slave', show: ['NULL', undefined, 'NULL', 'MS_SLAVE|MS_REC', 'NULL'] });
  b.syscall('umount2', [dot, MNT_DETACH], { what: 'unmount the old root', show: [undefined, 'MNT_DETACH'] });
  b.syscall('chdir', [b.addr(b.string('/'))], { what: 'chdir to /' });
  b.syscall('close', [b.result(oldRoot)], { what: 'close the old root' });
}

/** runc --no-pivot: move the rootfs over / and chroot (for a ramfs/initramfs root). */
export function moveRoot(ctx: PlanContext): void {
  const b = ctx.b;
  b.syscall('fchdir', [ctx.root()], { what: 'chdir to the rootfs' });
  b.syscall('mount', [b.addr(b.string('.')), b.addr(b.string('/')), 0, MS.MOVE, 0], { what: 'move the rootfs to /', show: [undefined, undefined, 'NULL', 'MS_MOVE', 'NULL'] });
  b.syscall('chroot', [b.addr(b.string('.'))], { what: 'chroot into the rootfs' });
  b.syscall('chdir', [b.addr(b.string('/'))], { what: 'chdir to /' });
}

/** Read-only paths: a recursive bind of the path onto itself, then read-only. */
export function readonlyPath(ctx: PlanContext, path: string): void {
  const b = ctx.b;
  const p = b.addr(b.string(path));
  const skip = b.label(`${path} absent`);
  const open = b.syscall('open_tree', [AT.FDCWD, p, 1 | 0o2000000 | AT.RECURSIVE], {
    what: `make ${path} read-only`,
    onError: skip,
    show: ['AT_FDCWD', undefined, 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE'],
  });
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(MOUNT_ATTR.RDONLY), 0);
  b.syscall('mount_setattr', [b.result(open), b.addr(b.string('')), AT.EMPTY_PATH | AT.RECURSIVE, b.addr(b.bytes(attr, 'mount_attr')), 32], {
    what: `make ${path} read-only`,
    show: [undefined, undefined, 'AT_EMPTY_PATH|AT_RECURSIVE', '{set=MOUNT_ATTR_RDONLY}'],
  });
  b.syscall('move_mount', [b.result(open), b.addr(b.string('')), AT.FDCWD, p, 4], {
    what: `make ${path} read-only`,
    show: [undefined, undefined, 'AT_FDCWD', undefined, 'MOVE_MOUNT_F_EMPTY_PATH'],
  });
  b.syscall('close', [b.result(open)], { what: 'close' });
  const done = b.label(`${path} done`);
  b.jump(done);
  // open_tree failed: fine only when the path does not exist.
  b.place(skip);
  b.jumpIfEqual(b.result(open), -ENOENT, done, `${path} does not exist`);
  b.fail(open, b.result(open), 'negated errno');
  b.place(done);
}

/** root.readonly: the root mount itself (not its submounts), as runc. */
export function readonlyRoot(ctx: PlanContext): void {
  const b = ctx.b;
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(MOUNT_ATTR.RDONLY), 0);
  b.syscall('mount_setattr', [AT.FDCWD, b.addr(b.string('/')), 0, b.addr(b.bytes(attr, 'mount_attr')), 32], {
    what: 'remount the root read-only',
    show: ['AT_FDCWD', undefined, '0', '{set=MOUNT_ATTR_RDONLY}'],
  });
}

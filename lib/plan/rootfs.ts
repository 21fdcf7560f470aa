import type { PlanContext } from './context.js';
import { AT, MNT_DETACH, MOUNT_ATTR, MOVE_MOUNT, MS, OPEN_TREE, flagNames } from '../sys/consts.js';
import { EINVAL, ENOENT, EPERM } from '../sys/errno.js';
import { setMountAttrs } from './mounts.js';

/** How "/" propagates, before the mounts and after pivot_root (decided in mounts/root.ts). */
export interface RootPropagation {
  /**
   * Applied to the caller's "/" in the new mount namespace before anything
   * is mounted (runc's prepareRoot): rslave by default, so host mount events
   * reach the container and none of its mounts leak out.
   */
  before: number;
  /**
   * The mount holding the rootfs, made private because it is shared once
   * `before` is applied: pivot_root refuses a shared parent, and the rootfs
   * bind would propagate to the host (runc's rootfsParentMountPrivate).
   */
  privateParent: string | undefined;
  /** Applied to the container's "/" once it is the root: what rootfsPropagation asks for. */
  after: number | undefined;
}

/** The rootfs's own mount attributes (hutch.rootfs.options, lib/mounts/root-options.ts). */
export interface RootfsAttributes {
  /** MOUNT_ATTR_* set on the root mount at the end. */
  top: number;
  /** mount_setattr(AT_RECURSIVE) on the rootfs tree right after it is bound. */
  recursive: { set: number; clr: number };
}

/**
 * Stop our mounts propagating to the host, then bind the rootfs onto itself
 * (pivot_root needs a mount point) and open it: every later path inside the
 * container is resolved from this fd. `prop` is decided in mounts/root.ts.
 * `recursive` attributes (hutch.rootfs.options) are set on the whole tree
 * now, before any of the config's mounts join it.
 */
export function prepareRoot(ctx: PlanContext, rootfs: string, prop: RootPropagation, recursive?: { set: number; clr: number }): void {
  propagate(ctx, '/', prop.before, `make / ${flagNames(prop.before, MS, 'MS_')}`);
  if (prop.privateParent)
    propagate(ctx, prop.privateParent, MS.PRIVATE, `make the mount holding the rootfs (${prop.privateParent}) private`);
  if (rootfs === '/') hostRoot(ctx);
  else bindRoot(ctx, rootfs);
  if (recursive && (recursive.set || recursive.clr)) {
    setMountAttrs(ctx, ctx.root(), recursive.set, recursive.clr, true, "set the rootfs tree's attributes (hutch.rootfs.options)");
  }
}

function bindRoot(ctx: PlanContext, rootfs: string): void {
  const b = ctx.b;
  const root = b.addr(b.string(rootfs));
  b.syscall('mount', [root, root, b.addr(b.string('bind')), MS.BIND | MS.REC, 0], {
    what: `bind mount the rootfs ${rootfs} onto itself`,
    show: [undefined, undefined, undefined, 'MS_BIND|MS_REC', 'NULL'],
  });
  const fd = b.syscall('openat', [AT.FDCWD, root, ctx.O.PATH | ctx.O.DIRECTORY | ctx.O.CLOEXEC, 0], { what: `open the rootfs ${rootfs}` });
  ctx.rootFd = b.result(fd);
}

/**
 * The runtime's own "/" as the rootfs (a sandbox of the host). A bind of "/"
 * onto "/" is never reached by a path, which starts at the process's root
 * below it, so the tree is cloned (open_tree) and attached over "/" through
 * its fd, which then is the rootfs: pivot_root finds it a mount point, and
 * host paths (bind sources, devices, /proc/self/fd) still resolve below it
 * until then.
 */
function hostRoot(ctx: PlanContext): void {
  const b = ctx.b;
  const tree = b.syscall('open_tree', [AT.FDCWD, b.addr(b.string('/')), OPEN_TREE.CLONE | OPEN_TREE.CLOEXEC | AT.RECURSIVE], {
    what: 'clone the mount tree of / for the rootfs',
    show: ['AT_FDCWD', undefined, 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE'],
  });
  b.syscall('move_mount', [b.result(tree), b.addr(b.string('')), AT.FDCWD, b.addr(b.string('/')), MOVE_MOUNT.F_EMPTY_PATH], {
    what: 'attach the rootfs over /',
    show: [undefined, undefined, 'AT_FDCWD', undefined, 'MOVE_MOUNT_F_EMPTY_PATH'],
  });
  ctx.rootFd = b.result(tree);
  // It sits on "/", which propagates as asked: pivot_root refuses a shared
  // new root, and rootfsPropagation is applied again after it (finishRootPropagation).
  b.syscall('mount', [0, ctx.procFdPath(ctx.rootFd), 0, MS.PRIVATE, 0], {
    what: 'make the rootfs mount private',
    show: ['NULL', `/proc/self/fd/$${tree.index}`, 'NULL', 'MS_PRIVATE', 'NULL'],
  });
}

/** rootfsPropagation on the container's "/", once it is the root. */
export function finishRootPropagation(ctx: PlanContext, flags: number): void {
  propagate(ctx, '/', flags, `make the container's / ${flagNames(flags, MS, 'MS_')} (rootfsPropagation)`);
}

function propagate(ctx: PlanContext, path: string, flags: number, what: string): void {
  const b = ctx.b;
  b.syscall('mount', [0, b.addr(b.string(path)), 0, flags, 0], {
    what,
    show: ['NULL', undefined, 'NULL', flagNames(flags, MS, 'MS_'), 'NULL'],
  });
}

/** pivot_root(".", ".") as runc does it: no directory for the old root is needed. */
export function pivotRoot(ctx: PlanContext): void {
  const b = ctx.b;
  const dot = b.addr(b.string('.'));
  const oldRoot = b.syscall('openat', [AT.FDCWD, b.addr(b.string('/')), ctx.O.DIRECTORY | ctx.O.RDONLY | ctx.O.CLOEXEC, 0], {
    what: 'open the old root',
  });
  b.syscall('fchdir', [ctx.root()], { what: 'chdir to the rootfs' });
  b.syscall('pivot_root', [dot, dot], { what: 'pivot_root into the rootfs' });
  b.syscall('fchdir', [b.result(oldRoot)], { what: 'chdir to the old root' });
  b.syscall('mount', [0, dot, 0, MS.SLAVE | MS.REC, 0], {
    what: 'make the old root a slave',
    show: ['NULL', undefined, 'NULL', 'MS_SLAVE|MS_REC', 'NULL'],
  });
  b.syscall('umount2', [dot, MNT_DETACH], { what: 'unmount the old root', show: [undefined, 'MNT_DETACH'] });
  b.syscall('chdir', [b.addr(b.string('/'))], { what: 'chdir to /' });
  b.syscall('close', [b.result(oldRoot)], { what: 'close the old root' });
}

/**
 * runc --no-pivot: move the rootfs over / and chroot (for a ramfs/initramfs
 * root). The host's mounts stay in the namespace, under the chroot: first
 * the full procfs and sysfs mounts among them (`hide`, mounts/root.ts) are
 * unmounted, or covered with a tmpfs where the kernel locked them (in a
 * user namespace), as runc's msMoveRoot does, so that the container cannot
 * mount a fresh, unmasked procfs (the kernel allows it while one is fully
 * visible). Host paths: done before anything resolves through /proc again.
 */
export function moveRoot(ctx: PlanContext, hide: readonly string[]): void {
  const b = ctx.b;
  for (const path of hide) hideMount(ctx, path);
  b.syscall('fchdir', [ctx.root()], { what: 'chdir to the rootfs' });
  b.syscall('mount', [b.addr(b.string('.')), b.addr(b.string('/')), 0, MS.MOVE, 0], {
    what: 'move the rootfs to /',
    show: [undefined, undefined, 'NULL', 'MS_MOVE', 'NULL'],
  });
  b.syscall('chroot', [b.addr(b.string('.'))], { what: 'chroot into the rootfs' });
  b.syscall('chdir', [b.addr(b.string('/'))], { what: 'chdir to /' });
}

function hideMount(ctx: PlanContext, path: string): void {
  const b = ctx.b;
  const p = b.addr(b.string(path));
  const done = b.label(`host's ${path} hidden`);
  const gone = b.label(`host's ${path}: gone?`);
  const cover = b.label(`host's ${path}: cover it`);
  const what = `hide the host's ${path} (--no-pivot)`;
  // Its unmount must not reach the host.
  const slave = b.syscall('mount', [0, p, 0, MS.SLAVE | MS.REC, 0], {
    what,
    onError: gone,
    show: ['NULL', undefined, 'NULL', 'MS_SLAVE|MS_REC', 'NULL'],
  });
  const umount = b.syscall('umount2', [p, MNT_DETACH], { what, onError: cover, show: [undefined, 'MNT_DETACH'] });
  b.jump(done);
  b.place(cover);
  const tmpfs = b.label(`host's ${path}: locked`);
  b.jumpIfEqual(b.result(umount), -EINVAL, tmpfs, `${path}: EINVAL?`);
  const failed = b.label(`host's ${path}: unmount failed`);
  b.jumpIfNotEqual(b.result(umount), -EPERM, failed, `${path}: EPERM?`);
  b.place(tmpfs);
  b.syscall('mount', [b.addr(b.string('tmpfs')), p, b.addr(b.string('tmpfs')), 0, 0], { what: `${what}: cover it with a tmpfs` });
  b.jump(done);
  b.place(failed);
  b.fail(umount, b.result(umount), 'negated errno');
  // Gone already (a mount above it was unmounted): nothing to hide.
  b.place(gone);
  b.jumpIfEqual(b.result(slave), -ENOENT, done, `${path} gone?`);
  b.fail(slave, b.result(slave), 'negated errno');
  b.place(done);
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
  b.syscall(
    'mount_setattr',
    [b.result(open), b.addr(b.string('')), AT.EMPTY_PATH | AT.RECURSIVE, b.addr(b.bytes(attr, 'mount_attr')), 32],
    {
      what: `make ${path} read-only`,
      show: [undefined, undefined, 'AT_EMPTY_PATH|AT_RECURSIVE', '{set=MOUNT_ATTR_RDONLY}'],
    },
  );
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

/** root.readonly (and the plain hutch.rootfs.options): the root mount itself, not its submounts, as runc. */
export function readonlyRoot(ctx: PlanContext, attrs: number = MOUNT_ATTR.RDONLY): void {
  const b = ctx.b;
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(attrs), 0);
  const names = flagNames(attrs, MOUNT_ATTR, 'MOUNT_ATTR_');
  b.syscall('mount_setattr', [AT.FDCWD, b.addr(b.string('/')), 0, b.addr(b.bytes(attr, 'mount_attr')), 32], {
    what: attrs === MOUNT_ATTR.RDONLY ? 'remount the root read-only' : `set the root mount's attributes (${names})`,
    show: ['AT_FDCWD', undefined, '0', `{set=${names}}`],
  });
}

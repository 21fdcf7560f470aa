import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import { openInRoot, mkdirAll, touch } from './paths.js';
import { AT, MOUNT_ATTR, MOVE_MOUNT, MS, OPEN_TREE, RESOLVE, flagNames } from '../sys/consts.js';
import type { Value } from './builder.js';
import type { CopyUp } from './copyup.js';
import type { LinuxIDMapping } from '../config/types.js';
import { planCopyUp } from './copyup.js';
import { refuseProcfs } from './procfs.js';

/** A mount, decided in TypeScript (lib/mounts/resolve.ts), ready to become steps. */
export type MountOp = BindMountOp | FsMountOp | SymlinkOp | ReadonlyOp;

/** A symlink made inside a mounted tmpfs (cgroup controller aliases). */
export interface SymlinkOp {
  kind: 'symlink';
  dest: string;
  target: string;
  what: string;
}

/** A read-only remount after the mounts below it are in place. */
export interface ReadonlyOp {
  kind: 'readonly';
  dest: string;
  what: string;
}

interface MountCommon {
  /** Absolute path inside the container. */
  dest: string;
  /** Propagation changes applied after the mount, in order. */
  propagation: number[];
  /** Recursive attributes (rro, rnosuid...) applied with mount_setattr. */
  recAttrSet: number;
  recAttrClr: number;
  /** Original description for messages: "mount proc on /proc". */
  what: string;
  /** Refuse (with this text) a target the plan finds on a procfs (see mounts/proc.ts). */
  refuseProcfsTarget?: string;
  /** The container's /proc: once mounted it must be a procfs (else refuse with this text); sysctls are written through it. */
  mustBeProcfs?: string;
}

export interface BindMountOp extends MountCommon {
  kind: 'bind';
  /** Host path (absolute), opened before pivot_root. */
  source: string;
  recursive: boolean;
  /** Directory bind (mkdir the target) or file bind (create an empty file). */
  isDir: boolean;
  /** Attributes for the top mount only (ro, nosuid... without the r prefix). */
  attrSet: number;
  attrClr: number;
  /**
   * Idmapped: the mappings config.json gave (on the mount, else the
   * container's). The runtime makes a user namespace holding them and passes
   * its fd with the plan's fds (InitFds.idmaps, one per idmapped mount in
   * order). The tree is made in the runtime's namespaces, before the
   * container's user namespace exists, since MOUNT_ATTR_IDMAP needs
   * privilege over the filesystem.
   */
  idmap?: { uid: LinuxIDMapping[] | undefined; gid: LinuxIDMapping[] | undefined; recursive: boolean };
}

export interface FsMountOp extends MountCommon {
  kind: 'fs';
  fstype: string;
  source: string;
  flags: number;
  data: string;
  /** proc and sysfs must land on a real directory, never through a symlink. */
  noSymlinks: boolean;
  /** podman's tmpcopyup: fill the new tmpfs with what the directory held. */
  tmpcopyup: boolean;
  /** Filled in when the plan is made (it reads the rootfs). */
  copyUp?: CopyUp;
}

/** mount_setattr(fd, "", AT_EMPTY_PATH [|AT_RECURSIVE], {set, clr}). */
function setAttrs(ctx: PlanContext, fd: Value, set: number, clr: number, recursive: boolean, what: string): void {
  if (!set && !clr) return;
  const b = ctx.b;
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(set), 0);
  attr.writeBigUInt64LE(BigInt(clr), 8);
  b.syscall('mount_setattr', [fd, b.addr(b.string('')), AT.EMPTY_PATH | (recursive ? AT.RECURSIVE : 0), b.addr(b.bytes(attr, 'mount_attr')), 32], {
    what,
    show: [undefined, undefined, recursive ? 'AT_EMPTY_PATH|AT_RECURSIVE' : 'AT_EMPTY_PATH', `{set=${flagNames(set, MOUNT_ATTR, 'MOUNT_ATTR_')}, clr=${flagNames(clr, MOUNT_ATTR, 'MOUNT_ATTR_')}}`],
  });
}

/**
 * Bind sources are host paths, so they are opened (as detached mount trees)
 * before pivot_root; the trees are attached once the targets exist.
 */
export function openBindSource(ctx: PlanContext, m: BindMountOp): Value {
  const b = ctx.b;
  const flags = OPEN_TREE.CLONE | OPEN_TREE.CLOEXEC | (m.recursive ? AT.RECURSIVE : 0);
  const tree = b.syscall('open_tree', [AT.FDCWD, b.addr(b.string(m.source)), flags], {
    what: m.what,
    show: ['AT_FDCWD', undefined, 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC' + (m.recursive ? '|AT_RECURSIVE' : '')],
  });
  return b.result(tree);
}

/** open_tree + MOUNT_ATTR_IDMAP with the user namespace `usernsFd`, in the runtime's user namespace (see BindMountOp.idmap). */
export function openIdmappedTree(ctx: PlanContext, m: BindMountOp, usernsFd: number): Value {
  const b = ctx.b;
  const tree = openBindSource(ctx, m);
  const recursive = m.idmap?.recursive === true;
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(MOUNT_ATTR.IDMAP), 0);
  attr.writeBigUInt64LE(BigInt(usernsFd), 24);
  b.syscall('mount_setattr', [tree, b.addr(b.string('')), AT.EMPTY_PATH | (recursive ? AT.RECURSIVE : 0), b.addr(b.bytes(attr, 'mount_attr{IDMAP}')), 32], {
    what: `${m.what}: idmap the mount`,
    show: [undefined, undefined, recursive ? 'AT_EMPTY_PATH|AT_RECURSIVE' : 'AT_EMPTY_PATH', '{set=MOUNT_ATTR_IDMAP, userns_fd}'],
  });
  return tree;
}

export function planBindMount(ctx: PlanContext, m: BindMountOp, tree: Value): void {
  const b = ctx.b;
  setAttrs(ctx, tree, m.attrSet, m.attrClr, false, `${m.what}: set mount attributes`);
  setAttrs(ctx, tree, m.recAttrSet, m.recAttrClr, true, `${m.what}: set recursive mount attributes`);
  if (m.isDir) mkdirAll(ctx, m.dest);
  else touch(ctx, m.dest);
  const target = openInRoot(ctx, m.dest, ctx.O.PATH | (m.isDir ? ctx.O.DIRECTORY : 0), `${m.what}: open the target`);
  if (m.refuseProcfsTarget) refuseProcfs(ctx, b.result(target), m.refuseProcfsTarget, `${m.what}: the target must not be in /proc`);
  b.syscall('move_mount', [tree, b.addr(b.string('')), b.result(target), b.addr(b.string('')), MOVE_MOUNT.F_EMPTY_PATH | MOVE_MOUNT.T_EMPTY_PATH], {
    what: m.what,
    show: [undefined, undefined, undefined, undefined, 'MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH'],
  });
  b.syscall('close', [b.result(target)], { what: 'close the target' });
  b.syscall('close', [tree], { what: 'close the mount tree' });
  applyPropagation(ctx, m);
}

export function planFsMount(ctx: PlanContext, m: FsMountOp): void {
  const b = ctx.b;
  mkdirAll(ctx, m.dest);
  // tmpcopyup: keep a handle on the directory the tmpfs is about to cover.
  const under = m.copyUp ? openInRoot(ctx, m.dest, ctx.O.PATH | ctx.O.DIRECTORY, `tmpcopyup ${m.dest}: open the directory`) : undefined;
  const target = openInRoot(
    ctx,
    m.dest,
    ctx.O.PATH | ctx.O.DIRECTORY,
    m.noSymlinks ? `${m.what}: open the target (it must be a directory, not a symlink)` : `${m.what}: open the target`,
    { resolve: m.noSymlinks ? RESOLVE.NO_SYMLINKS : 0 },
  );
  if (m.refuseProcfsTarget) refuseProcfs(ctx, b.result(target), m.refuseProcfsTarget, `${m.what}: the target must not be in /proc`);
  const path = ctx.procFdPath(b.result(target));
  b.syscall('mount', [b.addr(b.string(m.source)), path, b.addr(b.string(m.fstype)), m.flags, m.data ? b.addr(b.string(m.data)) : 0], {
    what: m.what,
    show: [undefined, `/proc/self/fd/$${target.index}`, undefined, flagNames(m.flags, MS, 'MS_'), m.data ? JSON.stringify(m.data) : 'NULL'],
  });
  b.syscall('close', [b.result(target)], { what: 'close the target' });
  if (m.copyUp && under) {
    const fresh = openInRoot(ctx, m.dest, ctx.O.RDONLY | ctx.O.DIRECTORY, `tmpcopyup ${m.dest}: open the tmpfs`);
    planCopyUp(ctx, m.copyUp, b.result(under), b.result(fresh), m.dest);
    b.syscall('close', [b.result(fresh)], { what: 'close' });
    b.syscall('close', [b.result(under)], { what: 'close' });
  }
  if (m.recAttrSet || m.recAttrClr) {
    const again = openInRoot(ctx, m.dest, ctx.O.PATH | ctx.O.DIRECTORY, `${m.what}: reopen`);
    setAttrs(ctx, b.result(again), m.recAttrSet, m.recAttrClr, true, `${m.what}: set recursive mount attributes`);
    b.syscall('close', [b.result(again)], { what: 'close' });
  }
  applyPropagation(ctx, m);
}

/** Propagation is changed on the new mount, so reopen the target to get it. */
function applyPropagation(ctx: PlanContext, m: MountCommon): void {
  if (!m.propagation.length) return;
  const b = ctx.b;
  const mnt = openInRoot(ctx, m.dest, ctx.O.PATH, `${m.what}: reopen for propagation`);
  for (const p of m.propagation) {
    const path = ctx.procFdPath(b.result(mnt));
    b.syscall('mount', [0, path, 0, p, 0], {
      what: `${m.what}: set propagation ${flagNames(p, MS, 'MS_')}`,
      show: ['NULL', `/proc/self/fd/$${mnt.index}`, 'NULL', flagNames(p, MS, 'MS_'), 'NULL'],
    });
  }
  b.syscall('close', [b.result(mnt)], { what: 'close' });
}

/** Make a mount read-only after the fact (cgroup tmpfs, /dev with ro). */
export function remountReadonly(ctx: PlanContext, dest: string): void {
  const b = ctx.b;
  const fd = openInRoot(ctx, dest, ctx.O.PATH | ctx.O.DIRECTORY, `reopen ${dest}`);
  setAttrs(ctx, b.result(fd), MOUNT_ATTR.RDONLY, 0, false, `remount ${dest} read-only`);
  b.syscall('close', [b.result(fd)], { what: 'close' });
}

export function describeMount(type: string, source: string, dest: string): string {
  return type === 'bind' ? `bind mount ${source} on ${dest}` : `mount ${type} on ${dest}`;
}

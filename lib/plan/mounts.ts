import type { PlanContext } from './context.js';
import { openInRoot, mkdirAll, touch } from './paths.js';
import { AT, MOUNT_ATTR, MOVE_MOUNT, MS, OPEN_TREE, RESOLVE, S, flagNames } from '../sys/consts.js';
import type { DataBlock, Label, Step, Value } from './builder.js';
import { AluOp } from './format.js';
import { fileMode, fileType } from './statx.js';
import { ELOOP, ENOTDIR, EPERM } from '../sys/errno.js';
import type { CopyUp } from './copyup.js';
import type { LinuxIDMapping } from '../config/types.js';
import { planCopyUp } from './copyup.js';
import { refuseProcfs } from './procfs.js';

/** A mount, decided in TypeScript (lib/mounts/resolve.ts), ready to become steps. */
export type MountOp = BindMountOp | FsMountOp | SymlinkOp | ReadonlyOp;

/** A symlink made inside a mounted tmpfs (cgroup controller aliases). */
interface SymlinkOp {
  kind: 'symlink';
  dest: string;
  target: string;
  what: string;
}

/** A read-only remount after the mounts below it are in place. */
interface ReadonlyOp {
  kind: 'readonly';
  dest: string;
  what: string;
}

interface MountCommon {
  /** Absolute path inside the container, as config.json gave it (normalized): messages and identity (/dev, /proc). */
  dest: string;
  /**
   * Where the plan makes and opens the mount point: `dest` resolved in the
   * image's rootfs (a symlink to a path that does not exist yet is followed
   * there, as runc's securejoin does); resolved again in the rootfs when the
   * plan runs.
   */
  target: string;
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
  /**
   * Directory bind (mkdir the target) or file bind (create an empty file);
   * undefined: the source does not exist yet (an earlier mount makes it),
   * the plan looks at the opened source.
   */
  isDir: boolean | undefined;
  /** Attributes for the top mount only (options/bindAttributes): exactly these flags, or the source's when both are 0. */
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
  /** proc and sysfs land on a real directory, never through a symlink: else refuse with this text (runc's). */
  ordinaryDir?: string;
  /** A tmpfs without mode=: its root gets the mode of the directory it covers, if there was one (runc). */
  keepMode: boolean;
  /** Mounted writable, made read-only once filled: right after (tmpfs), or at the very end (/dev). */
  readonly?: 'after-setup' | 'at-the-end';
  /** podman's tmpcopyup: fill the new tmpfs with what the directory held. */
  tmpcopyup: boolean;
  /** Filled in when the plan is made (it reads the rootfs). */
  copyUp?: CopyUp;
}

/** mount_setattr(fd, "", AT_EMPTY_PATH [|AT_RECURSIVE], {set, clr}). */
export function setMountAttrs(ctx: PlanContext, fd: Value, set: number, clr: number, recursive: boolean, what: string): void {
  if (!set && !clr) return;
  mountSetattr(
    ctx,
    fd,
    attrBlock(ctx, set, clr),
    recursive,
    what,
    undefined,
    `{set=${flagNames(set, MOUNT_ATTR, 'MOUNT_ATTR_')}, clr=${flagNames(clr, MOUNT_ATTR, 'MOUNT_ATTR_')}}`,
  );
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
  b.syscall(
    'mount_setattr',
    [tree, b.addr(b.string('')), AT.EMPTY_PATH | (recursive ? AT.RECURSIVE : 0), b.addr(b.bytes(attr, 'mount_attr{IDMAP}')), 32],
    {
      what: `${m.what}: idmap the mount`,
      show: [undefined, undefined, recursive ? 'AT_EMPTY_PATH|AT_RECURSIVE' : 'AT_EMPTY_PATH', '{set=MOUNT_ATTR_IDMAP, userns_fd}'],
    },
  );
  return tree;
}

export function planBindMount(ctx: PlanContext, m: BindMountOp, tree: Value): void {
  const b = ctx.b;
  setBindAttrs(ctx, tree, m);
  setMountAttrs(ctx, tree, m.recAttrSet, m.recAttrClr, true, `${m.what}: set recursive mount attributes`);
  makeBindTarget(ctx, m, tree);
  const target = openInRoot(ctx, m.target, ctx.O.PATH | (m.isDir ? ctx.O.DIRECTORY : 0), `${m.what}: open the target`);
  if (m.refuseProcfsTarget) refuseProcfs(ctx, b.result(target), m.refuseProcfsTarget, `${m.what}: the target must not be in /proc`);
  b.syscall(
    'move_mount',
    [tree, b.addr(b.string('')), b.result(target), b.addr(b.string('')), MOVE_MOUNT.F_EMPTY_PATH | MOVE_MOUNT.T_EMPTY_PATH],
    {
      what: m.what,
      show: [undefined, undefined, undefined, undefined, 'MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH'],
    },
  );
  ctx.mounted(m.dest, m.isDir);
  b.syscall('close', [b.result(target)], { what: 'close the target' });
  b.syscall('close', [tree], { what: 'close the mount tree' });
  applyPropagation(ctx, m);
}

/** mkdir -p a directory bind's target, create a file bind's; or, for a source made during setup, look first. */
function makeBindTarget(ctx: PlanContext, m: BindMountOp, tree: Value): void {
  if (m.isDir === true) return mkdirAll(ctx, m.target);
  if (m.isDir === false) return touch(ctx, m.target);
  const b = ctx.b;
  const file = b.label(`${m.target}: a file bind`);
  const done = b.label(`${m.target}: target made`);
  b.jumpIfNotEqual(fileType(ctx, tree, `${m.what}: the source`).type, S.IFDIR, file, `${m.what}: the source a directory?`);
  mkdirAll(ctx, m.target);
  b.jump(done);
  b.place(file);
  touch(ctx, m.target);
  b.place(done);
}

/** The per-mount flags the kernel locks in a user namespace when the mount came from a more privileged one. */
const LOCKABLE = MOUNT_ATTR.RDONLY | MOUNT_ATTR.NOSUID | MOUNT_ATTR.NODEV | MOUNT_ATTR.NOEXEC;
/** struct statfs: f_flags (ST_RDONLY 1, ST_NOSUID 2, ST_NODEV 4, ST_NOEXEC 8: MOUNT_ATTR's bits) at 80, on x86_64 and aarch64. */
const STATFS = { size: 128, flags: 80 } as const;

/**
 * A bind's own flags, exactly as asked. In a user namespace the kernel
 * refuses (EPERM) to clear the ro, nosuid, nodev or noexec the source mount
 * had (they are locked): then the source's are kept and the rest applied,
 * as runc 1.2 does (runc 1.1.5 fails). A locked access-time setting that
 * the options change still fails.
 */
function setBindAttrs(ctx: PlanContext, tree: Value, m: BindMountOp): void {
  if (!m.attrSet && !m.attrClr) return;
  const b = ctx.b;
  const what = `${m.what}: set mount attributes`;
  const retry = b.label(`${what}: keep the locked flags`);
  const done = b.label(`${what}: done`);
  const first = mountSetattr(
    ctx,
    tree,
    attrBlock(ctx, m.attrSet, m.attrClr),
    false,
    what,
    retry,
    `{set=${flagNames(m.attrSet, MOUNT_ATTR, 'MOUNT_ATTR_')}, clr=${flagNames(m.attrClr, MOUNT_ATTR, 'MOUNT_ATTR_')}}`,
  );
  b.jump(done);
  b.place(retry);
  const refused = b.label(`${what}: failed`);
  b.jumpIfNotEqual(b.result(first), -EPERM, refused, `${what}: EPERM?`);
  const st = b.zeros(STATFS.size, 'statfs');
  b.syscall('fstatfs', [tree, b.addr(st)], { what: `${what}: the source's flags` });
  const locked = b.result(b.alu(AluOp.And, b.load64(st, STATFS.flags), LOCKABLE, `${what}: the source's lockable flags`));
  const again = attrBlock(ctx, 0, 0);
  b.store64(b.result(b.alu(AluOp.Or, m.attrSet, locked, `${what}: set += locked`)), again, 0);
  b.store64(b.result(b.alu(AluOp.AndNot, m.attrClr, locked, `${what}: clr -= locked`)), again, 8);
  mountSetattr(ctx, tree, again, false, what, undefined, '{set+locked, clr-locked}');
  b.jump(done);
  b.place(refused);
  b.fail(first, b.result(first), 'negated errno');
  b.place(done);
}

function attrBlock(ctx: PlanContext, set: number, clr: number): DataBlock {
  const attr = Buffer.alloc(32);
  attr.writeBigUInt64LE(BigInt(set), 0);
  attr.writeBigUInt64LE(BigInt(clr), 8);
  return ctx.b.bytes(attr, 'mount_attr');
}

function mountSetattr(
  ctx: PlanContext,
  fd: Value,
  attr: DataBlock,
  recursive: boolean,
  what: string,
  onError: Label | undefined,
  shown: string,
): Step {
  const b = ctx.b;
  return b.syscall('mount_setattr', [fd, b.addr(b.string('')), AT.EMPTY_PATH | (recursive ? AT.RECURSIVE : 0), b.addr(attr), 32], {
    what,
    onError,
    show: [undefined, undefined, recursive ? 'AT_EMPTY_PATH|AT_RECURSIVE' : 'AT_EMPTY_PATH', shown],
  });
}

export function planFsMount(ctx: PlanContext, m: FsMountOp): void {
  const b = ctx.b;
  const mode = m.keepMode ? coveredMode(ctx, m) : undefined;
  mkdirAll(ctx, m.target);
  // tmpcopyup: keep a handle on the directory the tmpfs is about to cover.
  const under = m.copyUp ? openInRoot(ctx, m.target, ctx.O.PATH | ctx.O.DIRECTORY, `tmpcopyup ${m.dest}: open the directory`) : undefined;
  const target = m.ordinaryDir
    ? openOrdinaryDir(ctx, m, m.ordinaryDir)
    : openInRoot(ctx, m.target, ctx.O.PATH | ctx.O.DIRECTORY, `${m.what}: open the target`);
  if (m.refuseProcfsTarget) refuseProcfs(ctx, b.result(target), m.refuseProcfsTarget, `${m.what}: the target must not be in /proc`);
  const path = ctx.procFdPath(b.result(target));
  b.syscall('mount', [b.addr(b.string(m.source)), path, b.addr(b.string(m.fstype)), m.flags, m.data ? b.addr(b.string(m.data)) : 0], {
    what: m.what,
    show: [undefined, `/proc/self/fd/$${target.index}`, undefined, flagNames(m.flags, MS, 'MS_'), m.data ? JSON.stringify(m.data) : 'NULL'],
  });
  ctx.mounted(m.dest, true);
  b.syscall('close', [b.result(target)], { what: 'close the target' });
  if (m.copyUp || mode) {
    const fresh = openInRoot(ctx, m.target, ctx.O.RDONLY | ctx.O.DIRECTORY, `${m.what}: open the new ${m.fstype}`);
    if (m.copyUp && under) {
      planCopyUp(ctx, m.copyUp, b.result(under), b.result(fresh), m.dest);
      b.syscall('close', [b.result(under)], { what: 'close' });
    }
    if (mode) restoreMode(ctx, m, mode, b.result(fresh));
    b.syscall('close', [b.result(fresh)], { what: 'close' });
  }
  if (m.readonly === 'after-setup') remountReadonly(ctx, m.target);
  if (m.recAttrSet || m.recAttrClr) {
    const again = openInRoot(ctx, m.target, ctx.O.PATH | ctx.O.DIRECTORY, `${m.what}: reopen`);
    setMountAttrs(ctx, b.result(again), m.recAttrSet, m.recAttrClr, true, `${m.what}: set recursive mount attributes`);
    b.syscall('close', [b.result(again)], { what: 'close' });
  }
  applyPropagation(ctx, m);
}

/** proc and sysfs: the target opened with no symlink on the way and a directory, or runc's refusal. */
function openOrdinaryDir(ctx: PlanContext, m: FsMountOp, refusal: string): Step {
  const b = ctx.b;
  const bad = b.label(`${m.target}: not an ordinary directory?`);
  const ok = b.label(`${m.target}: an ordinary directory`);
  const other = b.label(`${m.target}: open failed`);
  const target = openInRoot(
    ctx,
    m.target,
    ctx.O.PATH | ctx.O.DIRECTORY,
    `${m.what}: open the target (it must be a directory, not a symlink)`,
    { resolve: RESOLVE.NO_SYMLINKS, onError: bad },
  );
  b.jump(ok);
  b.place(bad);
  const refuse = b.label(`${m.target}: refuse`);
  b.jumpIfEqual(b.result(target), -ELOOP, refuse, `${m.target}: a symlink?`);
  b.jumpIfNotEqual(b.result(target), -ENOTDIR, other, `${m.target}: not a directory?`);
  b.place(refuse);
  b.refuse(refusal);
  b.place(other);
  b.fail(target, b.result(target), 'negated errno');
  b.place(ok);
  return target;
}

/**
 * The mode of the directory a tmpfs is about to cover, read before the
 * target is made: a slot of [mode, present] (present 0: there was none, the
 * tmpfs keeps its own 1777, as runc's).
 */
function coveredMode(ctx: PlanContext, m: FsMountOp): DataBlock {
  const b = ctx.b;
  const slot = b.zeros(8, `${m.target}: [mode, present] of the covered directory`);
  const absent = b.label(`${m.target}: nothing to cover`);
  const dir = openInRoot(ctx, m.target, ctx.O.PATH | ctx.O.DIRECTORY, `${m.what}: the directory it covers`, { onError: absent });
  b.store32(fileMode(ctx, b.result(dir), `${m.what}: the directory it covers`), slot, 0);
  b.store32(1, slot, 4);
  b.syscall('close', [b.result(dir)], { what: 'close' });
  b.place(absent);
  return slot;
}

function restoreMode(ctx: PlanContext, m: FsMountOp, slot: DataBlock, fresh: Value): void {
  const b = ctx.b;
  const skip = b.label(`${m.target}: no mode to keep`);
  b.jumpIfEqual(b.load32(slot, 4), 0, skip, `${m.target}: a directory was covered?`);
  b.syscall('fchmod', [fresh, b.load32(slot, 0)], { what: `${m.what}: keep the mode of the directory it covers` });
  b.place(skip);
}

/** Propagation is changed on the new mount, so reopen the target to get it. */
function applyPropagation(ctx: PlanContext, m: MountCommon): void {
  if (!m.propagation.length) return;
  const b = ctx.b;
  const mnt = openInRoot(ctx, m.target, ctx.O.PATH, `${m.what}: reopen for propagation`);
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
  setMountAttrs(ctx, b.result(fd), MOUNT_ATTR.RDONLY, 0, false, `remount ${dest} read-only`);
  b.syscall('close', [b.result(fd)], { what: 'close' });
}

export function describeMount(type: string, source: string, dest: string): string {
  return type === 'bind' ? `bind mount ${source} on ${dest}` : `mount ${type} on ${dest}`;
}

import type { PlanContext } from './context.js';
import type { Value } from './builder.js';
import { STATX, fileType } from './statx.js';
import { openInRoot, ownDir } from './paths.js';
import { AT, MOUNT_ATTR, MOVE_MOUNT, OPEN_TREE, S } from '../sys/consts.js';
import { ENOENT } from '../sys/errno.js';

const FSOPEN_CLOEXEC = 1;
const FSCONFIG_SET_STRING = 1;
const FSCONFIG_CMD_CREATE = 6;
const FSMOUNT_CLOEXEC = 1;

/**
 * Masked paths are covered with a /dev/null of the runtime's own, never
 * with a path of the image: an image whose /dev/null is a symlink (to a
 * procfs file, say) or which has none would otherwise get its masks bound
 * to that file, or silently skipped (CVE-2025-31133). The null device is
 * the one the plan made in the /dev tmpfs it mounted (`devFd`, reached
 * without following anything; runc masks with that one too), else the
 * host's /dev/null. Either is checked to be the character device 1:3,
 * then cloned as one bind per masked path before pivot_root: a detached
 * mount must be made while its source is in our mount namespace, which
 * the old root no longer is afterwards.
 */
export function cloneDevNull(ctx: PlanContext, count: number, devFd: Value | undefined): Value[] {
  if (count === 0) return [];
  const b = ctx.b;
  const fd = devFd
    ? openInRoot(ctx, '/dev/null', ctx.O.PATH, 'open the /dev/null the plan made, to mask paths with', { dir: ownDir(devFd, '/dev') })
    : b.syscall('openat', [AT.FDCWD, b.addr(b.string('/dev/null')), ctx.O.PATH | ctx.O.CLOEXEC, 0], {
        what: "open the host's /dev/null to mask paths with",
      });
  const { type, buf } = fileType(ctx, b.result(fd), 'check /dev/null');
  const bad = b.label('/dev/null is not the null device');
  const ok = b.label('/dev/null is the null device');
  b.jumpIfNotEqual(type, S.IFCHR, bad, '/dev/null: a character device?');
  b.jumpIfNotEqual(b.load32(buf, STATX.rdevMajor), 1, bad, '/dev/null: major 1?');
  b.jumpIfEqual(b.load32(buf, STATX.rdevMinor), 3, ok, '/dev/null: minor 3?');
  b.place(bad);
  b.refuse('unable to mask paths: /dev/null is not the null device (character device 1:3)');
  b.place(ok);
  const clones: Value[] = [];
  for (let i = 0; i < count; i++) {
    const tree = b.syscall('open_tree', [b.result(fd), b.addr(b.string('')), OPEN_TREE.CLONE | OPEN_TREE.CLOEXEC | AT.EMPTY_PATH], {
      what: 'bind /dev/null for a masked path',
      show: [undefined, '""', 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_EMPTY_PATH'],
    });
    clones.push(b.result(tree));
  }
  b.syscall('close', [b.result(fd)], { what: 'close /dev/null' });
  return clones;
}

/**
 * Mask `path` (after pivot_root, resolved in the container) as runc does:
 * /dev/null over a file, an empty read-only tmpfs over a directory; a
 * path that does not exist needs no mask. Any other failure is an error,
 * never a mask silently left out. `devNull` is a clone from cloneDevNull.
 */
export function maskPath(ctx: PlanContext, path: string, devNull: Value): void {
  const b = ctx.b;
  const absent = b.label(`${path} absent`);
  const done = b.label(`masked ${path}`);
  const target = openInRoot(ctx, path, ctx.O.PATH, `mask ${path}`, { onError: absent });
  const dir = b.label(`mask ${path} as a directory`);
  const close = b.label(`mask ${path}: close`);
  b.jumpIfEqual(fileType(ctx, b.result(target), `mask ${path}`).type, S.IFDIR, dir, `${path} a directory?`);
  moveMount(ctx, devNull, b.result(target), `mask ${path}`);
  b.jump(close);
  b.place(dir);
  const fs = b.syscall('fsopen', [b.addr(b.string('tmpfs')), FSOPEN_CLOEXEC], {
    what: `mask ${path}: make a tmpfs`,
    show: [undefined, 'FSOPEN_CLOEXEC'],
  });
  // Source "tmpfs", as runc's mount("tmpfs", path, "tmpfs", MS_RDONLY) shows in mountinfo.
  b.syscall('fsconfig', [b.result(fs), FSCONFIG_SET_STRING, b.addr(b.string('source')), b.addr(b.string('tmpfs')), 0], {
    what: `mask ${path}: make a tmpfs`,
    show: [undefined, 'FSCONFIG_SET_STRING'],
  });
  b.syscall('fsconfig', [b.result(fs), FSCONFIG_CMD_CREATE, 0, 0, 0], {
    what: `mask ${path}: make a tmpfs`,
    show: [undefined, 'FSCONFIG_CMD_CREATE'],
  });
  const mnt = b.syscall('fsmount', [b.result(fs), FSMOUNT_CLOEXEC, MOUNT_ATTR.RDONLY], {
    what: `mask ${path}: make a tmpfs`,
    show: [undefined, 'FSMOUNT_CLOEXEC', 'MOUNT_ATTR_RDONLY'],
  });
  moveMount(ctx, b.result(mnt), b.result(target), `mask ${path}`);
  b.syscall('close', [b.result(mnt)], { what: 'close' });
  b.syscall('close', [b.result(fs)], { what: 'close' });
  b.place(close);
  b.syscall('close', [b.result(target)], { what: 'close' });
  b.jump(done);
  // The open failed: fine only when the path does not exist.
  b.place(absent);
  b.jumpIfEqual(b.result(target), -ENOENT, done, `${path} does not exist`);
  b.fail(target, b.result(target), 'negated errno');
  b.place(done);
  b.syscall('close', [devNull], { what: 'close the /dev/null bind' });
}

function moveMount(ctx: PlanContext, tree: Value, target: Value, what: string): void {
  const b = ctx.b;
  b.syscall('move_mount', [tree, b.addr(b.string('')), target, b.addr(b.string('')), MOVE_MOUNT.F_EMPTY_PATH | MOVE_MOUNT.T_EMPTY_PATH], {
    what,
    show: [undefined, '""', undefined, '""', 'MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH'],
  });
}

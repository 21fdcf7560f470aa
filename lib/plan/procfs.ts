import type { PlanContext } from './context.js';
import type { Step, Value } from './builder.js';
import { AT, RESOLVE } from '../sys/consts.js';
import { openInRoot } from './paths.js';

/** statfs.f_type of procfs (linux/magic.h). */
export const PROC_SUPER_MAGIC = 0x9fa0;

/** struct statfs is 120 bytes on x86_64 and aarch64; f_type is the first (64-bit) word. */
const STATFS_SIZE = 128;

/**
 * Every file the plan writes in procfs (sysctls, oom_score_adj,
 * timens_offsets) is opened through an fd on a procfs mount the plan
 * checked itself (fstatfs says PROC_SUPER_MAGIC), with openat2 forbidding
 * a crossing into another mount: whatever a config or image mounted inside
 * /proc, or a symlink it placed there, the write cannot land in a file they
 * chose (CVE-2025-52881). Only procfs's own "self" symlink is followed
 * (magic links never), and nothing outside the procfs mount is reached.
 */
const PROC_RESOLVE = RESOLVE.NO_XDEV | RESOLVE.NO_MAGICLINKS | RESOLVE.BENEATH;

/** Refuse with `refusal` unless `fd` is on a procfs (`onProcfs` true), or if it is (false). */
function checkProcfs(ctx: PlanContext, fd: Value, onProcfs: boolean, refusal: string, what: string): void {
  const b = ctx.b;
  const buf = b.zeros(STATFS_SIZE, 'statfs');
  b.syscall('fstatfs', [fd, b.addr(buf)], { what: `${what}: fstatfs` });
  const ok = b.label(`${what}: ok`);
  if (onProcfs) b.jumpIfEqual(b.load64(buf), PROC_SUPER_MAGIC, ok, `${what}: f_type == PROC_SUPER_MAGIC?`);
  else b.jumpIfNotEqual(b.load64(buf), PROC_SUPER_MAGIC, ok, `${what}: f_type != PROC_SUPER_MAGIC?`);
  b.refuse(refusal);
  b.place(ok);
}

function requireProcfs(ctx: PlanContext, fd: Value, refusal: string, what: string): void {
  checkProcfs(ctx, fd, true, refusal, what);
}

export function refuseProcfs(ctx: PlanContext, fd: Value, refusal: string, what: string): void {
  checkProcfs(ctx, fd, false, refusal, what);
}

/**
 * The container's /proc once mounted (by a proc mount, or a bind of a
 * procfs): check it is one and keep its fd for the procfs writes. A bind
 * of a plain directory there would otherwise give the container a fake
 * /proc and take the sysctls the runtime writes (CVE-2023-28642).
 */
export function openMountedProcfs(ctx: PlanContext, dest: string, refusal: string): Value {
  const b = ctx.b;
  const fd = openInRoot(ctx, dest, ctx.O.PATH | ctx.O.DIRECTORY, `open ${dest} after mounting it`);
  requireProcfs(ctx, b.result(fd), refusal, `check ${dest}`);
  return b.result(fd);
}

/**
 * The runtime's own /proc (the caller's mount namespace), for files of the
 * process itself before it enters any namespace: open and check it.
 */
export function openHostProcfs(ctx: PlanContext): Value {
  const b = ctx.b;
  const fd = b.syscall('openat', [AT.FDCWD, b.addr(b.string('/proc')), ctx.O.PATH | ctx.O.DIRECTORY | ctx.O.CLOEXEC, 0], {
    what: 'open /proc',
  });
  requireProcfs(ctx, b.result(fd), "open /proc: the runtime's /proc is not a procfs", 'check /proc');
  return b.result(fd);
}

/** openat2(procFd, rel) inside that procfs mount only. */
export function openProcFile(ctx: PlanContext, procFd: Value, rel: string, flags: number, what: string): Step {
  const b = ctx.b;
  const how = Buffer.alloc(24);
  how.writeBigUInt64LE(BigInt(flags | ctx.O.CLOEXEC), 0);
  how.writeBigUInt64LE(BigInt(PROC_RESOLVE), 16);
  return b.syscall('openat2', [procFd, b.addr(b.string(rel)), b.addr(b.bytes(how, 'open_how')), 24], {
    what,
    show: [undefined, JSON.stringify(rel), `{flags=0${(flags | ctx.O.CLOEXEC).toString(8)}, resolve=NO_XDEV|NO_MAGICLINKS|BENEATH}`],
  });
}

/** Write `text` to the procfs file `rel` (relative to the checked procfs `procFd`). */
export function writeProcFile(
  ctx: PlanContext,
  procFd: Value,
  rel: string,
  text: string,
  what: string,
  flags: number = ctx.O.WRONLY,
): void {
  const b = ctx.b;
  const fd = openProcFile(ctx, procFd, rel, flags, `open /proc/${rel}`);
  b.syscall('write', [b.result(fd), b.addr(b.string(text)), Buffer.byteLength(text)], { what });
  b.syscall('close', [b.result(fd)], { what: 'close' });
}

/**
 * runc's fixStdioPermissions: before the switch to the process's user, its
 * stdin, stdout and stderr (a terminal above all) are given to that user,
 * group unchanged, so that a non-root process owns its terminal. /dev/null
 * is left alone (it may be the host's), and a refusal (an owner or group
 * not mapped in the user namespace, a read-only /dev) is not an error.
 */
import type { PlanContext } from './context.js';
import type { Arch } from '../sys/arch.js';

/** struct stat: its size and the offset of st_rdev. */
const STAT: Record<Arch, { size: number; rdev: number }> = { x86_64: { size: 144, rdev: 40 }, aarch64: { size: 128, rdev: 32 } };
/** makedev(1, 3): /dev/null, wherever it comes from. */
const DEV_NULL = 0x103;

export function giveStdioToUser(ctx: PlanContext, uid: number): void {
  const b = ctx.b;
  const stat = STAT[ctx.arch];
  const buf = b.zeros(stat.size, 'struct stat');
  const empty = b.string('');
  for (const fd of [0, 1, 2]) {
    const skip = b.label(`fd ${fd} done`);
    b.syscall('newfstatat', [fd, b.addr(empty), b.addr(buf), 0x1000 /* AT_EMPTY_PATH */], {
      what: `stat fd ${fd}`,
      onError: skip,
      show: [undefined, '""', undefined, 'AT_EMPTY_PATH'],
    });
    b.jumpIfEqual(b.load64(buf, stat.rdev), DEV_NULL, skip, `is fd ${fd} /dev/null?`);
    b.syscall('fchown', [fd, uid, -1], { what: `give fd ${fd} to uid ${uid}`, onError: 'ignore', show: [undefined, undefined, '-1'] });
    b.place(skip);
  }
}

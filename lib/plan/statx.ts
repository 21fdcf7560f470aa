import type { PlanContext } from './context.js';
import type { DataBlock, Value } from './builder.js';
import { AluOp } from './format.js';
import { AT } from '../sys/consts.js';

/** struct statx: stx_mode (u16, then padding) at 28, stx_rdev_major/minor (u32) at 128/132. */
export const STATX = { size: 256, mode: 28, rdevMajor: 128, rdevMinor: 132, TYPE: 0x1, MODE: 0x2 } as const;
const S_IFMT = 0o170000;

/** statx(fd) with `mask`: the buffer, read at run time. */
function statx(ctx: PlanContext, fd: Value, mask: number, what: string): DataBlock {
  const b = ctx.b;
  const buf = b.zeros(STATX.size, 'statx');
  b.syscall('statx', [fd, b.addr(b.string('')), AT.EMPTY_PATH, mask, b.addr(buf)], {
    what: `${what}: statx`,
    show: [undefined, '""', 'AT_EMPTY_PATH', mask === STATX.TYPE ? 'STATX_TYPE' : 'STATX_TYPE|STATX_MODE'],
  });
  return buf;
}

/** statx(fd): the file type bits, and the buffer (for the device numbers). */
export function fileType(ctx: PlanContext, fd: Value, what: string): { type: Value; buf: DataBlock } {
  const buf = statx(ctx, fd, STATX.TYPE, what);
  return { type: ctx.b.result(ctx.b.alu(AluOp.And, ctx.b.load32(buf, STATX.mode), S_IFMT, `${what}: file type`)), buf };
}

/** statx(fd): the permission bits (setuid, setgid and sticky included). */
export function fileMode(ctx: PlanContext, fd: Value, what: string): Value {
  const buf = statx(ctx, fd, STATX.TYPE | STATX.MODE, what);
  return ctx.b.result(ctx.b.alu(AluOp.And, ctx.b.load32(buf, STATX.mode), 0o7777, `${what}: permission bits`));
}

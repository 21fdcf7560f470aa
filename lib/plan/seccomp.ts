import type { PlanContext } from './context.js';

export interface SeccompPlan {
  /** struct sock_filter[], as compiled by lib/seccomp. */
  program: Buffer;
  instructions: number;
  flags: number;
}

/** seccomp(SECCOMP_SET_MODE_FILTER, flags, &prog). */
export function installSeccomp(ctx: PlanContext, s: SeccompPlan): void {
  const b = ctx.b;
  const filter = b.bytes(s.program, `sock_filter[${s.instructions}]`);
  const prog = Buffer.alloc(16);
  prog.writeUInt16LE(s.instructions, 0);
  const fprog = b.struct(prog, [{ offset: 8, block: filter }], `{len=${s.instructions}, filter}`);
  b.syscall('seccomp', [1, s.flags, b.addr(fprog)], { what: 'install the seccomp filter', show: ['SECCOMP_SET_MODE_FILTER', `0x${s.flags.toString(16)}`] });
}

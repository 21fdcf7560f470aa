import type { PlanContext } from './context.js';
import { Report } from './format.js';
import { awaitRuntime, sendFd, sendReport } from './sync.js';
import { InternalError } from '../errors.js';

export interface SeccompPlan {
  /** struct sock_filter[], as compiled by lib/seccomp. */
  program: Buffer;
  instructions: number;
  flags: number;
  /**
   * SCMP_ACT_NOTIFY rules: the filter is loaded with
   * SECCOMP_FILTER_FLAG_NEW_LISTENER (in `flags`) and its listener goes to
   * the runtime, which hands it to the agent at listenerPath.
   */
  listener: boolean;
}

/** The fds of the plan's protocol with the runtime (InitFds). */
interface RuntimePipes {
  report: number;
  go: number;
  /** A unix socket to the runtime, for the listener (with SeccompPlan.listener). */
  seccomp?: number;
}

/**
 * seccomp(SECCOMP_SET_MODE_FILTER, flags, &prog). With a listener, its fd
 * goes to the runtime over a socket (SCM_RIGHTS; runc 1.1.5's pidfd_getfd
 * cannot reach a non-dumpable exec'd process from a rootless runtime), the
 * runtime hands it to the agent and says go; only then does the process go
 * on, so what the filter notifies from here on has an agent to answer it.
 * sendmsg(2) and write(2) do it: NOTIFY on either is refused when the
 * profile is compiled (it would wait for an agent that never gets the fd).
 */
export function installSeccomp(ctx: PlanContext, s: SeccompPlan, pipes: RuntimePipes): void {
  const b = ctx.b;
  const filter = b.bytes(s.program, `sock_filter[${s.instructions}]`);
  const prog = Buffer.alloc(16);
  prog.writeUInt16LE(s.instructions, 0);
  const fprog = b.struct(prog, [{ offset: 8, block: filter }], `{len=${s.instructions}, filter}`);
  const load = b.syscall('seccomp', [1, s.flags, b.addr(fprog)], {
    what: 'install the seccomp filter',
    show: ['SECCOMP_SET_MODE_FILTER', `0x${s.flags.toString(16)}`],
  });
  if (!s.listener) return;
  if (pipes.seccomp === undefined) throw new InternalError('plan: a seccomp listener, but no socket to send it over');
  sendFd(ctx, pipes.seccomp, b.result(load), 'seccompFd', 'send the seccomp listener to the runtime');
  b.syscall('close', [b.result(load)], { what: 'close the seccomp listener' });
  b.syscall('close', [pipes.seccomp], { what: 'close the seccomp socket' });
  sendReport(ctx, pipes.report, Report.Seccomp, 'tell the runtime the seccomp listener is sent');
  awaitRuntime(ctx, pipes.go, 'wait for the runtime to hand the seccomp listener to the agent');
}

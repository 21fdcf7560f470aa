import type { PlanContext } from './context.js';
import type { Label } from './builder.js';
import { CLONE, SIGCHLD } from '../sys/consts.js';
import { Report, REPORT_SIZE } from './format.js';

/**
 * The child's side of the protocol with the runtime (lib/runner/launch.ts):
 * 16-byte reports on one pipe, one-byte "go"s on another.
 */

const NAMES: Record<Report, string> = {
  [Report.Error]: 'ERROR',
  [Report.UsernsReady]: 'USERNS_READY',
  [Report.Pid]: 'PID',
  [Report.Ready]: 'READY',
  [Report.Hooks]: 'HOOKS',
};

/** write(reportFd, {kind}). */
export function sendReport(ctx: PlanContext, reportFd: number, kind: Report, what: string): void {
  const b = ctx.b;
  const msg = Buffer.alloc(REPORT_SIZE);
  msg.writeInt32LE(kind, 0);
  b.syscall('write', [reportFd, b.addr(b.bytes(msg, `{${NAMES[kind]}}`)), REPORT_SIZE], { what });
}

/**
 * Block until the runtime writes a byte. EOF means the runtime died: exit
 * rather than carry on (or wait forever) as a container nobody knows about.
 */
export function awaitRuntime(ctx: PlanContext, goFd: number, what: string): void {
  const b = ctx.b;
  const r = b.syscall('read', [goFd, b.addr(ctx.byte), 1], { what });
  const ok = b.label(`${what}: done`);
  b.jumpIfEqual(b.result(r), 1, ok, `${what}: got the byte?`);
  b.exit(1);
  b.place(ok);
}

/**
 * Fork (CLONE_PARENT, so the new process is the runtime's child) into the
 * pid namespace set up before; the parent reports the pid and exits, the
 * child jumps to `inside`.
 */
export function forkReportingPid(ctx: PlanContext, reportFd: number, inside: Label, what: string): void {
  const b = ctx.b;
  const child = b.syscall('clone', [CLONE.PARENT | SIGCHLD, 0, 0, 0, 0], { what, show: ['CLONE_PARENT|SIGCHLD', 'NULL', 'NULL', 'NULL', '0'] });
  b.jumpIfEqual(b.result(child), 0, inside, 'in the new process?');
  const msg = b.zeros(REPORT_SIZE, '{PID, pid}');
  b.store32(Report.Pid, msg, 0);
  b.store64(b.result(child), msg, 8);
  b.syscall('write', [reportFd, b.addr(msg), REPORT_SIZE], { what: 'tell the runtime the new pid' });
  b.exit(0);
}

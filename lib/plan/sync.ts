import type { PlanContext } from './context.js';
import type { Label, Value } from './builder.js';
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
  [Report.Seccomp]: 'SECCOMP',
};

/** write(reportFd, {kind}). */
export function sendReport(ctx: PlanContext, reportFd: number, kind: Report, what: string): void {
  const b = ctx.b;
  const msg = Buffer.alloc(REPORT_SIZE);
  msg.writeInt32LE(kind, 0);
  b.syscall('write', [reportFd, b.addr(b.bytes(msg, `{${NAMES[kind]}}`)), REPORT_SIZE], { what });
}

/** write(reportFd, {kind, value}), the value known only at run time (a pid, an fd). */
function reportValue(ctx: PlanContext, reportFd: number, kind: Report, value: Value, what: string): void {
  const b = ctx.b;
  const msg = b.zeros(REPORT_SIZE, `{${NAMES[kind]}, value}`);
  b.store32(kind, msg, 0);
  b.store64(value, msg, 8);
  b.syscall('write', [reportFd, b.addr(msg), REPORT_SIZE], { what });
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
  const child = b.syscall('clone', [CLONE.PARENT | SIGCHLD, 0, 0, 0, 0], {
    what,
    show: ['CLONE_PARENT|SIGCHLD', 'NULL', 'NULL', 'NULL', '0'],
  });
  b.jumpIfEqual(b.result(child), 0, inside, 'in the new process?');
  reportValue(ctx, reportFd, Report.Pid, b.result(child), 'tell the runtime the new pid');
  b.exit(0);
}

/** sendmsg(sock, {iov: name, SCM_RIGHTS: fd}), as Go's unix.UnixRights does it. */
export function sendFd(ctx: PlanContext, sock: number, fd: Value, name: string, what: string): void {
  const b = ctx.b;
  const nameBlock = b.bytes(Buffer.from(name), JSON.stringify(name));
  const iov = Buffer.alloc(16);
  iov.writeBigUInt64LE(BigInt(name.length), 8);
  const iovBlock = b.struct(iov, [{ offset: 0, block: nameBlock }], 'iovec');
  const cmsg = Buffer.alloc(24);
  cmsg.writeBigUInt64LE(20n, 0); // CMSG_LEN(sizeof(int))
  cmsg.writeInt32LE(1, 8); // SOL_SOCKET
  cmsg.writeInt32LE(1, 12); // SCM_RIGHTS
  const cmsgBlock = b.bytes(cmsg, '{SCM_RIGHTS}');
  b.store32(fd, cmsgBlock, 16);
  const msg = Buffer.alloc(56);
  msg.writeBigUInt64LE(1n, 24); // msg_iovlen
  msg.writeBigUInt64LE(24n, 40); // msg_controllen = CMSG_SPACE(sizeof(int))
  const msgBlock = b.struct(
    msg,
    [
      { offset: 16, block: iovBlock },
      { offset: 32, block: cmsgBlock },
    ],
    'msghdr',
  );
  b.syscall('sendmsg', [sock, b.addr(msgBlock), 0], { what });
}

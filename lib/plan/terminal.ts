import type { PlanContext } from './context.js';
import { AT } from '../sys/consts.js';

const TIOCSPTLCK = 0x40045431;
const TIOCGPTPEER = 0x5441;
const TIOCSWINSZ = 0x5414;
const TIOCSCTTY = 0x540e;

/** A pty for the process; the master goes to InitFds.console (a console socket, or the runtime's socketpair end). */
export interface TerminalPlan {
  size: { rows: number; cols: number } | undefined;
  /** Which of fds 0, 1, 2 become the pty (default all; a sandbox leaves a redirected stdout or stderr alone). */
  fds?: readonly number[];
}

/**
 * Make the process's terminal inside the container: a pty from the
 * container's own devpts, its master sent over the socket with SCM_RIGHTS
 * (what runc sends to --console-socket), the slave as stdin, stdout,
 * stderr and controlling terminal. Needs a session (setsid) already.
 */
export function planTerminal(ctx: PlanContext, t: TerminalPlan, socketFd: number): void {
  const b = ctx.b;
  const O = ctx.O;
  const master = b.syscall('openat', [AT.FDCWD, b.addr(b.string('/dev/ptmx')), O.RDWR | O.NOCTTY | O.CLOEXEC, 0], { what: 'open /dev/ptmx in the container' });
  const zero = b.zeros(4, 'int 0');
  b.syscall('ioctl', [b.result(master), TIOCSPTLCK, b.addr(zero)], { what: 'unlock the pty', show: [undefined, 'TIOCSPTLCK'] });
  const slave = b.syscall('ioctl', [b.result(master), TIOCGPTPEER, O.RDWR | O.NOCTTY | O.CLOEXEC], { what: 'open the pty slave', show: [undefined, 'TIOCGPTPEER', 'O_RDWR|O_NOCTTY|O_CLOEXEC'] });
  if (t.size) {
    const ws = Buffer.alloc(8);
    ws.writeUInt16LE(t.size.rows, 0);
    ws.writeUInt16LE(t.size.cols, 2);
    b.syscall('ioctl', [b.result(slave), TIOCSWINSZ, b.addr(b.bytes(ws, `{rows=${t.size.rows}, cols=${t.size.cols}}`))], { what: 'set the console size', show: [undefined, 'TIOCSWINSZ'] });
  }
  sendFd(ctx, socketFd, b.result(master), '/dev/ptmx');
  b.syscall('close', [b.result(master)], { what: 'close the pty master' });
  b.syscall('close', [socketFd], { what: 'close the console socket' });
  for (const fd of t.fds ?? [0, 1, 2]) b.syscall('dup3', [b.result(slave), fd, 0], { what: `use the pty as fd ${fd}` });
  b.syscall('ioctl', [b.result(slave), TIOCSCTTY, 0], { what: 'make the pty the controlling terminal', show: [undefined, 'TIOCSCTTY'] });
  b.syscall('close', [b.result(slave)], { what: 'close the pty slave' });
}

/** sendmsg(sock, {iov: name, SCM_RIGHTS: fd}), as Go's unix.UnixRights does it. */
function sendFd(ctx: PlanContext, sock: number, fd: ReturnType<PlanContext['b']['result']>, name: string): void {
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
  const msgBlock = b.struct(msg, [{ offset: 16, block: iovBlock }, { offset: 32, block: cmsgBlock }], 'msghdr');
  b.syscall('sendmsg', [sock, b.addr(msgBlock), 0], { what: 'send the pty master to the console socket' });
}

import type { PlanContext } from './context.js';
import type { Value } from './builder.js';
import { AT, MOVE_MOUNT, OPEN_TREE, RESOLVE, S } from '../sys/consts.js';
import { EEXIST } from '../sys/errno.js';
import { openInRoot, ownDir, withParent } from './paths.js';
import { sendFd } from './sync.js';

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
 * stderr and controlling terminal, and (the container's init only) bound
 * on /dev/console, as runc does. Needs a session (setsid) already.
 */
export function planTerminal(ctx: PlanContext, t: TerminalPlan, socketFd: number, opts: { console?: boolean } = {}): void {
  const b = ctx.b;
  const O = ctx.O;
  const master = b.syscall('openat', [AT.FDCWD, b.addr(b.string('/dev/ptmx')), O.RDWR | O.NOCTTY | O.CLOEXEC, 0], {
    what: 'open /dev/ptmx in the container',
  });
  const zero = b.zeros(4, 'int 0');
  b.syscall('ioctl', [b.result(master), TIOCSPTLCK, b.addr(zero)], { what: 'unlock the pty', show: [undefined, 'TIOCSPTLCK'] });
  const slave = b.syscall('ioctl', [b.result(master), TIOCGPTPEER, O.RDWR | O.NOCTTY | O.CLOEXEC], {
    what: 'open the pty slave',
    show: [undefined, 'TIOCGPTPEER', 'O_RDWR|O_NOCTTY|O_CLOEXEC'],
  });
  if (t.size) {
    const ws = Buffer.alloc(8);
    ws.writeUInt16LE(t.size.rows, 0);
    ws.writeUInt16LE(t.size.cols, 2);
    b.syscall('ioctl', [b.result(slave), TIOCSWINSZ, b.addr(b.bytes(ws, `{rows=${t.size.rows}, cols=${t.size.cols}}`))], {
      what: 'set the console size',
      show: [undefined, 'TIOCSWINSZ'],
    });
  }
  if (opts.console) bindConsole(ctx, b.result(slave));
  sendFd(ctx, socketFd, b.result(master), '/dev/ptmx', 'send the pty master to the console socket');
  b.syscall('close', [b.result(master)], { what: 'close the pty master' });
  b.syscall('close', [socketFd], { what: 'close the console socket' });
  for (const fd of t.fds ?? [0, 1, 2]) b.syscall('dup3', [b.result(slave), fd, 0], { what: `use the pty as fd ${fd}` });
  b.syscall('ioctl', [b.result(slave), TIOCSCTTY, 0], { what: 'make the pty the controlling terminal', show: [undefined, 'TIOCSCTTY'] });
  b.syscall('close', [b.result(slave)], { what: 'close the pty slave' });
}

/**
 * The empty file /dev/console, the mount point for the terminal: made while
 * /dev may still be written (a read-only /dev is made so at the end), in the
 * /dev tmpfs the plan mounted, else in the image's /dev (resolved in the
 * rootfs); an existing entry is left as it is (a symlink there makes the
 * bind fail, never lands on what it points to).
 */
export function makeConsoleFile(ctx: PlanContext): void {
  const make = (dirFd: Value) =>
    ctx.b.syscall('mknodat', [dirFd, ctx.b.addr(ctx.b.string('console')), S.IFREG | 0o666, 0], {
      what: 'create /dev/console',
      okErrno: EEXIST,
      show: [undefined, undefined, 'S_IFREG|0666', '0'],
    });
  if (ctx.devFd) make(ctx.devFd);
  else withParent(ctx, '/dev', make);
}

/** runc's mountConsole: a bind of the pty's slave on /dev/console (no symlink followed). */
function bindConsole(ctx: PlanContext, slave: Value): void {
  const b = ctx.b;
  const what = 'bind the terminal on /dev/console';
  const tree = b.syscall('open_tree', [slave, b.addr(b.string('')), OPEN_TREE.CLONE | OPEN_TREE.CLOEXEC | AT.EMPTY_PATH], {
    what,
    show: [undefined, '""', 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_EMPTY_PATH'],
  });
  const at = ctx.devFd ? { dir: ownDir(ctx.devFd, '/dev') } : { resolve: RESOLVE.NO_SYMLINKS };
  const target = openInRoot(ctx, '/dev/console', ctx.O.PATH, `${what}: open /dev/console`, at);
  b.syscall(
    'move_mount',
    [b.result(tree), b.addr(b.string('')), b.result(target), b.addr(b.string('')), MOVE_MOUNT.F_EMPTY_PATH | MOVE_MOUNT.T_EMPTY_PATH],
    {
      what,
      show: [undefined, '""', undefined, '""', 'MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH'],
    },
  );
  b.syscall('close', [b.result(target)], { what: 'close' });
  b.syscall('close', [b.result(tree)], { what: 'close' });
}

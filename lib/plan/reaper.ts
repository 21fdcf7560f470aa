/**
 * A minimal init as the container's pid 1 (docker's --init, bwrap's own
 * pid 1): the command runs as its child. The kernel drops every signal
 * without a handler that is sent to a pid namespace's init, so a command
 * that is pid 1 would ignore Ctrl-C on its terminal and a forwarded SIGTERM
 * unless it installs handlers itself; as pid 2 it behaves as it would
 * outside. The reaper forwards the signals it gets (from the runtime, or
 * `hutch kill`) to the command's process group, reaps orphans, and exits
 * with the command's status, 128+N for signal N; the pid namespace, and
 * everything left in it, dies with it.
 *
 * It keeps the capabilities it has in the user namespace (it runs no code
 * but this loop): the command, without any, can then neither ptrace it nor
 * clear its parent-death signal.
 */
import type { PlanContext } from './context.js';
import type { Label } from './builder.js';
import { AluOp } from './format.js';
import { SIGCHLD, SIG_BLOCK, WNOHANG } from '../sys/consts.js';

const SIGNALFD_SIGINFO_SIZE = 128;

/** The reaper's steps; the forked command process jumps to `command`. */
export function planReaper(ctx: PlanContext, command: Label): void {
  const b = ctx.b;
  const all = b.bytes(Buffer.alloc(8, 0xff), 'sigset{all}');
  // Blocked signals are queued even for a pid namespace's init, and a
  // signalfd reads them; the command unblocks its own before exec.
  b.syscall('rt_sigprocmask', [SIG_BLOCK, b.addr(all), 0, 8], {
    what: 'block every signal (the reaper reads them from a signalfd)',
    show: ['SIG_BLOCK', '{all}', 'NULL'],
  });
  const child = b.syscall('clone', [SIGCHLD, 0, 0, 0, 0], {
    what: 'fork the command process',
    show: ['SIGCHLD', 'NULL', 'NULL', 'NULL', '0'],
  });
  b.jumpIfEqual(b.result(child), 0, command, 'in the command process?');
  // kill(-pid): the command's process group (it starts a session of its own).
  const inverted = b.alu(AluOp.AndNot, -1, b.result(child), 'negate the pid: ~pid ...');
  const group = b.alu(AluOp.Add, b.result(inverted), 1, '... + 1');
  const sfd = b.syscall('signalfd4', [-1, b.addr(all), 8, ctx.O.CLOEXEC], {
    what: 'open a signalfd for every signal',
    show: ['-1', '{all}', '8', 'SFD_CLOEXEC'],
  });
  // Hold nothing of the container's: a pipe or terminal the command writes
  // to ends when the command's side of it does; the runtime sees the report
  // pipe close when the command execs.
  const below = b.alu(AluOp.Add, b.result(sfd), -1, 'the signalfd - 1');
  const above = b.alu(AluOp.Add, b.result(sfd), 1, 'the signalfd + 1');
  b.syscall('close_range', [0, b.result(below), 0], { what: 'close the fds below the signalfd' });
  b.syscall('close_range', [b.result(above), 0xffffffff, 0], { what: 'close the fds above the signalfd', show: [undefined, '~0U', '0'] });

  const info = b.zeros(SIGNALFD_SIGINFO_SIZE, 'signalfd_siginfo');
  const status = b.zeros(8, 'wait status');
  const next = b.label('wait for a signal');
  const reap = b.label('reap');
  const killed = b.label('the command was killed');
  b.place(next);
  b.syscall('read', [b.result(sfd), b.addr(info), SIGNALFD_SIGINFO_SIZE], { what: 'wait for a signal' });
  b.jumpIfEqual(b.load32(info, 0), SIGCHLD, reap, 'SIGCHLD?');
  b.syscall('kill', [b.result(group), b.load32(info, 0)], { what: "forward the signal to the command's process group", onError: 'ignore' });
  b.jump(next);
  b.place(reap);
  // ECHILD or nothing left: back to waiting; an orphan: reap the next.
  const pid = b.syscall('wait4', [-1, b.addr(status), WNOHANG, 0], {
    what: 'reap an exited process',
    onError: next,
    show: ['-1', undefined, 'WNOHANG', 'NULL'],
  });
  b.jumpIfEqual(b.result(pid), 0, next, 'nothing to reap?');
  b.jumpIfNotEqual(b.result(pid), b.result(child), reap, 'an orphan, not the command?');
  const signal = b.alu(AluOp.And, b.load32(status, 0), 0x7f, 'the signal that killed it (status & 0x7f)');
  b.jumpIfNotEqual(b.result(signal), 0, killed, 'killed by a signal?');
  // The exit code is the status's second byte; the bytes above it are zero.
  b.exit(b.load32(status, 1), "exit with the command's exit code");
  b.place(killed);
  const code = b.alu(AluOp.Add, b.result(signal), 128, '128 + the signal');
  b.exit(b.result(code), 'exit with 128 + the signal');
}

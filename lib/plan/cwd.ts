/**
 * The process's working directory, as runc sets it up (the init's cwd is
 * created when missing by paths.ts mkdirAll, after pivot_root).
 *
 * - chdir happens before the switch to the process's user and, only if that
 *   failed, again after it: so a cwd only the runtime can reach and a cwd
 *   only the user can reach both work (runc's finalizeNamespace).
 * - Then the cwd is checked to be inside the container (CVE-2024-21626).
 */
import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import { AluOp } from './format.js';
import { AT } from '../sys/consts.js';

/** runc's words (1.1.12 and later) for a cwd the container's root does not reach. */
const CWD_OUTSIDE_ROOT = 'current working directory is outside of container mount namespace root -- possible container breakout detected';

/** Room for any path getcwd can return (PATH_MAX). */
const PATH_MAX = 4096;

/**
 * chdir to the process's cwd around `switchUser`, then make sure it is
 * inside the container. A cwd of /proc/self/fd/N on an fd of the host (one
 * the caller leaked or passed with --preserve-fds: CVE-2024-21626) would
 * otherwise put the process in the host's tree, outside its root. The
 * kernel's getcwd says so: a directory not under the process's root comes
 * back as "(unreachable)/...", every other one starts with "/".
 */
export function enterCwd(ctx: PlanContext, cwd: string, switchUser: () => void): void {
  const b = ctx.b;
  const path = b.string(cwd);
  const what = `chdir to cwd (${JSON.stringify(cwd)}) set in config.json failed`;
  const early = b.syscall('chdir', [b.addr(path)], { what: `${what} (before the user switch; retried after it)`, onError: 'ignore' });
  switchUser();
  const entered = b.label('in the cwd');
  b.jumpIfEqual(b.result(early), 0, entered, 'already in the cwd?');
  b.syscall('chdir', [b.addr(path)], { what });
  b.place(entered);
  const buf = b.zeros(PATH_MAX, 'cwd');
  b.syscall('getcwd', [b.addr(buf), PATH_MAX], { what: 'read the current working directory back' });
  const first = b.alu(AluOp.And, b.load32(buf), 0xff, 'first byte of the cwd');
  const inside = b.label('cwd is inside the root');
  b.jumpIfEqual(b.result(first), '/'.charCodeAt(0), inside, 'does the cwd start with "/"?');
  b.refuse(CWD_OUTSIDE_ROOT);
  b.place(inside);
}

/**
 * After mkdirAll made the missing part of the init's cwd: something not a
 * directory in its place fails as runc's os.MkdirAll does ("mkdir /bin/sh:
 * not a directory"), before the process is set up.
 */
export function checkCwdIsDirectory(ctx: PlanContext, cwd: string): void {
  const b = ctx.b;
  const path = posix.normalize('/' + cwd);
  const fd = b.syscall('openat', [AT.FDCWD, b.addr(b.string(path)), ctx.O.PATH | ctx.O.DIRECTORY | ctx.O.CLOEXEC, 0], {
    what: `mkdir ${path}`,
  });
  b.syscall('close', [b.result(fd)], { what: 'close' });
}

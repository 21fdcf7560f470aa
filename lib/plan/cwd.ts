/**
 * The process's working directory, as runc 1.1 sets it up.
 *
 * - The init's cwd is created when missing (os.MkdirAll after pivot_root,
 *   as root, mode 0755), before the root may become read-only.
 * - chdir happens before the switch to the process's user, and only if
 *   that failed, again after it: so a cwd only the runtime can reach and a
 *   cwd only the user can reach both work (finalizeNamespace in runc).
 */
import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import { AT } from '../sys/consts.js';

const EEXIST = 17;

/** mkdir -p of the cwd inside the container's root; a non-directory in the way fails as runc's "mkdir /x: not a directory". */
export function makeCwd(ctx: PlanContext, cwd: string): void {
  const b = ctx.b;
  const parts = posix.normalize(cwd).split('/').filter(Boolean);
  if (parts.length === 0) return;
  for (let i = 1; i <= parts.length; i++) {
    const dir = '/' + parts.slice(0, i).join('/');
    b.syscall('mkdirat', [AT.FDCWD, b.addr(b.string(dir)), 0o755], { what: `mkdir ${dir}`, okErrno: EEXIST, show: ['AT_FDCWD', undefined, '0755'] });
  }
  const full = '/' + parts.join('/');
  const fd = b.syscall('openat', [AT.FDCWD, b.addr(b.string(full)), ctx.O.PATH | ctx.O.DIRECTORY | ctx.O.CLOEXEC, 0], { what: `mkdir ${full}` });
  b.syscall('close', [b.result(fd)], { what: 'close' });
}

/**
 * chdir before `switchUser` (as the runtime's user); on failure, again after
 * it, where a failure is final. runc's words: "chdir to cwd ("/x") set in
 * config.json failed: permission denied".
 */
export function chdirAroundUserSwitch(ctx: PlanContext, cwd: string, switchUser: () => void): void {
  const b = ctx.b;
  const path = b.string(cwd);
  const what = `chdir to cwd (${JSON.stringify(cwd)}) set in config.json failed`;
  const early = b.syscall('chdir', [b.addr(path)], { what: `${what} (before the user switch, retried after it)`, onError: 'ignore' });
  switchUser();
  const done = b.label('in the cwd');
  b.jumpIfEqual(b.result(early), 0, done, 'already in the cwd?');
  b.syscall('chdir', [b.addr(path)], { what });
  b.place(done);
}

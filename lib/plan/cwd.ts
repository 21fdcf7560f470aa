import type { PlanContext } from './context.js';
import { AluOp } from './format.js';

/** runc's words (1.1.12 and later) for a cwd the container's root does not reach. */
export const CWD_OUTSIDE_ROOT = 'current working directory is outside of container mount namespace root -- possible container breakout detected';

/** Room for any path getcwd can return (PATH_MAX). */
const PATH_MAX = 4096;

/**
 * chdir to the process's cwd, then make sure it is inside the container.
 * A cwd of /proc/self/fd/N on an fd of the host (one the caller leaked or
 * passed with --preserve-fds: CVE-2024-21626) would otherwise put the
 * process in the host's tree, outside its root. The kernel's getcwd says
 * so: a directory not under the process's root comes back as
 * "(unreachable)/...", every other one starts with "/".
 */
export function enterCwd(ctx: PlanContext, cwd: string): void {
  const b = ctx.b;
  b.syscall('chdir', [b.addr(b.string(cwd))], { what: `chdir to cwd (${JSON.stringify(cwd)}) set in config.json failed` });
  const buf = b.zeros(PATH_MAX, 'cwd');
  b.syscall('getcwd', [b.addr(buf), PATH_MAX], { what: 'read the current working directory back' });
  const first = b.alu(AluOp.And, b.load32(buf), 0xff, 'first byte of the cwd');
  const inside = b.label('cwd is inside the root');
  b.jumpIfEqual(b.result(first), '/'.charCodeAt(0), inside, 'does the cwd start with "/"?');
  b.refuse(CWD_OUTSIDE_ROOT);
  b.place(inside);
}

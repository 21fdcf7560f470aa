import type { PlanContext } from './context.js';
import type { Value } from './builder.js';
import { AT, RESOLVE } from '../sys/consts.js';

/** One entry to copy into a tmpfs (podman's tmpcopyup), relative to the mount point. */
type CopyEntry =
  | { kind: 'dir'; rel: string; mode: number; uid: number; gid: number }
  | { kind: 'file'; rel: string; mode: number; uid: number; gid: number; size: number }
  | { kind: 'symlink'; rel: string; target: string; uid: number; gid: number };

export interface CopyUp {
  /** Mode and owner of the directory the tmpfs covers: the tmpfs root gets them. */
  root: { mode: number; uid: number; gid: number } | undefined;
  entries: CopyEntry[];
  /** Entries not copied (device nodes, sockets, fifos), for a warning. */
  skipped: string[];
}

/**
 * Fill a fresh tmpfs (`dst`, an fd of its root) from `src`, an fd of the
 * directory it now covers, opened before the mount. Every open is beneath
 * the two fds and follows no symlink, so the copy cannot leave them.
 */
export function planCopyUp(ctx: PlanContext, c: CopyUp, src: Value, dst: Value, dest: string): void {
  const b = ctx.b;
  const O = ctx.O;
  const beneath = (fd: Value, rel: string, flags: number, mode: number, what: string) => {
    const how = Buffer.alloc(24);
    how.writeBigUInt64LE(BigInt(flags | O.CLOEXEC), 0);
    how.writeBigUInt64LE(BigInt(mode), 8);
    how.writeBigUInt64LE(BigInt(RESOLVE.BENEATH | RESOLVE.NO_SYMLINKS | RESOLVE.NO_MAGICLINKS), 16);
    return b.syscall('openat2', [fd, b.addr(b.string(rel)), b.addr(b.bytes(how, 'open_how')), 24], { what });
  };
  if (c.root) {
    b.syscall('fchmod', [dst, c.root.mode], { what: `tmpcopyup ${dest}: mode of the tmpfs root` });
    b.syscall('fchown', [dst, c.root.uid, c.root.gid], { what: `tmpcopyup ${dest}: owner of the tmpfs root` });
  }
  for (const e of c.entries) {
    const path = `${dest}/${e.rel}`;
    const rel = b.addr(b.string(e.rel));
    if (e.kind === 'dir') {
      b.syscall('mkdirat', [dst, rel, e.mode], { what: `tmpcopyup: mkdir ${path}` });
      b.syscall('fchmodat', [dst, rel, e.mode, 0], { what: `tmpcopyup: chmod ${path}` });
    } else if (e.kind === 'symlink') {
      b.syscall('symlinkat', [b.addr(b.string(e.target)), dst, rel], { what: `tmpcopyup: symlink ${path}` });
    } else {
      const from = beneath(src, e.rel, O.RDONLY, 0, `tmpcopyup: open ${path}`);
      const to = beneath(dst, e.rel, O.WRONLY | O.CREAT | O.EXCL, e.mode, `tmpcopyup: create ${path}`);
      if (e.size > 0) b.syscall('sendfile', [b.result(to), b.result(from), 0, e.size], { what: `tmpcopyup: copy ${path}` });
      b.syscall('fchmod', [b.result(to), e.mode], { what: `tmpcopyup: chmod ${path}` });
      b.syscall('close', [b.result(to)], { what: 'close' });
      b.syscall('close', [b.result(from)], { what: 'close' });
    }
    b.syscall('fchownat', [dst, rel, e.uid, e.gid, AT.SYMLINK_NOFOLLOW], { what: `tmpcopyup: chown ${path}` });
  }
}

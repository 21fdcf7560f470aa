import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import type { Step } from './builder.js';
import { RESOLVE, S, AT } from '../sys/consts.js';
import { EEXIST } from '../sys/errno.js';

/** Path components of a container path: "/dev/pts" → ["dev", "pts"]. */
export function components(containerPath: string): string[] {
  return posix.normalize('/' + containerPath).split('/').filter((c) => c !== '' && c !== '.');
}

/** Container path relative to the rootfs, "." for the root itself. */
export function relative(containerPath: string): string {
  const parts = components(containerPath);
  return parts.length ? parts.join('/') : '.';
}

/**
 * openat2(rootfs, rel, how) with RESOLVE_IN_ROOT: symlinks and ".." are
 * resolved as if rootfs were "/", so nothing the rootfs contains can send
 * us to the host's files. Extra resolve flags tighten it further.
 */
export function openInRoot(ctx: PlanContext, containerPath: string, flags: number, what: string, extraResolve = 0, mode = 0): Step {
  const b = ctx.b;
  const how = Buffer.alloc(24);
  how.writeBigUInt64LE(BigInt(flags | ctx.O.CLOEXEC), 0);
  how.writeBigUInt64LE(BigInt(mode), 8);
  how.writeBigUInt64LE(BigInt(RESOLVE.IN_ROOT | RESOLVE.NO_MAGICLINKS | extraResolve), 16);
  const rel = relative(containerPath);
  return b.syscall('openat2', [ctx.root(), b.addr(b.string(rel)), b.addr(b.bytes(how, 'open_how')), 24], {
    what,
    show: [undefined, JSON.stringify(rel), `{flags=0${(flags | ctx.O.CLOEXEC).toString(8)}, resolve=IN_ROOT${extraResolve ? '|0x' + extraResolve.toString(16) : ''}}`],
  });
}

/** mkdir -p inside the rootfs, one component at a time, each under an in-root fd. */
export function mkdirAll(ctx: PlanContext, containerPath: string, mode = 0o755): void {
  const parts = components(containerPath);
  parts.forEach((name, i) => {
    const parent = '/' + parts.slice(0, i).join('/');
    withParent(ctx, parent, (dirFd) =>
      ctx.b.syscall('mkdirat', [dirFd, ctx.b.addr(ctx.b.string(name)), mode], {
        what: `mkdir ${posix.join(parent, name)}`,
        okErrno: EEXIST,
        show: [undefined, undefined, '0' + mode.toString(8)],
      }),
    );
  });
}

/** Create an empty regular file (a bind-mount target) if it does not exist. */
export function touch(ctx: PlanContext, containerPath: string): void {
  const parts = components(containerPath);
  const name = parts.pop()!;
  const parent = '/' + parts.join('/');
  mkdirAll(ctx, parent);
  withParent(ctx, parent, (dirFd) =>
    ctx.b.syscall('mknodat', [dirFd, ctx.b.addr(ctx.b.string(name)), S.IFREG | 0o644, 0], {
      what: `create ${containerPath}`,
      okErrno: EEXIST,
    }),
  );
}

/** Run `body` with an fd of the in-root directory `parent` (the rootfs fd itself for "/"). */
export function withParent(ctx: PlanContext, parent: string, body: (fd: ReturnType<PlanContext['root']>) => void): void {
  if (components(parent).length === 0) {
    body(ctx.root());
    return;
  }
  const b = ctx.b;
  const open = openInRoot(ctx, parent, ctx.O.PATH | ctx.O.DIRECTORY, `open ${parent} in the rootfs`);
  body(b.result(open));
  b.syscall('close', [b.result(open)], { what: `close ${parent}` });
}

import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import type { Label, Step, Value } from './builder.js';
import { RESOLVE, S } from '../sys/consts.js';
import { EEXIST } from '../sys/errno.js';
import { InternalError } from '../errors.js';

/** Path components of a container path: "/dev/pts" → ["dev", "pts"]. */
function components(containerPath: string): string[] {
  return posix
    .normalize('/' + containerPath)
    .split('/')
    .filter((c) => c !== '' && c !== '.');
}

/**
 * A directory the plan resolves container paths from: the rootfs (with
 * RESOLVE_IN_ROOT: symlinks and ".." as if it were "/"), or a directory of
 * the runtime's own making (e.g. the /dev tmpfs it mounted), beneath which
 * nothing may lead out.
 */
export interface PlanDir {
  fd: Value;
  /** Its path in the container: paths given are relative to it. */
  path: string;
  resolve: number;
}

export function rootDir(ctx: PlanContext): PlanDir {
  return { fd: ctx.root(), path: '/', resolve: RESOLVE.IN_ROOT | RESOLVE.NO_MAGICLINKS };
}

/** A directory fd of ours: paths stay beneath it and follow no symlink. */
export function ownDir(fd: Value, path: string): PlanDir {
  return { fd, path, resolve: RESOLVE.BENEATH | RESOLVE.NO_SYMLINKS | RESOLVE.NO_MAGICLINKS };
}

/** `containerPath` relative to `dir`, "." for the directory itself. */
function relativeTo(dir: PlanDir, containerPath: string): string {
  const rel = posix.relative(posix.normalize('/' + dir.path), posix.normalize('/' + containerPath));
  if (rel.startsWith('..') || posix.isAbsolute(rel)) throw new InternalError(`plan: ${containerPath} is not under ${dir.path}`);
  return rel || '.';
}

/**
 * openat2(dir, path, how) with the directory's resolve flags (by default
 * the rootfs with RESOLVE_IN_ROOT, so nothing the rootfs contains can send
 * us to the host's files). Extra resolve flags tighten it further.
 */
export interface OpenOptions {
  /** Resolve flags added to the directory's. */
  resolve?: number;
  /** Where to resolve from: the rootfs by default. */
  dir?: PlanDir;
  /** Jump here (the result holds -errno) instead of failing. */
  onError?: Label;
}

export function openInRoot(ctx: PlanContext, containerPath: string, flags: number, what: string, opts: OpenOptions = {}): Step {
  const b = ctx.b;
  const dir = opts.dir ?? rootDir(ctx);
  const extraResolve = opts.resolve ?? 0;
  const how = Buffer.alloc(24);
  how.writeBigUInt64LE(BigInt(flags | ctx.O.CLOEXEC), 0);
  how.writeBigUInt64LE(BigInt(dir.resolve | extraResolve), 16);
  const rel = relativeTo(dir, containerPath);
  const base = dir.resolve & RESOLVE.IN_ROOT ? 'IN_ROOT' : 'BENEATH|NO_SYMLINKS';
  return b.syscall('openat2', [dir.fd, b.addr(b.string(rel)), b.addr(b.bytes(how, 'open_how')), 24], {
    what,
    onError: opts.onError,
    show: [
      undefined,
      JSON.stringify(rel),
      `{flags=0${(flags | ctx.O.CLOEXEC).toString(8)}, resolve=${base}${extraResolve ? '|0x' + extraResolve.toString(16) : ''}}`,
    ],
  });
}

/**
 * mkdir -p inside `dir` (the rootfs by default), one component at a time,
 * each under a resolved fd; from below the deepest directory the plan
 * knows exists (PlanContext.knownDepth).
 */
export function mkdirAll(ctx: PlanContext, containerPath: string, mode = 0o755, dir = rootDir(ctx)): void {
  const base = posix.normalize('/' + dir.path);
  const above = components(base);
  const parts = components(relativeTo(dir, containerPath));
  for (let i = Math.max(0, ctx.knownDepth([...above, ...parts]) - above.length); i < parts.length; i++) {
    const parent = posix.join(base, ...parts.slice(0, i));
    const path = posix.join(parent, parts[i]!);
    withParent(
      ctx,
      parent,
      (dirFd) =>
        ctx.b.syscall('mkdirat', [dirFd, ctx.b.addr(ctx.b.string(parts[i]!)), mode], {
          what: `mkdir ${path}`,
          okErrno: EEXIST,
          show: [undefined, undefined, '0' + mode.toString(8)],
        }),
      dir,
    );
    ctx.madeDir(path);
  }
}

/** Create an empty regular file (a bind-mount target) if it does not exist. */
export function touch(ctx: PlanContext, containerPath: string, dir = rootDir(ctx)): void {
  const parent = posix.dirname(posix.normalize('/' + containerPath));
  const name = posix.basename(posix.normalize('/' + containerPath));
  mkdirAll(ctx, parent, 0o755, dir);
  withParent(
    ctx,
    parent,
    (dirFd) =>
      ctx.b.syscall('mknodat', [dirFd, ctx.b.addr(ctx.b.string(name)), S.IFREG | 0o644, 0], {
        what: `create ${containerPath}`,
        okErrno: EEXIST,
      }),
    dir,
  );
}

/** Run `body` with an fd of the directory `parent` inside `dir` (`dir`'s own fd for `dir` itself). */
export function withParent(ctx: PlanContext, parent: string, body: (fd: Value) => void, dir = rootDir(ctx)): void {
  if (relativeTo(dir, parent) === '.') {
    body(dir.fd);
    return;
  }
  const b = ctx.b;
  const open = openInRoot(ctx, parent, ctx.O.PATH | ctx.O.DIRECTORY, `open ${parent} in the ${dir.path === '/' ? 'rootfs' : dir.path}`, {
    dir,
  });
  body(b.result(open));
  b.syscall('close', [b.result(open)], { what: `close ${parent}` });
}

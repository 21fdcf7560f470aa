import { HutchError } from '../errors.js';
import { ffiRs, type Ffi } from '../sys/ffi.js';
import { perProcess } from '../sys/per-process.js';

/**
 * The two syscalls node:fs lacks (mknod, lsetxattr), through ffi-rs. Loaded
 * lazily: most images have neither device nodes nor xattrs.
 */

const libcFfi = perProcess((): Ffi => {
  const m = ffiRs();
  m.open({ library: 'libc', path: 'libc.so.6' });
  return m;
});

async function libc(): Promise<Ffi> {
  return libcFfi();
}

/** An Error carrying an errno code, like node:fs errors, so callers can branch on it. */
export class SysError extends Error {
  constructor(readonly syscall: string, readonly code: string, readonly errno: number, file: string) {
    super(`${syscall} ${file}: ${code}`);
  }
}

const CODES: Record<number, string> = {
  1: 'EPERM', 2: 'ENOENT', 13: 'EACCES', 17: 'EEXIST', 20: 'ENOTDIR', 22: 'EINVAL', 28: 'ENOSPC',
  30: 'EROFS', 34: 'ERANGE', 61: 'ENODATA', 95: 'ENOTSUP', 7: 'E2BIG',
};

function check(res: unknown, syscall: string, file: string): void {
  const r = res as { value: number; errnoCode: number };
  if (r.value === 0) return;
  throw new SysError(syscall, CODES[r.errnoCode] ?? `errno ${r.errnoCode}`, r.errnoCode, file);
}

/** glibc's makedev() for the 64-bit dev_t. */
function makedev(major: number, minor: number): number {
  return (
    (major & 0xfff) * 0x100 + (minor & 0xff) + (minor >>> 8) * 0x100000 + (major >>> 12) * 0x100000000000
  );
}

export const S_IFIFO = 0o010000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

export async function mknod(file: string, mode: number, major = 0, minor = 0): Promise<void> {
  const m = await libc();
  const r = m.load({
    library: 'libc',
    funcName: 'mknod',
    retType: m.DataType.I32,
    paramsType: [m.DataType.String, m.DataType.I32, m.DataType.U64],
    paramsValue: [file, mode, makedev(major, minor)],
    errno: true,
  });
  check(r, 'mknod', file);
}

/** Set an xattr on the path itself, never on a symlink's target. */
export async function lsetxattr(file: string, name: string, value: Buffer): Promise<void> {
  const m = await libc();
  const r = m.load({
    library: 'libc',
    funcName: 'lsetxattr',
    retType: m.DataType.I32,
    paramsType: [m.DataType.String, m.DataType.String, m.DataType.U8Array, m.DataType.U64, m.DataType.I32],
    paramsValue: [file, name, value, value.length, 0],
    errno: true,
  });
  check(r, 'lsetxattr', file);
}

/** For messages: a SysError or node:fs error's code. */
export function errCode(err: unknown): string | undefined {
  return (err as { code?: string }).code;
}

export function assertLinux(): void {
  if (process.platform !== 'linux') throw new HutchError('unpacking images needs Linux', { code: 'image' });
}

/** Read an xattr of the path itself; undefined when it is not set. */
export async function lgetxattr(file: string, name: string): Promise<Buffer | undefined> {
  const m = await libc();
  // ffi-rs hands the Buffer's own memory to C, so the kernel fills it in place.
  const buf = Buffer.alloc(65536);
  const r = m.load({
    library: 'libc',
    funcName: 'lgetxattr',
    retType: m.DataType.I64,
    paramsType: [m.DataType.String, m.DataType.String, m.DataType.U8Array, m.DataType.U64],
    paramsValue: [file, name, buf, buf.length],
    errno: true,
  }) as unknown as { value: number; errnoCode: number };
  if (r.value >= 0) return Buffer.from(buf.subarray(0, r.value));
  if (r.errnoCode === 61) return undefined; // ENODATA
  throw new SysError('lgetxattr', CODES[r.errnoCode] ?? `errno ${r.errnoCode}`, r.errnoCode, file);
}

/**
 * The syscalls node:fs lacks (mknod, lsetxattr, lgetxattr), from lib/sys's
 * libc bindings. Loaded lazily: most images have neither device nodes nor
 * xattrs, and the FFI layer costs start-up time.
 */
const libc = () => import('../sys/libc.js');

/** glibc's makedev() for the 64-bit dev_t. */
function makedev(major: number, minor: number): number {
  return (major & 0xfff) * 0x100 + (minor & 0xff) + (minor >>> 8) * 0x100000 + (major >>> 12) * 0x100000000000;
}

export const S_IFIFO = 0o010000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

export async function mknod(file: string, mode: number, major = 0, minor = 0): Promise<void> {
  (await libc()).mknod(file, mode, makedev(major, minor));
}

/** Set an xattr on the path itself, never on a symlink's target. */
export async function lsetxattr(file: string, name: string, value: Buffer): Promise<void> {
  (await libc()).lsetxattr(file, name, value);
}

/** Read an xattr of the path itself; undefined when it is not set. */
export async function lgetxattr(file: string, name: string): Promise<Buffer | undefined> {
  return (await libc()).lgetxattr(file, name);
}

/** For messages and decisions: the errno name of a libc (SysError) or node:fs error. */
export function errCode(err: unknown): string | undefined {
  const e = err as { errnoName?: string; code?: string };
  return e.errnoName ?? e.code;
}

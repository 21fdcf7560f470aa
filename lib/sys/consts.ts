/**
 * Kernel ABI constants the plan builder needs. Values are the same on x86_64
 * and aarch64 unless noted (both use the asm-generic fcntl/mman values).
 */

export const CLONE = {
  NEWTIME: 0x00000080,
  VM: 0x00000100,
  VFORK: 0x00004000,
  NEWNS: 0x00020000,
  PARENT: 0x00008000,
  NEWCGROUP: 0x02000000,
  NEWUTS: 0x04000000,
  NEWIPC: 0x08000000,
  NEWUSER: 0x10000000,
  NEWPID: 0x20000000,
  NEWNET: 0x40000000,
} as const;

export const SIGCHLD = 17;
export const SIGKILL = 9;

export const MS = {
  RDONLY: 0x1,
  NOSUID: 0x2,
  NODEV: 0x4,
  NOEXEC: 0x8,
  SYNCHRONOUS: 0x10,
  REMOUNT: 0x20,
  MANDLOCK: 0x40,
  DIRSYNC: 0x80,
  NOSYMFOLLOW: 0x100,
  NOATIME: 0x400,
  NODIRATIME: 0x800,
  BIND: 0x1000,
  MOVE: 0x2000,
  REC: 0x4000,
  SILENT: 0x8000,
  UNBINDABLE: 0x20000,
  PRIVATE: 0x40000,
  SLAVE: 0x80000,
  SHARED: 0x100000,
  RELATIME: 0x200000,
  STRICTATIME: 0x1000000,
  LAZYTIME: 0x2000000,
} as const;

/** mount_setattr(2) attributes. */
export const MOUNT_ATTR = {
  RDONLY: 0x1,
  NOSUID: 0x2,
  NODEV: 0x4,
  NOEXEC: 0x8,
  _ATIME: 0x70,
  RELATIME: 0x0,
  NOATIME: 0x10,
  STRICTATIME: 0x20,
  NODIRATIME: 0x80,
  IDMAP: 0x100000,
  NOSYMFOLLOW: 0x200000,
} as const;

const O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  CREAT: 0o100,
  EXCL: 0o200,
  NOCTTY: 0o400,
  TRUNC: 0o1000,
  NONBLOCK: 0o4000,
  DIRECTORY: 0o200000, // x86_64; aarch64 differs, see oflags()
  NOFOLLOW: 0o400000, // x86_64; aarch64 differs, see oflags()
  CLOEXEC: 0o2000000,
  PATH: 0o10000000,
} as const;

/** O_DIRECTORY and O_NOFOLLOW are the two open flags that differ on aarch64. */
export function oflags(arch: 'x86_64' | 'aarch64') {
  return arch === 'aarch64' ? { ...O, DIRECTORY: 0o40000, NOFOLLOW: 0o100000 } : O;
}

export const AT = {
  FDCWD: -100,
  SYMLINK_NOFOLLOW: 0x100,
  REMOVEDIR: 0x200,
  EACCESS: 0x200,
  SYMLINK_FOLLOW: 0x400,
  NO_AUTOMOUNT: 0x800,
  EMPTY_PATH: 0x1000,
  RECURSIVE: 0x8000,
} as const;

export const RESOLVE = {
  NO_XDEV: 0x01,
  NO_MAGICLINKS: 0x02,
  NO_SYMLINKS: 0x04,
  BENEATH: 0x08,
  IN_ROOT: 0x10,
} as const;

export const OPEN_TREE = { CLONE: 1, CLOEXEC: 0o2000000 } as const;

export const MOVE_MOUNT = {
  F_SYMLINKS: 0x1,
  F_AUTOMOUNTS: 0x2,
  F_EMPTY_PATH: 0x4,
  T_SYMLINKS: 0x10,
  T_AUTOMOUNTS: 0x20,
  T_EMPTY_PATH: 0x40,
} as const;

export const MNT_DETACH = 2;

export const PR = {
  SET_PDEATHSIG: 1,
  SET_DUMPABLE: 4,
  SET_KEEPCAPS: 8,
  CAPBSET_DROP: 24,
  SET_NO_NEW_PRIVS: 38,
  CAP_AMBIENT: 47,
  CAP_AMBIENT_RAISE: 2,
  CAP_AMBIENT_CLEAR_ALL: 4,
} as const;

export const F = { GETFD: 1, SETFD: 2, GETFL: 3, SETFL: 4 } as const;

export const CLOSE_RANGE_CLOEXEC = 1 << 2;

export const S = { IFCHR: 0o020000, IFBLK: 0o060000, IFIFO: 0o010000, IFREG: 0o100000, IFDIR: 0o040000 } as const;

export const SIG_BLOCK = 0;
export const SIG_SETMASK = 2;
export const WNOHANG = 1;
export const X_OK = 1;

export const LINUX_CAPABILITY_VERSION_3 = 0x20080522;

export const KEYCTL_JOIN_SESSION_KEYRING = 1;

export const NSTYPE_FLAG: Readonly<Record<string, number>> = {
  pid: CLONE.NEWPID,
  network: CLONE.NEWNET,
  mount: CLONE.NEWNS,
  ipc: CLONE.NEWIPC,
  uts: CLONE.NEWUTS,
  user: CLONE.NEWUSER,
  cgroup: CLONE.NEWCGROUP,
  time: CLONE.NEWTIME,
};

/** Names for rendering flag words in --dry-run output. */
export function flagNames(value: number, table: Readonly<Record<string, number>>, prefix: string): string {
  if (value === 0) return '0';
  const names: string[] = [];
  let rest = value;
  for (const [name, bit] of Object.entries(table)) {
    if (bit !== 0 && (rest & bit) === bit && !name.startsWith('_')) {
      names.push(prefix + name);
      rest &= ~bit;
    }
  }
  if (rest) names.push('0x' + rest.toString(16));
  return names.join('|');
}

export function makedev(major: number, minor: number): bigint {
  const ma = BigInt(major);
  const mi = BigInt(minor);
  return ((ma & 0xfffff000n) << 32n) | ((ma & 0xfffn) << 8n) | ((mi & 0xffffff00n) << 12n) | (mi & 0xffn);
}

/**
 * errno numbers (Linux, same on x86_64 and aarch64) with glibc's strerror
 * texts. hutch prints them as Go does, and so runc, with a lower-case first
 * letter (goStrerror: "mount proc on /proc: operation not permitted"),
 * because podman and containerd match on runc's words.
 */
const TABLE: ReadonlyArray<readonly [number, string, string]> = [
  [1, 'EPERM', 'Operation not permitted'],
  [2, 'ENOENT', 'No such file or directory'],
  [3, 'ESRCH', 'No such process'],
  [4, 'EINTR', 'Interrupted system call'],
  [5, 'EIO', 'Input/output error'],
  [6, 'ENXIO', 'No such device or address'],
  [7, 'E2BIG', 'Argument list too long'],
  [8, 'ENOEXEC', 'Exec format error'],
  [9, 'EBADF', 'Bad file descriptor'],
  [10, 'ECHILD', 'No child processes'],
  [11, 'EAGAIN', 'Resource temporarily unavailable'],
  [12, 'ENOMEM', 'Cannot allocate memory'],
  [13, 'EACCES', 'Permission denied'],
  [14, 'EFAULT', 'Bad address'],
  [15, 'ENOTBLK', 'Block device required'],
  [16, 'EBUSY', 'Device or resource busy'],
  [17, 'EEXIST', 'File exists'],
  [18, 'EXDEV', 'Invalid cross-device link'],
  [19, 'ENODEV', 'No such device'],
  [20, 'ENOTDIR', 'Not a directory'],
  [21, 'EISDIR', 'Is a directory'],
  [22, 'EINVAL', 'Invalid argument'],
  [23, 'ENFILE', 'Too many open files in system'],
  [24, 'EMFILE', 'Too many open files'],
  [25, 'ENOTTY', 'Inappropriate ioctl for device'],
  [26, 'ETXTBSY', 'Text file busy'],
  [27, 'EFBIG', 'File too large'],
  [28, 'ENOSPC', 'No space left on device'],
  [29, 'ESPIPE', 'Illegal seek'],
  [30, 'EROFS', 'Read-only file system'],
  [31, 'EMLINK', 'Too many links'],
  [32, 'EPIPE', 'Broken pipe'],
  [34, 'ERANGE', 'Numerical result out of range'],
  [36, 'ENAMETOOLONG', 'File name too long'],
  [38, 'ENOSYS', 'Function not implemented'],
  [39, 'ENOTEMPTY', 'Directory not empty'],
  [40, 'ELOOP', 'Too many levels of symbolic links'],
  [61, 'ENODATA', 'No data available'],
  [95, 'EOPNOTSUPP', 'Operation not supported'],
  [111, 'ECONNREFUSED', 'Connection refused'],
  [122, 'EDQUOT', 'Disk quota exceeded'],
];

const byNumber = new Map(TABLE.map(([n, name, text]) => [n, { name, text }]));
const byName = new Map(TABLE.map(([n, name]) => [name, n]));

function strerror(errno: number): string {
  return byNumber.get(errno)?.text ?? `Unknown error ${errno}`;
}

/** Go's (and so runc's) spelling of an errno: glibc's text with a lower-case first letter. */
export function goStrerror(errno: number): string {
  const text = strerror(errno);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The same by name ("ENOENT", as in Node's err.code); undefined for a name the table lacks. */
export function goErrnoText(code: string | undefined): string | undefined {
  const n = code === undefined ? undefined : byName.get(code);
  return n === undefined ? undefined : goStrerror(n);
}

export function errnoName(errno: number): string {
  return byNumber.get(errno)?.name ?? `E${errno}`;
}

export const ENOENT = 2;
export const EEXIST = 17;
export const ENOTDIR = 20;
export const EINVAL = 22;
export const ENOSYS = 38;
export const EACCES = 13;
export const EPERM = 1;
export const ELOOP = 40;

/**
 * The handful of libc calls the parent side makes through ffi-rs. The child
 * never comes back to JavaScript: these are only used by the CLI process to
 * map the plan, clone, and talk to the child over pipes.
 */
import type { JsExternal } from 'ffi-rs';
import { HutchError } from '../errors.js';
import { EACCES, EPERM, errnoName, goStrerror } from './errno.js';
import { ffiRs } from './ffi.js';
import { perProcess } from './per-process.js';

const EIO = 5;

const LIB = 'libc';

/** The bound libc functions, made on first use (loading this module loads no addon). */
const bound = perProcess(() => {
  const { open, define, DataType, createExternalBuffer } = ffiRs();
  open({ library: LIB, path: 'libc.so.6' });
  const I64 = DataType.I64;
  const I32 = DataType.I32;
  const fns = define({
    mmap: { library: LIB, retType: I64, paramsType: [I64, I64, I32, I32, I32, I64], errno: true },
    mprotect: { library: LIB, retType: I32, paramsType: [I64, I64, I32], errno: true },
    munmap: { library: LIB, retType: I32, paramsType: [I64, I64] },
    clone: { library: LIB, retType: I32, paramsType: [I64, I64, I32, I64], errno: true },
    pipe2: { library: LIB, retType: I32, paramsType: [DataType.External, I32], errno: true },
    read: { library: LIB, retType: I64, paramsType: [I32, DataType.External, I64], errno: true },
    write: { library: LIB, retType: I64, paramsType: [I32, DataType.U8Array, I64], errno: true },
    close: { library: LIB, retType: I32, paramsType: [I32] },
    waitpid: { library: LIB, retType: I32, paramsType: [I32, DataType.External, I32], errno: true },
    pthread_sigmask: { library: LIB, retType: I32, paramsType: [I32, DataType.External, DataType.External] },
    geteuid: { library: LIB, retType: I32, paramsType: [] },
    getegid: { library: LIB, retType: I32, paramsType: [] },
    prctl: { library: LIB, retType: I32, paramsType: [I32, I64, I64, I64, I64], errno: true },
    open: { library: LIB, retType: I32, paramsType: [DataType.String, I32, I32], errno: true },
    socket: { library: LIB, retType: I32, paramsType: [I32, I32, I32], errno: true },
    connect: { library: LIB, retType: I32, paramsType: [I32, DataType.U8Array, I32], errno: true },
    socketpair: { library: LIB, retType: I32, paramsType: [I32, I32, I32, DataType.External], errno: true },
    recvmsg: { library: LIB, retType: I64, paramsType: [I32, I64, I32], errno: true },
    sendmsg: { library: LIB, retType: I64, paramsType: [I32, I64, I32], errno: true },
    mkfifo: { library: LIB, retType: I32, paramsType: [DataType.String, I32], errno: true },
    memfd_create: { library: LIB, retType: I32, paramsType: [DataType.String, I32], errno: true },
    fcntl: { library: LIB, retType: I32, paramsType: [I32, I32, I32], errno: true },
    mount: {
      library: LIB,
      retType: I32,
      paramsType: [DataType.String, DataType.String, DataType.String, I64, DataType.String],
      errno: true,
    },
    umount2: { library: LIB, retType: I32, paramsType: [DataType.String, I32], errno: true },
  });

  /** What node:fs lacks for unpacking image layers (lib/image/sys.ts). */
  const fileFns = define({
    mknod: { library: LIB, retType: I32, paramsType: [DataType.String, I32, DataType.U64], errno: true },
    lsetxattr: {
      library: LIB,
      retType: I32,
      paramsType: [DataType.String, DataType.String, DataType.U8Array, DataType.U64, I32],
      errno: true,
    },
    lgetxattr: { library: LIB, retType: I64, paramsType: [DataType.String, DataType.String, DataType.U8Array, DataType.U64], errno: true },
  });

  const ioctlFns = define({
    ioctl: { library: LIB, retType: I32, paramsType: [I32, I64, DataType.U8Array], errno: true },
  });
  /** ioctl with an out-parameter: the kernel writes into our own memory (a mapping). */
  const ioctlOutFns = define({
    ioctl: { library: LIB, retType: I32, paramsType: [I32, I64, DataType.External], errno: true },
  });
  const resolveFns = define({
    syscall: { library: LIB, retType: I64, paramsType: [I64, I32, DataType.String, DataType.U8Array, I64], errno: true },
  });

  // memset(p, 0, 0) returns p: the cheapest way to turn an address into an External.
  const asExternal = define({
    memset: { library: LIB, retType: DataType.External, paramsType: [I64, I32, I64] },
  });

  return { fns, fileFns, ioctlFns, ioctlOutFns, resolveFns, asExternal, createExternalBuffer };
});

/**
 * A libc call that failed: its errno as a number and a name, worded as Go
 * would ("open: no such file or directory"). A failure that left errno 0
 * (it should not happen) still gets a name, EIO, rather than "Success".
 */
export class SysError extends HutchError {
  readonly errno: number;
  readonly errnoName: string;

  constructor(
    readonly call: string,
    errno: number,
    detail?: string,
  ) {
    const n = errno > 0 ? errno : EIO;
    super(`${call}: ${detail ?? goStrerror(n)}`, { code: n === EACCES || n === EPERM ? 'permission' : 'system' });
    this.name = 'SysError';
    this.errno = n;
    this.errnoName = errnoName(n);
  }
}

type WithErrno<T> = { value: T; errnoCode: number; errnoMessage: string };

function check<T extends number>(call: string, r: WithErrno<T>): T {
  if (r.value < 0) throw new SysError(call, r.errnoCode);
  return r.value;
}

const PROT_READ = 1;
const PROT_WRITE = 2;
const PROT_EXEC = 4;
const MAP_PRIVATE = 2;
const MAP_ANONYMOUS = 0x20;

/** A private anonymous mapping we can write through a Buffer without copying. */
export interface Mapping {
  addr: bigint;
  size: number;
  buffer: Buffer;
}

export function mapAnonymous(size: number): Mapping {
  const len = Math.ceil(size / 4096) * 4096;
  const addr = check('mmap', bound().fns.mmap([0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0]) as WithErrno<number>);
  const ext = bound().asExternal.memset([addr, 0, 0]) as JsExternal;
  return { addr: BigInt(addr), size: len, buffer: bound().createExternalBuffer(ext, len) };
}

export function protectExec(m: Mapping): void {
  check('mprotect', bound().fns.mprotect([Number(m.addr), m.size, PROT_READ | PROT_EXEC]) as WithErrno<number>);
}

export function unmap(m: Mapping): void {
  bound().fns.munmap([Number(m.addr), m.size]);
}

export function externalOf(m: Mapping, offset = 0): JsExternal {
  return bound().asExternal.memset([Number(m.addr) + offset, 0, 0]) as JsExternal;
}

/** glibc clone(fn, stack, flags, arg): fn runs in the child on `stack`. */
export function clone(fn: bigint, stackTop: bigint, flags: number, arg: bigint): number {
  return check('clone', bound().fns.clone([Number(fn), Number(stackTop), flags, Number(arg)]) as WithErrno<number>);
}

/** Scratch memory for small out-parameters (pipe fds, wait status, sigsets). */
let scratch: Mapping | undefined;
function scratchBuf(): Mapping {
  scratch ??= mapAnonymous(4096);
  return scratch;
}

export function pipe2(flags: number): [number, number] {
  const s = scratchBuf();
  check('pipe2', bound().fns.pipe2([externalOf(s), flags]) as WithErrno<number>);
  return [s.buffer.readInt32LE(0), s.buffer.readInt32LE(4)];
}

/** Blocking read of up to `len` bytes (len <= 2048). Returns the bytes; empty at EOF. */
export function readSome(fd: number, len: number): Buffer {
  const s = scratchBuf();
  for (;;) {
    const r = bound().fns.read([fd, externalOf(s, 2048), len]) as WithErrno<number>;
    if (r.value < 0 && r.errnoCode === 4) continue; // EINTR
    check('read', r);
    return Buffer.from(s.buffer.subarray(2048, 2048 + r.value));
  }
}

export function writeAll(fd: number, data: Buffer): void {
  const r = bound().fns.write([fd, data, data.length]) as WithErrno<number>;
  check('write', r);
}

export function close(fd: number): void {
  bound().fns.close([fd]);
}

export interface WaitResult {
  pid: number;
  /** Exit code, or 128+signal as shells report it. */
  code: number;
  signal: number | undefined;
}

function decodeStatus(pid: number, status: number): WaitResult {
  const sig = status & 0x7f;
  if (sig === 0) return { pid, code: (status >> 8) & 0xff, signal: undefined };
  return { pid, code: 128 + sig, signal: sig };
}

/** waitpid(2), retried on EINTR: the call's result and the status word it wrote. */
function waitpidRaw(pid: number, options: number): { r: WithErrno<number>; status: number } {
  const s = scratchBuf();
  for (;;) {
    const r = bound().fns.waitpid([pid, externalOf(s, 1024), options]) as WithErrno<number>;
    if (r.value < 0 && r.errnoCode === 4) continue;
    return { r, status: s.buffer.readInt32LE(1024) };
  }
}

export function waitpidSync(pid: number): WaitResult {
  const { r, status } = waitpidRaw(pid, 0);
  check('waitpid', r);
  return decodeStatus(pid, status);
}

/**
 * waitpid(pid, WNOHANG): the exit status, or undefined while it runs. A pid
 * that is not (or no longer) our child counts as exited with status 255 and
 * no signal, so a waiter is never left hanging.
 */
export function waitpidNoHang(pid: number): WaitResult | undefined {
  const { r, status } = waitpidRaw(pid, 1 /* WNOHANG */);
  if (r.value < 0) return { pid, code: 255, signal: undefined };
  if (r.value === 0) return undefined;
  return decodeStatus(pid, status);
}

/** Block (or restore) every signal in this thread around clone. */
export function blockAllSignals(): Buffer {
  const s = scratchBuf();
  s.buffer.fill(0xff, 3072, 3072 + 128);
  bound().fns.pthread_sigmask([2 /* SIG_SETMASK */, externalOf(s, 3072), externalOf(s, 3200)]);
  return Buffer.from(s.buffer.subarray(3200, 3328));
}

export function restoreSignals(saved: Buffer): void {
  const s = scratchBuf();
  saved.copy(s.buffer, 3072);
  bound().fns.pthread_sigmask([2, externalOf(s, 3072), externalOf(s, 3200)]);
}

export function geteuid(): number {
  return bound().fns.geteuid([]) as number;
}

export function openPath(path: string, flags: number): number {
  return check(`open ${path}`, bound().fns.open([path, flags, 0]) as WithErrno<number>);
}

const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SOCK_CLOEXEC = 0o2000000;

/** A unix stream socket connected to `path` (the --console-socket). */
export function connectUnix(path: string): number {
  const fd = check('socket', bound().fns.socket([AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0]) as WithErrno<number>);
  const addr = Buffer.alloc(110);
  addr.writeUInt16LE(AF_UNIX, 0);
  if (Buffer.byteLength(path) > 107) throw new SysError(`connect ${path}`, 36);
  addr.write(path, 2);
  const r = bound().fns.connect([fd, addr, 2 + Buffer.byteLength(path) + 1]) as WithErrno<number>;
  if (r.value < 0) {
    close(fd);
    throw new SysError(`connect ${path}`, r.errnoCode);
  }
  return fd;
}

export function socketPair(): [number, number] {
  const s = scratchBuf();
  check('socketpair', bound().fns.socketpair([AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, externalOf(s, 512)]) as WithErrno<number>);
  return [s.buffer.readInt32LE(512), s.buffer.readInt32LE(516)];
}

/** Receive one fd sent with SCM_RIGHTS (the pty master). */
export function receiveFd(sock: number): number {
  const m = mapAnonymous(4096);
  try {
    const base = m.addr;
    // msghdr at 0, iovec at 64, data at 128, control at 256
    m.buffer.writeBigUInt64LE(base + 64n, 16);
    m.buffer.writeBigUInt64LE(1n, 24);
    m.buffer.writeBigUInt64LE(base + 256n, 32);
    m.buffer.writeBigUInt64LE(64n, 40);
    m.buffer.writeBigUInt64LE(base + 128n, 64);
    m.buffer.writeBigUInt64LE(64n, 72);
    for (;;) {
      const r = bound().fns.recvmsg([sock, Number(base), 0o2000000 /* MSG_CMSG_CLOEXEC */]) as WithErrno<number>;
      if (r.value < 0 && r.errnoCode === 4) continue;
      check('recvmsg', r);
      if (m.buffer.readInt32LE(256 + 8) !== 1 || m.buffer.readInt32LE(256 + 12) !== 1)
        throw new SysError('recvmsg', 22, 'no file descriptor received');
      return m.buffer.readInt32LE(256 + 16);
    }
  } finally {
    unmap(m);
  }
}

/**
 * sendmsg(sock, {data, SCM_RIGHTS: fd}) in one message (what Go's
 * utils.SendFds does for runc): the seccomp listener and its state.
 */
export function sendWithFd(sock: number, data: Buffer, fd: number): void {
  const m = mapAnonymous(4096 + data.length);
  try {
    const base = m.addr;
    // msghdr at 0, iovec at 64, control at 128, data at 256
    m.buffer.writeBigUInt64LE(base + 64n, 16);
    m.buffer.writeBigUInt64LE(1n, 24);
    m.buffer.writeBigUInt64LE(base + 128n, 32);
    m.buffer.writeBigUInt64LE(24n, 40); // CMSG_SPACE(sizeof(int))
    m.buffer.writeBigUInt64LE(base + 256n, 64);
    m.buffer.writeBigUInt64LE(BigInt(data.length), 72);
    m.buffer.writeBigUInt64LE(20n, 128); // CMSG_LEN(sizeof(int))
    m.buffer.writeInt32LE(1, 136); // SOL_SOCKET
    m.buffer.writeInt32LE(1, 140); // SCM_RIGHTS
    m.buffer.writeInt32LE(fd, 144);
    data.copy(m.buffer, 256);
    for (;;) {
      const r = bound().fns.sendmsg([sock, Number(base), 0x4000 /* MSG_NOSIGNAL */]) as WithErrno<number>;
      if (r.value < 0 && r.errnoCode === 4) continue;
      if (check('sendmsg', r) !== data.length) throw new SysError('sendmsg', EIO, 'short write');
      return;
    }
  } finally {
    unmap(m);
  }
}

export function setWinsize(fd: number, rows: number, cols: number): void {
  const ws = Buffer.alloc(8);
  ws.writeUInt16LE(rows, 0);
  ws.writeUInt16LE(cols, 2);
  bound().ioctlFns.ioctl([fd, 0x5414 /* TIOCSWINSZ */, ws]);
}

const TCGETS = 0x5401;
const TCSETS = 0x5402;
const ONLCR = 0o4;

/**
 * Clear ONLCR on a terminal (runc's console.ClearONLCR on the pty it
 * relays): the caller's own terminal already turns "\n" into "\r\n", and a
 * second translation would print "\r\r\n".
 */
export function clearOnlcr(fd: number): void {
  const s = scratchBuf();
  check('tcgets', bound().ioctlOutFns.ioctl([fd, TCGETS, externalOf(s, 1024)]) as WithErrno<number>);
  const oflag = s.buffer.readUInt32LE(1024 + 4);
  s.buffer.writeUInt32LE(oflag & ~ONLCR, 1024 + 4);
  check('tcsets', bound().ioctlOutFns.ioctl([fd, TCSETS, externalOf(s, 1024)]) as WithErrno<number>);
}

export function mkfifo(path: string, mode: number): void {
  check(`mkfifo ${path}`, bound().fns.mkfifo([path, mode]) as WithErrno<number>);
}

const MFD_CLOEXEC = 1;
const MFD_ALLOW_SEALING = 2;
const MFD_EXEC = 0x10;
const EINVAL = 22;
const F_ADD_SEALS = 1033;
// F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE
const ALL_SEALS = 0x1 | 0x2 | 0x4 | 0x8;

/**
 * An anonymous, sealed, close-on-exec file holding `data`: nobody (the
 * container included, through /proc/PID/exe) can change it afterwards.
 */
export function sealedMemfd(name: string, data: Buffer): number {
  // Say MFD_EXEC where the kernel knows it (6.3+, which otherwise logs a
  // warning); older kernels reject the flag and make every memfd executable.
  let r = bound().fns.memfd_create([name, MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC]) as WithErrno<number>;
  if (r.value < 0 && r.errnoCode === EINVAL) r = bound().fns.memfd_create([name, MFD_CLOEXEC | MFD_ALLOW_SEALING]) as WithErrno<number>;
  const fd = check('memfd_create', r);
  try {
    for (let off = 0; off < data.length;) {
      const r = bound().fns.write([fd, off === 0 ? data : data.subarray(off), data.length - off]) as WithErrno<number>;
      off += check('write memfd', r);
    }
    check('seal memfd', bound().fns.fcntl([fd, F_ADD_SEALS, ALL_SEALS]) as WithErrno<number>);
    return fd;
  } catch (err) {
    close(fd);
    throw err;
  }
}

/** mknod(2) with a dev_t made by glibc's makedev() rules. */
export function mknod(path: string, mode: number, dev: number): void {
  check(`mknod ${path}`, bound().fileFns.mknod([path, mode, dev]) as WithErrno<number>);
}

/** Set an xattr on the path itself, never on a symlink's target. */
export function lsetxattr(path: string, name: string, value: Buffer): void {
  check(`lsetxattr ${path}`, bound().fileFns.lsetxattr([path, name, value, value.length, 0]) as WithErrno<number>);
}

/** An xattr of the path itself; undefined when it is not set (ENODATA). */
export function lgetxattr(path: string, name: string): Buffer | undefined {
  // ffi-rs hands the Buffer's own memory to C, so the kernel fills it in place.
  const buf = Buffer.alloc(65536);
  const r = bound().fileFns.lgetxattr([path, name, buf, buf.length]) as WithErrno<number>;
  if (r.value < 0 && r.errnoCode === 61) return undefined;
  const n = check(`lgetxattr ${path}`, r);
  return Buffer.from(buf.subarray(0, n));
}

/** mount(2) in this process's mount namespace (the containerd shim mounts the rootfs it is given). */
export function mount(source: string, target: string, fstype: string, flags: number, data: string): void {
  check(`mount ${target}`, bound().fns.mount([source, target, fstype, flags, data]) as WithErrno<number>);
}

/** umount2(2); the errno is the caller's to interpret (EINVAL: not a mount point). */
export function umount2(target: string, flags: number): void {
  check(`umount ${target}`, bound().fns.umount2([target, flags]) as WithErrno<number>);
}

const F_GETFL = 3;
const F_SETFL = 4;
const O_NONBLOCK = 0o4000;

/** Clears O_NONBLOCK: a fifo opened without blocking, handed to a process that expects blocking reads. */
export function setBlocking(fd: number): void {
  const flags = check('fcntl F_GETFL', bound().fns.fcntl([fd, F_GETFL, 0]) as WithErrno<number>);
  check('fcntl F_SETFL', bound().fns.fcntl([fd, F_SETFL, flags & ~O_NONBLOCK]) as WithErrno<number>);
}

const PR_SET_CHILD_SUBREAPER = 36;

/** Orphaned descendants are re-parented to this process instead of init (prctl PR_SET_CHILD_SUBREAPER). */
export function setChildSubreaper(): void {
  check('prctl PR_SET_CHILD_SUBREAPER', bound().fns.prctl([PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0]) as WithErrno<number>);
}

const NR_OPENAT2 = 437; // the same on x86_64 and aarch64
const O_RDONLY_NONBLOCK_CLOEXEC_NOCTTY = 0o4000 | 0o2000000 | 0o400;
const O_PATH_CLOEXEC = 0o10000000 | 0o2000000;

/**
 * Open `path` read-only as the container would see it under `rootDir` (an
 * O_PATH fd of the rootfs): openat2 with RESOLVE_IN_ROOT, so no symlink or
 * ".." leads out of it, and no magic link is followed. Non-blocking, so a
 * FIFO in the image cannot stall the runtime; `pathOnly`: O_PATH, to ask
 * only whether something is there. Undefined when it cannot be opened.
 */
export function openInRoot(rootDir: number, path: string, pathOnly = false): number | undefined {
  const how = Buffer.alloc(24);
  how.writeBigUInt64LE(BigInt(pathOnly ? O_PATH_CLOEXEC : O_RDONLY_NONBLOCK_CLOEXEC_NOCTTY), 0);
  how.writeBigUInt64LE(0x10n | 0x02n /* RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS */, 16);
  const r = bound().resolveFns.syscall([NR_OPENAT2, rootDir, path, how, how.length]) as WithErrno<number>;
  return r.value < 0 ? undefined : Number(r.value);
}

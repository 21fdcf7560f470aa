/**
 * Why execve of the container's program would fail, predicted from the
 * image before anything runs, so that the process can say it when it
 * happens (plan/executable.ts prints the cause only if execve fails with
 * the predicted errno for the predicted file).
 *
 * The kernel's answer to a missing ELF loader or #! interpreter is ENOENT
 * for a file that plainly exists ("exec /app: no such file or directory"),
 * and to a foreign binary ENOEXEC: runc says no more. Looking at the first
 * bytes of the file tells which file is missing or what is wrong.
 *
 * The image is read through openat2(RESOLVE_IN_ROOT): a symlink in the
 * rootfs cannot make the runtime read (and print) a file of the host.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Arch } from '../sys/arch.js';
import type { ExecHint } from '../plan/executable.js';

const ENOENT = 2;
const ENOEXEC = 8;

/** What the diagnosis may read of the image: files resolved inside the rootfs. */
export interface ImageView {
  /** A regular file's mode and a reader of its bytes; undefined if it is not one or cannot be read. */
  file(path: string): { mode: number; read(offset: number, length: number): Buffer } | undefined;
  /** Whether anything is at `path` (a loader or an interpreter). */
  exists(path: string): boolean;
}

/** ELF e_machine numbers: the host's, and the foreign ones worth a name. */
const MACHINES: Record<number, string> = {
  3: 'x86 (32-bit)',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm (32-bit)',
  62: 'x86_64',
  183: 'aarch64',
  243: 'riscv64',
  258: 'loongarch64',
};
/** What each host executes natively (32-bit compat included). */
const RUNS: Record<Arch, number[]> = { x86_64: [62, 3], aarch64: [183, 40] };

/** The kernel reads at most this much of a #! line (BINPRM_BUF_SIZE). */
const SHEBANG_MAX = 256;

/** The first candidate the lookup would take (a regular file with an execute bit), and how its execve would fail. */
export function diagnoseExec(candidates: readonly string[], image: ImageView, arch: Arch): ExecHint | undefined {
  for (const path of candidates) {
    const f = image.file(path);
    if (!f || (f.mode & 0o111) === 0) continue;
    const failure = predictFailure(f.read(0, SHEBANG_MAX), f.read, image, arch);
    return failure && { path, ...failure };
  }
  return undefined;
}

function predictFailure(
  head: Buffer,
  read: (offset: number, length: number) => Buffer,
  image: ImageView,
  arch: Arch,
): { errno: number; cause: string } | undefined {
  if (head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return elfFailure(read, image, arch);
  if (head.subarray(0, 2).toString('latin1') === '#!') return scriptFailure(head, image);
  if (head.length === 0) return undefined; // an empty file: the kernel's ENOEXEC speaks for itself
  return { errno: ENOEXEC, cause: 'it is neither an ELF binary nor a script starting with #!' };
}

/** A binary for another machine (ENOEXEC), or one whose dynamic loader is not in the image (ENOENT). */
function elfFailure(
  read: (offset: number, length: number) => Buffer,
  image: ImageView,
  arch: Arch,
): { errno: number; cause: string } | undefined {
  const header = read(0, 64);
  if (header.length < 52) return undefined;
  const is64 = header[4] === 2;
  const le = header[5] !== 2;
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const word = (b: Buffer, o: number) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o));
  const machine = u16(header, 18);
  if (!RUNS[arch].includes(machine)) {
    return { errno: ENOEXEC, cause: `it is a binary for ${MACHINES[machine] ?? `ELF machine ${machine}`}, and this host runs ${arch}` };
  }
  if (is64 && header.length < 64) return undefined;
  const phoff = word(header, is64 ? 32 : 28);
  const phentsize = u16(header, is64 ? 54 : 42);
  const phnum = Math.min(u16(header, is64 ? 56 : 44), 64);
  for (let i = 0; i < phnum; i++) {
    const ph = read(phoff + i * phentsize, phentsize);
    if (ph.length < (is64 ? 56 : 32) || u32(ph, 0) !== 3 /* PT_INTERP */) continue;
    const interp = read(word(ph, is64 ? 8 : 4), Math.min(word(ph, is64 ? 32 : 16), 4096))
      .toString('latin1')
      .replace(/\0.*$/s, '');
    if (!interp || image.exists(interp)) return undefined;
    return { errno: ENOENT, cause: `${interp} not found: the binary needs a dynamic loader the image lacks` };
  }
  return undefined;
}

/** A #! line whose interpreter is not in the image, or ends in a carriage return (ENOENT). */
function scriptFailure(head: Buffer, image: ImageView): { errno: number; cause: string } | undefined {
  const line = head.subarray(2).toString('latin1').split('\n')[0]!;
  const interp = line.replace(/^[ \t]+/, '').split(/[ \t]/)[0] ?? '';
  if (!interp) return undefined;
  if (interp.endsWith('\r')) {
    return {
      errno: ENOENT,
      cause: `its #! line ends in a carriage return (DOS line endings), so the kernel looks for ${JSON.stringify(interp)}`,
    };
  }
  if (image.exists(interp)) return undefined;
  return { errno: ENOENT, cause: `${interp} not found: the interpreter its #! line names is not in the image` };
}

/** The image as the runtime sees it now, every path resolved inside `rootfs`. */
export async function imageView(rootfs: string): Promise<{ view: ImageView; close(): void } | undefined> {
  const libc = await import('../sys/libc.js');
  let root: number;
  try {
    root = libc.openPath(rootfs, 0o10000000 /* O_PATH */ | 0o200000 /* O_DIRECTORY */ | 0o2000000 /* O_CLOEXEC */);
  } catch {
    return undefined;
  }
  const opened: number[] = [];
  const view: ImageView = {
    file(path) {
      const fd = libc.openInRoot(root, path);
      if (fd === undefined) return undefined;
      opened.push(fd);
      const st = fstatSync(fd);
      if (!st.isFile()) return undefined;
      return {
        mode: st.mode,
        read(offset, length) {
          const buf = Buffer.alloc(Math.max(0, length));
          try {
            return buf.subarray(0, readSync(fd, buf, 0, buf.length, offset));
          } catch {
            return Buffer.alloc(0);
          }
        },
      };
    },
    exists(path) {
      const fd = libc.openInRoot(root, path, true);
      if (fd === undefined) return false;
      closeSync(fd);
      return true;
    },
  };
  return {
    view,
    close() {
      for (const fd of [...opened, root]) closeSync(fd);
    },
  };
}

/**
 * An executable file that no path reaches: an unlinked O_TMPFILE copy of an
 * image, reopened read-only, in the first temporary directory whose mount
 * allows exec. Used where a sealed memfd cannot be had: the plan executable
 * under vm.memfd_noexec=2 (runner/exe-fd.ts), and ffi-rs's addon in the
 * single binary, which must be mapped from a file before any FFI exists to
 * make a memfd with (lib/sea/ffi-addon.ts).
 *
 * Nobody can reach the copy by path, and once the writable fd is closed no
 * fd anywhere can write it (exec would otherwise fail with ETXTBSY); its mode
 * is 0500, owned by the caller.
 */
import { accessSync, closeSync, constants, openSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tempName } from '../state/temp-name.js';

// <fcntl.h>: O_TMPFILE is __O_TMPFILE | O_DIRECTORY, and O_DIRECTORY differs by architecture.
const O_TMPFILE = 0o20000000 | constants.O_DIRECTORY;

export type UnlinkedCopy = { fd: number; dir: string } | { tried: string[] };

/** Where an executable copy may go: the caller's runtime and temporary directories, /dev/shm last. */
export function tmpDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [env.XDG_RUNTIME_DIR, tmpdir(), '/tmp', '/dev/shm'].filter((d): d is string => !!d);
  return [...new Set(dirs)];
}

/** A read-only fd to an unlinked executable copy of `image`, or what each directory said. */
export function unlinkedCopy(image: Uint8Array, dirs: readonly string[] = tmpDirs()): UnlinkedCopy {
  const tried: string[] = [];
  for (const dir of dirs) {
    const r = tmpfileIn(dir, image);
    if (typeof r === 'number') return { fd: r, dir };
    tried.push(`${dir}: ${r}`);
  }
  return { tried };
}

/** A read-only fd to an unlinked file in `dir` holding `image`, or why not. */
function tmpfileIn(dir: string, image: Uint8Array): number | string {
  let rw: number;
  try {
    rw = openUnlinked(dir);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
  try {
    for (let off = 0; off < image.length;) off += writeSync(rw, image, off);
    // The reopened fd has no write access, and once rw is closed no fd
    // anywhere does, which exec requires (else ETXTBSY).
    const ro = openSync(`/proc/self/fd/${rw}`, constants.O_RDONLY);
    try {
      // access(X_OK) fails on a noexec mount, so a directory that could
      // not run the copy is skipped here rather than failing at exec.
      accessSync(`/proc/self/fd/${ro}`, constants.X_OK);
      return ro;
    } catch (err) {
      closeSync(ro);
      return `${(err as NodeJS.ErrnoException).code ?? err} (noexec mount?)`;
    }
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  } finally {
    closeSync(rw);
  }
}

/** O_TMPFILE where the filesystem has it; else a fresh name, unlinked at once. */
function openUnlinked(dir: string): number {
  try {
    return openSync(dir, O_TMPFILE | constants.O_RDWR, 0o500);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EOPNOTSUPP' && code !== 'EISDIR' && code !== 'EINVAL') throw err;
  }
  const path = tempName(`${dir}/.hutch-exe`);
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o500);
  unlinkSync(path);
  return fd;
}

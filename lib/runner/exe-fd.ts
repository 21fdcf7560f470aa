/**
 * The file the launcher execs (the interpreter and its plan, elf.ts).
 *
 * First choice: a sealed memfd. Nothing on the host can name it and nobody,
 * the container included (through /proc/PID/exe), can change it.
 *
 * The kernel refuses executable memfds when vm.memfd_noexec is 2 in the
 * caller's pid namespace (memfd_create fails with EACCES). Then, as runc's
 * cloned binary does, the image goes to an unlinked O_TMPFILE in the first
 * temporary directory whose mount allows exec, and is reopened read-only so
 * that no writable fd to it survives: the container cannot reach it by path
 * and cannot open it for writing while it runs (ETXTBSY), and its mode is
 * 0500, owned by the caller.
 */
import { accessSync, closeSync, constants, openSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as libc from '../sys/libc.js';
import { HutchError } from '../errors.js';
import { tempName } from '../state/temp-name.js';

const EACCES = 13;
// <fcntl.h>: O_TMPFILE is __O_TMPFILE | O_DIRECTORY, and O_DIRECTORY differs by architecture.
const O_TMPFILE = 0o20000000 | constants.O_DIRECTORY;

export interface ExecutableFd {
  fd: number;
  /** What the error text calls it when the exec fails. */
  what: string;
}

export function executableFd(image: Buffer, dirs: readonly string[] = tmpDirs()): ExecutableFd {
  try {
    return { fd: libc.sealedMemfd('hutch', image), what: 'a sealed memfd' };
  } catch (err) {
    if (!(err instanceof libc.SysError) || err.errno !== EACCES) throw err;
  }
  const tried: string[] = [];
  for (const dir of dirs) {
    const r = tmpfileIn(dir, image);
    if (typeof r === 'number') return { fd: r, what: `an unlinked copy in ${dir}` };
    tried.push(`${dir}: ${r}`);
  }
  throw new HutchError(
    'memfd_create: executable memfds are forbidden here (vm.memfd_noexec=2) and no temporary directory ' +
      `can hold an executable copy (${tried.join('; ') || 'none to try'}); set TMPDIR to a directory on an exec-able filesystem`, { code: 'start-failed' },
  );
}

/** Where an executable copy may go: the caller's runtime and temporary directories, /dev/shm last. */
export function tmpDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [env.XDG_RUNTIME_DIR, tmpdir(), '/tmp', '/dev/shm'].filter((d): d is string => !!d);
  return [...new Set(dirs)];
}

/** A read-only fd to an unlinked file in `dir` holding `image`, or why not. */
function tmpfileIn(dir: string, image: Buffer): number | string {
  let rw: number;
  try {
    rw = openUnlinked(dir);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
  try {
    for (let off = 0; off < image.length; ) off += writeSync(rw, image, off);
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

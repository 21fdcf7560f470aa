/**
 * The file the launcher execs (the interpreter and its plan, elf.ts).
 *
 * First choice: a sealed memfd. Nothing on the host can name it and nobody,
 * the container included (through /proc/PID/exe), can change it.
 *
 * The kernel refuses executable memfds when vm.memfd_noexec is 2 in the
 * caller's pid namespace (memfd_create fails with EACCES). Then, as runc's
 * cloned binary does, the image goes to an unlinked read-only copy in a
 * temporary directory (runner/unlinked-copy.ts).
 */
import * as libc from '../sys/libc.js';
import { HutchError } from '../errors.js';
import { tmpDirs, unlinkedCopy } from './unlinked-copy.js';

const EACCES = 13;

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
  const copy = unlinkedCopy(image, dirs);
  if ('fd' in copy) return { fd: copy.fd, what: `an unlinked copy in ${copy.dir}` };
  throw new HutchError(
    'memfd_create: executable memfds are forbidden here (vm.memfd_noexec=2) and no temporary directory ' +
      `can hold an executable copy (${copy.tried.join('; ') || 'none to try'}); set TMPDIR to a directory on an exec-able filesystem`,
    { code: 'start-failed' },
  );
}

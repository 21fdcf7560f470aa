/**
 * Finding the container's program and executing it, and saying why when it
 * cannot be executed.
 *
 * The lookup is runc 1.1's: Go's exec.LookPath (the first candidate that is
 * not a directory and has an execute bit), then an access check with the
 * process's own credentials (faccessat2 AT_EACCESS, so capabilities such as
 * CAP_DAC_OVERRIDE count, as they do for execve, and a noexec mount is
 * caught). It runs before the process waits for `start`, so these failures
 * are create errors in runc's words, which the runtime reports
 * (runner/failure.ts), with the cause added where runc gives none.
 *
 * execve itself can still fail after `start` (a missing ELF loader or #!
 * interpreter, a foreign architecture). Nobody reads the report pipe then,
 * so the process writes the message to its own stderr, as runc's init does,
 * and exits 127 (not found) or 126 (found but not executable), as a shell
 * does. Every word is decided here, at plan time: runc's first words
 * ("exec /run.sh: no such file or directory") and, when the runtime's look
 * at the image predicted this very failure (ExecHint), its cause.
 */
import type { PlanContext } from './context.js';
import type { DataBlock } from './builder.js';
import { AluOp } from './format.js';
import { AT, X_OK } from '../sys/consts.js';
import { goStrerror } from '../sys/errno.js';
import type { Arch } from '../sys/arch.js';

/** A failure of execve predicted by looking at the image (container/exec-diagnosis.ts). */
export interface ExecHint {
  /** The candidate it is about. */
  path: string;
  /** The errno execve will fail with for that file. */
  errno: number;
  /** Why, in words: "/lib/ld-musl-x86_64.so.1 not found: the binary needs a dynamic loader the image lacks". */
  cause: string;
}

/** What the lookup leaves for execve: the chosen path and its length, in the plan's memory. */
export interface FoundExecutable {
  path: DataBlock;
  length: DataBlock;
  /** Each candidate's string block (the path slot holds one of their addresses). */
  candidates: ReadonlyMap<string, DataBlock>;
}

const ENOENT = 2;
const EACCES = 13;
const ENOSYS = 38;
const EPERM = 1;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const AT_EACCESS = 0x200;

/** Size of struct stat and the offset of st_mode. */
const STAT = { x86_64: { size: 144, mode: 24 }, aarch64: { size: 128, mode: 16 } } as const satisfies Record<Arch, unknown>;

/** execve's errnos worth their own words; any other gets "exec failed". */
const EXEC_ERRNOS = [2, 13, 8, 1, 26, 40, 20, 7, 12, 21, 22, 80];

/** A shell's convention: 127 when something was not found, 126 when it was but cannot run. */
function execExitCode(errno: number): number {
  return errno === ENOENT ? 127 : 126;
}

/** The line the process prints when execve fails: runc's words, then the cause when known. */
export function execFailureText(path: string, errno: number, cause?: string): string {
  return `exec ${path}: ${goStrerror(errno)}${cause ? `: ${cause}` : ''}\n`;
}

/**
 * Go's exec.LookPath over `candidates`, then runc's access check. A name
 * with a slash has one candidate and each failure is fatal; a PATH search
 * tries the next directory, and fails only when none had the program.
 */
export function lookupExecutable(ctx: PlanContext, arg0: string, candidates: readonly string[]): FoundExecutable {
  const b = ctx.b;
  const found: FoundExecutable = {
    path: b.zeros(8, 'executable path'),
    length: b.zeros(8, 'executable path length'),
    candidates: new Map(),
  };
  const stat = STAT[ctx.arch];
  const statBuf = b.zeros(stat.size, 'struct stat');
  const name = `exec: ${JSON.stringify(arg0)}`;
  const searching = !arg0.includes('/');
  const done = b.label('executable found');
  for (const cand of candidates) {
    const next = b.label(`try next after ${cand}`);
    const str = b.string(cand);
    (found.candidates as Map<string, DataBlock>).set(cand, str);
    // A PATH search moves on at each of Go's checks; a path fails with Go's text.
    const refuse = (cause: string) => (searching ? b.jump(next) : b.failHere(EACCES, { what: name, cause, code: 'exec-not-executable' }));
    b.syscall('newfstatat', [AT.FDCWD, b.addr(str), b.addr(statBuf), 0], {
      what: searching ? `look up ${cand}` : `${name}: stat ${cand}`,
      onError: searching ? next : 'fail',
      code: 'exec-not-found',
    });
    const mode = b.load32(statBuf, stat.mode);
    const notDir = b.label(`${cand} is not a directory`);
    b.jumpIfNotEqual(b.result(b.alu(AluOp.And, mode, S_IFMT, `file type of ${cand}`)), S_IFDIR, notDir, `is ${cand} a directory?`);
    refuse(`${cand} is a directory`);
    b.place(notDir);
    const hasX = b.label(`${cand} has an execute bit`);
    b.jumpIfNotEqual(b.result(b.alu(AluOp.And, mode, 0o111, `execute bits of ${cand}`)), 0, hasX, `has ${cand} an execute bit?`);
    refuse(`${cand} has no execute permission bit`);
    b.place(hasX);
    accessCheck(ctx, str, cand);
    b.store64(b.addr(str), found.path);
    b.store64(Buffer.byteLength(cand), found.length);
    b.jump(done);
    b.place(next);
  }
  if (searching) b.failHere(ENOENT, { what: name, reason: 'executable file not found in $PATH', code: 'exec-not-found' });
  b.place(done);
  return found;
}

/**
 * runc's eaccess(): may this process execute the file? A seccomp profile
 * that does not know faccessat2 (ENOSYS, EPERM) leaves the answer to execve.
 */
function accessCheck(ctx: PlanContext, str: DataBlock, cand: string): void {
  const b = ctx.b;
  const ok = b.label(`${cand} is executable`);
  const check = b.label(`why ${cand} is not executable`);
  const access = b.syscall('faccessat2', [AT.FDCWD, b.addr(str), X_OK, AT_EACCESS], {
    what: `exec ${cand}`,
    cause: "the process's user may not execute it (its owner and mode, or a noexec mount)",
    code: 'exec-not-executable',
    onError: check,
    show: ['AT_FDCWD', undefined, 'X_OK', 'AT_EACCESS'],
  });
  b.jump(ok);
  b.place(check);
  b.jumpIfEqual(b.result(access), -ENOSYS, ok, 'faccessat2 unknown to the seccomp profile?');
  b.jumpIfEqual(b.result(access), -EPERM, ok, 'faccessat2 refused by the seccomp profile?');
  b.fail(access, b.result(access), `may not execute ${cand}`);
  b.place(ok);
}

/**
 * execve the program found; if it fails, say why on stderr and exit 127 or
 * 126. The steps after execve run only when it failed.
 */
export function execProgram(
  ctx: PlanContext,
  args: readonly string[],
  env: readonly string[],
  found: FoundExecutable,
  hint: ExecHint | undefined,
): void {
  const b = ctx.b;
  const failed = b.label('exec failed');
  const ex = b.syscall('execve', [b.load64(found.path), b.addr(b.stringArray([...args])), b.addr(b.stringArray([...env]))], {
    what: `exec ${args[0] ?? ''}`,
    onError: failed,
  });
  b.place(failed);
  const errno = b.result(ex);
  const hintBlock = hint && found.candidates.get(hint.path);
  if (hint && hintBlock) {
    const generic = b.label('exec failed as not predicted');
    b.jumpIfNotEqual(b.load64(found.path), b.addr(hintBlock), generic, `was it ${hint.path}?`);
    b.jumpIfNotEqual(errno, -hint.errno, generic, `did it fail with ${goStrerror(hint.errno)}?`);
    writeStderr(ctx, execFailureText(hint.path, hint.errno, hint.cause));
    b.exit(execExitCode(hint.errno));
    b.place(generic);
  }
  writeStderr(ctx, 'exec ');
  b.syscall('write', [2, b.load64(found.path), b.load64(found.length)], { what: 'write the program path to stderr', onError: 'ignore' });
  for (const e of EXEC_ERRNOS) {
    const other = b.label(`not ${goStrerror(e)}`);
    b.jumpIfNotEqual(errno, -e, other, `did it fail with ${goStrerror(e)}?`);
    writeStderr(ctx, `: ${goStrerror(e)}\n`);
    b.exit(execExitCode(e));
    b.place(other);
  }
  writeStderr(ctx, ': exec failed\n');
  b.exit(126);
}

function writeStderr(ctx: PlanContext, text: string): void {
  const b = ctx.b;
  b.syscall('write', [2, b.addr(b.string(text)), Buffer.byteLength(text)], {
    what: `write ${JSON.stringify(text)} to stderr`,
    onError: 'ignore',
  });
}

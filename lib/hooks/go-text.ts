import { goErrnoText } from '../sys/errno.js';
/**
 * The wording runc's hook errors have. runc is written in Go, so the text of a
 * failed hook is Go's text (os/exec's ExitError, syscall.Errno, fork/exec
 * errors). Callers such as podman match on these strings, so they are copied
 * exactly; each was checked against runc 1.1.5.
 */

/** Go's syscall.Signal.String() on Linux (zerrors_linux.go), by number. */
const SIGNAL_TEXT: Record<string, string> = {
  SIGHUP: 'hangup',
  SIGINT: 'interrupt',
  SIGQUIT: 'quit',
  SIGILL: 'illegal instruction',
  SIGTRAP: 'trace/breakpoint trap',
  SIGABRT: 'aborted',
  SIGBUS: 'bus error',
  SIGFPE: 'floating point exception',
  SIGKILL: 'killed',
  SIGUSR1: 'user defined signal 1',
  SIGSEGV: 'segmentation fault',
  SIGUSR2: 'user defined signal 2',
  SIGPIPE: 'broken pipe',
  SIGALRM: 'alarm clock',
  SIGTERM: 'terminated',
  SIGSTKFLT: 'stack fault',
  SIGCHLD: 'child exited',
  SIGCONT: 'continued',
  SIGSTOP: 'stopped (signal)',
  SIGTSTP: 'stopped',
  SIGTTIN: 'stopped (tty input)',
  SIGTTOU: 'stopped (tty output)',
  SIGURG: 'urgent I/O condition',
  SIGXCPU: 'CPU time limit exceeded',
  SIGXFSZ: 'file size limit exceeded',
  SIGVTALRM: 'virtual timer expired',
  SIGPROF: 'profiling timer expired',
  SIGWINCH: 'window changed',
  SIGIO: 'I/O possible',
  SIGPWR: 'power failure',
  SIGSYS: 'bad system call',
};

/**
 * ProcessState.String() for a process that did not exit 0:
 * "exit status 3", "signal: killed". Go's text for a real-time or unknown
 * signal is "signal N"; Node gives us only the name, so that is kept.
 */
export function exitText(exitCode: number | undefined, signal: string | undefined): string {
  if (signal) return `signal: ${SIGNAL_TEXT[signal] ?? signal}`;
  return `exit status ${exitCode ?? -1}`;
}

/** os/exec's start failure, e.g. "fork/exec /no/such: no such file or directory". */
export function startErrorText(path: string, code: string | undefined): string {
  const text = code ? (goErrnoText(code) ?? code) : 'unknown error';
  return `fork/exec ${path}: ${text}`;
}

/** runc's Command.Run text for a non-zero exit; stdout/stderr are verbatim. */
export function failedText(status: string, stdout: string, stderr: string): string {
  return `error running hook: ${status}, stdout: ${stdout}, stderr: ${stderr}`;
}

/** runc's text when the timeout fired; Go formats the seconds with %.1f. */
export function timeoutText(seconds: number): string {
  return `hook ran past specified timeout of ${seconds.toFixed(1)}s`;
}

/** runc's HookList.RunHooks prefix: the index is the hook's place in its list. */
export function indexedText(index: number, message: string): string {
  return `error running hook #${index}: ${message}`;
}

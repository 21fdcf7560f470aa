/**
 * Signal names and numbers, parsed the way `runc kill` parses them.
 *
 * runc (1.1 and later) accepts a decimal number (passed to kill(2) as is, so
 * 0 and out-of-range numbers reach the kernel), or a name in any case with or
 * without the SIG prefix, looked up in golang.org/x/sys/unix's signal table.
 * That table has one name per number: aliases (IOT, POLL, CLD, UNUSED) and
 * real-time names (RTMIN+n) are rejected, only their numbers work. We keep
 * exactly that set so scripts behave the same under both runtimes.
 */
import { HutchError } from './errors.js';

/** Linux signal numbers 1..31 with x/sys/unix's canonical names (x86_64, aarch64). */
const NAMES: readonly string[] = [
  '',
  'SIGHUP',
  'SIGINT',
  'SIGQUIT',
  'SIGILL',
  'SIGTRAP',
  'SIGABRT',
  'SIGBUS',
  'SIGFPE',
  'SIGKILL',
  'SIGUSR1',
  'SIGSEGV',
  'SIGUSR2',
  'SIGPIPE',
  'SIGALRM',
  'SIGTERM',
  'SIGSTKFLT',
  'SIGCHLD',
  'SIGCONT',
  'SIGSTOP',
  'SIGTSTP',
  'SIGTTIN',
  'SIGTTOU',
  'SIGURG',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGVTALRM',
  'SIGPROF',
  'SIGWINCH',
  'SIGIO',
  'SIGPWR',
  'SIGSYS',
];

const BY_NAME: ReadonlyMap<string, number> = new Map(NAMES.map((name, num) => [name, num] as const).filter(([name]) => name !== ''));

/** glibc's SIGRTMIN (the kernel's 32 and 33 are reserved by NPTL). */
const SIGRTMIN = 34;
/** The kernel's _NSIG - 1 on x86_64 and aarch64. */
const SIGRTMAX = 64;

/**
 * Parses `9`, `KILL`, `SIGKILL`, `sigkill`, `Kill` like runc's parseSignal.
 * An empty string is not handled here: `runc kill ID` defaults to SIGTERM
 * before parsing, and so should the caller.
 *
 * Numbers follow Go's strconv.Atoi: optional sign, decimal digits only.
 * They are not range-checked, as in runc; kill(2) reports EINVAL.
 */
export function parseSignal(raw: string): number {
  if (/^[+-]?\d+$/.test(raw)) {
    const n = Number(raw);
    if (Number.isSafeInteger(n)) return n;
  }
  const upper = raw.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  const num = BY_NAME.get(name);
  if (num === undefined) throw new HutchError(`unknown signal ${goQuote(raw)}`, { code: 'usage' });
  return num;
}

/**
 * The name of signal `n` for messages: `SIGKILL`, `SIGRTMIN+3`, or Go's
 * `signal 99` form for numbers that have no name.
 */
export function signalName(n: number): string {
  if (Number.isInteger(n) && n >= 1 && n < NAMES.length) return NAMES[n]!;
  if (n === SIGRTMIN) return 'SIGRTMIN';
  if (Number.isInteger(n) && n > SIGRTMIN && n <= SIGRTMAX) return `SIGRTMIN+${n - SIGRTMIN}`;
  return `signal ${n}`;
}

/** Every named signal, in number order (for `--help` and completion). */
export function signalNames(): string[] {
  return NAMES.slice(1);
}

/**
 * Go's %q for the strings that reach it here: JSON string escaping is the
 * same for printable input, which is all a shell argument normally holds.
 */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

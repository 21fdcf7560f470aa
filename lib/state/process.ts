/**
 * Reading /proc/<pid>/stat: enough to tell whether a recorded pid is still the
 * process we started. Pids are reused, so a pid alone proves nothing; the pair
 * (pid, start time) does, as in runc's runType().
 */
import { readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  /** The command name between the parentheses (may itself contain ')' or spaces). */
  comm: string;
  /** One letter: R S D Z T t X I ... (proc(5) field 3). */
  state: string;
  ppid: number;
  /** Field 22: clock ticks after boot at which the process started. */
  startTime: number;
}

/** Parses the text of a /proc/<pid>/stat file; undefined if it is malformed. */
export function parseProcStat(text: string): ProcStat | undefined {
  // comm may contain anything, including ') ', so split at the *last* ')'.
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text
    .slice(close + 1)
    .trim()
    .split(' ');
  // rest[0] is field 3 (state), so field N is rest[N - 3].
  if (rest.length < 20) return undefined;
  const startTime = Number(rest[22 - 3]);
  if (!Number.isFinite(startTime)) return undefined;
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0]!,
    ppid: Number(rest[4 - 3]),
    startTime,
  };
}

/** /proc/<pid>/stat, or undefined when the process does not exist (or is unreadable). */
export function readProcStat(pid: number | 'self'): ProcStat | undefined {
  if (pid !== 'self' && !(Number.isInteger(pid) && pid > 0)) return undefined;
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  return parseProcStat(text);
}

/** Start time (field 22) of `pid`, or undefined if there is no such process. */
export function processStartTime(pid: number | 'self'): number | undefined {
  return readProcStat(pid)?.startTime;
}

/** Zombies and dead tasks have exited: only their pid entry is left. */
export function isExitedState(state: string): boolean {
  return state === 'Z' || state === 'X' || state === 'x';
}

/**
 * True if `pid` exists, has not exited, and (when given) started at
 * `startTime`, i.e. it is still the process that was recorded.
 */
export function isAlive(pid: number, startTime?: number): boolean {
  const st = readProcStat(pid);
  if (st === undefined || isExitedState(st.state)) return false;
  return startTime === undefined || st.startTime === startTime;
}

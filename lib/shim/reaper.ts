/**
 * The shim reaps what it runs. The containers' processes are its children
 * (hutch clones them with CLONE_PARENT), and as a child subreaper it also
 * inherits their orphans when a container shares the host's pid namespace.
 *
 * An exit must be reported once, and never lost:
 * - each watched pid is waited for with waitpid(pid, WNOHANG) whenever
 *   SIGCHLD arrives (signals coalesce; every watched pid is asked each time)
 *   and on a slow timer as a safety net;
 * - a zombie stays until it is waited for, so a process that exits before
 *   it is watched is still found;
 * - other children (orphans) are reaped only while no launch is in flight
 *   (during one, the runtime's own intermediate processes and the new
 *   process are children the launch waits for itself, and the caller
 *   watches the new pid before it releases its hold), and only once they
 *   have stayed zombies for a second: children Node spawned
 *   (child_process: hooks, the publish binary) are libuv's, and libuv
 *   reaps them as soon as their SIGCHLD is handled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { WaitResult } from '../sys/libc.js';

type Libc = typeof import('../sys/libc.js');

/** libuv reaps its own children within a loop iteration; a zombie older than this is an orphan. */
const ORPHAN_GRACE_MS = 1_000;

export class Reaper {
  private readonly watched = new Map<number, (r: WaitResult) => void>();
  /** Unwatched zombies, and when a scan first saw each. */
  private zombies = new Map<number, number>();
  private holds = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly onSignal = () => this.reap();

  constructor(private readonly libc: Libc) {
    libc.setChildSubreaper();
    process.on('SIGCHLD', this.onSignal);
    this.timer = setInterval(this.onSignal, 1_000);
    this.timer.unref();
  }

  /** Calls `onExit` once, when `pid` (a child of this process) has exited. */
  watch(pid: number, onExit: (r: WaitResult) => void): void {
    this.watched.set(pid, onExit);
    this.reap();
  }

  /** Suspends orphan reaping (around a launch); call the returned function to release. */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.reap();
    };
  }

  stop(): void {
    process.off('SIGCHLD', this.onSignal);
    clearInterval(this.timer);
  }

  private reap(): void {
    for (const [pid, onExit] of this.watched) {
      const r = this.libc.waitpidNoHang(pid);
      if (!r) continue;
      this.watched.delete(pid);
      onExit(r);
    }
    if (this.holds === 0) this.reapOrphans();
  }

  /** Zombie children nobody watches, zombies for a second already: reaped so they do not pile up. */
  private reapOrphans(): void {
    const now = Date.now();
    const seen = new Map<number, number>();
    for (const pid of childrenOfSelf()) {
      if (this.watched.has(pid) || stateOf(pid) !== 'Z') continue;
      const first = this.zombies.get(pid) ?? now;
      if (now - first >= ORPHAN_GRACE_MS) this.libc.waitpidNoHang(pid);
      else seen.set(pid, first);
    }
    this.zombies = seen;
  }
}

/** Children of every thread of this process (an orphan goes to any live thread). */
function childrenOfSelf(): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const p of readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(' ')) if (p) out.push(Number(p));
    } catch {
      // the thread ended
    }
  }
  return out;
}

function stateOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

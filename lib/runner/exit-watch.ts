import { waitpidNoHang, type WaitResult } from '../sys/libc.js';

/**
 * Waiting for a container process to exit without holding a thread.
 *
 * A blocking waitpid() on a worker thread would take one of libuv's four
 * pool threads per running container, and with four containers running
 * every fs, dns and crypto call of the host program would wait for one of
 * them to exit. Instead: a SIGCHLD listener (libuv's own child handling
 * coexists: it waits only for its own pids) and a non-blocking waitpid for
 * each pid we wait for. A slow interval covers a coalesced or early signal
 * and keeps the event loop alive while something is awaited.
 */
const pending = new Map<number, (r: WaitResult) => void>();
let safetyNet: NodeJS.Timeout | undefined;

export function waitForExit(pid: number): Promise<WaitResult> {
  return new Promise((resolve) => {
    pending.set(pid, resolve);
    if (pending.size === 1) {
      process.on('SIGCHLD', reap);
      safetyNet = setInterval(reap, 500);
    }
    // It may have exited before the listener was there.
    reap();
  });
}

function reap(): void {
  for (const [pid, resolve] of pending) {
    const r = waitpidNoHang(pid);
    if (!r) continue;
    pending.delete(pid);
    resolve(r);
  }
  if (pending.size === 0 && safetyNet) {
    process.off('SIGCHLD', reap);
    clearInterval(safetyNet);
    safetyNet = undefined;
  }
}

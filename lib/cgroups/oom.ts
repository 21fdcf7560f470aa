/**
 * OOM notifications by polling the kill counter (v1 memory.oom_control
 * oom_kill, v2 memory.events oom_kill). runc uses an eventfd on v1 and
 * inotify on v2; an eventfd needs FFI, and a short poll is enough for
 * `events` and for reporting "OOMKilled" after exit.
 */
import type { CgroupManager } from './types.js';

export interface OomWatch {
  stop(): void;
}

/** Call `onOom(newKills)` whenever the counter grows. */
export function watchOom(m: Pick<CgroupManager, 'oomCount'>, onOom: (kills: number) => void, intervalMs = 250): OomWatch {
  let last = safeCount(m);
  const timer = setInterval(() => {
    const now = safeCount(m);
    if (now > last) onOom(now - last);
    last = now;
  }, intervalMs);
  timer.unref(); // never keep the CLI alive on its own
  return { stop: () => clearInterval(timer) };
}

function safeCount(m: Pick<CgroupManager, 'oomCount'>): number {
  try {
    return m.oomCount();
  } catch {
    // The cgroup went away with the container: nothing more to report.
    return 0;
  }
}

import { isAlive } from '../state/process.js';

/** Wait (polling /proc) until a process that is not our child is gone. */
export async function waitGone(pid: number, startTime: number | undefined, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  while (isAlive(pid, startTime)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 50);
  }
  return true;
}

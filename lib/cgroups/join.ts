/** Moving a process into a cgroup. */
import { close, constants, openSync, write } from 'node:fs';
import { join } from 'node:path';
import { isErrno, sleepSync, writeCgroupFile } from './fs.js';
import type { CgroupLayout } from './types.js';

/**
 * Write the pid to cgroup.procs. EINVAL can mean the task is still being
 * created (TASK_NEW), so retry a few times like runc's WriteCgroupProc.
 */
export function joinCgroup(dir: string, pid: number): void {
  for (let attempt = 0; ; attempt++) {
    try {
      writeCgroupFile(dir, 'cgroup.procs', String(pid));
      return;
    } catch (e) {
      if (!isErrno(e, 'EINVAL') || attempt >= 4) throw e;
      sleepSync(30);
    }
  }
}

/**
 * Moving a process takes the kernel's cgroup_threadgroup_rwsem for writing.
 * After a quiet spell its first writer waits for an RCU grace period
 * (rcu_sync: 5 to 20 ms here); writers in the following milliseconds do
 * not. runc overlaps that wait with its child's start-up; hutch's child
 * waits for its cgroups. So a caller that is about to join writes its own
 * pid into a cgroup it already is in (a move to where it is: nothing
 * changes) on a libuv thread, and the real joins a few milliseconds later
 * find the lock fast. Best effort: errors are ignored and nothing waits.
 */
export function primeJoin(layout: CgroupLayout): void {
  const [controller, mountpoint] = Object.entries(layout.v1)[0] ?? (layout.v2 ? ['', layout.v2.mountpoint] : []);
  const own = controller === undefined ? undefined : layout.own[controller];
  if (mountpoint === undefined || own === undefined) return;
  let fd: number;
  try {
    fd = openSync(join(mountpoint, own, 'cgroup.procs'), constants.O_WRONLY);
  } catch {
    return;
  }
  // One request to the thread pool, issued now: it runs while this thread
  // goes on (an async open would issue the write only at the next turn of
  // the event loop, after the joins).
  write(fd, String(process.pid), () => close(fd, () => undefined));
}

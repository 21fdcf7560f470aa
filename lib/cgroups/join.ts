/** Moving a process into a cgroup. */
import { isErrno, sleepSync, writeCgroupFile } from './fs.js';

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

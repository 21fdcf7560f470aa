/**
 * Rootless cgroups on a pure v2 host: an unprivileged user can make and
 * enter cgroups only in a subtree delegated to it (systemd's
 * user@UID.service with `Delegate=`), and limit there only the controllers
 * the delegation enables. Whether the container's group can be made, and
 * what to say when a controller is missing, are decided here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HutchError } from '../errors.js';

/** What systemd's documentation (and podman's) recommends for rootless containers. */
const USUAL_DELEGATION = ['cpu', 'cpuset', 'io', 'memory', 'pids'];

/** Whether this process may write `p` (access(2), the real uid's view). */
export function writable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The longest common ancestor of two absolute paths. */
function commonAncestor(a: string, b: string): string {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('/') || '/';
}

/**
 * Whether this process can make `dir` (or use it, when it exists) and move
 * a process from `ownDir` (its own cgroup) into it: the kernel asks for
 * write access to the nearest existing level (mkdir), to the group's
 * cgroup.procs, and to the cgroup.procs of the common ancestor of the
 * source and the destination (a migration inside the delegated subtree).
 * Checked with access(2) on the real uid, which is the caller's.
 */
export function canManageCgroup(dir: string, ownDir: string): boolean {
  let existing = dir;
  while (!fs.existsSync(existing)) {
    const up = path.dirname(existing);
    if (up === existing) return false;
    existing = up;
  }
  const enter = existing === dir ? writable(path.join(dir, 'cgroup.procs')) : writable(existing);
  return enter && writable(path.join(commonAncestor(dir, ownDir), 'cgroup.procs'));
}

/**
 * The error for a limit on a controller the user's subtree does not get:
 * it names the controller, what the subtree has, and the `Delegate=` line
 * that would give it (systemd's unit for user@.service).
 */
export function notDelegatedError(controller: string, dir: string, enabled: readonly string[]): HutchError {
  const line = [...new Set([...USUAL_DELEGATION, ...enabled, controller])].sort().join(' ');
  const has = enabled.length ? enabled.join(' ') : 'none';
  return new HutchError(
    `cannot set ${controller} limit: the ${controller} controller is not delegated to this user ` +
      `(${path.dirname(dir)} enables: ${has}); with systemd, add it to the Delegate= line of user@.service, ` +
      `e.g. "Delegate=${line}" in /etc/systemd/system/user@.service.d/delegate.conf, then run "systemctl daemon-reload" and log in again`,
    { code: 'cgroup' },
  );
}

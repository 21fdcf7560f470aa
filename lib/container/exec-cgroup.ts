/**
 * `exec --cgroup`: the exec'd process joins a sub-cgroup of the container's
 * instead of the container's own. runc 1.1's forms: `PATH` (every
 * controller), or `CONTROLLER[,CONTROLLER...]:PATH` (cgroup v1), repeated.
 * The sub-cgroup must exist, and must stay under the container's cgroup.
 */
import { posix } from 'node:path';
import { HutchError } from '../errors.js';

/** Controller ("" for all) → path under the container's cgroup; runc's parsing and words. */
export function parseSubCgroups(args: readonly string[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const arg of args) {
    const parts = arg.split(':');
    if (parts.length > 2) throw usage(`invalid --cgroup argument: ${arg}`);
    if (parts.length === 1) {
      if (args.length !== 1) throw usage(`invalid --cgroup argument: ${arg} (missing <controller>: prefix)`);
      paths.set('', arg);
      continue;
    }
    for (const ctrl of parts[0]!.split(',')) {
      if (ctrl === '') throw usage(`invalid --cgroup argument: ${arg} (empty <controller> prefix)`);
      if (paths.has(ctrl)) throw usage(`invalid --cgroup argument(s): controller ${ctrl} specified multiple times`);
      paths.set(ctrl, parts[1]!);
    }
  }
  return paths;
}

/**
 * The directories the process joins: each of the container's cgroup
 * directories (controller → dir, "" the unified one), moved into the
 * sub-cgroup asked for that controller (or for all).
 */
export function execCgroupDirs(containerDirs: Readonly<Record<string, string>>, sub: ReadonlyMap<string, string>): string[] {
  const dirs = Object.entries(containerDirs).map(([ctrl, dir]) => {
    const rel = sub.get('') ?? ctrl.split(',').map((c) => sub.get(c)).find((p) => p !== undefined);
    if (rel === undefined) return dir;
    const joined = posix.join(dir, rel);
    if (joined !== dir && !joined.startsWith(dir + '/')) throw usage(`--cgroup ${rel}: must stay under the container's cgroup ${dir}`);
    return joined;
  });
  return [...new Set(dirs)];
}

function usage(msg: string): HutchError {
  return new HutchError(msg, { code: 'usage' });
}

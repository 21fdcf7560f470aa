/**
 * `exec --cgroup`: put the exec'd process in a sub-cgroup of the container,
 * as runc 1.1 does. The argument is `[<controller>[,<controller>...]:]<path>`
 * (repeatable); without a controller (or with an empty one) the path is the
 * same in every hierarchy, the only form that means anything on v2.
 *
 * The sub-path must stay inside the container's cgroup. runc checks this
 * with a plain string prefix, which lets `../ctr2` reach a sibling whose
 * name starts with the container's; hutch asks for the group itself or a
 * path below it.
 */
import * as path from 'node:path';
import { HutchError } from '../errors.js';
import { errnoWords, isErrno } from './fs.js';
import { joinCgroup } from './join.js';
import { parseProcCgroup } from './layout.js';
import * as fs from 'node:fs';

/** Controller ('' = every hierarchy) → sub-path, from the --cgroup arguments (runc's getSubCgroupPaths). */
export function parseSubCgroupArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const parts = arg.split(':');
    if (parts.length > 2) throw new HutchError(`invalid --cgroup argument: ${arg}`, { code: 'usage' });
    if (parts.length === 1) {
      if (args.length !== 1) throw new HutchError(`invalid --cgroup argument: ${arg} (missing <controller>: prefix)`, { code: 'usage' });
      out[''] = arg;
      continue;
    }
    for (const ctrl of parts[0]!.split(',')) out[ctrl] = parts[1]!;
  }
  return out;
}

/** Where an exec'd process goes: one directory per hierarchy, and whether the init's cgroup is a fallback. */
export interface ExecCgroups {
  dirs: Record<string, string>;
  /** v2: when the group refuses the process (EBUSY: it has children with controllers), join the init's (runc). */
  initFallback: boolean;
}

function below(base: string, sub: string): string {
  const dir = path.posix.join(base, sub);
  if (dir !== base && !dir.startsWith(`${base}/`)) throw new HutchError(`${sub} is not a sub cgroup path`, { code: 'usage' });
  return dir;
}

/** The container's cgroup directories (its record's) with the --cgroup sub-paths applied. */
export function execCgroupDirs(containerDirs: Readonly<Record<string, string>>, sub: Readonly<Record<string, string>>): ExecCgroups {
  const dirs = { ...containerDirs };
  const all = sub[''];
  if (all !== undefined) {
    // Checked even when there is no group to apply it to (rootless without one), as runc refuses it there too.
    below('/container', all);
    for (const key of Object.keys(dirs)) dirs[key] = below(dirs[key]!, all);
    return { dirs, initFallback: false };
  }
  for (const [ctrl, add] of Object.entries(sub)) {
    const base = dirs[ctrl];
    if (base === undefined) throw new HutchError(`unknown controller ${ctrl} in SubCgroupPaths`, { code: 'usage' });
    dirs[ctrl] = below(base, add);
  }
  return { dirs, initFallback: Object.keys(sub).length === 0 };
}

export interface JoinExecOptions {
  /** A rootless container: a failed join is not an error (runc's rootlessCgroups). */
  rootless: boolean;
  /** The container's init, whose cgroup is the v2 fallback. */
  initPid: number;
  /** The v2 mountpoint, when the host has cgroup v2 only. */
  v2Mountpoint?: string;
  /** Told about a join skipped (rootless) or redirected (v2 fallback). */
  debug?: (msg: string) => void;
}

/** Moves `pid` into every directory, in runc's words when one refuses it. */
export function joinExecCgroups(target: ExecCgroups, pid: number, opts: JoinExecOptions): void {
  for (const dir of new Set(Object.values(target.dirs))) {
    try {
      joinCgroup(dir, pid);
    } catch (e) {
      if (opts.rootless) {
        opts.debug?.(`rootless: not joining cgroup ${dir}: ${(e as Error).message}`);
        continue;
      }
      if (target.initFallback && opts.v2Mountpoint !== undefined && isErrno(e, 'EBUSY') && joinInitCgroup(pid, opts)) continue;
      throw new HutchError(
        `error adding pid ${pid} to cgroups: failed to write ${pid}: openat2 ${path.join(dir, 'cgroup.procs')}: ${errnoWords(e)}`,
        { code: 'cgroup', cause: e },
      );
    }
  }
}

/** v2 with nested groups: the container's own group may hold no process; the init's group takes it. */
function joinInitCgroup(pid: number, opts: JoinExecOptions): boolean {
  try {
    const rel = parseProcCgroup(fs.readFileSync(`/proc/${opts.initPid}/cgroup`, 'utf8'))[''];
    if (rel === undefined) return false;
    const dir = path.join(opts.v2Mountpoint!, rel);
    joinCgroup(dir, pid);
    opts.debug?.(`adding pid ${pid} to the container's cgroup failed (busy), joined the init's ${dir} instead`);
    return true;
  } catch {
    return false;
  }
}

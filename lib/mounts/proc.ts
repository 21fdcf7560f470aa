import { posix } from 'node:path';
import { statfsSync } from 'node:fs';
import { HutchError } from '../errors.js';
import { secureJoin } from '../paths/securejoin.js';
import { PROC_SUPER_MAGIC } from '../plan/procfs.js';

/**
 * Files inside /proc a mount may cover: what lxcfs emulates, as runc's
 * checkProcMount allows (libcontainer/rootfs_linux.go).
 */
const ALLOWED_IN_PROC: readonly string[] = [
  '/proc/cpuinfo',
  '/proc/diskstats',
  '/proc/meminfo',
  '/proc/stat',
  '/proc/swaps',
  '/proc/uptime',
  '/proc/loadavg',
  '/proc/slabinfo',
  '/proc/net/dev',
  '/proc/sys/kernel/ns_last_pid',
];

/** What the plan must check about where a mount lands, with runc's refusal texts. */
export interface ProcChecks {
  /** Refuse with this text if the opened target is on a procfs (an image symlink, or a race, took it there). */
  refuseProcfsTarget?: string;
  /** The mount is the container's /proc: refuse with this text unless it is a procfs once mounted. */
  mustBeProcfs?: string;
}

export interface ProcCheckInput {
  rootfs: string;
  /** The destination as config.json wrote it. */
  destination: string;
  /** Normalized absolute destination. */
  dest: string;
  type: string;
  bind: boolean;
  /** For messages: the bind source (host path) or the filesystem's source. */
  source: string;
}

/**
 * runc's checkProcMount, for every mount type: a mount on /proc must be a
 * procfs (a proc mount, or a bind of one), a mount inside /proc is refused
 * unless runc allows it. The destination is resolved in the rootfs as the
 * kernel will resolve it (symlinks of the image included), so a symlink
 * into /proc is refused here with runc's words; what this cannot see (a
 * symlink swapped in later, a directory covered by an earlier mount) the
 * plan checks on the opened target (ProcChecks).
 */
export function checkProcDestination(m: ProcCheckInput): ProcChecks {
  const resolved = '/' + posix.relative(m.rootfs, secureJoin(m.rootfs, m.dest));
  const shown = posix.join(m.rootfs, resolved);
  const prefix = `error mounting ${JSON.stringify(m.source)} to rootfs at ${JSON.stringify(m.destination)}: ${JSON.stringify(shown)} cannot be mounted because it is`;
  const notProc = `${prefix} not of type proc`;
  const inside = `${prefix} inside /proc`;
  if (resolved === '/proc') {
    if (m.type === 'proc' || (m.bind && isProcfs(m.source))) return { mustBeProcfs: notProc };
    throw new HutchError(notProc, { code: 'config' });
  }
  if (resolved.startsWith('/proc/')) {
    if (ALLOWED_IN_PROC.includes(resolved)) return {};
    throw new HutchError(inside, { code: 'config' });
  }
  return { refuseProcfsTarget: inside };
}

function isProcfs(hostPath: string): boolean {
  try {
    return statfsSync(hostPath).type === PROC_SUPER_MAGIC;
  } catch {
    return false;
  }
}

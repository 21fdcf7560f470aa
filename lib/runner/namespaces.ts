/**
 * The namespaces of a running process, as the paths a plan joins: what
 * `exec` and the hooks that run in the container enter.
 */
import { existsSync, readlinkSync } from 'node:fs';
import { osError } from '../errors.js';
import type { NamespaceJoin } from '../plan/namespaces.js';

/** The order namespaces are entered: user first, it decides what the rest allow. */
const NS_ORDER: readonly (readonly [file: string, type: string])[] = [
  ['user', 'user'],
  ['mnt', 'mount'],
  ['pid', 'pid'],
  ['net', 'network'],
  ['ipc', 'ipc'],
  ['uts', 'uts'],
  ['cgroup', 'cgroup'],
  ['time', 'time'],
];

/** Namespaces of `pid` that differ from ours, as paths to open. */
export function namespacesOf(pid: number): NamespaceJoin[] {
  const out: NamespaceJoin[] = [];
  for (const [file, type] of NS_ORDER) {
    const path = `/proc/${pid}/ns/${file}`;
    let theirs: string;
    try {
      theirs = readlinkSync(path);
    } catch (err) {
      // Only a kernel without this namespace type may be skipped: running
      // in our own namespace instead of an unreadable one would be wrong.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(`/proc/${pid}`)) continue;
      throw osError(err, 'readlink', path);
    }
    if (theirs !== readlinkSync(`/proc/self/ns/${file}`)) out.push({ type, path });
  }
  return out;
}

/**
 * How the rootfs becomes the container's "/", decided from the caller's
 * mount table (/proc/self/mountinfo: the container's mount namespace starts
 * as a copy of it): the propagation of "/" (linux.rootfsPropagation), and
 * for --no-pivot the host's procfs and sysfs mounts to take out of reach.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { posix } from 'node:path';
import { MS } from '../sys/consts.js';
import type { RootPropagation } from '../plan/rootfs.js';
import { PROPAGATION } from './options.js';

/** One line of mountinfo: the mount point and whether it is shared. */
export interface HostMount {
  mountPoint: string;
  fsType: string;
  /** The root of the mount in its filesystem ("/": the whole filesystem). */
  root: string;
  shared: boolean;
}

export function parseMountinfo(text: string): HostMount[] {
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  const out: HostMount[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const sep = f.indexOf('-', 6);
    if (sep < 0) continue;
    out.push({
      root: unescape(f[3]!),
      mountPoint: unescape(f[4]!),
      fsType: f[sep + 1] ?? '',
      shared: f.slice(6, sep).some((o) => o.startsWith('shared:')),
    });
  }
  return out;
}

function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : dir + '/');
}

/** The mount `path` lives on: the deepest mount point above it, the last one mounted there. */
function mountOf(mounts: readonly HostMount[], path: string): HostMount | undefined {
  let best: HostMount | undefined;
  for (const m of mounts) if (isUnder(path, m.mountPoint) && (!best || m.mountPoint.length >= best.mountPoint.length)) best = m;
  return best;
}

/**
 * runc's order, with the spec's answer where runc 1.1.5 has none:
 * rootfsPropagation is applied to "/" before the mounts (so a shared "/"
 * stays shared while they are made) and again to the new root after
 * pivot_root (runc 1.1.5 skips this, leaving "shared" private). An
 * unbindable "/" cannot be bound, so "(r)unbindable" makes it (r)private
 * first and unbindable at the end (runc 1.1.5 fails to bind the rootfs).
 * `lessPrivileged`: the mount namespace belongs to a new user namespace,
 * where the caller's shared mounts arrive as slaves.
 */
export function rootPropagation(
  propagation: string | undefined,
  rootfs: string,
  mounts: readonly HostMount[],
  lessPrivileged: boolean,
): RootPropagation {
  const asked = propagation === undefined ? undefined : PROPAGATION[propagation];
  let before = asked ?? MS.SLAVE | MS.REC;
  if (before & MS.UNBINDABLE) before = MS.PRIVATE | (before & MS.REC);
  const parent = mountOf(mounts, rootfs);
  let parentShared: boolean;
  if (!parent) parentShared = false;
  else if (before & MS.REC || parent.mountPoint === '/') parentShared = (before & MS.SHARED) !== 0;
  else parentShared = parent.shared && !lessPrivileged;
  const after = asked !== undefined && (asked & MS.PRIVATE) === 0 ? asked : undefined;
  return { before, privateParent: parentShared ? parent!.mountPoint : undefined, after };
}

/**
 * --no-pivot: the container's root is the rootfs moved over "/" and
 * chrooted into, so the host's mounts stay in its mount namespace. Its
 * full procfs and sysfs mounts would let the container mount a fresh,
 * unmasked procfs or sysfs (the kernel allows it when one is fully
 * visible): runc's msMoveRoot takes them away (unmount, or cover with a
 * tmpfs where they are locked). These are they: outside the rootfs, whole.
 */
export function mountsToHide(rootfs: string, mounts: readonly HostMount[]): string[] {
  return mounts
    .filter((m) => (m.fsType === 'proc' || m.fsType === 'sysfs') && m.root === '/' && !isUnder(m.mountPoint, rootfs))
    .map((m) => m.mountPoint);
}

/** The caller's mount table and the rootfs's real path, as the two decisions above need them. */
export function callerMounts(rootfs: string): { mounts: HostMount[]; rootfs: string } {
  let real = rootfs;
  try {
    real = realpathSync(rootfs);
  } catch {
    // checked to exist when the bundle was read; a race keeps the path as given
  }
  return { mounts: parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8')), rootfs: posix.normalize(real) };
}

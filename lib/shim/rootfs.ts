/**
 * The container's root filesystem: containerd 1.6 hands the shim the
 * snapshotter's mounts (an overlay, or a bind for the native snapshotter)
 * and the shim mounts them on <bundle>/rootfs before create, as the runc
 * shim does (mount.All); delete unmounts them again.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { containerd } from './proto.js';

type Mount = containerd.types.Mount.$Properties;
import { parseMountOptions } from '../mounts/options.js';
import { MS } from '../sys/consts.js';
import { HutchError } from '../errors.js';

/** The kernel copies at most a page of mount data. */
const MAX_MOUNT_DATA = 4095;
const MNT_DETACH = 2;
const EINVAL = 22;
const ENOENT = 2;

function rootfsDir(bundle: string): string {
  return join(bundle, 'rootfs');
}

/** Mounts `mounts` on <bundle>/rootfs, in order; on failure unmounts what it did. */
export async function mountRootfs(bundle: string, mounts: readonly Mount[]): Promise<void> {
  if (mounts.length === 0) return;
  const target = rootfsDir(bundle);
  mkdirSync(target, { recursive: true, mode: 0o711 });
  const libc = await import('../sys/libc.js');
  let done = 0;
  try {
    for (const m of mounts) {
      mountOne(libc, m, target);
      done++;
    }
  } catch (err) {
    for (; done > 0; done--) {
      try {
        libc.umount2(target, MNT_DETACH);
      } catch {
        break;
      }
    }
    throw err;
  }
}

function mountOne(libc: typeof import('../sys/libc.js'), m: Mount, target: string): void {
  const o = parseMountOptions(m.options ?? []);
  const type = m.type ?? '';
  const source = m.source ?? '';
  if (o.data.length > MAX_MOUNT_DATA)
    throw new HutchError(`mount rootfs: options of the ${type} mount are longer than a page (${o.data.length} bytes)`, {
      code: 'unsupported',
    });
  const bindRemount = (o.flags & MS.BIND) !== 0 && (o.flags & MS.RDONLY) !== 0;
  try {
    libc.mount(source, target, type, bindRemount ? o.flags & ~MS.RDONLY : o.flags, o.data);
    // A read-only bind needs a remount: the kernel ignores MS_RDONLY on the bind itself.
    if (bindRemount) libc.mount('', target, '', o.flags | MS.REMOUNT, '');
    for (const p of o.propagation) libc.mount('', target, '', p, '');
  } catch (err) {
    throw new HutchError(`mount rootfs ${type} ${source} on ${target}: ${(err as Error).message}`, { code: 'system', cause: err });
  }
}

/** Unmounts everything mounted on <bundle>/rootfs (nothing to do is fine). */
export async function unmountRootfs(bundle: string): Promise<void> {
  const target = rootfsDir(bundle);
  if (!existsSync(target) || !isMountPoint(target)) return;
  const libc = await import('../sys/libc.js');
  for (let i = 0; i < 64; i++) {
    try {
      libc.umount2(target, 0);
    } catch (err) {
      const errno = (err as { errno?: number }).errno;
      if (errno === EINVAL || errno === ENOENT) return; // no longer a mount point
      // Busy (a process of the container still holds it): detach instead.
      libc.umount2(target, MNT_DETACH);
    }
    if (!isMountPoint(target)) return;
  }
}

/** Whether `path` is a mount point in this mount namespace (no FFI needed to ask). */
function isMountPoint(path: string): boolean {
  const escaped = path.replace(/[\\ \t\n]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((line) => line.split(' ')[4] === escaped);
}

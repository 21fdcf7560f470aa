/**
 * Where a shim listens, as containerd 1.6's shim library decides it: a unix
 * socket under /run/containerd/s named by the sha256 of containerd's
 * address, the namespace and the grouping id, so every containerd on the
 * host gets its own and the containers of one sandbox find the same one.
 * The bundle's `address` file records it (the delete action and a reused
 * shim read it).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const SOCKET_ROOT = '/run/containerd/s';

/** Annotations that put a container into another container's shim (the runc shim's list, in its order). */
const GROUP_ANNOTATIONS = ['io.containerd.runc.v2.group', 'io.kubernetes.cri.sandbox-id'];

export function socketAddress(containerdAddress: string, namespace: string, group: string): string {
  const digest = createHash('sha256')
    .update(join(containerdAddress, namespace, group))
    .digest('hex');
  return `unix://${SOCKET_ROOT}/${digest}`;
}

export function socketPath(address: string): string {
  return address.replace(/^unix:\/\//, '');
}

/** The id whose shim serves this container: its sandbox's, or its own. */
export function groupOf(id: string, annotations: Record<string, string> | undefined): string {
  for (const key of GROUP_ANNOTATIONS) {
    const v = annotations?.[key];
    if (v) return v;
  }
  return id;
}

/** Whether a shim answers on the socket `path` (a socket file alone may be a dead shim's). */
export function canConnect(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export function writeAddressFile(bundle: string, address: string): void {
  const tmp = join(bundle, '.address');
  writeFileSync(tmp, address);
  renameSync(tmp, join(bundle, 'address'));
}

export function readAddressFile(bundle: string): string | undefined {
  try {
    return readFileSync(join(bundle, 'address'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

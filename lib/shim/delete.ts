/**
 * The `delete` action: containerd runs it after a shim's connection closed
 * (normally after Shutdown, or because the shim died) for each of its
 * tasks, and reads a DeleteResponse from stdout. It must succeed on a
 * container that is already gone. Like the runc shim's cleanup: delete the
 * container by force (kill, wait, remove its cgroups and state), unmount
 * the rootfs, and report SIGKILL's status with the pid of init.pid.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { encode, task, timestamp } from './proto.js';
import { canConnect, readAddressFile, socketPath } from './address.js';
import type { ShimFlags } from './flags.js';
import { shimContext } from './context.js';
import { unmountRootfs } from './rootfs.js';

const SIGKILL_STATUS = 128 + 9;

export async function deleteAction(flags: ShimFlags, warn: (msg: string) => void): Promise<Uint8Array> {
  const bundle = flags.bundle || process.cwd();
  const ctx = shimContext(flags.namespace, (level, msg) => level !== 'debug' && warn(msg));
  const { remove } = await import('../container/delete.js');
  try {
    await remove(ctx, flags.id, { force: true });
  } catch (err) {
    warn(`failed to remove container ${flags.id}: ${(err as Error).message}`);
  }
  try {
    await unmountRootfs(bundle);
  } catch (err) {
    warn(`failed to clean up the rootfs mount: ${(err as Error).message}`);
  }
  await removeDeadSocket(bundle);
  return encode(task.DeleteResponse, { pid: initPid(bundle), exitStatus: SIGKILL_STATUS, exitedAt: timestamp(new Date()) });
}

function initPid(bundle: string): number {
  try {
    const n = Number(readFileSync(join(bundle, 'init.pid'), 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

/** A killed shim leaves its socket behind; remove it if nobody answers there any more. */
async function removeDeadSocket(bundle: string): Promise<void> {
  const address = readAddressFile(bundle);
  if (!address) return;
  const path = socketPath(address);
  if (await canConnect(path)) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

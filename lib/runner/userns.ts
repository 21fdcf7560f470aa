import { PlanBuilder } from '../plan/builder.js';
import { X86_64, AARCH64 } from '../sys/syscalls.js';
import { hostArch } from '../sys/arch.js';
import { CLONE, oflags } from '../sys/consts.js';
import * as libc from '../sys/libc.js';
import { cloneInto } from './launch.js';
import { applyIdMaps } from './idmap.js';
import type { LinuxIDMapping } from '../config/types.js';
import { HutchError } from '../errors.js';

/**
 * An fd of a user namespace with the given maps, for idmapped mounts
 * (mount_setattr MOUNT_ATTR_IDMAP). A throwaway child is cloned into a new
 * user namespace, gets the maps, and exits once we hold its namespace.
 */
export async function usernsWithMaps(uid: LinuxIDMapping[], gid: LinuxIDMapping[]): Promise<number> {
  const arch = hostArch();
  const O = oflags(arch);
  const [goR, goW] = libc.pipe2(O.CLOEXEC);
  const b = new PlanBuilder(arch === 'aarch64' ? AARCH64 : X86_64);
  const byte = b.zeros(8, 'byte');
  b.syscall('read', [goR, b.addr(byte), 1], { what: 'wait while the runtime takes the namespace', onError: 'ignore' });
  b.exit(0);
  let pid = 0;
  try {
    pid = cloneInto({ builder: b, inherit: [goR] }, -1, CLONE.NEWUSER);
    await applyIdMaps(pid, { uid, gid, method: 'direct', setgroups: true });
    return libc.openPath(`/proc/${pid}/ns/user`, O.RDONLY | O.CLOEXEC);
  } catch (err) {
    throw new HutchError(`idmapped mount: cannot make a user namespace with the mount's mappings: ${(err as Error).message}`, {
      code: 'start-failed',
    });
  } finally {
    libc.close(goR);
    libc.close(goW);
    if (pid) libc.waitpidSync(pid);
  }
}

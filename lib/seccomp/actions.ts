// OCI action names -> SECCOMP_RET_* values, as runc's getAction() maps them.
import type { LinuxSeccompAction } from './types.js';
import { HutchError } from '../errors.js';

export const SECCOMP_RET_KILL_PROCESS = 0x80000000;
export const SECCOMP_RET_KILL_THREAD = 0x00000000;
export const SECCOMP_RET_TRAP = 0x00030000;
export const SECCOMP_RET_ERRNO = 0x00050000;
export const SECCOMP_RET_USER_NOTIF = 0x7fc00000;
export const SECCOMP_RET_TRACE = 0x7ff00000;
export const SECCOMP_RET_LOG = 0x7ffc0000;
export const SECCOMP_RET_ALLOW = 0x7fff0000;

const EPERM = 1;
export const ENOSYS = 38;

/** The 32-bit value a filter returns for `action`. ERRNO and TRACE carry
 *  errnoRet in the low 16 bits and default to EPERM (runc's actErrno and
 *  actTrace); KILL means KILL_THREAD, as in libseccomp. */
export function actionValue(action: LinuxSeccompAction, errnoRet?: number): number {
  const data = ((errnoRet ?? EPERM) & 0xffff) >>> 0;
  switch (action) {
    case 'SCMP_ACT_KILL':
    case 'SCMP_ACT_KILL_THREAD':
      return SECCOMP_RET_KILL_THREAD;
    case 'SCMP_ACT_KILL_PROCESS':
      return SECCOMP_RET_KILL_PROCESS;
    case 'SCMP_ACT_TRAP':
      return SECCOMP_RET_TRAP;
    case 'SCMP_ACT_ERRNO':
      return (SECCOMP_RET_ERRNO | data) >>> 0;
    case 'SCMP_ACT_TRACE':
      return (SECCOMP_RET_TRACE | data) >>> 0;
    case 'SCMP_ACT_ALLOW':
      return SECCOMP_RET_ALLOW;
    case 'SCMP_ACT_LOG':
      return SECCOMP_RET_LOG;
    case 'SCMP_ACT_NOTIFY':
      return SECCOMP_RET_USER_NOTIF;
    default:
      throw new HutchError(`config.json: linux.seccomp: unknown action ${JSON.stringify(action)}`, { code: 'config' });
  }
}

// SECCOMP_FILTER_FLAG_* for seccomp(SECCOMP_SET_MODE_FILTER, flags, &prog).
import type { LinuxSeccomp } from './types.js';
import { HutchError } from '../errors.js';

export const SECCOMP_FILTER_FLAG_LOG = 1 << 1;
export const SECCOMP_FILTER_FLAG_SPEC_ALLOW = 1 << 2;
export const SECCOMP_FILTER_FLAG_NEW_LISTENER = 1 << 3;
export const SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV = 1 << 5;

export interface FlagResult {
  flags: number;
  warnings: string[];
}

/** Flags for the profile. NEW_LISTENER is added when any rule NOTIFYs. */
export function filterFlags(profile: LinuxSeccomp, usesNotify: boolean): FlagResult {
  let flags = usesNotify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
  const warnings: string[] = [];
  for (const flag of profile.flags ?? []) {
    switch (flag) {
      case 'SECCOMP_FILTER_FLAG_TSYNC':
        // TSYNC syncs the filter onto the caller's other threads. The child
        // that installs it is single-threaded (a clone()d routine, not Node),
        // and threads die at execve anyway, so there is nothing to sync; runc
        // ignores it too. Setting it would also make the kernel refuse
        // NEW_LISTENER (unless TSYNC_ESRCH).
        break;
      case 'SECCOMP_FILTER_FLAG_LOG':
        flags |= SECCOMP_FILTER_FLAG_LOG;
        break;
      case 'SECCOMP_FILTER_FLAG_SPEC_ALLOW':
        flags |= SECCOMP_FILTER_FLAG_SPEC_ALLOW;
        break;
      case 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV':
        // The kernel rejects it (EINVAL) without a listener.
        if (usesNotify) flags |= SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV;
        else warnings.push('SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV ignored: no SCMP_ACT_NOTIFY rule');
        break;
      default:
        throw new HutchError(`config.json: linux.seccomp.flags: ${String(flag)} is not known to hutch`, { code: 'config' });
    }
  }
  return { flags, warnings };
}

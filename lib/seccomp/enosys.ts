// runc's -ENOSYS stub (libcontainer/seccomp/patchbpf/enosys_linux.go).
//
// A profile is written against some kernel. A syscall newer than anything the
// profile names would get the default action, typically EPERM, and libc then
// takes EPERM as "forbidden" instead of falling back to an older syscall the
// way it does on ENOSYS (clone3 -> clone, faccessat2 -> faccessat, ...). runc
// therefore prepends a stub that returns ENOSYS for any syscall number above
// the largest one the profile mentions, per architecture. We keep that
// behaviour: containers that work under runc must work under hutch. The
// checks are folded into our per-arch number ranges instead of being a
// separate prefix program; the result for every input is the same.
//
// Exactly as runc:
//  - no stub when the default action is ALLOW, LOG or TRACE (permissive) or
//    when it already is ERRNO(ENOSYS);
//  - "largest" is over every name in the profile, whatever its action, that
//    the architecture has a number for;
//  - the native architecture is always included, listed or not;
//  - on x86_64 the x32 bit picks the table: without x32 in the set, numbers
//    with the bit are left alone (libseccomp then treats them as a bad ABI).
// Known weakness (runc's too): a syscall added out of order below the
// maximum (close_range was) still gets the default action.
import { type ArchName, syscallNumber, X32_SYSCALL_BIT } from './arch.js';
import { ENOSYS } from './actions.js';
import type { LinuxSeccomp } from './types.js';

export type Range = [lo: number, hi: number];

export function wantsEnosysStub(profile: LinuxSeccomp): boolean {
  const act = profile.defaultAction;
  if (act === 'SCMP_ACT_ALLOW' || act === 'SCMP_ACT_LOG' || act === 'SCMP_ACT_TRACE') return false;
  // runc compares against the wrong constant here, so it still emits the
  // stub; skipping it is equivalent because both give ENOSYS.
  return !(act === 'SCMP_ACT_ERRNO' && profile.defaultErrnoRet === ENOSYS);
}

/** Largest syscall number the profile names on `arch`, or 0 if none. */
function largestSyscall(profile: LinuxSeccomp, arch: ArchName): number {
  let max = 0;
  for (const call of profile.syscalls ?? []) {
    for (const name of call.names ?? []) {
      const nr = syscallNumber(arch, name);
      if (nr !== undefined && nr > max) max = nr;
    }
  }
  return max;
}

const U32_MAX = 0xffffffff;
const X32_LO: Range[] = [
  [0, X32_SYSCALL_BIT - 1],
  [0x80000000, 0xbfffffff],
]; // numbers without bit 30
const X32_HI: Range[] = [
  [X32_SYSCALL_BIT, 0x7fffffff],
  [0xc0000000, U32_MAX],
]; // numbers with bit 30

function above(max: number, within: Range[]): Range[] {
  return within.map(([lo, hi]): Range => [Math.max(lo, max + 1), hi]).filter(([lo, hi]) => lo <= hi);
}

/** Syscall-number ranges that return ENOSYS for one arch of the set. */
export function enosysRanges(profile: LinuxSeccomp, arch: ArchName): Range[] {
  const max = largestSyscall(profile, arch);
  if (max === 0) return [];
  if (arch === 'x86_64') return above(max, X32_LO);
  if (arch === 'x32') return above(max, X32_HI);
  return above(max, [[0, U32_MAX]]);
}

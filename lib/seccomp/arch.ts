// Architectures the compiler can emit filter sections for: the two hutch runs
// on natively and the compat ABIs their kernels can also execute.
import { AARCH64_SYSCALLS } from './tables/aarch64.js';
import { ARM_SYSCALLS } from './tables/arm.js';
import { X32_SYSCALLS } from './tables/x32.js';
import { X86_SYSCALLS } from './tables/x86.js';
import { X86_64_SYSCALLS } from './tables/x86_64.js';

export type NativeArch = 'x86_64' | 'aarch64';
export type ArchName = 'x86_64' | 'x86' | 'x32' | 'aarch64' | 'arm';

// AUDIT_ARCH_* from <linux/audit.h>: what the kernel puts in seccomp_data.arch.
export const AUDIT_ARCH_X86_64 = 0xc000003e;
export const AUDIT_ARCH_I386 = 0x40000003;
export const AUDIT_ARCH_AARCH64 = 0xc00000b7;
export const AUDIT_ARCH_ARM = 0x40000028;

/** x32 syscalls are x86_64 syscalls with this bit set in the number. */
export const X32_SYSCALL_BIT = 0x40000000;

export interface ArchDef {
  name: ArchName;
  audit: number;
  /** Argument width. For 32-bit ABIs (x32 included: ILP32) libseccomp
   *  compares only the low word and ignores the upper half of the datum. */
  bits: 32 | 64;
  table: Readonly<Record<string, number>>;
}

export const ARCHES: Readonly<Record<ArchName, ArchDef>> = {
  x86_64: { name: 'x86_64', audit: AUDIT_ARCH_X86_64, bits: 64, table: X86_64_SYSCALLS },
  x32: { name: 'x32', audit: AUDIT_ARCH_X86_64, bits: 32, table: X32_SYSCALLS },
  x86: { name: 'x86', audit: AUDIT_ARCH_I386, bits: 32, table: X86_SYSCALLS },
  aarch64: { name: 'aarch64', audit: AUDIT_ARCH_AARCH64, bits: 64, table: AARCH64_SYSCALLS },
  arm: { name: 'arm', audit: AUDIT_ARCH_ARM, bits: 32, table: ARM_SYSCALLS },
};

const OCI_ARCH: Readonly<Record<string, ArchName>> = {
  SCMP_ARCH_X86_64: 'x86_64',
  SCMP_ARCH_X86: 'x86',
  SCMP_ARCH_X32: 'x32',
  SCMP_ARCH_AARCH64: 'aarch64',
  SCMP_ARCH_ARM: 'arm',
};

/** Map an OCI SCMP_ARCH_* name to an arch we have tables for, or undefined. */
export function archFromOci(name: string): ArchName | undefined {
  return OCI_ARCH[name];
}

/** True if `name` is a syscall on any architecture we know (runc skips names
 *  libseccomp cannot resolve at all, with a warning). */
export function isKnownSyscall(name: string): boolean {
  return Object.values(ARCHES).some((a) => Object.hasOwn(a.table, name));
}

export function syscallNumber(arch: ArchName, name: string): number | undefined {
  const table = ARCHES[arch].table;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

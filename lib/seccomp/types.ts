// The OCI runtime-spec `linux.seccomp` object, structurally identical to the
// JSON in config.json (runtime-spec config-linux.md#seccomp). Defined here so
// the compiler does not depend on the config parser; the action, flag and
// operator names are the config model's own.
import type { LinuxSeccompAction, LinuxSeccompFlag, LinuxSeccompOperator } from '../config/types.js';
export type { LinuxSeccompAction, LinuxSeccompFlag, LinuxSeccompOperator };


export type LinuxSeccompArch =
  | 'SCMP_ARCH_X86'
  | 'SCMP_ARCH_X86_64'
  | 'SCMP_ARCH_X32'
  | 'SCMP_ARCH_ARM'
  | 'SCMP_ARCH_AARCH64'
  | 'SCMP_ARCH_MIPS'
  | 'SCMP_ARCH_MIPS64'
  | 'SCMP_ARCH_MIPS64N32'
  | 'SCMP_ARCH_MIPSEL'
  | 'SCMP_ARCH_MIPSEL64'
  | 'SCMP_ARCH_MIPSEL64N32'
  | 'SCMP_ARCH_PPC'
  | 'SCMP_ARCH_PPC64'
  | 'SCMP_ARCH_PPC64LE'
  | 'SCMP_ARCH_S390'
  | 'SCMP_ARCH_S390X'
  | 'SCMP_ARCH_PARISC'
  | 'SCMP_ARCH_PARISC64'
  | 'SCMP_ARCH_RISCV64';



export interface LinuxSeccompArg {
  index: number;
  /** uint64 in the spec; JSON numbers above 2^53 lose precision, so a bigint
   *  or a decimal string is accepted too. */
  value: number | bigint | string;
  valueTwo?: number | bigint | string;
  op: LinuxSeccompOperator;
}

export interface LinuxSyscall {
  names: string[];
  action: LinuxSeccompAction;
  errnoRet?: number;
  args?: LinuxSeccompArg[];
}

export interface LinuxSeccomp {
  defaultAction: LinuxSeccompAction;
  defaultErrnoRet?: number;
  architectures?: LinuxSeccompArch[];
  flags?: LinuxSeccompFlag[];
  listenerPath?: string;
  listenerMetadata?: string;
  syscalls?: LinuxSyscall[];
}

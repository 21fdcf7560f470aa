/** linux.seccomp: the syscall filter description (compiled to BPF elsewhere). */
import {
  asList,
  asObject,
  asOneOf,
  asString,
  asStringList,
  asUint32,
  asUint64,
  child,
  compact,
  fail,
  intIn,
  item,
  opt,
  req,
} from './check.js';
import type { LinuxSeccomp, LinuxSeccompAction, LinuxSeccompArg, LinuxSeccompFlag, LinuxSeccompOperator, LinuxSyscall } from './types.js';

/**
 * Syscalls SCMP_ACT_NOTIFY may not take: right after loading the filter the
 * runtime's child sends the listener with sendmsg(2) and reports with
 * write(2); notified, they would wait for an agent that never gets the fd.
 * (runc refuses write, which its child uses; runc 1.1.5 accepts sendmsg.)
 */
export const NOTIFY_FORBIDDEN: readonly string[] = ['write', 'sendmsg'];

export const SECCOMP_ACTIONS: readonly LinuxSeccompAction[] = [
  'SCMP_ACT_KILL',
  'SCMP_ACT_KILL_PROCESS',
  'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  'SCMP_ACT_LOG',
  'SCMP_ACT_NOTIFY',
];

export const SECCOMP_OPERATORS: readonly LinuxSeccompOperator[] = [
  'SCMP_CMP_NE',
  'SCMP_CMP_LT',
  'SCMP_CMP_LE',
  'SCMP_CMP_EQ',
  'SCMP_CMP_GE',
  'SCMP_CMP_GT',
  'SCMP_CMP_MASKED_EQ',
];

/** The spec's three flags, plus TSYNC, which runc accepts (it always synchronises threads). */
export const SECCOMP_FLAGS: readonly LinuxSeccompFlag[] = [
  'SECCOMP_FILTER_FLAG_TSYNC',
  'SECCOMP_FILTER_FLAG_LOG',
  'SECCOMP_FILTER_FLAG_SPEC_ALLOW',
  'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV',
];

/** libseccomp's architecture names. */
const SECCOMP_ARCHES = [
  'SCMP_ARCH_X86',
  'SCMP_ARCH_X86_64',
  'SCMP_ARCH_X32',
  'SCMP_ARCH_ARM',
  'SCMP_ARCH_AARCH64',
  'SCMP_ARCH_MIPS',
  'SCMP_ARCH_MIPS64',
  'SCMP_ARCH_MIPS64N32',
  'SCMP_ARCH_MIPSEL',
  'SCMP_ARCH_MIPSEL64',
  'SCMP_ARCH_MIPSEL64N32',
  'SCMP_ARCH_PPC',
  'SCMP_ARCH_PPC64',
  'SCMP_ARCH_PPC64LE',
  'SCMP_ARCH_S390',
  'SCMP_ARCH_S390X',
  'SCMP_ARCH_PARISC',
  'SCMP_ARCH_PARISC64',
  'SCMP_ARCH_RISCV64',
  'SCMP_ARCH_LOONGARCH64',
  'SCMP_ARCH_M68K',
  'SCMP_ARCH_SH',
  'SCMP_ARCH_SHEB',
] as const;

const action = (v: unknown, p: string) => asOneOf(v, p, SECCOMP_ACTIONS, 'seccomp action');

export function parseSeccomp(v: unknown, path: string): LinuxSeccomp {
  const o = asObject(v, path);
  const s = compact<LinuxSeccomp>({
    defaultAction: opt(o, 'defaultAction', path, action),
    defaultErrnoRet: opt(o, 'defaultErrnoRet', path, asUint32),
    architectures: opt(o, 'architectures', path, (x, p) => asList(x, p, (a, ap) => asOneOf(a, ap, SECCOMP_ARCHES, 'seccomp architecture'))),
    flags: opt(o, 'flags', path, (x, p) => asList(x, p, (f, fp) => asOneOf(f, fp, SECCOMP_FLAGS, 'seccomp flag'))),
    listenerPath: opt(o, 'listenerPath', path, asString),
    listenerMetadata: opt(o, 'listenerMetadata', path, asString),
    syscalls: opt(o, 'syscalls', path, (x, p) => asList(x, p, parseSyscall)),
  });
  // runc reads "no default action and no rules" as "no seccomp"; with
  // rules, the spec's REQUIRED applies.
  if (s.defaultAction === undefined && (s.syscalls?.length ?? 0) > 0) {
    fail(child(path, 'defaultAction'), 'is required when syscalls are listed');
  }
  if (s.defaultAction === 'SCMP_ACT_NOTIFY') {
    fail(child(path, 'defaultAction'), 'SCMP_ACT_NOTIFY cannot be the default action');
  }
  return s;
}

function parseSyscall(v: unknown, path: string): LinuxSyscall {
  const o = asObject(v, path);
  const names = req(o, 'names', path, asStringList);
  if (names.length === 0) fail(child(path, 'names'), 'must not be empty');
  const act = req(o, 'action', path, action);
  const forbidden = act === 'SCMP_ACT_NOTIFY' ? names.findIndex((n) => NOTIFY_FORBIDDEN.includes(n)) : -1;
  if (forbidden >= 0) fail(item(child(path, 'names'), forbidden), `SCMP_ACT_NOTIFY cannot be used for the ${names[forbidden]} syscall`);
  return compact<LinuxSyscall>({
    names,
    action: act,
    errnoRet: opt(o, 'errnoRet', path, asUint32),
    args: opt(o, 'args', path, (x, p) => asList(x, p, parseArg)),
  });
}

function parseArg(v: unknown, path: string): LinuxSeccompArg {
  const o = asObject(v, path);
  return compact<LinuxSeccompArg>({
    // Syscalls take at most six arguments.
    index: req(o, 'index', path, intIn(0, 5)),
    value: req(o, 'value', path, asUint64),
    valueTwo: opt(o, 'valueTwo', path, asUint64),
    op: req(o, 'op', path, (x, p) => asOneOf(x, p, SECCOMP_OPERATORS, 'seccomp operator')),
  });
}

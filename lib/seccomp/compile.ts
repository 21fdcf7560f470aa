// compileSeccomp: OCI linux.seccomp -> classic BPF program + seccomp() flags,
// with the semantics runc gives a profile (runc + libseccomp + patchbpf), but
// without libseccomp at run time.
import { actionValue, ENOSYS, SECCOMP_RET_KILL_THREAD } from './actions.js';
import { type ArchName, ARCHES, archFromOci, type NativeArch, X32_SYSCALL_BIT } from './arch.js';
import { assemble, BPF_MAXINSNS, Labels, toBuffer } from './bpf.js';
import { emitProgram, type Leaf, type Section } from './codegen.js';
import { enosysRanges, wantsEnosysStub } from './enosys.js';
import { filterFlags } from './flags.js';
import { IntervalMap } from './intervals.js';
import { type ArchRules, normalizeRules } from './rules.js';
import type { LinuxSeccomp, LinuxSyscall } from './types.js';
import { HutchError } from '../errors.js';
import { NOTIFY_FORBIDDEN } from '../config/parse-seccomp.js';

export interface CompileOptions {
  /** runc's -ENOSYS stub for syscalls newer than the profile (default true). */
  enosysStub?: boolean;
}

export interface CompiledSeccomp {
  /** struct sock_filter[], little-endian, 8 bytes per instruction. */
  program: Buffer;
  instructions: number;
  /** SECCOMP_FILTER_FLAG_* to pass to seccomp(SECCOMP_SET_MODE_FILTER). */
  flags: number;
  /** True when the filter has NOTIFY rules: seccomp() returns a listener fd
   *  that must be handed to listenerPath's agent. */
  needsNotifyFd: boolean;
  warnings: string[];
}

/** Arch unknown to the filter: libseccomp's default bad-arch action, which
 *  runc keeps (SCMP_ACT_KILL = KILL_THREAD). */
const BAD_ARCH = SECCOMP_RET_KILL_THREAD;

function validate(profile: LinuxSeccomp): void {
  if (profile.defaultAction === 'SCMP_ACT_NOTIFY') {
    throw new HutchError('config.json: linux.seccomp.defaultAction: SCMP_ACT_NOTIFY cannot be used as default action', { code: 'config' });
  }
  for (const call of profile.syscalls ?? []) {
    if (call.action !== 'SCMP_ACT_NOTIFY') continue;
    for (const name of call.names ?? []) {
      if (NOTIFY_FORBIDDEN.includes(name))
        throw new HutchError(`config.json: linux.seccomp.syscalls: SCMP_ACT_NOTIFY cannot be used for the ${name} syscall`, {
          code: 'config',
        });
    }
  }
}

/** Architectures in the filter: native first, then the listed ones we know. */
function filterArches(profile: LinuxSeccomp, native: NativeArch, warnings: string[]): ArchName[] {
  const out: ArchName[] = [native];
  for (const oci of profile.architectures ?? []) {
    const arch = archFromOci(oci);
    if (!arch) {
      // The kernel never reports such an ABI on x86_64/aarch64 hosts.
      warnings.push(`seccomp architecture ${oci} not supported here, skipped`);
    } else if (!out.includes(arch)) {
      out.push(arch);
    }
  }
  return out;
}

const sameLeaf = (a: Leaf, b: Leaf): boolean => a.kind === 'ret' && b.kind === 'ret' && a.value === b.value;

function section(profile: LinuxSeccomp, arches: ArchName[], rules: Map<ArchName, ArchRules>, defaultValue: number, stub: boolean): Section {
  const map = new IntervalMap<Leaf>({ kind: 'ret', value: defaultValue });
  for (const arch of arches) {
    const bits = ARCHES[arch].bits;
    for (const [nr, entry] of rules.get(arch)!) {
      // Unconditional syscalls become plain returns so runs of them merge.
      const leaf: Leaf = entry.unconditional !== undefined ? { kind: 'ret', value: entry.unconditional } : { kind: 'rules', entry, bits };
      map.set(nr, nr, leaf);
    }
  }
  abiCheck(map, arches);
  if (stub) {
    const enosys = actionValue('SCMP_ACT_ERRNO', ENOSYS);
    for (const arch of arches) {
      for (const [lo, hi] of enosysRanges(profile, arch)) map.set(lo, hi, { kind: 'ret', value: enosys });
    }
  }
  return { audit: ARCHES[arches[0]].audit, intervals: map.list(sameLeaf), defaultValue };
}

/** x86_64 and x32 share AUDIT_ARCH_X86_64; with only one of them in the
 *  filter, numbers of the other ABI take the bad-arch action (libseccomp),
 *  except nr -1, which tracers use to skip a syscall. */
function abiCheck(map: IntervalMap<Leaf>, arches: ArchName[]): void {
  const has64 = arches.includes('x86_64');
  const hasX32 = arches.includes('x32');
  const bad: Leaf = { kind: 'ret', value: BAD_ARCH };
  if (has64 && !hasX32) map.set(X32_SYSCALL_BIT, 0xfffffffe, bad);
  if (hasX32 && !has64) map.set(0, X32_SYSCALL_BIT - 1, bad);
}

/** Group architectures by the AUDIT_ARCH value the kernel reports. */
function groupByAudit(arches: ArchName[]): ArchName[][] {
  const groups = new Map<number, ArchName[]>();
  for (const a of arches) groups.set(ARCHES[a].audit, [...(groups.get(ARCHES[a].audit) ?? []), a]);
  return [...groups.values()];
}

export function compileSeccomp(profile: LinuxSeccomp, nativeArch: NativeArch, options: CompileOptions = {}): CompiledSeccomp {
  validate(profile);
  const warnings: string[] = [];
  const defaultValue = actionValue(profile.defaultAction, profile.defaultErrnoRet);
  const arches = filterArches(profile, nativeArch, warnings);
  const actionOf = (s: LinuxSyscall): number => actionValue(s.action, s.errnoRet);
  const norm = normalizeRules(profile.syscalls ?? [], arches, defaultValue, actionOf);
  warnings.push(...norm.warnings);

  const stub = (options.enosysStub ?? true) && wantsEnosysStub(profile);
  const sections = groupByAudit(arches).map((g) => section(profile, g, norm.perArch, defaultValue, stub));
  const labels = new Labels();
  const raw = assemble(emitProgram(sections, BAD_ARCH, labels), labels);
  if (raw.length > BPF_MAXINSNS) {
    throw new HutchError(
      `config.json: linux.seccomp: the profile compiles to ${raw.length} BPF instructions, more than the kernel's limit of ${BPF_MAXINSNS}`,
      { code: 'config' },
    );
  }

  const needsNotifyFd = (profile.syscalls ?? []).some(
    (s) => s.action === 'SCMP_ACT_NOTIFY' && actionOf(s) !== defaultValue && (s.names ?? []).length > 0,
  );
  const fl = filterFlags(profile, needsNotifyFd);
  warnings.push(...fl.warnings);
  return { program: toBuffer(raw), instructions: raw.length, flags: fl.flags, needsNotifyFd, warnings };
}

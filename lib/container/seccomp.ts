import type { LinuxSeccomp } from '../config/types.js';
import type { ProcessPlan } from '../plan/process.js';
import type { Arch } from '../sys/arch.js';
import { HutchError } from '../errors.js';

export type SeccompProgram = NonNullable<ProcessPlan['seccomp']>;

/**
 * Compile linux.seccomp (or a process.json's) to BPF. The compiler and its
 * syscall tables load only when there is a profile: most runs have none
 * and should not pay for them. NOTIFY needs a listener we do not pass yet.
 */
export async function compileProfile(profile: LinuxSeccomp | undefined, arch: Arch, warnings: string[]): Promise<SeccompProgram | undefined> {
  // runc (SetupSeccomp): no default action and no rules means no seccomp at
  // all; the parser already refused rules without a default action.
  const defaultAction = profile?.defaultAction;
  if (!profile || defaultAction === undefined) return undefined;
  const { compileSeccomp } = await import('../seccomp/compile.js');
  const compiled = compileSeccomp({ ...profile, defaultAction }, arch);
  if (compiled.needsNotifyFd) {
    throw new HutchError('config.json: linux.seccomp: SCMP_ACT_NOTIFY is not supported yet (no listener fd is passed to listenerPath)', { code: 'config' });
  }
  // runc logs unknown syscall names only at debug level: profiles list names
  // for every architecture and kernel, so they are expected, not a problem.
  warnings.push(...compiled.warnings.filter((w) => !w.startsWith('unknown seccomp syscall')));
  return { program: compiled.program, instructions: compiled.instructions, flags: compiled.flags };
}

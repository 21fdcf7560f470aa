import type { LinuxSeccomp } from '../config/types.js';
import type { ProcessPlan } from '../plan/process.js';
import type { Arch } from '../sys/arch.js';
import { HutchError } from '../errors.js';
import type { LaunchOptions } from '../runner/launch.js';

export type SeccompProgram = NonNullable<ProcessPlan['seccomp']>;

/**
 * Compile linux.seccomp (or a process.json's) to BPF. The compiler and its
 * syscall tables load only when there is a profile: most runs have none
 * and should not pay for them. SCMP_ACT_NOTIFY rules need an agent at
 * listenerPath (listenerHandOver).
 */
export async function compileProfile(profile: LinuxSeccomp | undefined, arch: Arch, warnings: string[]): Promise<SeccompProgram | undefined> {
  // runc (SetupSeccomp): no default action and no rules means no seccomp at
  // all; the parser already refused rules without a default action.
  const defaultAction = profile?.defaultAction;
  if (!profile || defaultAction === undefined) return undefined;
  const { compileSeccomp } = await import('../seccomp/compile.js');
  const compiled = compileSeccomp({ ...profile, defaultAction }, arch);
  // runc's words, though runc finds out only when the container starts.
  if (compiled.needsNotifyFd && !profile.listenerPath) throw new HutchError('config.json: linux.seccomp: listenerPath is not set (SCMP_ACT_NOTIFY rules need an agent)', { code: 'config' });
  // runc logs unknown syscall names only at debug level: profiles list names
  // for every architecture and kernel, so they are expected, not a problem.
  warnings.push(...compiled.warnings.filter((w) => !w.startsWith('unknown seccomp syscall')));
  return { program: compiled.program, instructions: compiled.instructions, flags: compiled.flags, listener: compiled.needsNotifyFd };
}

/**
 * The launch's onSeccomp for a process filtered by `program`: its listener
 * goes to the agent at listenerPath with the container's state, `state`
 * being the container's state document for the process `pid` (runc: the
 * init's pid and "creating" for run, the exec'd process's pid and
 * "running" for exec). Undefined when the filter has no listener.
 */
export function listenerHandOver(profile: LinuxSeccomp | undefined, program: SeccompProgram | undefined, state: (pid: number) => Promise<object>): LaunchOptions['onSeccomp'] {
  if (!program?.listener || !profile?.listenerPath) return undefined;
  const { listenerPath, listenerMetadata } = profile;
  return async (pid, listener) => {
    const { giveListenerToAgent } = await import('../runner/seccomp-agent.js');
    const s = (await state(pid)) as { ociVersion: string };
    giveListenerToAgent(listenerPath, { ociVersion: s.ociVersion, fds: ['seccompFd'], pid, ...(listenerMetadata ? { metadata: listenerMetadata } : {}), state: s }, listener);
  };
}

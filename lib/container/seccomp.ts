import type { LinuxSeccomp } from '../config/types.js';
import type { ProcessPlan } from '../plan/process.js';
import type { Arch } from '../sys/arch.js';
import { HutchError, InternalError } from '../errors.js';
import type { LaunchOptions } from '../runner/launch.js';

export type SeccompProgram = NonNullable<ProcessPlan['seccomp']>;

/**
 * Compile linux.seccomp (or a process.json's) to BPF. The compiler and its
 * syscall tables load only when there is a profile: most runs have none
 * and should not pay for them. SCMP_ACT_NOTIFY rules need an agent at
 * listenerPath (listenerHandOver).
 */
export async function compileProfile(
  profile: LinuxSeccomp | undefined,
  arch: Arch,
  warnings: string[],
): Promise<SeccompProgram | undefined> {
  // runc (SetupSeccomp): no default action and no rules means no seccomp at
  // all; the parser already refused rules without a default action.
  const defaultAction = profile?.defaultAction;
  if (!profile || defaultAction === undefined) return undefined;
  // A frozen profile cannot change: its program is compiled once per process
  // (a library caller running many containers from one profile object).
  const cached = Object.isFrozen(profile) ? compiled.get(profile)?.get(arch) : undefined;
  if (cached) {
    warnings.push(...cached.warnings);
    return cached.program;
  }
  const result = await compile({ ...profile, defaultAction }, arch);
  if (Object.isFrozen(profile)) compiled.set(profile, new Map([...(compiled.get(profile) ?? []), [arch, result]]));
  warnings.push(...result.warnings);
  return result.program;
}

const compiled = new WeakMap<LinuxSeccomp, Map<Arch, { program: SeccompProgram; warnings: string[] }>>();

/** The program of a frozen profile, compiled ahead of time (the sandbox's: lib/sandbox/seccomp-bpf.ts). */
export function rememberCompiled(profile: Readonly<LinuxSeccomp>, arch: Arch, program: SeccompProgram): void {
  if (!Object.isFrozen(profile)) throw new InternalError('rememberCompiled: the profile must be frozen');
  compiled.set(profile, new Map([...(compiled.get(profile) ?? []), [arch, { program, warnings: [] }]]));
}

async function compile(
  profile: Parameters<typeof import('../seccomp/compile.js').compileSeccomp>[0],
  arch: Arch,
): Promise<{ program: SeccompProgram; warnings: string[] }> {
  const { compileSeccomp } = await import('../seccomp/compile.js');
  const out = compileSeccomp(profile, arch);
  // runc's words, though runc finds out only when the container starts.
  if (out.needsNotifyFd && !profile.listenerPath)
    throw new HutchError('config.json: linux.seccomp: listenerPath is not set (SCMP_ACT_NOTIFY rules need an agent)', { code: 'config' });
  // runc logs unknown syscall names only at debug level: profiles list names
  // for every architecture and kernel, so they are expected, not a problem.
  const warnings = out.warnings.filter((w) => !w.startsWith('unknown seccomp syscall'));
  return { program: { program: out.program, instructions: out.instructions, flags: out.flags, listener: out.needsNotifyFd }, warnings };
}

/**
 * The launch's onSeccomp for a process filtered by `program`: its listener
 * goes to the agent at listenerPath with the container's state, `state`
 * being the container's state document for the process `pid` (runc: the
 * init's pid and "creating" for run, the exec'd process's pid and
 * "running" for exec). Undefined when the filter has no listener.
 */
export function listenerHandOver(
  profile: LinuxSeccomp | undefined,
  program: SeccompProgram | undefined,
  state: (pid: number) => Promise<object>,
): LaunchOptions['onSeccomp'] {
  if (!program?.listener || !profile?.listenerPath) return undefined;
  const { listenerPath, listenerMetadata } = profile;
  return async (pid, listener) => {
    const { giveListenerToAgent } = await import('../runner/seccomp-agent.js');
    const s = (await state(pid)) as { ociVersion: string };
    giveListenerToAgent(
      listenerPath,
      { ociVersion: s.ociVersion, fds: ['seccompFd'], pid, ...(listenerMetadata ? { metadata: listenerMetadata } : {}), state: s },
      listener,
    );
  };
}

/**
 * The decision for a config in memory: what prepare() does after reading
 * the bundle and planning the cgroups, kept apart from both so that a
 * container without a cgroup of its own (an ephemeral sandbox) loads
 * neither the config parser nor the cgroup managers.
 */
import type { RuntimeContext } from '../context.js';
import type { Bundle } from '../config/load.js';
import { hostFacts } from '../host.js';
import { hostArch } from '../sys/arch.js';
import { mark } from '../timing.js';
import { decide, type Decision } from './decide.js';
import { compileProfile } from './seccomp.js';
import { imageView } from './exec-diagnosis.js';

/** The runtime's options that shape a decision besides the config (runc's flags, and a sandbox's). */
export interface DecisionOptions {
  preserveFds: number;
  noPivot: boolean;
  noNewKeyring: boolean;
  extraEnv?: string[];
  /** Kill the container when the runtime dies (a sandbox; bwrap's --die-with-parent). */
  dieWithParent?: boolean;
  /** A minimal init as pid 1, the command its child (a sandbox; docker's --init). */
  reaper?: boolean;
  /** With process.terminal: which of fds 0, 1, 2 become the pty (default all). */
  terminalFds?: readonly number[];
}

/**
 * The decision for a config in memory, given the cgroup
 * hierarchies a `cgroup` mount would show (none for a container that has
 * no cgroup of its own, such as an ephemeral sandbox).
 */
export async function decideBundle(
  ctx: RuntimeContext,
  id: string,
  b: Bundle,
  opts: DecisionOptions,
  cgroupHierarchies: Parameters<typeof decide>[0]['cgroupHierarchies'],
): Promise<Decision> {
  const warnings: string[] = [];
  const seccomp = await compileProfile(b.spec.linux?.seccomp, hostArch(), warnings);
  // Read-only, inside the rootfs: the cause to print if execve fails later.
  const image = await imageView(b.rootfs);
  const decision = decide({
    id,
    spec: b.spec,
    bundle: b.bundle,
    rootfs: b.rootfs,
    arch: hostArch(),
    host: hostFacts(),
    cgroupHierarchies,
    preserveFds: opts.preserveFds,
    noPivot: opts.noPivot,
    noNewKeyring: opts.noNewKeyring,
    extraEnv: opts.extraEnv,
    seccomp,
    dieWithParent: opts.dieWithParent,
    reaper: opts.reaper,
    terminalFds: opts.terminalFds,
    image: image?.view,
  });
  image?.close();
  ctx.log.warnings([...decision.warnings, ...warnings]);
  mark('config read and decided');
  return decision;
}

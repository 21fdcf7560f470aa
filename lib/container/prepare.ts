import { loadBundle } from '../config/load.js';
import { hostFacts } from '../host.js';
import { planCgroups, type CgroupPlan } from './cgroups.js';
import type { GlobalOptions } from '../cli/context.js';
import { hostArch } from '../sys/arch.js';
import { decide, type Decision } from './decide.js';
import type { Spec } from '../config/types.js';
import { compileProfile } from './seccomp.js';

export interface PrepareOptions {
  id: string;
  bundle: string;
  preserveFds: number;
  noPivot: boolean;
  noNewKeyring: boolean;
  extraEnv?: string[];
  global: GlobalOptions;
}

export interface Prepared {
  spec: Spec;
  bundle: string;
  rootfs: string;
  decision: Decision;
  cgroups: CgroupPlan;
}

/** Read the bundle and decide everything, touching nothing. */
export async function prepare(opts: PrepareOptions): Promise<Prepared> {
  const { spec, bundle, rootfs } = await loadBundle(opts.bundle);
  const cgroups = planCgroups(spec, opts.id, opts.global);
  const warnings: string[] = [];
  const seccomp = await compileProfile(spec.linux?.seccomp, hostArch(), warnings);
  const decision = decide({
    id: opts.id,
    spec,
    bundle,
    rootfs,
    arch: hostArch(),
    host: hostFacts(),
    cgroupHierarchies: cgroups.hierarchies,
    preserveFds: opts.preserveFds,
    noPivot: opts.noPivot,
    noNewKeyring: opts.noNewKeyring,
    extraEnv: opts.extraEnv,
    seccomp,
  });
  decision.warnings.push(...warnings);
  return { spec, bundle, rootfs, decision, cgroups };
}

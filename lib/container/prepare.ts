import { loadBundle } from '../config/load.js';
import { hostFacts } from '../host.js';
import { hostCgroupHierarchies } from '../mounts/cgroup.js';
import { hostArch } from '../sys/arch.js';
import { decide, type Decision } from './decide.js';
import type { Spec } from '../config/types.js';

export interface PrepareOptions {
  id: string;
  bundle: string;
  preserveFds: number;
  noPivot: boolean;
  noNewKeyring: boolean;
  extraEnv?: string[];
}

export interface Prepared {
  spec: Spec;
  bundle: string;
  rootfs: string;
  decision: Decision;
}

/** Read the bundle and decide everything, touching nothing. */
export async function prepare(opts: PrepareOptions): Promise<Prepared> {
  const { spec, bundle, rootfs } = await loadBundle(opts.bundle);
  const decision = decide({
    id: opts.id,
    spec,
    bundle,
    rootfs,
    arch: hostArch(),
    host: hostFacts(),
    cgroupHierarchies: hostCgroupHierarchies(),
    preserveFds: opts.preserveFds,
    noPivot: opts.noPivot,
    noNewKeyring: opts.noNewKeyring,
    extraEnv: opts.extraEnv,
  });
  return { spec, bundle, rootfs, decision };
}

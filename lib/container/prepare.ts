import { resolve } from 'node:path';
import { loadBundle, type Bundle } from '../config/load.js';
import { hostFacts } from '../host.js';
import { planCgroups, type CgroupPlan } from './cgroups.js';
import type { RuntimeContext } from '../context.js';
import { hostArch } from '../sys/arch.js';
import { decide, type Decision } from './decide.js';
import type { Spec } from '../config/types.js';
import { compileProfile } from './seccomp.js';
import { mark } from '../timing.js';
import { imageView } from './exec-diagnosis.js';

/** Where a container's config comes from: a bundle directory on disk, or a config already in memory. */
export type ConfigSource = { bundle: string } | { spec: Spec; bundle: string; rootfs: string };

export interface PrepareOptions {
  source: ConfigSource;
  preserveFds: number;
  noPivot: boolean;
  noNewKeyring: boolean;
  extraEnv?: string[];
}

export interface Prepared {
  spec: Spec;
  bundle: string;
  rootfs: string;
  decision: Readonly<Decision>;
  cgroups: CgroupPlan;
}

/** Read the config and decide everything, touching nothing. */
export async function prepare(ctx: RuntimeContext, id: string, opts: PrepareOptions): Promise<Prepared> {
  mark('lifecycle loaded');
  const { spec, bundle, rootfs } = await bundleOf(opts.source);
  const cgroups = planCgroups(spec, id, ctx);
  const warnings: string[] = [];
  const seccomp = await compileProfile(spec.linux?.seccomp, hostArch(), warnings);
  // Read-only, inside the rootfs: the cause to print if execve fails later.
  const image = await imageView(rootfs);
  const decision = decide({
    id,
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
    image: image?.view,
  });
  image?.close();
  ctx.log.warnings([...decision.warnings, ...warnings]);
  if (ctx.log.debugEnabled) {
    const { configLines, decisionLines } = await import('./debug-lines.js');
    [...configLines(spec, bundle, rootfs), ...decisionLines(decision.init, decision.idMaps, cgroups.manager.paths())].forEach((l) => ctx.log.debug(l));
  }
  mark('config read and decided');
  return { spec, bundle, rootfs, decision, cgroups };
}

async function bundleOf(source: ConfigSource): Promise<Bundle> {
  if ('spec' in source) return { spec: source.spec, bundle: resolve(source.bundle), rootfs: resolve(source.rootfs) };
  return loadBundle(resolve(source.bundle));
}

import { resolve } from 'node:path';
import { loadBundle, type Bundle } from '../config/load.js';
import { planCgroups, type CgroupPlan } from './cgroups.js';
import type { RuntimeContext } from '../context.js';
import type { Decision } from './decide.js';
import { decideBundle, type DecisionOptions } from './decision.js';
import type { Spec } from '../config/types.js';
import { mark } from '../timing.js';

/** Where a container's config comes from: a bundle directory on disk, or a config already in memory. */
export type ConfigSource = { bundle: string } | { spec: Spec; bundle: string; rootfs: string };

export interface PrepareOptions extends DecisionOptions {
  source: ConfigSource;
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
  const decision = await decideBundle(ctx, id, { spec, bundle, rootfs }, opts, cgroups.hierarchies);
  if (ctx.log.debugEnabled) {
    const { configLines, decisionLines } = await import('./debug-lines.js');
    [...configLines(spec, bundle, rootfs), ...decisionLines(decision.init, decision.idMaps, cgroups.manager.paths())].forEach((l) =>
      ctx.log.debug(l),
    );
  }
  return { spec, bundle, rootfs, decision, cgroups };
}

async function bundleOf(source: ConfigSource): Promise<Bundle> {
  if ('spec' in source) return { spec: source.spec, bundle: resolve(source.bundle), rootfs: resolve(source.rootfs) };
  return loadBundle(resolve(source.bundle));
}

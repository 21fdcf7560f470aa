/**
 * Fixed costs, one command each: Node's own start (with and without the
 * CA bundle this machine sets), the CLIs' cheapest calls, and a shell's
 * spawn. The node-relative targets measure Node's start again inside their
 * own rounds (nodeFloor), so that both see the same load.
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import type { Target } from '../results.js';

/** hutch's own work on top of Node's start (node -e 0, the same rounds): at most 30% (issue 17). */
export const NEAR_NODE: Target = { kind: 'node', max: 1.3 };

/**
 * Times `node -e 0` as `ctx`, without NODE_EXTRA_CA_CERTS: what any Node
 * program pays to start here, minus the certificate store hutch never loads.
 */
export function nodeFloor(b: Bench, ctx: Context): () => number {
  const env = { ...ctx.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return () => b.shell.run(ctx, [process.execPath, '-e', '0'], { env }).ms;
}

export function baseline(b: Bench, ctx: Context): void {
  const one = (label: string, argv: string[], o: { allowFail?: boolean } = {}) =>
    b.measure('baseline', label, [b.hutch], () => b.shell.run(ctx, argv, o).ms, { single: true });
  if (process.env.NODE_EXTRA_CA_CERTS) one('node -e 0 (NODE_EXTRA_CA_CERTS set, as in this environment)', [process.execPath, '-e', '0']);
  b.measure('baseline', 'node -e 0 (NODE_EXTRA_CA_CERTS unset)', [b.hutch], nodeFloor(b, ctx), { single: true });
  const root = b.stateRoot(ctx, 'baseline', b.hutch);
  one('hutch --version', [b.hutch.bin, '--version']);
  one('hutch state <missing>', [b.hutch.bin, '--root', root, 'state', `${b.registry.prefix}missing`], { allowFail: true });
  one('hutch list (empty root)', [b.hutch.bin, '--root', root, 'list']);
  one('runc --version', [b.runc.bin, '--version']);
  one('runc state <missing>', [b.runc.bin, '--root', root, 'state', `${b.registry.prefix}missing`], { allowFail: true });
  one('sh -c true (spawn floor)', ['/bin/sh', '-c', 'true']);
}

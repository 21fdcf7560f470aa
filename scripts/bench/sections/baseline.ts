/**
 * Fixed costs, one command each: Node's own start (the floor hutch's
 * targets are judged against, measured first, in the same run), the CLIs'
 * cheapest calls, and a shell's spawn.
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import type { Target } from '../results.js';

/** The floor: what any Node program pays to start here, without the CA bundle hutch never loads. */
export const NODE_FLOOR = 'node -e 0 (NODE_EXTRA_CA_CERTS unset)';

/** hutch's own work on top of Node's start: at most 30% (issue 17). */
export const NEAR_NODE: Target = { kind: 'baseline', of: NODE_FLOOR, max: 1.3 };

export function baseline(b: Bench, ctx: Context): void {
  const env = { ...ctx.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const one = (label: string, argv: string[], o: { env?: Record<string, string | undefined>; allowFail?: boolean } = {}) =>
    b.measure('baseline', label, [b.hutch], () => b.shell.run(ctx, argv, o).ms, { single: true });
  if (process.env.NODE_EXTRA_CA_CERTS) one('node -e 0 (NODE_EXTRA_CA_CERTS set, as in this environment)', [process.execPath, '-e', '0']);
  one(NODE_FLOOR, [process.execPath, '-e', '0'], { env });
  const root = b.stateRoot(ctx, 'baseline', b.hutch);
  one('hutch --version', [b.hutch.bin, '--version']);
  one('hutch state <missing>', [b.hutch.bin, '--root', root, 'state', `${b.registry.prefix}missing`], { allowFail: true });
  one('hutch list (empty root)', [b.hutch.bin, '--root', root, 'list']);
  one('runc --version', [b.runc.bin, '--version']);
  one('runc state <missing>', [b.runc.bin, '--root', root, 'state', `${b.registry.prefix}missing`], { allowFail: true });
  one('sh -c true (spawn floor)', ['/bin/sh', '-c', 'true']);
}

/** `run` of /bin/true: the whole life of a container in one call. */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';

export function run(b: Bench, ctx: Context): void {
  const rts = b.runtimes(ctx);
  const roots = new Map(rts.map((rt) => [rt, b.stateRoot(ctx, 'run', rt)]));
  b.measure(
    'run',
    `run true (${ctx.name})`,
    rts,
    (rt) => {
      const id = b.newId(rt, 'run');
      const root = roots.get(rt)!;
      b.registry.ids(ctx, rt, root).add(id);
      try {
        const ms = b.runtime(ctx, rt, root, ['run', '--bundle', ctx.bundles.true, id]).ms;
        b.registry.ids(ctx, rt, root).delete(id);
        return ms;
      } catch (e) {
        b.registry.forceDelete(ctx, rt, root, id);
        throw e;
      }
    },
    { target: { kind: 'runc', max: 1.3 } },
  );
}

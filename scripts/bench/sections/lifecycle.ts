/**
 * The verbs one at a time: create, start and delete --force of /bin/true
 * (their sum against runc, start and delete against Node's floor), and kill
 * of a running container (against Node's floor).
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import type { Runtime } from '../runtimes.js';
import { NEAR_NODE, nodeFloor } from './baseline.js';

export function lifecycle(b: Bench, ctx: Context): void {
  const rts = b.runtimes(ctx);
  const roots = new Map(rts.map((rt) => [rt, b.stateRoot(ctx, 'lifecycle', rt)]));
  /** body(id, root) on a fresh id, which is force-deleted if body fails. */
  const withId = <T>(rt: Runtime, what: string, body: (id: string, root: string) => T): T => {
    const id = b.newId(rt, what);
    const root = roots.get(rt)!;
    b.registry.ids(ctx, rt, root).add(id);
    try {
      const out = body(id, root);
      b.registry.ids(ctx, rt, root).delete(id);
      return out;
    } catch (e) {
      b.registry.forceDelete(ctx, rt, root, id);
      throw e;
    }
  };
  // The node-relative targets are stated for root (the table).
  const asRoot = ctx.name === 'root';
  b.measure(
    'lifecycle',
    `create+start+delete (${ctx.name})`,
    rts,
    (rt) =>
      withId(rt, 'csd', (id, root) => ({
        create: b.runtime(ctx, rt, root, ['create', '--bundle', ctx.bundles.true, id]).ms,
        start: b.runtime(ctx, rt, root, ['start', id]).ms,
        'delete --force': b.runtime(ctx, rt, root, ['delete', '--force', id]).ms,
      })),
    {
      target: { kind: 'runc', max: 2.0 },
      ...(asRoot ? { partTargets: { start: NEAR_NODE, 'delete --force': NEAR_NODE }, floor: nodeFloor(b, ctx) } : {}),
    },
  );
  b.measure(
    'lifecycle',
    `kill KILL, running container (${ctx.name})`,
    rts,
    (rt) =>
      withId(rt, 'kill', (id, root) => {
        b.runtime(ctx, rt, root, ['run', '--detach', '--bundle', ctx.bundles.sleep, id]);
        const ms = b.runtime(ctx, rt, root, ['kill', id, 'KILL']).ms;
        b.runtime(ctx, rt, root, ['delete', '--force', id]);
        return ms;
      }),
    asRoot ? { target: NEAR_NODE, floor: nodeFloor(b, ctx) } : {},
  );
}

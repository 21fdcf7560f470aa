/** `exec true` in a running container. */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import type { Runtime } from '../runtimes.js';
import { CmdError } from '../shell.js';

export function exec(b: Bench, ctx: Context): void {
  const started: { rt: Runtime; root: string; id: string }[] = [];
  try {
    for (const rt of b.runtimes(ctx)) {
      const root = b.stateRoot(ctx, 'exec', rt);
      const id = b.newId(rt, 'exec');
      b.registry.ids(ctx, rt, root).add(id);
      try {
        b.runtime(ctx, rt, root, ['run', '--detach', '--bundle', ctx.bundles.sleep, id]);
        started.push({ rt, root, id });
      } catch (e) {
        if (!(e instanceof CmdError)) throw e;
        b.results.errors.push({ section: `exec (${ctx.name})`, message: `${rt.name}: cannot start the target container: ${e.message}` });
        b.registry.forceDelete(ctx, rt, root, id);
      }
    }
    if (!started.length) return;
    const of = new Map(started.map((s) => [s.rt, s]));
    b.measure(
      'exec',
      `exec true (${ctx.name})`,
      started.map((s) => s.rt),
      (rt) => {
        const { root, id } = of.get(rt)!;
        return b.runtime(ctx, rt, root, ['exec', id, 'true']).ms;
      },
    );
  } finally {
    for (const { rt, root, id } of started) b.registry.forceDelete(ctx, rt, root, id);
  }
}

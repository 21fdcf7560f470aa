/**
 * `state` and `list` with N containers in the state root. The containers
 * are created (waiting for start) in parallel; one population serves all
 * rounds and grows from one size to the next. `state` is judged against
 * Node's floor (as root, where the issue states it).
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import { memAvailableKb, procStatus, smapsRollup } from '../procfs.js';
import type { Runtime, RuntimeName } from '../runtimes.js';
import { CmdError, Interrupted, pool } from '../shell.js';
import { NEAR_NODE, nodeFloor } from './baseline.js';

export async function state(b: Bench, ctx: Context): Promise<void> {
  const rts = b.runtimes(ctx);
  const roots = new Map(rts.map((rt) => [rt, b.stateRoot(ctx, 'state', rt)]));
  const population = new Map<Runtime, string[]>(rts.map((rt) => [rt, []]));
  let next = 0;
  const createOne = async (rt: Runtime): Promise<string | null> => {
    const id = `${b.registry.prefix}${rt.tag}p${next++}`;
    b.registry.ids(ctx, rt, roots.get(rt)!).add(id);
    const r = await b.shell.runAsync(ctx, [rt.bin, '--root', roots.get(rt)!, 'create', '--bundle', ctx.bundles.true, id], {
      launcher: rt.launcher,
    });
    if (r.code === 0) population.get(rt)!.push(id);
    return r.code === 0 ? null : `${id}: ${r.stderr.replace(/\s*\n\s*/g, ' | ')}`;
  };
  try {
    // What one more created container costs (summed over the runtimes),
    // from the first of each: the memory guard for the larger populations.
    let perContainerKb = 0;
    for (const rt of rts) {
      const err = await createOne(rt);
      if (err) throw new CmdError(`${rt.name}: create failed: ${err}`);
      const c = b.registry.listed(ctx, rt, roots.get(rt)!).find((x) => x.pid > 0);
      perContainerKb += (c && (smapsRollup(c.pid)?.anonKb || procStatus(c.pid)?.rssKb)) || 20 * 1024;
    }
    for (const n of b.opts.populations) {
      const grow = Math.max(0, n - Math.min(...rts.map((rt) => population.get(rt)!.length)));
      const needKb = grow * perContainerKb * 1.2;
      const availKb = memAvailableKb();
      if (needKb > availKb - 2 * 1024 * 1024) {
        const why = `state/list with ${n} containers: needs ~${(needKb / 1048576).toFixed(1)} GB more, ${(availKb / 1048576).toFixed(1)} GB available`;
        b.results.skipped.push(why);
        b.log(`  skipped: ${why}`);
        break;
      }
      await populate(b, ctx, rts, population, n, createOne);
      check(b, ctx, rts, roots, population);
      b.measure(
        'state',
        `state, ${n} container(s) in root (${ctx.name})`,
        rts,
        (rt) => b.runtime(ctx, rt, roots.get(rt)!, ['state', population.get(rt)![0]!], { capture: true }).ms,
        ctx.name === 'root' ? { target: NEAR_NODE, floor: nodeFloor(b, ctx) } : {},
      );
      b.measure(
        'state',
        `list, ${n} container(s) in root (${ctx.name})`,
        rts,
        (rt) => b.runtime(ctx, rt, roots.get(rt)!, ['list'], { capture: true, timeoutSec: Math.max(b.opts.timeoutSec, 300) }).ms,
      );
    }
  } finally {
    for (const rt of rts) {
      const ids = b.registry.ids(ctx, rt, roots.get(rt)!);
      if (!ids.size) continue;
      b.log(`  deleting ${ids.size} ${rt.name} containers (${b.opts.parallel} in parallel)`);
      for (const f of (await b.registry.deleteMany(ctx, rt, roots.get(rt)!, ids)).slice(0, 3))
        b.results.warnings.push(`${rt.name}: delete --force failed: ${f}`);
    }
  }
}

/** Grows every runtime's population to n, timing each (an informational row). */
async function populate(
  b: Bench,
  ctx: Context,
  rts: Runtime[],
  population: Map<Runtime, string[]>,
  n: number,
  createOne: (rt: Runtime) => Promise<string | null>,
): Promise<void> {
  const samples: Partial<Record<RuntimeName, number[]>> = {};
  for (const rt of rts) {
    const have = population.get(rt)!.length;
    if (have >= n) continue;
    b.log(`  populating ${rt.name}: ${have} -> ${n} containers (${b.opts.parallel} in parallel)`);
    const t0 = Date.now();
    const errs = (
      await pool(
        Array.from({ length: n - have }, () => rt),
        b.opts.parallel,
        (r) => (b.shell.interrupted ? Promise.resolve(null) : createOne(r)),
      )
    ).filter((e): e is string => !!e);
    if (b.shell.interrupted) throw new Interrupted(b.shell.interrupted);
    samples[rt.name] = [Date.now() - t0];
    if (errs.length > Math.max(2, (n - have) * 0.02))
      throw new CmdError(`${rt.name}: ${errs.length} of ${n - have} creates failed; first: ${errs[0]}`);
    if (errs.length)
      b.results.warnings.push(
        `${rt.name}: ${errs.length} of ${n - have} creates failed (measured with ${population.get(rt)!.length}); first: ${errs[0]}`,
      );
  }
  if (Object.keys(samples).length)
    b.results.add(b.results.row('state', `populate to ${n}, ${b.opts.parallel} parallel creates (wall, ${ctx.name})`, samples));
}

/** Every runtime lists its whole population, all "created". */
function check(b: Bench, ctx: Context, rts: Runtime[], roots: Map<Runtime, string>, population: Map<Runtime, string[]>): void {
  for (const rt of rts) {
    const r = b.runtime(ctx, rt, roots.get(rt)!, ['list', '--format', 'json'], { capture: true, timeoutSec: 300 });
    let listed: { id: string; status: string; pid: number }[] = [];
    try {
      listed = (JSON.parse(r.stdout) ?? []) as typeof listed;
    } catch {
      b.results.warnings.push(`${rt.name} list --format json: not JSON`);
    }
    const want = population.get(rt)!.length;
    if (listed.length !== want) b.results.warnings.push(`${rt.name} list shows ${listed.length} containers, ${want} were created`);
    const bad = listed.filter((c) => c.status !== 'created');
    if (bad.length) {
      b.results.warnings.push(
        `${rt.name}: ${bad.length} of ${listed.length} containers are not "created" right after create (${[...new Set(bad.map((c) => c.status))].join(', ')}; e.g. ${bad[0]!.id}, pid ${bad[0]!.pid})`,
      );
    }
  }
}

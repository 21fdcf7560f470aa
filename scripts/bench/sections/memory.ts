/**
 * A created container's memory: the process `state` reports (hutch's is the
 * plan interpreter waiting for start, runc's is `runc init`), measured while
 * it waits. VmRSS is judged (issue 17: at most 0.1 MB for hutch).
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import { descendants, procStatus, smapsRollup } from '../procfs.js';
import type { Target } from '../results.js';
import type { Runtime, RuntimeName } from '../runtimes.js';
import { CmdError } from '../shell.js';

interface Sample {
  rssKb: number;
  pssKb: number | null;
  privateKb: number | null;
  anonKb: number | null;
  treeKb: number;
  procs: number;
}

function createdMemory(b: Bench, ctx: Context, rt: Runtime, root: string): Sample {
  const id = b.newId(rt, 'mem');
  b.registry.ids(ctx, rt, root).add(id);
  try {
    b.runtime(ctx, rt, root, ['create', '--bundle', ctx.bundles.true, id]);
    const st = JSON.parse(b.runtime(ctx, rt, root, ['state', id], { capture: true }).stdout) as { status: string; pid: number };
    if (st.status !== 'created' || !(st.pid > 0))
      throw new CmdError(`${rt.name}: container ${id} is "${st.status}" (pid ${st.pid}) right after create, not "created"`);
    const s = procStatus(st.pid);
    if (!s || s.rssKb == null) throw new Error(`${rt.name}: no /proc/${st.pid}/status for created container ${id}`);
    const sm = smapsRollup(st.pid);
    const kids = descendants(st.pid);
    const treeKb = kids.reduce((sum, k) => sum + (procStatus(k)?.rssKb ?? 0), s.rssKb);
    return {
      rssKb: s.rssKb,
      pssKb: sm?.pssKb ?? null,
      privateKb: sm?.privateKb ?? null,
      anonKb: sm?.anonKb ?? null,
      treeKb,
      procs: 1 + kids.length,
    };
  } finally {
    b.registry.forceDelete(ctx, rt, root, id);
  }
}

export function memory(b: Bench, ctx: Context): void {
  const rts = b.runtimes(ctx);
  const roots = new Map(rts.map((rt) => [rt, b.stateRoot(ctx, 'memory', rt)]));
  const got = new Map<Runtime, Sample[]>(rts.map((rt) => [rt, []]));
  const failed = new Set<Runtime>();
  for (let i = 0; i < Math.min(b.opts.rounds, 3); i++) {
    for (const rt of i % 2 ? [...rts].reverse() : rts) {
      if (failed.has(rt)) continue;
      const retried: string[] = [];
      for (let attempt = 1; ; attempt++) {
        try {
          got.get(rt)!.push(createdMemory(b, ctx, rt, roots.get(rt)!));
          b.results.warnings.push(...retried);
          break;
        } catch (e) {
          if (!(e instanceof CmdError)) throw e;
          if (attempt >= 3) {
            failed.add(rt);
            b.results.errors.push({ section: `memory (${ctx.name})`, message: `${rt.name} failed 3 times, not measured: ${e.message}` });
            break;
          }
          retried.push(`memory (${ctx.name}): ${rt.name} attempt ${attempt} failed, retried: ${e.message}`);
        }
      }
    }
  }
  const row = (label: string, key: keyof Sample, target?: Target) => {
    const samples: Partial<Record<RuntimeName, number[]>> = {};
    for (const rt of rts) if (!failed.has(rt)) samples[rt.name] = got.get(rt)!.flatMap((g) => (g[key] == null ? [] : [g[key] / 1024]));
    const r = b.results.add(
      b.results.row('memory', label, samples, { unit: 'MB', ...(target ? { target } : {}), failed: [...failed].map((rt) => rt.name) }),
    );
    b.log(`  ${label}: ${rts.map((rt) => `${rt.name} ${r.median[rt.name]?.toFixed(2) ?? '-'} MB`).join(', ')}`);
  };
  row(`created container init VmRSS (${ctx.name})`, 'rssKb', { kind: 'absolute', max: 0.1 });
  row(`  its Pss (${ctx.name})`, 'pssKb');
  row(`  its private, USS (${ctx.name})`, 'privateKb');
  row(`  its anonymous memory (${ctx.name})`, 'anonKb');
  if (rts.some((rt) => got.get(rt)!.some((g) => g.procs > 1))) row(`  RSS incl. descendants (${ctx.name})`, 'treeKb');
}

/**
 * Peak RSS of the `run` CLI: GNU time's %M, the ru_maxrss of the waited
 * child, i.e. the largest process among the CLI and what it reaped
 * (issue 17: at most 45 MB for hutch).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { which } from '../../../spec/helpers/host.js';
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';

export type PeakMethod = 'gnu-time' | 'python3';

export function peakMethod(): PeakMethod | undefined {
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
    if (r.status === 0 && /^\d+\s*$/m.test(r.stderr)) return 'gnu-time';
  }
  return which('python3') ? 'python3' : undefined;
}

export const PEAK_METHODS: Record<PeakMethod, string> = {
  'gnu-time': '/usr/bin/time -f %M (ru_maxrss of the CLI and the processes it reaped)',
  python3: 'python3 resource.getrusage(RUSAGE_CHILDREN).ru_maxrss',
};

const PY =
  'import resource,subprocess,sys\nr=subprocess.run(sys.argv[2:])\nopen(sys.argv[1],"w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\nsys.exit(r.returncode)';

export function peak(b: Bench, ctx: Context, method: PeakMethod): void {
  const rts = b.runtimes(ctx);
  const roots = new Map(rts.map((rt) => [rt, b.stateRoot(ctx, 'peak', rt)]));
  const out = join(ctx.work, 'peak.txt');
  b.measure(
    'peak',
    `peak RSS of \`run\` CLI (${ctx.name})`,
    rts,
    (rt) => {
      const id = b.newId(rt, 'pk');
      const root = roots.get(rt)!;
      b.registry.ids(ctx, rt, root).add(id);
      const cmd = [rt.bin, '--root', root, 'run', '--bundle', ctx.bundles.true, id];
      try {
        if (method === 'gnu-time') b.run(ctx, rt, ['/usr/bin/time', '-f', '%M', '-o', out, ...cmd]);
        else b.run(ctx, rt, [which('python3')!, '-c', PY, out, ...cmd]);
        b.registry.ids(ctx, rt, root).delete(id);
      } catch (e) {
        b.registry.forceDelete(ctx, rt, root, id);
        throw e;
      }
      return Number(readFileSync(out, 'utf8').trim().split('\n').pop()) / 1024;
    },
    { rounds: Math.min(b.opts.rounds, 3), warmup: 0, unit: 'MB', target: { kind: 'absolute', max: 45 } },
  );
}

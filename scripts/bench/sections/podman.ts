/**
 * End to end: `podman run --rm` of busybox `true` (conmon, the runtime's
 * create, start, state and delete, podman's own work), hutch against runc,
 * as root. Each runtime gets a private podman store (spec/helpers/callers),
 * with the busybox image imported from the tests' rootfs, and podman calls
 * the runtime binary directly (no wrapper).
 */
import { spawnSync } from 'node:child_process';
import { PODMAN_IMAGE, Podman, podmanSkipReason } from '../../../spec/helpers/callers/podman.js';
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import { CmdError } from '../shell.js';

export async function podman(b: Bench, ctx: Context): Promise<void> {
  const why = podmanSkipReason();
  if (why) {
    b.results.skipped.push(`podman run --rm: ${why}`);
    return;
  }
  const rts = [b.hutch, b.runc];
  const stores = new Map(rts.map((rt) => [rt, new Podman({ dir: b.ws.subdir(`podman-${rt.name}`), wrapper: { path: rt.bin } })]));
  try {
    for (const p of stores.values()) await p.importImage(b.ws.dir);
    b.measure(
      'podman',
      `podman run --rm busybox true (${ctx.name})`,
      rts,
      (rt) => {
        const p = stores.get(rt)!;
        const [file, ...args] = p.argv(['run', '--rm', PODMAN_IMAGE, 'true']);
        const t0 = process.hrtime.bigint();
        const r = spawnSync(file!, args, {
          env: p.env(),
          cwd: p.dir,
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
          timeout: b.opts.timeoutSec * 1000,
        });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (r.status !== 0)
          throw new CmdError(
            `podman run --rm with ${rt.name}: ${r.error?.message ?? `exit ${r.status}`}: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`,
          );
        return ms;
      },
      { target: { kind: 'runc', max: 1.15 } },
    );
  } finally {
    for (const p of stores.values()) await p.cleanup();
  }
}

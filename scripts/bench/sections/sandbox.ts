/**
 * `hutch sandbox -- true` against bubblewrap doing the same (issue 21):
 * in every round, alternating, hutch's sandbox and then — as what a Node
 * program that calls bwrap pays — `node -e 0` followed by
 * `bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-all
 * --die-with-parent true`. Judged: hutch ≤ 1.3 × (node + bwrap) of the same
 * rounds. Then the library's `sandbox(['true'])` from one Node process (run
 * as the context's user): sequentially (≥ 100 per second) and 8 or 32 at once.
 */
import type { Bench } from '../bench.js';
import type { Context } from '../contexts.js';
import { HUTCH_LIB, which } from '../../../spec/helpers/host.js';
import { CmdError, median } from '../shell.js';

const BWRAP_ARGS = [
  '--ro-bind',
  '/',
  '/',
  '--dev',
  '/dev',
  '--proc',
  '/proc',
  '--tmpfs',
  '/tmp',
  '--unshare-all',
  '--die-with-parent',
  'true',
];

export function sandbox(b: Bench, ctx: Context, libraryCalls = 300): void {
  const bwrap = which('bwrap');
  if (!bwrap) {
    b.results.skipped.push(`sandbox (${ctx.name}): bwrap not found (apt-get install bubblewrap)`);
    return;
  }
  cli(b, ctx, bwrap);
  library(b, ctx, libraryCalls);
}

function cli(b: Bench, ctx: Context, bwrap: string): void {
  const env = { ...ctx.env };
  delete env.NODE_EXTRA_CA_CERTS; // as in nodeFloor: the CA store hutch never loads
  const parts = { node: [] as number[], bwrap: [] as number[] };
  let measured = 0;
  const nodeThenBwrap = () => {
    const node = b.shell.run(ctx, [process.execPath, '-e', '0'], { env }).ms;
    const bw = b.shell.run(ctx, [bwrap, ...BWRAP_ARGS]).ms;
    // The floor runs once per round, warm-up rounds included: keep the
    // parts of the measured rounds only, as Results does for the sum.
    if (++measured > b.opts.warmup) {
      parts.node.push(node);
      parts.bwrap.push(bw);
    }
    return node + bw;
  };
  b.measure(
    'sandbox',
    `hutch sandbox -- true (${ctx.name})`,
    [b.hutch],
    () => b.shell.run(ctx, [b.hutch.bin, 'sandbox', '--', 'true']).ms,
    {
      single: true,
      floor: nodeThenBwrap,
      target: { kind: 'node+bwrap', max: 1.3 },
    },
  );
  const info = (label: string, xs: number[]) => b.results.add({ ...b.results.row('sandbox', label, { hutch: xs }), single: true });
  info(`  node -e 0 (${ctx.name}, same rounds)`, parts.node);
  info(`  bwrap … true (${ctx.name}, same rounds)`, parts.bwrap);
}

interface LibraryRun {
  each: number[];
  seqTotal: number;
  par: Record<string, number>;
}

function library(b: Bench, ctx: Context, n: number): void {
  const js = `
    import { sandbox } from ${JSON.stringify(HUTCH_LIB)};
    const check = (r) => { if (r.code !== 0) throw new Error('sandbox exited ' + JSON.stringify(r)); };
    for (let i = 0; i < 20; i++) check(await sandbox(['true']));
    const each = [];
    const t0 = performance.now();
    for (let i = 0; i < ${n}; i++) { const t = performance.now(); check(await sandbox(['true'])); each.push(performance.now() - t); }
    const seqTotal = performance.now() - t0;
    const par = {};
    for (const k of [8, 32]) {
      const t = performance.now();
      let left = ${n};
      await Promise.all(Array.from({ length: k }, async () => { while (left-- > 0) check(await sandbox(['true'])); }));
      par[k] = ${n} / ((performance.now() - t) / 1000);
    }
    console.log(JSON.stringify({ each, seqTotal, par }));`;
  const r = b.shell.run(ctx, [process.execPath, '--input-type=module', '-e', js], { capture: true, timeoutSec: 300 });
  let out: LibraryRun;
  try {
    out = JSON.parse(r.stdout) as LibraryRun;
  } catch {
    throw new CmdError(`library sandbox run printed no result: ${r.stdout.slice(0, 200)}`);
  }
  const perSecond = (label: string, v: number, target?: { kind: 'atLeast'; min: number }) =>
    b.results.add({ ...b.results.row('sandbox', label, { hutch: [v] }, { unit: '/s', ...(target ? { target } : {}) }), single: true });
  perSecond(
    `library sandbox(['true']) sequential (${ctx.name}, per second; median call ${(median(out.each) ?? NaN).toFixed(2)} ms)`,
    n / (out.seqTotal / 1000),
    { kind: 'atLeast', min: 100 },
  );
  perSecond(`library sandbox(['true']) 8 at once (${ctx.name}, per second)`, out.par['8']!);
  perSecond(`library sandbox(['true']) 32 at once (${ctx.name}, per second)`, out.par['32']!);
  b.log(
    `  library sandbox: ${(n / (out.seqTotal / 1000)).toFixed(0)}/s sequential, ${out.par['8']!.toFixed(0)}/s with 8, ${out.par['32']!.toFixed(0)}/s with 32`,
  );
}

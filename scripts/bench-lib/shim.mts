/**
 * The shim benchmark: containerd-shim-hutch-v2 (hutch in-process) against
 * containerd-shim-runc-v2 driving runc, on one private containerd, in one
 * run, alternating, medians. Never run by the tests (timing is noise there).
 *
 *   run        `ctr run --rm IMAGE true`, end to end (also: the runc shim driving bin/hutch)
 *   exec       `true` exec'd into a running container: `ctr task exec`, end to end,
 *              and the shim's own share: Exec+Start+Wait+Delete over its ttrpc socket
 *   rss        one shim serving 1, then 10 containers of one sandbox: its VmRSS
 *
 * Targets (issue 20): run ≤ 1.0× the runc path; rss ≤ 60 MB with 10 and
 * ≤ 2 MB per extra container; exec ≤ 0.5× the runc shim's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeWorkspace } from '../../spec/helpers/bundle.ts';
import { Containerd, CTR_IMAGE as IMG } from '../../spec/helpers/callers/containerd.ts';
import { TtrpcClient } from '../../lib/shim/ttrpc/client.ts';
import { callTask } from '../../lib/shim/task-api.ts';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } } });
const ROUNDS = Number(args.rounds);
const ROOT = new URL('../..', import.meta.url).pathname;
const HUTCH_SHIM = 'io.containerd.hutch.v2';
const RUNC_SHIM = 'io.containerd.runc.v2';
if (process.geteuid?.() !== 0) throw new Error('scripts/bench-shim runs containerd: run it as root');

const ws = makeWorkspace('hutch-bench-shim-');
const cd = await Containerd.start(join(ws.dir, 'containerd'), { pathPrefix: join(ROOT, 'bin') });
const results: Record<string, unknown> = {};
let n = 0;
const name = (p: string) => `bench-${p}-${process.pid}-${n++}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function ctr(argv: string[]): Promise<number> {
  const t = performance.now();
  const r = await cd.ctr(argv, { timeoutMs: 60_000 });
  if (r.exitCode !== 0) throw new Error(`ctr ${argv.join(' ')}: exit ${r.exitCode}: ${r.stderr}`);
  return performance.now() - t;
}

/** Times each variant `rounds` times, interleaved so that load drifts hit all alike. */
async function sideBySide(variants: Record<string, () => Promise<number>>, rounds: number): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const fn of Object.values(variants)) await fn(); // warm caches once
  for (let i = 0; i < rounds; i++) for (const [k, fn] of Object.entries(variants)) times[k]!.push(await fn());
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

async function shimSocket(id: string): Promise<TtrpcClient> {
  const address = readFileSync(join(cd.bundleDir(id)!, 'address'), 'utf8').trim();
  return TtrpcClient.connect(address);
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0);
}

try {
  await cd.importImage(ws.dir);

  // 1. ctr run --rm IMAGE true
  const run = await sideBySide(
    {
      hutchShim: () => ctr(['run', '--rm', '--runtime', HUTCH_SHIM, IMG, name('r'), 'true']),
      runcShimRunc: () => ctr(['run', '--rm', '--runtime', RUNC_SHIM, IMG, name('r'), 'true']),
      runcShimHutch: () => ctr(['run', '--rm', '--runtime', RUNC_SHIM, '--runc-binary', join(ROOT, 'bin/hutch'), IMG, name('r'), 'true']),
    },
    ROUNDS,
  );
  results.run = { ...run, ratio: run.hutchShim! / run.runcShimRunc! };

  // 2. exec true into a running container
  const ids = { hutch: name('x'), runc: name('x') };
  await ctr(['run', '-d', '--runtime', HUTCH_SHIM, IMG, ids.hutch, 'sleep', '3600']);
  await ctr(['run', '-d', '--runtime', RUNC_SHIM, IMG, ids.runc, 'sleep', '3600']);
  const spec = (id: string) => {
    const p = JSON.parse(readFileSync(join(cd.bundleDir(id)!, 'config.json'), 'utf8')).process;
    return Buffer.from(JSON.stringify({ ...p, args: ['true'], terminal: false }));
  };
  const direct = async (id: string, client: TtrpcClient, body: Buffer) => {
    const execId = name('e');
    const t = performance.now();
    await callTask(client, 'Exec', {
      id,
      execId,
      spec: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: body },
    });
    await callTask(client, 'Start', { id, execId });
    const w = await callTask(client, 'Wait', { id, execId });
    await callTask(client, 'Delete', { id, execId });
    if (w.exitStatus !== 0) throw new Error(`exec in ${id} exited ${w.exitStatus}`);
    return performance.now() - t;
  };
  const clients = { hutch: await shimSocket(ids.hutch), runc: await shimSocket(ids.runc) };
  const bodies = { hutch: spec(ids.hutch), runc: spec(ids.runc) };
  const exec = await sideBySide(
    {
      ctrHutchShim: () => ctr(['task', 'exec', '--exec-id', name('e'), ids.hutch, 'true']),
      ctrRuncShim: () => ctr(['task', 'exec', '--exec-id', name('e'), ids.runc, 'true']),
      ttrpcHutchShim: () => direct(ids.hutch, clients.hutch, bodies.hutch),
      ttrpcRuncShim: () => direct(ids.runc, clients.runc, bodies.runc),
    },
    ROUNDS * 2,
  );
  clients.hutch.close();
  clients.runc.close();
  results.exec = { ...exec, ctrRatio: exec.ctrHutchShim! / exec.ctrRuncShim!, ttrpcRatio: exec.ttrpcHutchShim! / exec.ttrpcRuncShim! };
  for (const id of Object.values(ids)) {
    await cd.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  }

  // 3. One shim, 1 then 10 containers of one sandbox
  const rss: Record<string, { one: number; ten: number; perExtra: number }> = {};
  for (const [label, runtime] of [
    ['hutchShim', HUTCH_SHIM],
    ['runcShim', RUNC_SHIM],
  ] as const) {
    const sandbox = name('sb');
    const members: string[] = [];
    let pid = 0;
    let one = 0;
    for (let i = 0; i < 10; i++) {
      const id = name('m');
      members.push(id);
      await ctr(['run', '-d', '--runtime', runtime, '--annotation', `io.kubernetes.cri.sandbox-id=${sandbox}`, IMG, id, 'sleep', '3600']);
      if (i === 0) {
        const c = await shimSocket(id);
        pid = (await callTask(c, 'Connect', { id })).shimPid;
        c.close();
        await new Promise((r) => setTimeout(r, 500));
        one = rssKb(pid);
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    const ten = rssKb(pid);
    rss[label] = { one: one / 1024, ten: ten / 1024, perExtra: (ten - one) / 9 / 1024 };
    for (const id of members) await cd.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  }
  results.rss = rss;

  if (args.json) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    const r = results as { run: Record<string, number>; exec: Record<string, number>; rss: typeof rss };
    console.log(`shim benchmark: ${ROUNDS} rounds (exec: ${ROUNDS * 2}), medians, one private containerd 1.6, ${new Date().toISOString()}`);
    console.log(`ctr run --rm IMAGE true`);
    console.log(`  hutch shim (in-process)      ${ms(r.run.hutchShim!)}`);
    console.log(`  runc shim + runc             ${ms(r.run.runcShimRunc!)}`);
    console.log(`  runc shim + bin/hutch        ${ms(r.run.runcShimHutch!)}`);
    console.log(`  ratio hutch shim / runc      ${r.run.ratio!.toFixed(2)}   (target ≤ 1.0)`);
    console.log(`exec true into a running container`);
    console.log(
      `  ctr task exec: hutch shim    ${ms(r.exec.ctrHutchShim!)}   runc shim ${ms(r.exec.ctrRuncShim!)}   ratio ${r.exec.ctrRatio!.toFixed(2)}`,
    );
    console.log(
      `  shim ttrpc Exec..Delete:     ${ms(r.exec.ttrpcHutchShim!)}   runc shim ${ms(r.exec.ttrpcRuncShim!)}   ratio ${r.exec.ttrpcRatio!.toFixed(2)}   (target ≤ 0.5)`,
    );
    console.log(`one shim serving a sandbox (VmRSS)`);
    for (const [k, v] of Object.entries(r.rss))
      console.log(
        `  ${k.padEnd(10)} 1 container ${v.one.toFixed(1)} MB, 10 containers ${v.ten.toFixed(1)} MB, +${v.perExtra.toFixed(2)} MB per extra   (hutch target: ≤ 60 MB, ≤ 2 MB)`,
      );
  }
} finally {
  await cd.cleanNamespace();
  await cd.stop();
  ws.cleanup();
}

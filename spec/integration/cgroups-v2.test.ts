/**
 * Issue #19: real containers on a pure cgroup v2 host, root and rootless in
 * a subtree delegated the way systemd's user@UID.service gets it. This
 * machine is hybrid, so the file runs in the VM of ../shared/vm (.ci/run's
 * v2 part; by hand: `../shared/vm/run-v2.sh --fresh-tmp --delegate-to USER
 * -- npx vitest run spec/integration/cgroups-v2.test.ts`).
 *
 * Limits (memory, cpu, cpuset, pids, io, hugetlb, unified) land where runc
 * puts them and as runc writes them; the container sees its own group at
 * /sys/fs/cgroup; device rules through the eBPF program, from run and exec,
 * replaced without a window; pause/resume/delete --force through
 * cgroup.freeze; events --stats and OOM events; cleanup, also after SIGKILL
 * of hutch. Rootless: what is delegated works, a controller that is not is
 * a clear error, and without a delegated subtree nothing is said unless a
 * limit was asked for.
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { describeResult, settle, startRuntime } from '../helpers/runtimes.js';
import { runcSkipReason, scaled } from '../helpers/host.js';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';
import type { OciConfig } from '../helpers/bundle.js';
import { cgroupDirOf, cgroupDirsOf, leftCgroups, pureV2, snapshot } from '../helpers/cgroups.js';
import { sameOutcome, sleeper, warningsOf } from '../helpers/cgroup-runs.js';
import { splitSections, probeScript } from '../helpers/probe.js';

const skip = !pureV2 ? 'needs a pure cgroup v2 host: run it in ../shared/vm (see the header)' : runcSkipReason();
/** describeKinds, or the same cases skipped (with the reason in the title) off a pure v2 host. */
const describeV2: typeof describeKinds = skip
  ? (title, body) =>
      describe.skip(`${title} (skipped: ${skip})`, () =>
        body(() => {
          throw new Error('skipped');
        }, 'root'))
  : describeKinds;

/** A real block device of the guest, for per-device io limits ("254:0"). */
const blockDevice = (() => {
  try {
    for (const name of readdirSync('/sys/block')) {
      if (/^(loop|ram|zram)/.test(name)) continue;
      return readFileSync(`/sys/block/${name}/dev`, 'utf8').trim();
    }
  } catch {
    // no sysfs block class
  }
  return undefined;
})();
const [MAJ, MIN] = (blockDevice ?? '0:0').split(':').map(Number) as [number, number];

const ALL_LIMITS: OciConfig['linux']['resources'] = {
  memory: { limit: 67108864, swap: 100663296, reservation: 33554432 },
  cpu: { shares: 512, quota: 50000, period: 100000, cpus: '0', mems: '0' },
  pids: { limit: 50 },
  blockIO: {
    weight: 300,
    ...(blockDevice
      ? {
          throttleReadBpsDevice: [{ major: MAJ, minor: MIN, rate: 1048576 }],
          throttleWriteIOPSDevice: [{ major: MAJ, minor: MIN, rate: 100 }],
        }
      : {}),
  },
  hugepageLimits: [{ pageSize: '2MB', limit: 4194304 }],
  unified: { 'memory.high': '50331648' },
};
/** What the kernel shows for ALL_LIMITS (runc's conversions: swap beyond memory, shares → weight, blkio weight → io.weight). */
const EXPECTED: Record<string, string> = {
  'memory/memory.max': '67108864',
  'memory/memory.swap.max': '33554432',
  'memory/memory.low': '33554432',
  'memory/memory.high': '50331648',
  'cpu/cpu.weight': '20',
  'cpu/cpu.max': '50000 100000',
  'cpuset/cpuset.cpus': '0',
  'cpuset/cpuset.mems': '0',
  'pids/pids.max': '50',
  'io/io.weight': 'default 2930',
  ...(blockDevice ? { 'io/io.max': `${blockDevice} rbps=1048576 wbps=max riops=max wiops=100` } : {}),
  'hugetlb/hugetlb.2MB.max': '4194304',
};
const FILES = Object.keys(EXPECTED).map((k) => k.split('/') as [string, string]);
const DELEGATED = ['memory', 'cpu', 'pids']; // Debian 12's user@.service: Delegate=pids memory cpu
const delegatedOnly = (k: string) => DELEGATED.includes(k.split('/')[0]!);

const withLimits = (resources: OciConfig['linux']['resources']) => (c: OciConfig) => {
  c.linux.resources = { ...c.linux.resources, ...resources };
  if (!c.linux.namespaces.some((n: { type: string }) => n.type === 'cgroup')) c.linux.namespaces.push({ type: 'cgroup' });
};

/**
 * Root widens the user's delegation (what `Delegate=` does) for the duration
 * of `fn`: the controllers are enabled in user-UID.slice, user@UID.service
 * and app.slice, then taken back.
 */
async function delegating<T>(env: KindEnv, controllers: string[], fn: () => Promise<T>): Promise<T> {
  const u = env.user!;
  const slice = `/sys/fs/cgroup/user.slice/user-${u.uid}.slice`;
  const levels = [slice, `${slice}/user@${u.uid}.service`, `${slice}/user@${u.uid}.service/app.slice`];
  const had = levels.map((l) => readFileSync(join(l, 'cgroup.subtree_control'), 'utf8').trim().split(/\s+/));
  for (const l of levels) for (const c of controllers) writeFileSync(join(l, 'cgroup.subtree_control'), `+${c}`);
  try {
    return await fn();
  } finally {
    for (const [i, l] of [...levels.entries()].reverse()) {
      for (const c of controllers) if (!had[i]!.includes(c)) writeFileSync(join(l, 'cgroup.subtree_control'), `-${c}`);
    }
  }
}

describeV2('cgroup v2: limits as runc sets them', (env, kind) => {
  it("every controller, from config.json: the same files as runc, with runc's conversions", async () => {
    const run = async () => {
      const c = {
        hutch: await sleeper(env(), 'hutch', withLimits(ALL_LIMITS)),
        runc: await sleeper(env(), 'runc', withLimits(ALL_LIMITS)),
      };
      const ours = snapshot(c.hutch.pid, FILES);
      expect(ours).toEqual(snapshot(c.runc.pid, FILES));
      expect(ours).toEqual(EXPECTED);
      // The container's view: its own group at /sys/fs/cgroup (cgroup namespace + cgroup2 mount).
      for (const rt of ['hutch', 'runc'] as const) {
        const r = await env().call(rt, [
          'exec',
          c[rt].id,
          'sh',
          '-c',
          'cat /proc/self/cgroup /sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max',
        ]);
        expect(r.stdout, `${rt}: ${describeResult(r)}`).toBe('0::/\n67108864\n50\n');
      }
    };
    if (kind === 'root') await run();
    else await delegating(env(), ['cpuset', 'io', 'hugetlb'], run);
  });

  it.skipIf(kind === 'root')(
    'rootless: what the delegation has works; a controller it lacks is an error naming it and the Delegate= line',
    async () => {
      const only = { memory: ALL_LIMITS.memory, cpu: { shares: 512, quota: 50000, period: 100000 }, pids: ALL_LIMITS.pids };
      const c = { hutch: await sleeper(env(), 'hutch', withLimits(only)), runc: await sleeper(env(), 'runc', withLimits(only)) };
      const files = FILES.filter(([ctl, f]) => DELEGATED.includes(ctl) && f !== 'memory.high');
      expect(snapshot(c.hutch.pid, files)).toEqual(snapshot(c.runc.pid, files));
      expect(snapshot(c.hutch.pid, files)).toEqual(
        Object.fromEntries(Object.entries(EXPECTED).filter(([k]) => delegatedOnly(k) && k !== 'memory/memory.high')),
      );
      for (const [ctl, res] of [
        ['io', { blockIO: { weight: 300 } }],
        ['cpuset', { cpu: { cpus: '0' } }],
        ['hugetlb', { hugepageLimits: ALL_LIMITS.hugepageLimits }],
      ] as const) {
        const b = env().bundle({ template: 'fixture', args: ['true'], edit: withLimits(res) });
        const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('nodeleg')]);
        expect(r.exitCode, describeResult(r)).not.toBe(0);
        expect(r.stderr).toContain(`cannot set ${ctl} limit: the ${ctl} controller is not delegated to this user`);
        expect(r.stderr).toMatch(new RegExp(`add it to the Delegate= line of user@\\.service, e\\.g\\. "Delegate=[a-z ]*\\b${ctl}\\b`));
      }
    },
  );

  it('no delegation (rootless) and no limits: it runs, nothing is said, /sys/fs/cgroup is an empty read-only tmpfs as runc makes it', async () => {
    const probe = probeScript([
      { name: 'ls', cmd: 'ls -A /sys/fs/cgroup | wc -l' },
      // The top mount at /sys/fs/cgroup: "fstype first-option".
      {
        name: 'type',
        cmd: "awk '$5 == \"/sys/fs/cgroup\"' /proc/self/mountinfo | tail -1 | sed -E 's/^([^ ]+ ){5}([^ ,]+).* - ([^ ]+) .*/\\3 \\2/'",
      },
    ]);
    const out = {} as Record<'hutch' | 'runc', string>;
    for (const rt of ['hutch', 'runc'] as const) {
      const b = env().bundle({ template: 'fixture', args: ['sh', '-c', probe], edit: withLimits({}) });
      const r = await env().call(rt, ['run', '--bundle', b.dir, env().id('nodeleg')], { delegated: false });
      expect(r.exitCode, describeResult(r)).toBe(0);
      expect(warningsOf(r), describeResult(r)).toEqual([]);
      out[rt] = r.stdout;
    }
    const s = splitSections(out.hutch);
    expect(out.hutch).toBe(out.runc);
    if (kind === 'rootless') expect([s.ls?.out, s.type?.out]).toEqual(['0', 'tmpfs ro']);
    else expect(s.type?.out).toBe('cgroup2 ro');
  });

  it('update: the container sees the new limits, and runc writes the same', async () => {
    const c = { hutch: await sleeper(env(), 'hutch', withLimits({})), runc: await sleeper(env(), 'runc', withLimits({})) };
    for (const step of [
      ['--memory', '48m', '--memory-swap', '64m'],
      ['--pids-limit', '20'],
      ['--cpu-quota', '20000', '--cpu-period', '50000'],
      ['--cpu-share', '2048'],
    ]) {
      await sameOutcome(env(), `update ${step.join(' ')}`, (rt) => env().call(rt, ['update', ...step, c[rt].id]));
    }
    const files = FILES.filter(([ctl]) => DELEGATED.includes(ctl));
    expect(snapshot(c.hutch.pid, files)).toEqual(snapshot(c.runc.pid, files));
    const r = await env().call('hutch', [
      'exec',
      c.hutch.id,
      'cat',
      '/sys/fs/cgroup/memory.max',
      '/sys/fs/cgroup/memory.swap.max',
      '/sys/fs/cgroup/pids.max',
      '/sys/fs/cgroup/cpu.max',
      '/sys/fs/cgroup/cpu.weight',
    ]);
    expect(r.stdout).toBe('50331648\n16777216\n20\n20000 50000\n79\n');
  });
});

describeV2('cgroup v2: device rules through the eBPF program', (env, kind) => {
  const kmsg = { path: '/dev/kmsg', type: 'c', major: 1, minor: 11, fileMode: 0o644, uid: 0, gid: 0 };
  const tryDevices = ['sh', '-c', 'for d in null zero kmsg; do (: </dev/$d) 2>/dev/null && echo "$d open" || echo "$d refused"; done'];

  it('allowed and denied devices, from run and from exec, as runc (rootless: nothing enforced, nothing said)', async () => {
    const edit = (c: OciConfig) => {
      withLimits({ devices: [{ allow: false, access: 'rwm' }] })(c);
      c.linux.devices = [kmsg];
    };
    const expected = kind === 'root' ? 'null open\nzero open\nkmsg refused\n' : undefined;
    for (const rt of ['hutch', 'runc'] as const) {
      const b = env().bundle({ template: 'fixture', args: tryDevices, edit });
      const run = await env().call(rt, ['run', '--bundle', b.dir, env().id('dev')]);
      expect(run.exitCode, describeResult(run)).toBe(0);
      expect(warningsOf(run)).toEqual([]);
      const s = await sleeper(env(), rt, edit);
      const ex = await env().call(rt, ['exec', s.id, ...tryDevices]);
      expect(ex.stdout).toBe(run.stdout);
      if (expected) expect(run.stdout, rt).toBe(expected);
      else expect(run.stdout, rt).toMatch(/^null open\nzero open\n/);
    }
  });
});

describeV2('cgroup v2: freeze, events, cleanup', (env) => {
  it('pause and resume through cgroup.freeze, then delete --force of a paused container, as runc', async () => {
    for (const rt of ['hutch', 'runc'] as const) {
      const s = await sleeper(env(), rt, withLimits({}));
      const dirs = cgroupDirsOf(s.pid);
      const dir = cgroupDirOf(s.pid, '');
      const status = async () => (JSON.parse((await env().call(rt, ['state', s.id])).stdout) as { status: string }).status;
      expect((await env().call(rt, ['pause', s.id])).exitCode).toBe(0);
      expect([
        readFileSync(join(dir, 'cgroup.freeze'), 'utf8').trim(),
        /frozen 1/.test(readFileSync(join(dir, 'cgroup.events'), 'utf8')),
        await status(),
      ]).toEqual(['1', true, 'paused']);
      expect((await env().call(rt, ['resume', s.id])).exitCode).toBe(0);
      expect([readFileSync(join(dir, 'cgroup.freeze'), 'utf8').trim(), await status()]).toEqual(['0', 'running']);
      expect((await env().call(rt, ['pause', s.id])).exitCode).toBe(0);
      const del = await env().call(rt, ['delete', '--force', s.id]);
      expect(del.exitCode, `${rt}: ${describeResult(del)}`).toBe(0);
      expect(leftCgroups(dirs), rt).toEqual([]);
      expect(existsSync(`/proc/${s.pid}`), rt).toBe(false);
    }
  });

  it('events --stats has runc\'s shape and values; an OOM kill is an "oom" event', async () => {
    const limits = withLimits({ memory: { limit: 33554432, swap: 33554432 }, pids: { limit: 40 } });
    const stats = {} as Record<'hutch' | 'runc', Record<string, any>>;
    const ids = {} as Record<'hutch' | 'runc', string>;
    for (const rt of ['hutch', 'runc'] as const) {
      ids[rt] = (await sleeper(env(), rt, limits)).id;
      const r = await env().call(rt, ['events', '--stats', ids[rt]]);
      expect(r.exitCode, describeResult(r)).toBe(0);
      stats[rt] = JSON.parse(r.stdout) as Record<string, any>;
    }
    expect(Object.keys(stats.hutch)).toEqual(Object.keys(stats.runc));
    expect(Object.keys(stats.hutch.data).sort()).toEqual(Object.keys(stats.runc.data).sort());
    for (const rt of ['hutch', 'runc'] as const) {
      const d = stats[rt].data;
      expect([d.memory.usage.limit, d.memory.swap.limit, d.pids.limit, d.pids.current, d.cpu.usage.total > 0], rt).toEqual([
        33554432,
        33554432,
        40,
        1,
        true,
      ]);
    }
    expect(Object.keys(stats.hutch.data.memory.raw).sort()).toEqual(Object.keys(stats.runc.data.memory.raw).sort());
    // OOM: a process asking for more than 32M is killed; `events` says so.
    const events = startRuntime({
      runtime: 'hutch',
      user: env().user,
      roots: env().roots,
      args: ['events', '--interval', '1s', ids.hutch],
      timeoutMs: 120_000,
    });
    let seen = '';
    events.stdout?.on('data', (d: Buffer) => (seen += d.toString()));
    await sleep(scaled(1000));
    await env().call('hutch', ['exec', ids.hutch, 'sh', '-c', 'x=$(head -c 100000000 /dev/zero | tr "\\0" a); echo survived']);
    for (let i = 0; i < 100 && !seen.includes('"type":"oom"'); i++) await sleep(scaled(100));
    events.kill('SIGKILL');
    await events.catch(() => undefined);
    expect(seen.split('\n').filter((l) => l.includes('"type":"oom"')).length, seen).toBeGreaterThan(0);
    expect(JSON.parse(seen.split('\n').find((l) => l.includes('"type":"oom"'))!)).toMatchObject({ type: 'oom', id: ids.hutch });
  });

  it('no cgroup left after delete, nor after SIGKILL of hutch run then delete --force', async () => {
    const s = await sleeper(env(), 'hutch', withLimits({ pids: { limit: 30 } }));
    const dirs = cgroupDirsOf(s.pid);
    expect(
      dirs.every((d) => d.endsWith(`/${s.id}`)),
      dirs.join(' '),
    ).toBe(true);
    expect((await env().call('hutch', ['kill', s.id, 'KILL'])).exitCode).toBe(0);
    for (let i = 0; i < 50 && existsSync(`/proc/${s.pid}`); i++) await sleep(scaled(20));
    expect((await env().call('hutch', ['delete', s.id])).exitCode).toBe(0);
    expect(leftCgroups(dirs)).toEqual([]);

    const b = env().bundle({ template: 'fixture', args: ['sleep', '1000'], edit: withLimits({ pids: { limit: 30 } }) });
    const id = env().id('killed');
    const run = startRuntime({ runtime: 'hutch', user: env().user, roots: env().roots, args: ['run', '--bundle', b.dir, id] });
    let pid = 0;
    for (let i = 0; i < 100 && !pid; i++) {
      await sleep(scaled(100));
      const st = await env().call('hutch', ['state', id]);
      if (st.exitCode === 0 && JSON.parse(st.stdout).status === 'running') pid = JSON.parse(st.stdout).pid as number;
    }
    expect(pid).toBeGreaterThan(0);
    const killedDirs = cgroupDirsOf(pid);
    run.kill('SIGKILL');
    await settle(run, undefined, 200); // the container still holds hutch's stdout: do not wait for its end

    const del = await env().call('hutch', ['delete', '--force', id]);
    expect(del.exitCode, describeResult(del)).toBe(0);
    expect(leftCgroups(killedDirs)).toEqual([]);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
  });
});

describeV2('cgroup v2: features says what the host lets this caller do', (env, kind) => {
  it('mode, usable controllers (the delegated ones, rootless) and device enforcement, probed at run time', async () => {
    const annotations = async (delegated: boolean) => {
      const r = await env().call('hutch', ['features'], { delegated });
      expect(r.exitCode, describeResult(r)).toBe(0);
      const a = (JSON.parse(r.stdout) as { annotations: Record<string, string> }).annotations;
      return [a['io.github.hutch.cgroup.mode'], a['io.github.hutch.cgroup.controllers'], a['io.github.hutch.cgroup.devices']];
    };
    if (kind === 'root') {
      const all = readFileSync('/sys/fs/cgroup/cgroup.controllers', 'utf8').trim().split(/\s+/).sort().join(' ');
      expect(await annotations(true)).toEqual(['v2', all, 'ebpf']);
      return;
    }
    expect(await annotations(true)).toEqual(['v2', 'cpu memory pids', 'none']);
    expect(await annotations(false)).toEqual(['v2', '', 'none']);
    expect(await delegating(env(), ['io'], () => annotations(true))).toEqual(['v2', 'cpu io memory pids', 'none']);
  });
});

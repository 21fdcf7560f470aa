/**
 * Issue #18, cgroups: hutch against runc 1.1.5 on the same bundles, root and
 * rootless, on whatever layout the host has (hybrid here, pure v2 in the VM
 * of ../shared/vm): device rules as linux.resources.devices says them (not
 * every linux.devices node), update (swap after memory, the common limits,
 * cpu bandwidth under a parent with its own), an empty parent cpuset, a
 * limit that cannot be set, unified on v1, a cgroup that already holds
 * processes or is frozen, and exec --cgroup.
 *
 * Each case compares what both runtimes did: exit status (zero or not),
 * error text (runc's logrus prefix and quoting undone, pids and the
 * container's own cgroup path normalised) and the cgroup files that result.
 */
import { mkdirSync, readFileSync, writeFileSync, chownSync, existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeResult, type RuntimeResult } from '../helpers/runtimes.js';
import { runcSkipReason, scaled } from '../helpers/host.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeKinds } from '../helpers/kinds.js';
import type { OciConfig } from '../helpers/bundle.js';
import { cgroupDirOf, cgroupPathFor, cgroupPathOf, hostLayout, pureV2, snapshot } from '../helpers/cgroups.js';
import { sameOutcome, sleeper, SLEEPER, warningsOf } from '../helpers/cgroup-runs.js';
import { removeCgroupDir } from '../../lib/cgroups/common.js';

type Rt = 'hutch' | 'runc';
const runcSkip = runcSkipReason();
const BOTH: readonly Rt[] = ['hutch', 'runc'];

const MEMORY_FILES: Array<[string, string]> = pureV2
  ? [
      ['memory', 'memory.max'],
      ['memory', 'memory.swap.max'],
      ['memory', 'memory.low'],
    ]
  : [
      ['memory', 'memory.limit_in_bytes'],
      ['memory', 'memory.memsw.limit_in_bytes'],
      ['memory', 'memory.soft_limit_in_bytes'],
    ];
const CPU_FILES: Array<[string, string]> = pureV2
  ? [
      ['cpu', 'cpu.weight'],
      ['cpu', 'cpu.max'],
      ['cpuset', 'cpuset.cpus'],
      ['cpuset', 'cpuset.mems'],
      ['io', 'io.weight'],
      ['io', 'io.bfq.weight'],
    ]
  : [
      ['cpu', 'cpu.shares'],
      ['cpu', 'cpu.cfs_quota_us'],
      ['cpu', 'cpu.cfs_period_us'],
      ['cpuset', 'cpuset.cpus'],
      ['cpuset', 'cpuset.mems'],
      ['blkio', 'blkio.weight'],
      ['blkio', 'blkio.bfq.weight'],
    ];
const PIDS_FILES: Array<[string, string]> = [['pids', 'pids.max']];

/**
 * Pre-made cgroup directories (absolute cgroupsPath, every hierarchy),
 * removed at the end: this file-level hook runs after the kinds' own, which
 * delete the containers.
 */
const made: string[] = [];
afterAll(() => {
  for (const d of made.reverse()) removeCgroupDir(d);
});

/** mkdir -p of `cgroupsPath` in each hierarchy named (on v2 the one unified tree), owned by `owner`. */
function makeCgroup(cgroupsPath: string, controllers: string[], owner?: { uid: number; gid: number }): string[] {
  const dirs = [...new Set(controllers.map((c) => cgroupPathFor(cgroupsPath, c)))];
  for (const d of dirs) {
    mkdirSync(d, { recursive: true });
    made.push(d);
    // A v1 cpuset group takes no process until it has cpus and mems.
    if (!pureV2 && d.startsWith(`${hostLayout.v1.cpuset}/`)) {
      for (const f of ['cpuset.cpus', 'cpuset.mems']) writeFileSync(join(d, f), readFileSync(join(hostLayout.v1.cpuset!, f)));
    }
    if (owner) for (const f of ['', 'cgroup.procs']) chownSync(join(d, f), owner.uid, owner.gid);
  }
  return dirs;
}

const V1_ALL = Object.keys(hostLayout.v1);

/** A cgroup namespace, so that /sys/fs/cgroup shows the container's own group with both runtimes (runc mounts the host's root on v2 without one). */
function withCgroupns(c: OciConfig): void {
  if (!c.linux.namespaces.some((n: { type: string }) => n.type === 'cgroup')) c.linux.namespaces.push({ type: 'cgroup' });
}

describeKinds('cgroups against runc: device rules', (env, kind) => {
  const kmsg = { path: '/dev/kmsg', type: 'c', major: 1, minor: 11, fileMode: 0o644, uid: 0, gid: 0 };
  const open = ['sh', '-c', '(: </dev/kmsg) && echo opened || echo refused'];

  it.skipIf(Boolean(runcSkip))('a linux.devices node is made, but only linux.resources.devices opens it (run and exec)', async () => {
    // runc spec's deny-all rule, then a /dev/kmsg node.
    const denied = (c: OciConfig) => {
      c.linux.devices = [kmsg];
      c.linux.resources = { devices: [{ allow: false, access: 'rwm' }] };
    };
    const run = await sameOutcome(env(), 'run', async (rt) =>
      env().call(rt, ['run', '--bundle', env().bundle({ template: 'fixture', args: open, edit: denied }).dir, env().id('dev')]),
    );
    expect(run.hutch.stdout.trim()).toBe(run.runc.stdout.trim());
    if (kind === 'root') expect(run.hutch.stdout.trim()).toBe('refused');
    const execd = await sameOutcome(env(), 'exec', async (rt) => env().call(rt, ['exec', (await sleeper(env(), rt, denied)).id, ...open]));
    expect(execd.hutch.stdout.trim()).toBe(execd.runc.stdout.trim());
    // Allowed by a rule: both open it.
    const allowed = (c: OciConfig) => {
      denied(c);
      c.linux.resources.devices.push({ allow: true, type: 'c', major: 1, minor: 11, access: 'r' });
    };
    const ok = await sameOutcome(env(), 'run allowed', async (rt) =>
      env().call(rt, ['run', '--bundle', env().bundle({ template: 'fixture', args: open, edit: allowed }).dir, env().id('dev')]),
    );
    expect(ok.hutch.stdout.trim()).toBe(ok.runc.stdout.trim());
  });

  it.skipIf(kind === 'rootless')(
    'update of the device rules (hutch: runc 1.1.5 cannot change them): a device allowed throughout never fails, one denied throughout never opens, on v1 (minimal devices.allow/deny transition) and v2 (new program attached before the old one goes)',
    async () => {
      const s = await sleeper(env(), 'hutch', (c) => {
        c.linux.resources = { devices: [{ allow: false, access: 'rwm' }] };
        c.linux.devices = [kmsg];
      });
      // Inside: open /dev/null (always allowed) and /dev/kmsg (never) in a loop; count what happens.
      // (The rootfs is read-only: the stop mark goes to /dev/shm; the count is capped in case it never comes.)
      // Redirections of a brace group open the device in the shell itself (no fork): thousands of tries a second.
      const loop =
        'n=0; bad=0; leak=0; while [ ! -e /dev/shm/stop ] && [ $n -lt 2000000 ]; do n=$((n+1)); { :; } </dev/null 2>/dev/null || bad=$((bad+1)); { :; } </dev/kmsg 2>/dev/null && leak=$((leak+1)); done; echo "$n $bad $leak"';
      const watcher = env().call('hutch', ['exec', s.id, 'sh', '-c', loop], { timeoutMs: 300_000 });
      await sleep(scaled(500));
      const rules = [
        [
          { allow: false, access: 'rwm' },
          { allow: true, type: 'c', major: 1, minor: 5, access: 'rwm' },
        ],
        [{ allow: false, access: 'rwm' }],
        [
          { allow: false, access: 'rwm' },
          { allow: true, type: 'b', major: 7, access: 'r' },
        ],
      ];
      for (let i = 0; i < 30; i++) {
        const file = join(env().ws.dir, `dev-${i}.json`);
        writeFileSync(file, JSON.stringify({ devices: rules[i % rules.length] }));
        const u = await env().call('hutch', ['update', '--resources', file, s.id]);
        expect(u.exitCode, describeResult(u)).toBe(0);
      }
      if (pureV2) {
        const { countDeviceFilters } = await import('../../lib/cgroups/ebpf.js');
        expect(countDeviceFilters(cgroupDirOf(s.pid, ''))).toBe(1);
      }
      const stop = await env().call('hutch', ['exec', s.id, 'touch', '/dev/shm/stop']);
      expect(stop.exitCode, describeResult(stop)).toBe(0);
      const w = await watcher;
      const [n, bad, leak] = w.stdout.trim().split(' ').map(Number) as [number, number, number];
      expect(n, describeResult(w)).toBeGreaterThan(0);
      expect({ bad, leak }).toEqual({ bad: 0, leak: 0 });
    },
  );
});

/**
 * runc 1.1.5's update keeps the container's earlier values only for the CFS
 * quota and period, and only while an update names one of them: everything a
 * flag does not name becomes 0 in its state. 0 leaves most files alone, but
 * on cgroup v2 `--memory-swap` alone then fails ("unable to set swap limit
 * without memory limit": swap is written as swap beyond the memory limit),
 * and after an unrelated update the period is forgotten, so `--cpu-quota -1`
 * writes "max 100000". hutch merges every update into the current values
 * (README, differences from runc); these are the places where that shows.
 */
const RUNC_V2_UPDATE = {
  swapAlone: 'unable to set swap limit without memory limit',
  /** After this step, cpu.max: [hutch, runc]. */
  quotaAfterUnrelated: { step: '--cpu-quota -1', cpuMax: ['max 50000', 'max 100000'] },
};

describeKinds('cgroups against runc: update', (env, kind) => {
  it.skipIf(Boolean(runcSkip))('--memory-swap after --memory, then the memory files', async () => {
    const c = { hutch: await sleeper(env(), 'hutch'), runc: await sleeper(env(), 'runc') };
    await sameOutcome(env(), 'update --memory 64m', (rt) => env().call(rt, ['update', '--memory', '64m', c[rt].id]));
    if (pureV2) {
      const swap = {
        hutch: await env().call('hutch', ['update', '--memory-swap', '128m', c.hutch.id]),
        runc: await env().call('runc', ['update', '--memory-swap', '128m', c.runc.id]),
      };
      expect(swap.hutch.exitCode, describeResult(swap.hutch)).toBe(0);
      expect(swap.runc.stderr, describeResult(swap.runc)).toContain(RUNC_V2_UPDATE.swapAlone);
      expect(snapshot(c.hutch.pid, MEMORY_FILES)).toEqual({
        'memory/memory.max': '67108864',
        'memory/memory.swap.max': '67108864',
        'memory/memory.low': '0',
      });
      await sameOutcome(env(), 'update --memory 96m --memory-swap 128m', (rt) =>
        env().call(rt, ['update', '--memory', '96m', '--memory-swap', '128m', c[rt].id]),
      );
    } else {
      await sameOutcome(env(), 'update --memory-swap 128m', (rt) => env().call(rt, ['update', '--memory-swap', '128m', c[rt].id]));
    }
    expect(snapshot(c.hutch.pid, MEMORY_FILES)).toEqual(snapshot(c.runc.pid, MEMORY_FILES));
    await sameOutcome(env(), 'update --memory -1', (rt) => env().call(rt, ['update', '--memory', '-1', c[rt].id]));
    expect(snapshot(c.hutch.pid, MEMORY_FILES)).toEqual(snapshot(c.runc.pid, MEMORY_FILES));
  });

  it.skipIf(Boolean(runcSkip))('the limits common to v1 and v2, one flag at a time', async () => {
    const c = { hutch: await sleeper(env(), 'hutch'), runc: await sleeper(env(), 'runc') };
    const steps = [
      ['--cpu-share', '512'],
      ['--cpu-quota', '30000'],
      ['--cpu-period', '50000'],
      ['--pids-limit', '42'],
      ['--memory-reservation', '32m'],
      ['--memory', '256m'],
      ['--cpuset-cpus', '0'],
      ['--cpuset-mems', '0'],
      ['--blkio-weight', '300'],
      ['--cpu-quota', '-1'],
      ['--pids-limit', '-1'],
    ];
    let periodForgotten = false;
    for (const step of steps) {
      await sameOutcome(env(), `update ${step.join(' ')}`, (rt) => env().call(rt, ['update', ...step, c[rt].id]));
      const files = [...MEMORY_FILES, ...CPU_FILES, ...PIDS_FILES];
      const ours = snapshot(c.hutch.pid, files);
      const theirs = snapshot(c.runc.pid, files);
      // The one known difference, from that step on (see RUNC_V2_UPDATE).
      periodForgotten ||= pureV2 && step.join(' ') === RUNC_V2_UPDATE.quotaAfterUnrelated.step && theirs['cpu/cpu.max'] !== undefined;
      if (periodForgotten) {
        expect([ours['cpu/cpu.max'], theirs['cpu/cpu.max']], step.join(' ')).toEqual(RUNC_V2_UPDATE.quotaAfterUnrelated.cpuMax);
        theirs['cpu/cpu.max'] = ours['cpu/cpu.max']!;
      }
      expect({ after: step, ...ours }).toEqual({ after: step, ...theirs });
    }
    // --resources, as podman sends it.
    const file = join(env().ws.dir, `res-${kind}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        memory: { limit: 100663296, swap: 201326592 },
        cpu: { shares: 1024, quota: 40000, period: 100000 },
        pids: { limit: 64 },
      }),
    );
    chownSync(file, env().user?.uid ?? 0, env().user?.gid ?? 0);
    await sameOutcome(env(), 'update --resources', (rt) => env().call(rt, ['update', '--resources', file, c[rt].id]));
    const all = [...MEMORY_FILES, ...CPU_FILES, ...PIDS_FILES];
    expect(snapshot(c.hutch.pid, all)).toEqual(snapshot(c.runc.pid, all));
  });

  it.skipIf(Boolean(runcSkip) || kind === 'rootless')('cpu period and quota under a parent cgroup with its own limit', async () => {
    const c = {} as Record<Rt, { id: string; pid: number }>;
    for (const rt of BOTH) {
      const parent = `/hutch-cpupar-${process.pid}-${rt}`;
      const [dir] = makeCgroup(parent, ['cpu']);
      if (pureV2) writeFileSync(join(dir!, 'cpu.max'), '50000 100000');
      else {
        writeFileSync(join(dir!, 'cpu.cfs_period_us'), '100000');
        writeFileSync(join(dir!, 'cpu.cfs_quota_us'), '50000');
      }
      c[rt] = await sleeper(env(), rt, (cfg) => {
        cfg.linux.cgroupsPath = `${parent}/ctr`;
        cfg.linux.resources = { ...cfg.linux.resources, cpu: { quota: 20000, period: 100000 } };
      });
    }
    const files = CPU_FILES.filter(([ctl]) => ctl === 'cpu');
    for (const step of [
      ['--cpu-period', '10000', '--cpu-quota', '4000'],
      ['--cpu-period', '20000'],
      ['--cpu-quota', '8000'],
      ['--cpu-quota', '60000'],
      ['--cpu-period', '200000'],
    ]) {
      await sameOutcome(
        env(),
        `update ${step.join(' ')}`,
        (rt) => env().call(rt, ['update', ...step, c[rt].id]),
        () => [
          [`/hutch-cpupar-${process.pid}-hutch`, 'P'],
          [`/hutch-cpupar-${process.pid}-runc`, 'P'],
        ],
      );
      expect({ after: step, ...snapshot(c.hutch.pid, files) }).toEqual({ after: step, ...snapshot(c.runc.pid, files) });
    }
  });
});

describeKinds('cgroups against runc: creating the cgroup', (env, kind) => {
  it.skipIf(Boolean(runcSkip) || kind === 'rootless' || pureV2)(
    "a parent whose cpuset is empty gets its parent's cpus and mems copied down (v1)",
    async () => {
      await sameOutcome(env(), 'run under an empty cpuset parent', async (rt) => {
        const parent = `/hutch-cpuset-${process.pid}-${rt}`;
        makeCgroup(parent, ['cpuset']);
        const b = env().bundle({ template: 'fixture', args: ['true'], edit: (cfg) => (cfg.linux.cgroupsPath = `${parent}/ctr`) });
        return env().call(rt, ['run', '--bundle', b.dir, env().id('cpuset')]);
      });
    },
  );

  it.skipIf(Boolean(runcSkip))("a hugetlb limit: set where the host has the controller, runc's error where it has not", async () => {
    const show = ['sh', '-c', 'cat /sys/fs/cgroup/hugetlb.2MB.max 2>/dev/null || cat /sys/fs/cgroup/hugetlb/hugetlb.2MB.limit_in_bytes'];
    const r = await sameOutcome(env(), 'run with hugepageLimits', (rt) => {
      const b = env().bundle({
        template: 'fixture',
        args: show,
        edit: (c) => (
          withCgroupns(c),
          (c.linux.resources = { ...c.linux.resources, hugepageLimits: [{ pageSize: '2MB', limit: 4194304 }] })
        ),
      });
      return env().call(rt, ['run', '--bundle', b.dir, env().id('huge')]);
    });
    expect(r.hutch.stdout).toBe(r.runc.stdout);
  });

  it.skipIf(Boolean(runcSkip))('linux.resources.unified: refused on a v1 or hybrid host as runc refuses it, written on v2', async () => {
    const show = ['sh', '-c', 'cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max'];
    for (const unified of [{ 'pids.max': '10' }, {}]) {
      const r = await sameOutcome(env(), `run with unified ${JSON.stringify(unified)}`, (rt) => {
        const b = env().bundle({
          template: 'fixture',
          args: show,
          edit: (c) => (withCgroupns(c), (c.linux.resources = { ...c.linux.resources, unified })),
        });
        return env().call(rt, ['run', '--bundle', b.dir, env().id('unified')]);
      });
      expect(r.hutch.stdout).toBe(r.runc.stdout);
    }
  });

  it.skipIf(Boolean(runcSkip) || kind === 'rootless')(
    "a cgroup that already holds a process: a warning; a frozen one: runc's error",
    async () => {
      const busy: ChildProcess[] = [];
      try {
        const warned = await sameOutcome(env(), 'create in a busy cgroup', async (rt) => {
          const path = `/hutch-busy-${process.pid}-${rt}`;
          const dirs = makeCgroup(path, pureV2 ? [''] : V1_ALL);
          const p = spawn('sleep', ['100'], { stdio: 'ignore' });
          busy.push(p);
          for (const d of dirs) writeFileSync(join(d, 'cgroup.procs'), String(p.pid));
          const b = env().bundle({ template: 'fixture', args: SLEEPER, edit: (c) => (c.linux.cgroupsPath = path) });
          return env().call(rt, ['create', '--bundle', b.dir, env().id('busy')]);
        });
        const notEmpty = (r: RuntimeResult) => warningsOf(r).filter((w) => w.startsWith("container's cgroup is not empty"));
        expect(notEmpty(warned.hutch)).toEqual(["container's cgroup is not empty: 1 process(es) found"]);
        expect(notEmpty(warned.runc)).toEqual(notEmpty(warned.hutch));

        await sameOutcome(env(), 'create in a frozen cgroup', async (rt) => {
          const path = `/hutch-frozen-${process.pid}-${rt}`;
          const dirs = makeCgroup(path, pureV2 ? [''] : V1_ALL);
          const p = spawn('sleep', ['100'], { stdio: 'ignore' });
          busy.push(p);
          for (const d of dirs) writeFileSync(join(d, 'cgroup.procs'), String(p.pid));
          if (pureV2) writeFileSync(join(dirs[0]!, 'cgroup.freeze'), '1');
          else writeFileSync(join(cgroupPathFor(path, 'freezer'), 'freezer.state'), 'FROZEN');
          const b = env().bundle({ template: 'fixture', args: SLEEPER, edit: (c) => (c.linux.cgroupsPath = path) });
          const r = await env().call(rt, ['create', '--bundle', b.dir, env().id('frozen')]);
          if (pureV2) writeFileSync(join(dirs[0]!, 'cgroup.freeze'), '0');
          else writeFileSync(join(cgroupPathFor(path, 'freezer'), 'freezer.state'), 'THAWED');
          return r;
        });
      } finally {
        for (const p of busy) p.kill('SIGKILL');
      }
    },
  );
});

describeKinds('cgroups against runc: exec --cgroup', (env, kind) => {
  it.skipIf(Boolean(runcSkip))('every argument form: the same refusals and the same resulting cgroups', async () => {
    const c = {} as Record<Rt, { id: string; pid: number; path: string }>;
    for (const rt of BOTH) {
      // Rootless: where the runtime puts it (an explicit path is an error without delegation).
      const path = `/hutch-ecg-${process.pid}-${kind}-${rt}`;
      const s = await sleeper(env(), rt, (cfg) => {
        if (kind === 'root') cfg.linux.cgroupsPath = path;
      });
      c[rt] = { ...s, path: kind === 'root' ? path : cgroupPathOf(s.pid, 'memory')! };
    }
    // A sub-cgroup in every hierarchy the container has, made by its owner.
    for (const rt of BOTH) {
      for (const key of pureV2 ? [''] : [...V1_ALL, ...(hostLayout.v2 ? [''] : [])]) {
        let dir: string;
        try {
          dir = cgroupDirOf(c[rt].pid, key);
        } catch {
          continue;
        }
        // Only the container's own cgroup (rootless without delegation it has none).
        const own = kind === 'root' ? dir.endsWith(c[rt].path) : dir.endsWith(`/${c[rt].id}`);
        if (!own || !existsSync(dir)) continue;
        mkdirSync(join(dir, 'sub'));
        made.push(join(dir, 'sub'));
        if (key === 'cpuset')
          for (const f of ['cpuset.cpus', 'cpuset.mems']) writeFileSync(join(dir, 'sub', f), readFileSync(join(dir, f)));
        if (env().user) for (const f of ['', 'cgroup.procs']) chownSync(join(dir, 'sub', f), env().user!.uid, env().user!.gid);
      }
    }
    const forms = pureV2
      ? [['sub'], [':sub'], ['sub/../sub'], ['..'], ['/sub'], ['nosuch'], ['memory:sub'], ['a:b:c'], ['sub', 'pids:sub'], [':']]
      : [
          ['memory:sub'],
          ['memory,pids:sub'],
          ['sub'],
          [':sub'],
          ['..'],
          ['pids:../..'],
          ['memory:nosuch'],
          ['unified:sub'],
          ['a:b:c'],
          ['sub', 'pids:sub'],
          ['memory:sub', 'memory:sub'],
          [':'],
        ];
    for (const form of forms) {
      const args = form.flatMap((f) => ['--cgroup', f]);
      // runc joins the hierarchies in Go's random map order: which one fails first is chance.
      const r = await sameOutcome(
        env(),
        `exec ${args.join(' ')}`,
        (rt) => env().call(rt, ['exec', ...args, c[rt].id, 'cat', '/proc/self/cgroup']),
        (rt) => [
          [c[rt].path, '/C'],
          [/openat2 \S+\/C\//, 'openat2 H/C/'],
        ],
      );
      const joined = (rt: Rt) => r[rt].stdout.split(c[rt].path).join('/C');
      expect(`${args.join(' ')}\n${joined('hutch')}`).toBe(`${args.join(' ')}\n${joined('runc')}`);
    }
  });
});

/**
 * The cgroup library against the real kernel (root only). On a v1 or hybrid
 * host (the project's machines: v1 controllers under /sys/fs/cgroup/<ctl>,
 * an almost empty v2 hierarchy at /sys/fs/cgroup/unified) the v1 managers
 * are tested, and the v2 core files (cgroup.procs, cgroup.freeze,
 * cgroup.kill, cgroup.events) and the eBPF device filter, which work in any
 * non-root v2 group. On a pure v2 host (the VM of ../shared/vm) the v1 cases
 * cannot run; the v2 ones do, and cgroups-v2.test.ts covers the v2 limits
 * with real containers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createManager, detectLayout, statsToJson, type CgroupLayout, type CgroupManager } from '../../lib/cgroups/index.js';
import { removeCgroupDir } from '../../lib/cgroups/common.js';

const isRoot = process.getuid?.() === 0;
const layout = detectLayout();
const runnable = isRoot && layout.mode !== 'v2';
const skipReason = runnable ? '' : !isRoot ? ' (skipped: needs root)' : ' (skipped: this host has cgroup v2 only, no v1 hierarchy to test)';
const v2Runnable = isRoot && layout.v2 !== null;
const v2SkipReason = v2Runnable ? '' : !isRoot ? ' (skipped: needs root)' : ' (skipped: this host has no cgroup v2 hierarchy)';
const PARENT = `/hutch-it-${process.pid}`;
const v2Layout: CgroupLayout | undefined = layout.v2 ? { mode: 'v2', v1: {}, v2: layout.v2, own: { '': '/' } } : undefined;

// v2-mode managers enable every available controller down from the root (as runc does on
// a pure v2 host); put the unified root's subtree_control back afterwards.
const unifiedRootControl =
  v2Runnable && layout.v2
    ? fs.readFileSync(`${layout.v2.mountpoint}/cgroup.subtree_control`, 'utf8').trim().split(/\s+/).filter(Boolean)
    : [];

const children: ChildProcess[] = [];
const managers: CgroupManager[] = [];

/** A child that waits for a line on stdin before running `script`, so it can be put in a cgroup first. */
function gated(script: string): {
  child: ChildProcess;
  go: () => void;
  output: () => Promise<{ stdout: string; stderr: string; code: number | null }>;
} {
  const child = spawn('sh', ['-c', `read x; ${script}`], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    go: () => child.stdin!.write('go\n'),
    output: async () => ({ code: await done, stdout, stderr }),
  };
}

function manager(name: string, opts: Partial<Parameters<typeof createManager>[0]> = {}): CgroupManager {
  const m = createManager({ path: `${PARENT}/${name}`, layout, ...opts });
  managers.push(m);
  return m;
}

const sleepMs = (ms: number) => new Promise((r) => setTimeout(r, ms));
const readNum = (p: string) => Number(fs.readFileSync(p, 'utf8').trim());

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const m of managers.splice(0)) {
    if (m.exists()) {
      await m.kill('SIGKILL').catch(() => []);
      await m.destroy().catch(() => undefined);
    }
  }
});

afterAll(() => {
  if (!v2Runnable) return;
  const roots = [...new Set([...Object.values(layout.v1), layout.v2?.mountpoint].filter((x): x is string => !!x))];
  for (const root of roots) removeCgroupDir(path.join(root, PARENT));
  for (const root of roots) expect(fs.existsSync(path.join(root, PARENT))).toBe(false);
  const control = `${layout.v2!.mountpoint}/cgroup.subtree_control`;
  for (const c of fs.readFileSync(control, 'utf8').trim().split(/\s+/).filter(Boolean)) {
    if (!unifiedRootControl.includes(c)) fs.writeFileSync(control, `-${c}`);
  }
});

describe.skipIf(!runnable)(`cgroup v1 / hybrid on this host${skipReason}`, () => {
  it('apply joins every hierarchy (v1 + name=systemd + unified, like runc 1.1); memory limit lands in the files', async () => {
    const m = manager('mem');
    const { child } = gated('sleep 100');
    expect(m.apply(child.pid!)).toEqual([]);
    const self = fs.readFileSync(`/proc/${child.pid}/cgroup`, 'utf8');
    expect(self).toContain(`:memory:${PARENT}/mem\n`);
    expect(self).toContain(`:name=systemd:${PARENT}/mem\n`);
    expect(self).toContain(`0::${PARENT}/mem\n`);
    expect(await m.set({ memory: { limit: 67108864, swap: 134217728, reservation: 33554432, swappiness: 10 } })).toEqual([]);
    const mem = m.paths().memory!;
    expect(readNum(`${mem}/memory.limit_in_bytes`)).toBe(67108864);
    expect(readNum(`${mem}/memory.memsw.limit_in_bytes`)).toBe(134217728);
    expect(readNum(`${mem}/memory.soft_limit_in_bytes`)).toBe(33554432);
    // Shrinking below memsw's old value needs the write order runc uses.
    await m.set({ memory: { limit: 33554432, swap: 33554432 } });
    expect(readNum(`${mem}/memory.memsw.limit_in_bytes`)).toBe(33554432);
    expect(m.pids()).toEqual([child.pid]);
    const paths = Object.values(m.paths());
    await m.kill('SIGKILL');
    await m.destroy();
    for (const p of paths) expect(fs.existsSync(p)).toBe(false);
  });

  it('cpuset: a new group inherits cpus/mems from its parent before the pid joins', async () => {
    const m = manager('cpuset/deeper', { resources: { cpu: { cpus: '0' } } });
    const { child } = gated('sleep 100');
    m.apply(child.pid!);
    const dir = m.paths().cpuset!;
    expect(fs.readFileSync(`${dir}/cpuset.cpus`, 'utf8').trim()).toBe('0');
    expect(fs.readFileSync(`${dir}/cpuset.mems`, 'utf8').trim()).not.toBe('');
    expect(fs.readFileSync(`${path.dirname(dir)}/cpuset.cpus`, 'utf8').trim()).not.toBe('');
  });

  it('pids limit stops a fork loop', async () => {
    const m = manager('pids');
    const g = gated('for i in $(seq 100); do sleep 5 & done; echo spawned');
    m.apply(g.child.pid!);
    await m.set({ pids: { limit: 10 } });
    expect(fs.readFileSync(`${m.paths().pids}/pids.max`, 'utf8').trim()).toBe('10');
    g.go();
    const out = await g.output();
    expect(out.stderr).toMatch(/fork|Resource temporarily unavailable/i);
    expect(m.pids().length).toBeLessThanOrEqual(10);
    expect(m.stats().pids).toEqual({ current: m.pids().length, limit: 10 });
    // SIGKILL on a hybrid host goes through the unified group's cgroup.kill.
    expect(await m.kill('SIGKILL')).toEqual([]);
    for (let i = 0; i < 100 && m.pids().length > 0; i++) await sleepMs(10);
    expect(m.pids()).toEqual([]);
  });

  it('CPU quota caps usage (20% of one CPU)', async () => {
    const m = manager('cpu');
    const g = gated('while :; do :; done');
    m.apply(g.child.pid!);
    await m.set({ cpu: { quota: 20000, period: 100000 } });
    const dir = m.paths().cpu!;
    expect(readNum(`${dir}/cpu.cfs_quota_us`)).toBe(20000);
    g.go();
    await sleepMs(200);
    const acct = `${m.paths().cpuacct}/cpuacct.usage`;
    const t0 = process.hrtime.bigint();
    const u0 = readNum(acct);
    await sleepMs(1000);
    const ratio = (readNum(acct) - u0) / Number(process.hrtime.bigint() - t0);
    expect(ratio).toBeGreaterThan(0.1);
    expect(ratio).toBeLessThan(0.3);
    const s = m.stats();
    expect(s.cpu.throttling.throttledPeriods).toBeGreaterThan(0);
  });

  it('freeze/thaw: FROZEN, and a frozen busy loop does not advance', async () => {
    const m = manager('freeze');
    const g = gated('while :; do :; done');
    m.apply(g.child.pid!);
    g.go();
    await sleepMs(100);
    await m.freeze();
    expect(m.freezerState()).toBe('FROZEN');
    const acct = `${m.paths().cpuacct}/cpuacct.usage`;
    const u0 = readNum(acct);
    await sleepMs(300);
    expect(readNum(acct)).toBe(u0);
    await m.thaw();
    expect(m.freezerState()).toBe('THAWED');
    await sleepMs(300);
    expect(readNum(acct)).toBeGreaterThan(u0);
    // kill with another signal: freeze, signal every pid, thaw (runc's signalAllProcesses).
    expect(await m.kill('SIGTERM')).toEqual([]);
    expect((await g.output()).code).toBe(null);
    expect(g.child.signalCode).toBe('SIGTERM');
  });

  it('device rules: deny-all blocks /dev/zero; runc defaults allow it; devices.list matches runc', async () => {
    const denied = manager('dev-deny', { defaultDevices: false });
    const g = gated('head -c1 /dev/zero | wc -c');
    denied.apply(g.child.pid!);
    await denied.set({ devices: [{ allow: false, access: 'rwm' }] });
    expect(fs.readFileSync(`${denied.paths().devices}/devices.list`, 'utf8')).toBe('');
    g.go();
    const out = await g.output();
    expect(out.stdout.trim()).toBe('0');
    expect(out.stderr).toMatch(/Operation not permitted/);

    const allowed = manager('dev-default');
    const g2 = gated('head -c1 /dev/zero | wc -c');
    allowed.apply(g2.child.pid!);
    await allowed.set({
      devices: [
        { allow: false, access: 'rwm' },
        { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
      ],
    });
    // What runc 1.1.5 wrote for the same config on this host.
    expect(fs.readFileSync(`${allowed.paths().devices}/devices.list`, 'utf8')).toBe(
      'b *:* m\nc *:* m\nc 1:3 rwm\nc 1:5 rwm\nc 1:7 rwm\nc 1:8 rwm\nc 1:9 rwm\nc 5:0 rwm\nc 5:2 rwm\nc 10:200 rwm\nc 136:* rwm\n',
    );
    g2.go();
    expect((await g2.output()).stdout.trim()).toBe('1');
  });

  it('OOM kills are counted', async () => {
    const m = manager('oom');
    const g = gated('x=$(head -c 200000000 /dev/zero | tr "\\0" a); echo survived');
    m.apply(g.child.pid!);
    await m.set({ memory: { limit: 16 * 1024 * 1024, swap: 16 * 1024 * 1024 } });
    expect(m.oomCount()).toBe(0);
    g.go();
    const out = await g.output();
    expect(out.stdout).not.toContain('survived');
    expect(m.oomCount()).toBeGreaterThan(0);
  });

  it('stats have the shape of runc events --stats', async () => {
    const m = manager('stats');
    const g = gated('i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo busy; sleep 100');
    m.apply(g.child.pid!);
    g.go();
    await new Promise((r) => g.child.stdout!.once('data', r));
    await m.set({ memory: { limit: 67108864 }, pids: { limit: 20 }, cpu: { cpus: '0', mems: '0' } });
    const s = JSON.parse(statsToJson(m.stats())) as Record<string, any>;
    expect(Object.keys(s)).toEqual(['cpu', 'cpuset', 'memory', 'pids', 'blkio', 'hugetlb', 'intel_rdt', 'network_interfaces']);
    expect(s.cpu.usage.total).toBeGreaterThan(0);
    expect(s.cpu.usage.percpu.length).toBeGreaterThan(0);
    expect(s.cpuset.cpus).toEqual([0]);
    expect(s.memory.usage.limit).toBe(67108864);
    expect(Object.keys(s.memory)).toEqual(expect.arrayContaining(['usage', 'swap', 'kernel', 'kernelTCP', 'raw']));
    expect(s.memory.raw.total_rss).toBeDefined();
    expect(s.pids).toEqual({ current: m.pids().length, limit: 20 });
    expect(statsToJson(m.stats())).toMatch(/"kernelTCP":\{"limit":9223372036854771712/);
  });

  it('a missing controller is an error only when a limit needs it (net_cls is not mounted here, as with runc)', async () => {
    const m = manager('netcls');
    const g = gated('sleep 100');
    m.apply(g.child.pid!);
    await expect(m.set({ network: { classID: 1048577 } })).rejects.toThrow(
      /cannot set net_cls limit: container could not join or create cgroup/,
    );
    await expect(m.set({ pids: { limit: 5 } })).resolves.toEqual([]);
  });

  it.skipIf(layout.mode !== 'hybrid' || layout.v1.hugetlb !== undefined)(
    "hybrid without a v1 hugetlb hierarchy: a hugetlb limit is runc's error, and the unified tree is left alone",
    async () => {
      const root = layout.v2!.mountpoint;
      const before = fs.readFileSync(`${root}/cgroup.subtree_control`, 'utf8');
      const m = manager('hugetlb');
      const g = gated('sleep 100');
      m.apply(g.child.pid!);
      expect(fs.readFileSync(`/proc/${g.child.pid}/cgroup`, 'utf8')).toContain(`0::${PARENT}/hugetlb\n`);
      await expect(m.set({ hugepageLimits: [{ pageSize: '2MB', limit: 4194304 }] })).rejects.toThrow(
        'cannot set hugetlb limit: container could not join or create cgroup',
      );
      // No controller enabled in systemd's unified tree (a change to the whole host).
      expect(fs.readFileSync(`${root}/cgroup.subtree_control`, 'utf8')).toBe(before);
    },
  );
});

describe.skipIf(!v2Runnable || !v2Layout)(`cgroup v2 core files in a sub-group of the unified hierarchy${v2SkipReason}`, () => {
  const v2 = (name: string) => {
    const m = createManager({ path: `${PARENT}/${name}`, layout: v2Layout! });
    managers.push(m);
    return m;
  };

  it('apply, pids, freeze via cgroup.freeze + cgroup.events, thaw', async () => {
    const m = v2('v2-freeze');
    const g = gated('while :; do :; done');
    expect(m.apply(g.child.pid!)).toEqual([]);
    expect(m.paths()).toEqual({ '': `${layout.v2!.mountpoint}${PARENT}/v2-freeze` });
    g.go();
    expect(m.pids()).toContain(g.child.pid);
    await m.freeze();
    expect(m.freezerState()).toBe('FROZEN');
    const stat = () => Number(/usage_usec (\d+)/.exec(fs.readFileSync(`${m.paths()['']}/cpu.stat`, 'utf8'))![1]);
    const u0 = stat();
    await sleepMs(300);
    expect(stat()).toBe(u0);
    await m.thaw();
    expect(m.freezerState()).toBe('THAWED');
    await sleepMs(200);
    expect(stat()).toBeGreaterThan(u0);
    expect(m.stats().cpu.usage.total).toBeGreaterThan(0);
  });

  it('kill(SIGKILL) uses cgroup.kill and reaches children in sub-groups; destroy removes the tree', async () => {
    const m = v2('v2-kill');
    const g = gated('sleep 100 & sleep 100 & wait');
    m.apply(g.child.pid!);
    g.go();
    await sleepMs(100);
    expect(m.pids().length).toBe(3);
    expect(await m.kill('SIGKILL')).toEqual([]);
    await g.output();
    for (let i = 0; i < 100 && m.pids().length > 0; i++) await sleepMs(10);
    expect(m.pids()).toEqual([]);
    await m.destroy();
    expect(m.exists()).toBe(false);
  });

  it('eBPF device filter: deny-all blocks /dev/zero, runc defaults allow it, updates replace the program', async () => {
    const { countDeviceFilters } = await import('../../lib/cgroups/ebpf.js');
    const m = v2('v2-dev');
    const g = gated('head -c1 /dev/zero | wc -c; head -c1 /dev/null | wc -c');
    m.apply(g.child.pid!);
    // Default allow list first, then narrowed to nothing: the old program must go.
    await m.set({ devices: [] });
    expect(countDeviceFilters(m.paths()['']!)).toBe(1);
    const strict = createManager({ path: m.paths(), layout: v2Layout!, defaultDevices: false });
    await strict.set({
      devices: [
        { allow: false, access: 'rwm' },
        { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
      ],
    });
    expect(countDeviceFilters(m.paths()['']!)).toBe(1);
    g.go();
    const out = await g.output();
    expect(out.stdout.trim().split('\n')).toEqual(['0', '0']); // /dev/zero denied; /dev/null has no data
    expect(out.stderr).toMatch(/\/dev\/zero.*Operation not permitted/);
    expect(out.stderr).not.toMatch(/\/dev\/null/);
  });
});

describe.skipIf(!isRoot)(`rootless: an unprivileged caller gets one warning, no failure${isRoot ? '' : ' (skipped: needs root)'}`, () => {
  it('as uid 65534: apply skips with ONE warning; no limits is fine; a limit fails like runc', () => {
    // Run the library in a separate unprivileged process (bundled, since plain node cannot load .ts).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hutch-cg-rootless-'));
    try {
      execFileSync('npx', [
        'esbuild',
        path.resolve('lib', 'cgroups', 'index.ts'),
        '--bundle',
        '--platform=node',
        '--format=esm',
        `--outfile=${dir}/cg.mjs`,
        '--external:ffi-rs',
        '--log-level=error',
      ]);
      fs.writeFileSync(
        `${dir}/run.mjs`,
        `
        import { spawn } from 'node:child_process';
        const { createManager } = await import('./cg.mjs');
        const c = spawn('sleep', ['5']);
        const m = createManager({ id: 'hutch-rootless-${process.pid}', rootless: true });
        const out = { apply: m.apply(c.pid), paths: m.paths(), setNone: await m.set({ devices: [] }) };
        try { await m.set({ pids: { limit: 5 } }); } catch (e) { out.setPids = e.message; }
        c.kill();
        console.log(JSON.stringify(out));
      `,
      );
      fs.chmodSync(dir, 0o755);
      const text = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, `${dir}/run.mjs`], {
        encoding: 'utf8',
      });
      const out = JSON.parse(text) as { apply: string[]; paths: Record<string, string>; setNone: string[]; setPids: string };
      expect(out.apply).toHaveLength(1);
      expect(out.apply[0]).toMatch(/rootless/);
      expect(out.paths).toEqual({});
      expect(out.setNone).toEqual([]);
      expect(out.setPids).toBe('cannot set pids limit: container could not join or create cgroup');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const hasRunc = (() => {
  try {
    execFileSync('runc', ['--version'], { stdio: 'ignore' });
    return fs.existsSync('/usr/bin/busybox');
  } catch {
    return false;
  }
})();

describe.skipIf(!runnable || !hasRunc)(
  `differential: the same resources give the same cgroup files as runc${runnable ? '' : skipReason}${hasRunc ? '' : ' (skipped: needs runc and /usr/bin/busybox)'}`,
  () => {
    it('memory, cpu, cpuset, pids, blkio, devices', async () => {
      const resources = {
        devices: [
          { allow: false, access: 'rwm' },
          { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
        ],
        memory: { limit: 67108864, reservation: 33554432, swap: 134217728, swappiness: 10 },
        cpu: { shares: 512, quota: 50000, period: 100000, cpus: '0', mems: '0' },
        pids: { limit: 20 },
        blockIO: { weight: 300 },
      };
      const bundle = fs.mkdtempSync(path.join(os.tmpdir(), 'hutch-cg-diff-'));
      const id = `hutch-diff-${process.pid}`;
      const runcPath = `${PARENT}/runc`;
      try {
        fs.mkdirSync(`${bundle}/rootfs/bin`, { recursive: true });
        for (const d of ['proc', 'dev', 'sys']) fs.mkdirSync(`${bundle}/rootfs/${d}`);
        fs.copyFileSync('/usr/bin/busybox', `${bundle}/rootfs/bin/busybox`);
        fs.chmodSync(`${bundle}/rootfs/bin/busybox`, 0o755);
        fs.symlinkSync('busybox', `${bundle}/rootfs/bin/sleep`);
        execFileSync('runc', ['spec'], { cwd: bundle });
        const config = JSON.parse(fs.readFileSync(`${bundle}/config.json`, 'utf8'));
        config.process.terminal = false;
        config.process.args = ['sleep', '100'];
        config.linux.cgroupsPath = runcPath;
        config.linux.resources = resources;
        fs.writeFileSync(`${bundle}/config.json`, JSON.stringify(config));
        // stdio must not be pipes: the container's init inherits them and would keep execFileSync waiting.
        execFileSync('runc', ['create', id], { cwd: bundle, stdio: 'ignore' });

        const m = manager('hutch', { resources: resources as never });
        const g = gated('sleep 100');
        m.apply(g.child.pid!);
        await m.set(resources as never);

        const files: Record<string, string[]> = {
          memory: [
            'memory.limit_in_bytes',
            'memory.soft_limit_in_bytes',
            'memory.memsw.limit_in_bytes',
            'memory.swappiness',
            'memory.oom_control',
          ],
          cpu: [
            'cpu.shares',
            'cpu.cfs_quota_us',
            'cpu.cfs_period_us',
            'cpu.rt_runtime_us',
            'cpu.rt_period_us',
            'cpu.idle',
            'cpu.cfs_burst_us',
          ],
          cpuset: ['cpuset.cpus', 'cpuset.mems'],
          pids: ['pids.max'],
          blkio: ['blkio.bfq.weight'],
          devices: ['devices.list'],
        };
        const ours = m.paths();
        for (const [ctl, names] of Object.entries(files)) {
          for (const f of names) {
            const theirs = path.join(layout.v1[ctl]!, runcPath, f);
            if (!fs.existsSync(theirs)) continue;
            expect(`${ctl}/${f}: ${fs.readFileSync(path.join(ours[ctl]!, f), 'utf8')}`).toBe(
              `${ctl}/${f}: ${fs.readFileSync(theirs, 'utf8')}`,
            );
          }
        }
        // Stats: same JSON structure and the same limits as `runc events --stats`.
        const theirStats = JSON.parse(execFileSync('runc', ['events', '--stats', id], { encoding: 'utf8' })).data as Record<string, any>;
        const ourStats = JSON.parse(statsToJson(m.stats())) as Record<string, any>;
        expect(Object.keys(ourStats).sort()).toEqual(Object.keys(theirStats).sort());
        expect(ourStats.cpuset).toEqual(theirStats.cpuset);
        for (const k of ['usage', 'swap', 'kernel', 'kernelTCP']) expect(ourStats.memory[k].limit).toBe(theirStats.memory[k].limit);
        expect(Object.keys(ourStats.memory.raw).sort()).toEqual(Object.keys(theirStats.memory.raw).sort());
        expect(ourStats.pids.limit).toBe(theirStats.pids.limit);
        expect(Object.keys(ourStats.cpu)).toEqual(Object.keys(theirStats.cpu));
        // Both joined the same set of hierarchies, unified and name=systemd included.
        const runcPid = JSON.parse(execFileSync('runc', ['state', id], { encoding: 'utf8' })).pid as number;
        const strip = (text: string, p: string) =>
          text
            .split('\n')
            .map((l) => l.replace(/^\d+:/, '').replace(p, 'X'))
            .sort()
            .join('\n');
        expect(strip(fs.readFileSync(`/proc/${g.child.pid}/cgroup`, 'utf8'), `${PARENT}/hutch`)).toBe(
          strip(fs.readFileSync(`/proc/${runcPid}/cgroup`, 'utf8'), runcPath),
        );
      } finally {
        try {
          execFileSync('runc', ['delete', '--force', id], { stdio: 'ignore' });
        } catch {
          // not created
        }
        fs.rmSync(bundle, { recursive: true, force: true });
      }
    });
  },
);

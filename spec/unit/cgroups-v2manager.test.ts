/**
 * The v2 manager against a fake cgroup v2 tree in a temp dir: this host's
 * real v2 hierarchy has no memory/cpu/pids/io controllers, so their files
 * can only be checked this way.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManager, type CgroupLayout } from '../../lib/cgroups/index.js';

let root: string;
let layout: CgroupLayout;
const CONTROLLERS = ['cpuset', 'cpu', 'io', 'memory', 'hugetlb', 'pids'];
const LEAF_FILES = [
  'cgroup.procs',
  'cgroup.freeze',
  'memory.max',
  'memory.swap.max',
  'memory.low',
  'cpu.weight',
  'cpu.max',
  'pids.max',
  'io.weight',
  'io.max',
  'cpuset.cpus',
  'cpuset.mems',
  'hugetlb.2MB.max',
];

function touch(dir: string, files: Record<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), v);
}
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hutch-cg2-'));
  touch(root, { 'cgroup.controllers': CONTROLLERS.join(' ') + '\n', 'cgroup.subtree_control': '' });
  touch(path.join(root, 'ns'), { 'cgroup.controllers': CONTROLLERS.join(' ') + '\n', 'cgroup.subtree_control': '' });
  touch(path.join(root, 'ns', 'c1'), {
    ...Object.fromEntries(LEAF_FILES.map((f) => [f, ''])),
    'cgroup.controllers': CONTROLLERS.join(' ') + '\n',
  });
  layout = { mode: 'v2', v1: {}, v2: { mountpoint: root, controllers: CONTROLLERS }, own: { '': '/' } };
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('V2 manager on a fake cgroupfs', () => {
  it('apply enables controllers in each ancestor and writes cgroup.procs', () => {
    const m = createManager({ path: '/ns/c1', layout });
    expect(m.apply(4242)).toEqual([]);
    expect(read('ns/c1/cgroup.procs')).toBe('4242');
    // Each ancestor gets the controllers written (the fake file keeps the last write).
    expect(read('cgroup.subtree_control')).toBe(CONTROLLERS.map((c) => `+${c}`).join(' '));
    expect(read('ns/cgroup.subtree_control')).toBe(CONTROLLERS.map((c) => `+${c}`).join(' '));
    expect(m.paths()).toEqual({ '': path.join(root, 'ns/c1') });
  });

  it('set writes the converted values (podman-style resources)', async () => {
    const m = createManager({ path: '/ns/c1', layout });
    m.apply(1);
    await m.set({
      memory: { limit: 100663296, swap: 201326592, reservation: 1048576 },
      cpu: { shares: 1024, quota: 50000, period: 100000, cpus: '0-1' },
      pids: { limit: 2048 },
      blockIO: { weight: 500, throttleWriteBpsDevice: [{ major: 8, minor: 0, rate: 1000 }] },
      hugepageLimits: [{ pageSize: '2MB', limit: 2097152 }],
    });
    expect(read('ns/c1/memory.max')).toBe('100663296');
    expect(read('ns/c1/memory.swap.max')).toBe('100663296');
    expect(read('ns/c1/memory.low')).toBe('1048576');
    expect(read('ns/c1/cpu.weight')).toBe('39');
    expect(read('ns/c1/cpu.max')).toBe('50000 100000');
    expect(read('ns/c1/cpuset.cpus')).toBe('0-1');
    expect(read('ns/c1/pids.max')).toBe('2048');
    expect(read('ns/c1/io.weight')).toBe('4950');
    expect(read('ns/c1/io.max')).toBe('8:0 wbps=1000');
    expect(read('ns/c1/hugetlb.2MB.max')).toBe('2097152');
  });

  it('unified entries are written last and override', async () => {
    const m = createManager({ path: '/ns/c1', layout });
    m.apply(1);
    await m.set({ pids: { limit: 10 }, unified: { 'pids.max': '99' } });
    expect(read('ns/c1/pids.max')).toBe('99');
    await expect(m.set({ unified: { '../x': '1' } })).rejects.toThrow(/no slashes/);
    await expect(m.set({ unified: { 'rdma.max': '1' } })).rejects.toThrow(/controller "rdma" not available/);
  });

  it('limits for a controller the hierarchy lacks, and RT settings, are errors', async () => {
    const m = createManager({ path: '/ns/c1', layout: { ...layout, v2: { mountpoint: root, controllers: ['pids'] } } });
    m.apply(1);
    await expect(m.set({ memory: { limit: 1 << 20 } })).rejects.toThrow(/memory is not available/);
    const m2 = createManager({ path: '/ns/c1', layout });
    await expect(m2.set({ cpu: { realtimeRuntime: 950000 } })).rejects.toThrow(/not supported on cgroup v2/);
  });

  it('checkBeforeUpdate refuses a limit below current usage', async () => {
    touch(path.join(root, 'ns', 'c1'), { 'memory.current': '5000000\n' });
    const m = createManager({ path: '/ns/c1', layout });
    await expect(m.set({ memory: { limit: 4000000, checkBeforeUpdate: true } })).rejects.toThrow(/below the current usage/);
    await m.set({ memory: { limit: 4000000 } });
    expect(read('ns/c1/memory.max')).toBe('4000000');
  });

  it('stats: memory swap is reported as memory+swap like runc', () => {
    touch(path.join(root, 'ns', 'c1'), {
      'memory.stat': 'anon 4096\nfile 8192\n',
      'memory.current': '12288\n',
      'memory.max': '100663296\n',
      'memory.swap.current': '4096\n',
      'memory.swap.max': 'max\n',
      'pids.current': '3\n',
      'pids.max': 'max\n',
      'cpu.stat': 'usage_usec 1500\nuser_usec 1000\nsystem_usec 500\nnr_periods 4\nnr_throttled 1\nthrottled_usec 20\n',
      'memory.events': 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n',
    });
    const m = createManager({ path: '/ns/c1', layout });
    const s = m.stats();
    expect(s.memory.usage).toEqual({ limit: 100663296, usage: 12288, failcnt: 0 });
    expect(s.memory.swap.usage).toBe(16384);
    expect(s.memory.cache).toBe(8192);
    expect(s.pids).toEqual({ current: 3 });
    expect(s.cpu.usage).toEqual({ total: 1500000, kernel: 500000, user: 1000000 });
    expect(s.cpu.throttling).toEqual({ periods: 4, throttledPeriods: 1, throttledTime: 20000 });
    expect(m.oomCount()).toBe(1);
  });

  it('pure v1: unified resources are rejected like runc', async () => {
    const v1Layout: CgroupLayout = { mode: 'v1', v1: { pids: path.join(root, 'pids') }, v2: null, own: { pids: '/' } };
    touch(path.join(root, 'pids', 'x'), { 'cgroup.procs': '', 'pids.max': '' });
    const m = createManager({ path: '/x', layout: v1Layout });
    await expect(m.set({ unified: { 'pids.max': '1' } })).rejects.toThrow(/cannot use unified on cgroup v1/);
  });

  it("hybrid: the unified group is joined, and a limit only v2 offers is runc's error, not a write there", async () => {
    const hybrid: CgroupLayout = {
      mode: 'hybrid',
      v1: { pids: path.join(root, 'pids') },
      v2: { mountpoint: root, controllers: ['hugetlb'] },
      own: { pids: '/', '': '/' },
    };
    touch(path.join(root, 'pids', 'ns', 'c1'), { 'cgroup.procs': '', 'pids.max': '' });
    const m = createManager({ path: '/ns/c1', layout: hybrid });
    m.apply(7);
    expect(read('ns/c1/cgroup.procs')).toBe('7');
    expect(read('cgroup.subtree_control')).toBe('');
    await expect(m.set({ hugepageLimits: [{ pageSize: '2MB', limit: 2097152 }] })).rejects.toThrow(
      'cannot set hugetlb limit: container could not join or create cgroup',
    );
    expect(read('ns/c1/hugetlb.2MB.max')).toBe('');
    await expect(m.set({ unified: { 'pids.max': '1' } })).rejects.toThrow('invalid configuration: cannot use unified on cgroup v1');
    await expect(m.set({ unified: {} })).resolves.toEqual([]);
  });
});

describe('no limit vanishes silently on v2 (runc drops these without a word)', () => {
  it('per-device io weights without BFQ go to io.weight, converted', async () => {
    const m = createManager({ path: '/ns/c1', layout });
    m.apply(1);
    await m.set({ blockIO: { weightDevice: [{ major: 254, minor: 0, weight: 300 }] } });
    expect(read('ns/c1/io.weight')).toBe('254:0 2930');
  });

  it('fields only v1 has a file for are a warning naming them', async () => {
    const m = createManager({ path: '/ns/c1', layout });
    m.apply(1);
    expect(
      await m.set({
        memory: { limit: 1 << 26, kernel: 1 << 20, swappiness: 10, disableOOMKiller: true },
        network: { classID: 7 },
        blockIO: { leafWeight: 300 },
      }),
    ).toEqual([
      'cgroup v2 has no equivalent of linux.resources.memory.kernel, linux.resources.memory.swappiness, linux.resources.memory.disableOOMKiller, linux.resources.blockIO.leafWeight, linux.resources.network.classID: not applied',
    ]);
    expect(read('ns/c1/memory.max')).toBe(String(1 << 26));
    expect(await m.set({ memory: { swappiness: -1, disableOOMKiller: false } })).toEqual([]);
  });

  it('v1: a kernel memory limit (deprecated, dropped by runc) is a warning', async () => {
    const v1Layout: CgroupLayout = { mode: 'v1', v1: { memory: path.join(root, 'memory') }, v2: null, own: { memory: '/' } };
    touch(path.join(root, 'memory', 'x'), { 'cgroup.procs': '' });
    const m = createManager({ path: '/x', layout: v1Layout });
    expect(await m.set({ memory: { kernel: 1 << 20 } })).toEqual([
      'linux.resources.memory.kernel (kernel memory limit) is deprecated: not applied',
    ]);
  });
});

describe('rootless in a delegated subtree (fake cgroupfs)', () => {
  const delegatedLeaf = () => touch(path.join(root, 'ns', 'c1'), { 'cgroup.controllers': 'cpu memory pids\n' });

  it('a limit on a controller the delegation lacks names it and the Delegate= line', async () => {
    delegatedLeaf();
    const m = createManager({ path: '/ns/c1', layout, rootless: true, delegated: true });
    expect(m.apply(1)).toEqual([]);
    await expect(m.set({ blockIO: { weight: 500 } })).rejects.toThrow(
      `cannot set io limit: the io controller is not delegated to this user (${path.join(root, 'ns')} enables: cpu memory pids); with systemd, add it to the Delegate= line of user@.service, e.g. "Delegate=cpu cpuset io memory pids" in /etc/systemd/system/user@.service.d/delegate.conf, then run "systemctl daemon-reload" and log in again`,
    );
    await expect(m.set({ unified: { 'hugetlb.2MB.max': '0' } })).rejects.toThrow(
      /the hugetlb controller is not delegated .*"Delegate=cpu cpuset hugetlb io memory pids"/,
    );
    // What is delegated is set; device rules are not enforced rootless, and nothing is said.
    await expect(m.set({ memory: { limit: 1 << 26 }, pids: { limit: 9 }, devices: [] })).resolves.toEqual([]);
    expect(read('ns/c1/memory.max')).toBe(String(1 << 26));
  });

  it("known not to be delegated: one warning, no attempt; a limit is then runc's error", async () => {
    // No cgroupsPath: the id beside the caller's own group (/ns/me), as runc on v2.
    const m = createManager({ id: 'c1', layout: { ...layout, own: { '': '/ns/me' } }, rootless: true, delegated: false });
    expect(m.apply(1)).toEqual([expect.stringMatching(/rootless/)]);
    expect(read('ns/c1/cgroup.procs')).toBe('');
    expect(m.paths()).toEqual({});
    await expect(m.set({ devices: [] })).resolves.toEqual([]);
    await expect(m.set({ pids: { limit: 5 } })).rejects.toThrow('cannot set pids limit: container could not join or create cgroup');
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blkioWeightToIoWeight, cpuMax, memorySwapToV2, sharesToWeight, statsToJson } from '../../lib/cgroups/index.js';
import { emptyStats } from '../../lib/cgroups/common.js';
import { blkioController } from '../../lib/cgroups/v1/blkio.js';
import { cpuController } from '../../lib/cgroups/v1/cpu.js';
import { cpuacctController } from '../../lib/cgroups/v1/cpuacct.js';
import { memoryController } from '../../lib/cgroups/v1/memory.js';
import { pidsController } from '../../lib/cgroups/v1/pids.js';
import { cpuWrites } from '../../lib/cgroups/v2/cpu.js';
import { ioWrites, parseIoStat } from '../../lib/cgroups/v2/io.js';
import { memoryWrites } from '../../lib/cgroups/v2/memory.js';
import { hugetlbV2 } from '../../lib/cgroups/v2/misc.js';

describe('unit conversions (runc 1.1 formulas)', () => {
  it('cpu shares → cpu.weight', () => {
    expect(sharesToWeight(0)).toBe(0);
    expect(sharesToWeight(2)).toBe(1);
    expect(sharesToWeight(1024)).toBe(39);
    expect(sharesToWeight(512)).toBe(20);
    expect(sharesToWeight(262144)).toBe(10000);
  });

  it('blkio weight → io.weight', () => {
    expect(blkioWeightToIoWeight(0)).toBe(0);
    expect(blkioWeightToIoWeight(10)).toBe(1);
    expect(blkioWeightToIoWeight(500)).toBe(4950);
    expect(blkioWeightToIoWeight(1000)).toBe(10000);
  });

  it('memory swap: spec memory+swap → v2 swap only', () => {
    expect(memorySwapToV2(0, -1)).toBe(-1);
    expect(memorySwapToV2(-1, 100)).toBe(-1);
    expect(memorySwapToV2(0, 100)).toBe(0);
    expect(memorySwapToV2(300, 100)).toBe(200);
    expect(memorySwapToV2(100, 100)).toBe(0);
    expect(() => memorySwapToV2(50, 100)).toThrow(/>= memory limit/);
    expect(() => memorySwapToV2(100, 0)).toThrow(/without memory limit/);
  });

  it('cpu.max', () => {
    expect(cpuMax(0, 0)).toBe('');
    expect(cpuMax(50000, 100000)).toBe('50000 100000');
    expect(cpuMax(-1, 100000)).toBe('max 100000');
    expect(cpuMax(20000, 0)).toBe('20000');
  });
});

describe('v2 file values', () => {
  it('memory: podman --memory 96m (swap = 2x) → swap.max = swap - limit', () => {
    expect(memoryWrites({ memory: { limit: 100663296, swap: 201326592 } })).toEqual([
      ['memory.swap.max', '100663296'],
      ['memory.max', '100663296'],
    ]);
    expect(memoryWrites({ memory: { limit: 1000, swap: 1000 } })).toEqual([
      ['memory.swap.max', '0'],
      ['memory.max', '1000'],
    ]);
    expect(memoryWrites({ memory: { limit: -1 } })).toEqual([
      ['memory.swap.max', 'max'],
      ['memory.max', 'max'],
    ]);
    expect(memoryWrites({ memory: { reservation: 4096 } })).toEqual([['memory.low', '4096']]);
  });

  it('cpu: shares → weight, quota/period → cpu.max', () => {
    expect(cpuWrites({ cpu: { shares: 1024, quota: 50000, period: 100000 } })).toEqual([
      ['cpu.weight', '39'],
      ['cpu.max', '50000 100000'],
    ]);
    expect(cpuWrites({ cpu: { idle: 1, burst: 1000 } })).toEqual([
      ['cpu.idle', '1'],
      ['cpu.max.burst', '1000'],
    ]);
  });

  it('io: weight with and without BFQ (per-device weights converted into io.weight, runc drops them), throttles in io.max', () => {
    const r = {
      blockIO: {
        weight: 500,
        weightDevice: [{ major: 8, minor: 0, weight: 100 }],
        throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 1048576 }],
        throttleWriteIOPSDevice: [{ major: 8, minor: 16, rate: 10 }],
      },
    };
    expect(ioWrites(r, false)).toEqual([
      ['io.weight', '4950'],
      ['io.weight', '8:0 910'],
      ['io.max', '8:0 rbps=1048576'],
      ['io.max', '8:16 wiops=10'],
    ]);
    expect(ioWrites(r, true).slice(0, 2)).toEqual([
      ['io.bfq.weight', '500'],
      ['io.bfq.weight', '8:0 100'],
    ]);
  });

  it('values beyond 2^53 (bigint from the config parser) keep every digit and never mix with numbers', () => {
    const max = 9223372036854775807n; // int64 max, as some callers write "unlimited"
    // swap.max = swap - limit, computed in BigInt: 9223372036854775807 - 2^30.
    expect(memoryWrites({ memory: { limit: 1073741824, swap: max } })).toEqual([
      ['memory.swap.max', '9223372035781033983'],
      ['memory.max', '1073741824'],
    ]);
    expect(memoryWrites({ memory: { limit: max, swap: max } })).toEqual([
      ['memory.swap.max', '0'],
      ['memory.max', '9223372036854775807'],
    ]);
    expect(memorySwapToV2(max, 1000)).toBe(9223372036854774807n);
    // runc's formula, computed exactly (runc's uint64 product wraps around);
    // the kernel then refuses the weight (cpu.weight is 1-10000).
    expect(cpuWrites({ cpu: { shares: 18446744073709551615n, quota: max } })).toEqual([
      ['cpu.weight', '703622441245667641'],
      ['cpu.max', '9223372036854775807'],
    ]);
    // Back to a number when the result fits.
    expect(sharesToWeight(9007199254740993n)).toBe(343565645139487);
  });

  it('io.stat parsing', () => {
    const { bytes, ios } = parseIoStat('8:0 rbytes=4096 wbytes=0 rios=1 wios=0 dbytes=0 dios=0\n');
    expect(bytes).toEqual([
      { major: 8, op: 'Read', value: 4096 },
      { major: 8, op: 'Write' },
    ]);
    expect(ios[0]).toEqual({ major: 8, op: 'Read', value: 1 });
  });
});

describe('v1 file writes on a fake cgroupfs', () => {
  let dir: string;
  const files = (init: Record<string, string>) => {
    for (const [f, v] of Object.entries(init)) fs.writeFileSync(path.join(dir, f), v);
  };
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hutch-cg-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('memory: limit, memsw, soft limit, swappiness', () => {
    files({
      'memory.limit_in_bytes': '9223372036854771712\n',
      'memory.memsw.limit_in_bytes': '9223372036854771712\n',
      'memory.soft_limit_in_bytes': '',
      'memory.swappiness': '60',
      'memory.oom_control': '',
    });
    memoryController.set(dir, {
      memory: { limit: 67108864, swap: 134217728, reservation: 33554432, swappiness: 10, disableOOMKiller: true },
    });
    expect(read('memory.limit_in_bytes')).toBe('67108864');
    expect(read('memory.memsw.limit_in_bytes')).toBe('134217728');
    expect(read('memory.soft_limit_in_bytes')).toBe('33554432');
    expect(read('memory.swappiness')).toBe('10');
    expect(read('memory.oom_control')).toBe('1');
    expect(() => memoryController.set(dir, { memory: { swappiness: 101 } })).toThrow(/valid range is 0-100/);
  });

  it('memory: unlimited memory with swap unset makes memsw unlimited too', () => {
    files({ 'memory.limit_in_bytes': '100', 'memory.memsw.limit_in_bytes': '100' });
    memoryController.set(dir, { memory: { limit: -1 } });
    expect(read('memory.limit_in_bytes')).toBe('-1');
    expect(read('memory.memsw.limit_in_bytes')).toBe('-1');
  });

  it('cpu: shares read back, quota and period', () => {
    files({ 'cpu.shares': '', 'cpu.cfs_period_us': '', 'cpu.cfs_quota_us': '' });
    // The fake file holds what we wrote, so the read-back check passes.
    cpuController.set(dir, { cpu: { shares: 512, quota: 50000, period: 100000 } });
    expect([read('cpu.shares'), read('cpu.cfs_quota_us'), read('cpu.cfs_period_us')]).toEqual(['512', '50000', '100000']);
  });

  it('pids: positive limit, -1 is max', () => {
    files({ 'pids.max': '' });
    pidsController.set(dir, { pids: { limit: 20 } });
    expect(read('pids.max')).toBe('20');
    pidsController.set(dir, { pids: { limit: -1 } });
    expect(read('pids.max')).toBe('max');
  });

  it('blkio: falls back to the bfq files when blkio.weight is missing (as runc did on this host)', () => {
    files({ 'blkio.bfq.weight': '', 'blkio.throttle.read_bps_device': '' });
    blkioController.set(dir, { blockIO: { weight: 300, throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 1000 }] } });
    expect(read('blkio.bfq.weight')).toBe('300');
    expect(read('blkio.throttle.read_bps_device')).toBe('8:0 1000');
  });

  it('a missing file is an error naming it', () => {
    expect(() => pidsController.set(dir, { pids: { limit: 5 } })).toThrow(/pids\.max/);
  });

  it('stats: cpuacct and memory in runc events --stats shape, u64 printed exactly', () => {
    files({
      'cpuacct.stat': 'user 1\nsystem 3\n',
      'cpuacct.usage': '51241079\n',
      'cpuacct.usage_percpu': '51241079 0 \n',
      'cpuacct.usage_all': 'cpu user system\n0 20000000 32000000\n1 0 0\n',
      'memory.stat': 'cache 0\nrss 53248\n',
      'memory.usage_in_bytes': '524288',
      'memory.max_usage_in_bytes': '2019328',
      'memory.failcnt': '0',
      'memory.limit_in_bytes': '67108864',
      'memory.kmem.usage_in_bytes': '0',
      'memory.kmem.limit_in_bytes': '9223372036854771712',
      'memory.kmem.failcnt': '0',
      'memory.kmem.max_usage_in_bytes': '0',
    });
    const s = emptyStats();
    cpuacctController.stats!(dir, s);
    memoryController.stats!(dir, s);
    expect(s.cpu.usage).toEqual({
      total: 51241079,
      percpu: [51241079, 0],
      percpu_kernel: [32000000, 0],
      percpu_user: [20000000, 0],
      kernel: 30000000,
      user: 10000000,
    });
    expect(s.memory.usage).toEqual({ limit: 67108864, usage: 524288, max: 2019328, failcnt: 0 });
    expect(s.memory.raw).toEqual({ cache: 0, rss: 53248 });
    expect(s.memory.cache).toBeUndefined();
    const json = statsToJson(s);
    expect(json).toContain('"kernel":{"limit":9223372036854771712,"failcnt":0}');
    expect(json).toContain('"swap":{"limit":0,"failcnt":0}');
    expect(json).toContain('"network_interfaces":null');
    expect(statsToJson({ x: 18446744073709551615 })).toBe('{"x":18446744073709551615}');
  });

  it('v2 hugetlb file names', () => {
    files({ 'hugetlb.2MB.max': '' });
    hugetlbV2.set(dir, { hugepageLimits: [{ pageSize: '2MB', limit: 4194304 }] });
    expect(read('hugetlb.2MB.max')).toBe('4194304');
  });
});

describe('watchOom', () => {
  it('reports growth of the kill counter', async () => {
    const { watchOom } = await import('../../lib/cgroups/index.js');
    let count = 0;
    const seen: number[] = [];
    const w = watchOom({ oomCount: () => count }, (n) => seen.push(n), 5);
    count = 2;
    await new Promise((r) => setTimeout(r, 30));
    w.stop();
    expect(seen).toEqual([2]);
  });
});

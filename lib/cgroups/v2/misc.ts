/** v2 controllers with simple files: pids, cpuset, hugetlb, rdma. */
import { hugePageSizes } from '../v1/hugetlb.js';
import { pidsStats, setPids } from '../v1/pids.js';
import { rdmaLines } from '../v1/misc.js';
import { parseKeyValues, readOptional, readProcs, writeCgroupFile } from '../fs.js';
import type { HugetlbStats, Stats } from '../types.js';
import type { V2Controller } from './controller.js';

export const pidsV2: V2Controller = {
  name: 'pids',
  wanted: (r) => (r.pids?.limit ?? 0) !== 0,
  set: setPids,
  stats(dir, s: Stats) {
    pidsStats(dir, s);
    // Without the pids controller, count the group's processes instead (runc does too).
    if (readOptional(dir, 'pids.current') === undefined) {
      const n = readProcs(dir).length;
      if (n) s.pids.current = n;
    }
  },
};

export const cpusetV2: V2Controller = {
  name: 'cpuset',
  wanted: (r) => !!(r.cpu?.cpus || r.cpu?.mems),
  set(dir, r) {
    if (r.cpu?.cpus) writeCgroupFile(dir, 'cpuset.cpus', r.cpu.cpus);
    if (r.cpu?.mems) writeCgroupFile(dir, 'cpuset.mems', r.cpu.mems);
  },
};

export const hugetlbV2: V2Controller = {
  name: 'hugetlb',
  wanted: (r) => (r.hugepageLimits?.length ?? 0) > 0,
  set(dir, r) {
    for (const h of r.hugepageLimits ?? []) writeCgroupFile(dir, `hugetlb.${h.pageSize}.max`, String(h.limit));
  },
  stats(dir, s: Stats) {
    for (const size of hugePageSizes()) {
      const cur = readOptional(dir, `hugetlb.${size}.current`);
      if (cur === undefined) continue;
      // v2 has no max-usage counter; failcnt is the "max" event count.
      const e: HugetlbStats = { failcnt: parseKeyValues(readOptional(dir, `hugetlb.${size}.events`) ?? '').max ?? 0 };
      if (Number(cur.trim())) e.usage = Number(cur.trim());
      s.hugetlb[size] = e;
    }
  },
};

export const rdmaV2: V2Controller = {
  name: 'rdma',
  wanted: (r) => rdmaLines(r).length > 0,
  set(dir, r) {
    for (const line of rdmaLines(r)) writeCgroupFile(dir, 'rdma.max', line);
  },
};

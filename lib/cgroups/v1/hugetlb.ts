/** v1 hugetlb controller. */
import * as fs from 'node:fs';
import { hugePageSizeName } from '../convert.js';
import { readOptional, readUint, writeCgroupFile } from '../fs.js';
import type { HugetlbStats, Stats } from '../types.js';
import type { V1Controller } from './controller.js';

/** Page sizes the kernel supports, named like the cgroup files ("2MB", "1GB"). */
export function hugePageSizes(): string[] {
  let names: string[];
  try {
    names = fs.readdirSync('/sys/kernel/mm/hugepages');
  } catch {
    return [];
  }
  return names
    .map((n) => /^hugepages-(\d+)kB$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => hugePageSizeName(Number(m[1]) * 1024));
}

export const hugetlbController: V1Controller = {
  name: 'hugetlb',
  wanted: (r) => (r.hugepageLimits?.length ?? 0) > 0,
  set(dir, r) {
    for (const h of r.hugepageLimits ?? []) writeCgroupFile(dir, `hugetlb.${h.pageSize}.limit_in_bytes`, String(h.limit));
  },
  stats(dir, s: Stats) {
    for (const size of hugePageSizes()) {
      const prefix = `hugetlb.${size}`;
      if (readOptional(dir, `${prefix}.usage_in_bytes`) === undefined) continue;
      const e: HugetlbStats = { failcnt: readUint(dir, `${prefix}.failcnt`) };
      const usage = readUint(dir, `${prefix}.usage_in_bytes`);
      const max = readUint(dir, `${prefix}.max_usage_in_bytes`);
      if (usage) e.usage = usage;
      if (max) e.max = max;
      s.hugetlb[size] = e;
    }
  },
};

/**
 * Unit conversions between the spec's (cgroup v1 flavoured) values and
 * cgroup v2 files, with runc 1.1's formulas so both runtimes write the same
 * numbers for the same config.
 */
import { HutchError } from '../errors.js';
import type { Int64 } from '../config/types.js';

/**
 * The config parser gives a bigint for integers beyond 2^53 (the spec's
 * int64/uint64 fields). Arithmetic is done in BigInt for those, so that no
 * digit is lost and number and bigint never meet in one expression (a
 * TypeError); results go back to number when they fit.
 */
function narrow(n: bigint): Int64 {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** cpu.shares [2, 262144] → cpu.weight [1, 10000]; 0 means unset. */
export function sharesToWeight(shares: Int64): Int64 {
  if (shares === 0) return 0;
  if (typeof shares === 'bigint') return narrow(1n + ((shares - 2n) * 9999n) / 262142n);
  return 1 + Math.floor(((shares - 2) * 9999) / 262142);
}

/** blkio.weight [10, 1000] → io.weight [1, 10000]; 0 means unset. */
export function blkioWeightToIoWeight(weight: number): number {
  if (weight === 0) return 0;
  return 1 + Math.floor(((weight - 10) * 9999) / 990);
}

/**
 * The spec's memory.swap is memory+swap (v1 memsw); v2's memory.swap.max is
 * swap alone. Returns -1 for "max", 0 for "leave alone".
 */
export function memorySwapToV2(swap: Int64, limit: Int64): Int64 {
  // v1 compatibility: unlimited memory with unset swap means unlimited swap too.
  if (limit === -1 && swap === 0) return -1;
  if (swap === -1 || swap === 0) return swap;
  if (limit === 0 || limit === -1) throw new HutchError('unable to set swap limit without memory limit', { code: 'cgroup' });
  if (limit < 0) throw new HutchError(`invalid memory value: ${limit}`, { code: 'cgroup' });
  if (swap < limit) throw new HutchError('memory+swap limit should be >= memory limit', { code: 'cgroup' });
  return typeof swap === 'number' && typeof limit === 'number' ? swap - limit : narrow(BigInt(swap) - BigInt(limit));
}

/** runc's numToStr for v2 files: 0 → unset (''), -1 → "max". */
export function v2Value(n: Int64): string {
  if (n === 0) return '';
  if (n === -1) return 'max';
  return String(n);
}

/** cpu.max line: "<quota|max> [period]"; '' when neither is set. */
export function cpuMax(quota: Int64, period: Int64): string {
  if (quota === 0 && period === 0) return '';
  let s = quota > 0 ? String(quota) : 'max';
  if (period !== 0) s += ` ${period}`;
  return s;
}

/** "2MB" style page size names from a byte count, as runc derives them from /sys/kernel/mm/hugepages. */
export function hugePageSizeName(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(2)}${units[i]}`;
}

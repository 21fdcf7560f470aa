/** v1 pids controller (same files as v2). */
import { readOptional, readUint, writeCgroupFile } from '../fs.js';
import type { LinuxResources, Stats } from '../types.js';
import type { V1Controller } from './controller.js';
import type { Int64 } from '../types.js';

/** 0 = unset, negative = unlimited ("max"). */
function pidsMaxValue(limit: Int64): string {
  return limit > 0 ? String(limit) : 'max';
}

export function setPids(dir: string, r: LinuxResources): void {
  const limit = r.pids?.limit ?? 0;
  if (limit !== 0) writeCgroupFile(dir, 'pids.max', pidsMaxValue(limit));
}

export function pidsStats(dir: string, s: Stats): void {
  if (readOptional(dir, 'pids.current') === undefined) return;
  const current = readUint(dir, 'pids.current');
  if (current) s.pids.current = current;
  const max = (readOptional(dir, 'pids.max') ?? 'max').trim();
  // "max" is reported as 0, i.e. no limit (omitted in JSON).
  if (max !== 'max' && Number(max) !== 0) s.pids.limit = Number(max);
}

export const pidsController: V1Controller = {
  name: 'pids',
  wanted: (r) => (r.pids?.limit ?? 0) !== 0,
  set: setPids,
  stats: pidsStats,
};

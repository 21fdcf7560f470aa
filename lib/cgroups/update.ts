/**
 * `update` changes some limits of a live container, but several cgroup
 * files depend on each other (v2's memory.swap.max is swap *beyond* the
 * memory limit; a v1 CFS period is checked against the quota; cpu.max holds
 * both): like runc, the request is merged into the container's current
 * resources and the whole set is written, so each file gets a value
 * computed from the current values of the others.
 */
import type { LinuxResources } from './types.js';

/**
 * The resources after an update: `change` over `current`, field by field
 * (runc's update.go). Device rules are not carried over (an update without
 * rules leaves them alone; runc cannot change them at all), and `unified`
 * is the request's own, as in runc.
 */
export function mergeUpdate(current: LinuxResources, change: LinuxResources): LinuxResources {
  const { devices: _devices, unified: _unified, ...base } = current;
  const out: LinuxResources = { ...base };
  if (change.memory) {
    out.memory = { ...current.memory, ...change.memory };
    // runc: unlimited memory with no word on swap means unlimited swap too.
    if (change.memory.limit === -1 && change.memory.swap === undefined) out.memory.swap = -1;
  }
  if (change.cpu) out.cpu = { ...current.cpu, ...change.cpu };
  if (change.blockIO) out.blockIO = { ...current.blockIO, ...change.blockIO };
  if (change.pids?.limit !== undefined) out.pids = { ...change.pids };
  if (change.hugepageLimits) out.hugepageLimits = mergeBy(current.hugepageLimits, change.hugepageLimits, (h) => h.pageSize);
  if (change.network) out.network = { ...current.network, ...change.network };
  if (change.rdma) out.rdma = { ...current.rdma, ...change.rdma };
  if (change.devices) out.devices = change.devices;
  if (change.unified) out.unified = change.unified;
  return out;
}

/** The current entries with the changed ones replaced (same key) or added. */
function mergeBy<T>(current: readonly T[] | undefined, change: readonly T[], key: (t: T) => string): T[] {
  const changed = new Set(change.map(key));
  return [...(current ?? []).filter((t) => !changed.has(key(t))), ...change];
}

/** What is kept for the next update: no device rules (they are set only when asked) and no unified. */
export function resourcesToKeep(r: LinuxResources): LinuxResources {
  const { devices: _devices, unified: _unified, ...rest } = r;
  return rest;
}

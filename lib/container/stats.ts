/** `events`: the container's cgroup statistics, and its OOM notifications. */
import type { RuntimeContext } from '../context.js';
import type { CgroupManager } from '../cgroups/index.js';
import { loadContainer } from './container.js';

/** The cgroup manager of a live container (`events --stats` reads it, `events` watches it). */
export async function statsSource(ctx: RuntimeContext, id: string): Promise<CgroupManager> {
  const c = loadContainer(ctx, id);
  c.require('stats');
  return c.requireCgroups('get stats of');
}

/** Whether the container is still there and alive (events stops when it is not). */
export function isLive(ctx: RuntimeContext, id: string): boolean {
  try {
    return loadContainer(ctx, id).status() !== 'stopped';
  } catch {
    return false;
  }
}

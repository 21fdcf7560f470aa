/** The processes of a container: `ps`, and `kill --all`. */
import { readdirSync, readlinkSync } from 'node:fs';
import type { RuntimeContext } from '../context.js';
import { loadContainer, type Container } from './container.js';

/** Host pids of the container's processes, sorted; none when it has stopped. */
export async function pids(ctx: RuntimeContext, id: string): Promise<number[]> {
  const c = loadContainer(ctx, id);
  return c.status() === 'stopped' ? [] : containerPids(c);
}

/** Its cgroup's processes, or those in the init's pid namespace when it has no cgroup. */
export async function containerPids(c: Container): Promise<number[]> {
  const m = await c.cgroups();
  if (m) {
    const list = m.pids();
    if (list.length) return list.sort((a, b) => a - b);
  }
  return pidsInNamespaceOf(c.record.pid);
}

function pidsInNamespaceOf(pid: number): number[] {
  let ns: string;
  try {
    ns = readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return [];
  }
  const hostNs = readlinkSync('/proc/self/ns/pid');
  if (ns === hostNs) return [pid];
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/ns/pid`) === ns) out.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return out.sort((a, b) => a - b);
}

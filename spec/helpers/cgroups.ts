/** The host's cgroup directories, as the tests and the benchmark look for leftovers. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Directories under /sys/fs/cgroup (every v1 hierarchy and the unified
 * tree) whose name passes `match`, looking `depth` levels down (not below a
 * match).
 */
export function cgroupDirs(match: (name: string) => boolean, depth = 4): string[] {
  const found: string[] = [];
  const walk = (dir: string, left: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const p = join(dir, e.name);
      if (match(e.name)) found.push(p);
      else if (left > 0) walk(p, left - 1);
    }
  };
  walk('/sys/fs/cgroup', depth);
  return found;
}

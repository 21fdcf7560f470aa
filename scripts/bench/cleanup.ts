/**
 * Every container the benchmark may leave behind, by context, runtime and
 * state root, and the cleanup that removes them (and says what it had to
 * kill or remove by hand: a runtime leaving those behind is a finding).
 */
import { readdirSync, readFileSync, readlinkSync, rmdirSync } from 'node:fs';
import { cgroupDirs } from '../../spec/helpers/cgroups.js';
import type { Context } from './contexts.js';
import { startTime } from './procfs.js';
import type { Runtime } from './runtimes.js';
import { pool, type Shell } from './shell.js';

interface Entry {
  ctx: Context;
  rt: Runtime;
  root: string;
  ids: Set<string>;
}

export class Registry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly shell: Shell,
    /** In every container id (and so in every cgroup name) of this run. */
    readonly prefix: string,
    private readonly parallel: number,
  ) {}

  /** The ids that may exist under (ctx, rt, root). */
  ids(ctx: Context, rt: Runtime, root: string): Set<string> {
    const k = `${ctx.name}|${rt.name}|${root}`;
    let e = this.entries.get(k);
    if (!e) {
      e = { ctx, rt, root, ids: new Set() };
      this.entries.set(k, e);
    }
    return e.ids;
  }

  /** delete --force, forgetting the id once it is gone. */
  forceDelete(ctx: Context, rt: Runtime, root: string, id: string): void {
    const r = this.shell.run(ctx, [rt.bin, '--root', root, 'delete', '--force', id], { allowFail: true, launcher: rt.launcher });
    if (r.code === 0 || /not exist|no such|not found/i.test(r.stderr)) this.ids(ctx, rt, root).delete(id);
  }

  /** delete --force of many, in parallel; returns the failures. */
  async deleteMany(ctx: Context, rt: Runtime, root: string, ids: Iterable<string>): Promise<string[]> {
    const failed: string[] = [];
    await pool([...ids], this.parallel, async (id) => {
      const r = await this.shell.runAsync(ctx, [rt.bin, '--root', root, 'delete', '--force', id], {
        launcher: rt.launcher,
        timeoutSec: 60,
      });
      if (r.code === 0 || /not exist|no such|not found/i.test(r.stderr)) this.ids(ctx, rt, root).delete(id);
      else failed.push(`${id}: ${r.stderr.split('\n')[0]}`);
    });
    return failed;
  }

  /** Ids and pids a runtime lists in a root. */
  listed(ctx: Context, rt: Runtime, root: string): { id: string; pid: number }[] {
    try {
      const r = this.shell.run(ctx, [rt.bin, '--root', root, 'list', '--format', 'json'], {
        capture: true,
        allowFail: true,
        timeoutSec: 120,
        launcher: rt.launcher,
      });
      const arr = (JSON.parse(r.stdout || 'null') ?? []) as { id: string; pid: number }[];
      return arr.filter((c) => c.id);
    } catch {
      return [];
    }
  }

  /** Deletes everything registered or listed, and kills what survived that. Returns warnings. */
  async deleteAll(): Promise<string[]> {
    const warnings: string[] = [];
    const survivors: string[] = [];
    for (const { ctx, rt, root, ids } of this.entries.values()) {
      const listed = this.listed(ctx, rt, root);
      const pids = listed.filter((c) => c.pid > 0).map((c) => ({ pid: c.pid, start: startTime(c.pid) }));
      const all = new Set([...ids, ...listed.map((c) => c.id)]);
      if (all.size)
        for (const f of await this.deleteMany(ctx, rt, root, all)) warnings.push(`cleanup ${rt.name} (${ctx.name}): delete failed: ${f}`);
      for (const { pid, start } of pids) {
        if (start && startTime(pid) === start) {
          survivors.push(`${rt.name} pid ${pid}`);
          kill(pid);
        }
      }
    }
    if (survivors.length) warnings.push(`cleanup: killed processes that survived delete --force: ${survivors.join(', ')}`);
    return warnings;
  }

  /**
   * After deleteAll() (and once crun's namespace server is gone): kills what
   * still runs from the work directory and removes cgroups named after our
   * ids. Returns warnings.
   */
  sweep(work: string): string[] {
    const warnings: string[] = [];
    const strays = strayProcesses(work);
    if (strays.length)
      warnings.push(
        `cleanup: killed ${strays.length} process(es) still using the work directory after delete --force: ${strays.slice(0, 4).join(', ')}${strays.length > 4 ? ' …' : ''}`,
      );
    const stale = staleCgroups(this.prefix);
    if (stale.found.length) {
      warnings.push(
        `cleanup: ${stale.found.length} cgroup dir(s) left behind by the runtimes (removed ${stale.removed}): ${stale.found.slice(0, 5).join(' ')}${stale.found.length > 5 ? ' …' : ''}`,
      );
    }
    return warnings;
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone
  }
}

/** Processes whose root (a container's rootfs) or command line (hutch's init keeps the CLI's) is under `work`: killed. */
function strayProcesses(work: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    let cmd = '';
    let hit = false;
    try {
      hit = readlinkSync(`/proc/${d}/root`).startsWith(`${work}/`);
    } catch {
      // not ours to read
    }
    try {
      cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      hit ||= cmd.includes(`${work}/`);
    } catch {
      continue; // gone
    }
    if (!hit) continue;
    out.push(`${d} (${cmd.split('\0').filter(Boolean).slice(0, 3).join(' ').slice(0, 60) || '?'})`);
    kill(Number(d));
  }
  return out;
}

/** cgroup directories named after this run's ids, removed deepest first (rmdir removes only empty ones). */
function staleCgroups(prefix: string): { found: string[]; removed: number } {
  const found = cgroupDirs((name) => name.includes(prefix));
  let removed = 0;
  for (const p of [...found].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(p);
      removed++;
    } catch {
      // busy, or not ours to remove
    }
  }
  return { found, removed };
}

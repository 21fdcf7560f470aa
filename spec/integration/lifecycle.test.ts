/**
 * Issue #3 — runc's lifecycle driven step by step: create, state, start,
 * kill, delete, with state JSON compared field by field against runc; many
 * concurrent CLIs; a create killed half way; --log-format json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason, scaled, slowdown } from '../helpers/host.js';
import { expectedCgroupDirs, leftCgroups } from '../helpers/cgroups.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  killLeftovers,
  makeStateRoots,
  runRuntime,
  startRuntime,
  type Runtime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';

const rootSkip = rootSkipReason();
const runcSkip = runcSkipReason();
const rootlessSkip = rootSkip ?? rootlessSkipReason();

type Ctx = { ws: Workspace; roots: StateRoots; bundle: Bundle; user?: TestUser };

function setup(kind: 'root' | 'rootless'): Ctx {
  const ws = makeWorkspace(`hutch-life-${kind}-`);
  const user = kind === 'rootless' ? ensureTestUser() : undefined;
  const roots = makeStateRoots(ws, user);
  const bundle = makeBundle(ws, { kind, user, template: 'fixture', args: ['sleep', '1000'] });
  bundle.writeConfig();
  return { ws, roots, bundle, user };
}

async function call(c: Ctx, runtime: Runtime, args: string[], timeoutMs = 20_000) {
  return runRuntime({ runtime, roots: c.roots, user: c.user, args, timeoutMs });
}

async function state(c: Ctx, runtime: Runtime, id: string): Promise<Record<string, unknown>> {
  const r = await call(c, runtime, ['state', id]);
  expect(r.exitCode, describeResult(r)).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The step-by-step sequence, returning the state JSON at each step. */
async function sequence(c: Ctx, runtime: Runtime): Promise<Record<string, unknown>[]> {
  const id = containerId(`seq-${runtime}`);
  const out: Record<string, unknown>[] = [];
  try {
    const created = await call(c, runtime, ['create', '--bundle', c.bundle.dir, id]);
    expect(created.exitCode, describeResult(created)).toBe(0);
    out.push(await state(c, runtime, id));
    const started = await call(c, runtime, ['start', id]);
    expect(started.exitCode, describeResult(started)).toBe(0);
    out.push(await state(c, runtime, id));
    const again = await call(c, runtime, ['start', id]);
    expect(again.exitCode, 'a second start must fail').not.toBe(0);
    const killed = await call(c, runtime, ['kill', id, 'KILL']);
    expect(killed.exitCode, describeResult(killed)).toBe(0);
    for (let i = 0; i < 100 && (await state(c, runtime, id)).status !== 'stopped'; i++) await sleep(20);
    out.push(await state(c, runtime, id));
    const deleted = await call(c, runtime, ['delete', id]);
    expect(deleted.exitCode, describeResult(deleted)).toBe(0);
    const gone = await call(c, runtime, ['state', id]);
    expect(gone.exitCode).not.toBe(0);
    expect(gone.stderr).toContain('does not exist');
    return out;
  } finally {
    await call(c, runtime, ['delete', '--force', id]);
    killLeftovers(id);
  }
}

/** Fields whose values legitimately differ between runtimes. */
function comparable(s: Record<string, unknown>): Record<string, unknown> {
  const { id, pid, created, ...rest } = s;
  return {
    ...rest,
    hasId: typeof id === 'string',
    pidPositive: Number(pid) > 0,
    createdIsTime: !Number.isNaN(Date.parse(String(created))),
  };
}

for (const kind of ['root', 'rootless'] as const) {
  const skip = kind === 'root' ? rootSkip : rootlessSkip;
  describe.skipIf(skip)(`lifecycle as ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let c: Ctx;
    beforeAll(() => {
      ensureHutchBuilt();
      c = setup(kind);
    });
    afterAll(() => c?.ws.cleanup());

    it('create → created → start → running → kill → stopped → delete', async () => {
      const states = await sequence(c, 'hutch');
      expect(states.map((s) => s.status)).toEqual(['created', 'running', 'stopped']);
      expect(states[2]!.pid).toBe(0);
      expect(Object.keys(states[0]!)).toEqual(['ociVersion', 'id', 'pid', 'status', 'bundle', 'rootfs', 'created', 'owner']);
    });

    it.skipIf(runcSkip)('state JSON matches runc field by field at every step', async () => {
      const ours = await sequence(c, 'hutch');
      const theirs = await sequence(c, 'runc');
      expect(ours.map(comparable)).toEqual(theirs.map(comparable));
    });
  });
}

describe.skipIf(rootSkip)(`concurrency and crashes${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  let c: Ctx;
  beforeAll(() => {
    ensureHutchBuilt();
    c = setup('root');
  });
  afterAll(() => c?.ws.cleanup());

  // Under emulation (the cgroup v2 VM, ~5x slower) 30 containers, still in batches of ten concurrent CLIs.
  const count = slowdown > 1 ? 30 : 100;
  it(
    `${count} containers created and deleted by concurrent CLIs leave nothing behind`,
    async () => {
      const ids = Array.from({ length: count }, () => containerId('many'));
      const batch = async (f: (id: string) => Promise<unknown>) => {
        for (let i = 0; i < ids.length; i += 10) await Promise.all(ids.slice(i, i + 10).map(f));
      };
      await batch(async (id) => {
        // Generous: ten CLIs at once on a 2-core machine that may be busy.
        const r = await call(c, 'hutch', ['create', '--bundle', c.bundle.dir, id], 90_000);
        expect(r.exitCode, describeResult(r)).toBe(0);
      });
      const listed = await call(c, 'hutch', ['list', '--format', 'json']);
      const rows = JSON.parse(listed.stdout) as { id: string; status: string }[];
      expect(rows.filter((r) => ids.includes(r.id)).map((r) => r.status)).toEqual(ids.map(() => 'created'));
      await batch(async (id) => {
        const r = await call(c, 'hutch', ['delete', '--force', id], 90_000);
        expect(r.exitCode, describeResult(r)).toBe(0);
      });
      expect(readdirSync(c.roots.hutch).filter((d) => ids.includes(d))).toEqual([]);
      for (const id of ids) expect(killLeftovers(id), `processes left for ${id}`).toEqual([]);
      for (const id of ids) expect(leftCgroups(expectedCgroupDirs(id)), `cgroup left for ${id}`).toEqual([]);
    },
    scaled(900_000),
  );

  it('a create killed with SIGKILL half way is removed completely by delete --force', async () => {
    const id = containerId('crash');
    const hook = join(c.ws.dir, 'slow-hook.sh');
    writeFileSync(hook, '#!/bin/sh\nsleep 30\n');
    chmodSync(hook, 0o755);
    const slow = makeBundle(c.ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sleep', '1000'],
      edit: (cfg) => (cfg.hooks = { createRuntime: [{ path: hook }] }),
    });
    slow.writeConfig();
    const sub = startRuntime({ runtime: 'hutch', roots: c.roots, args: ['create', '--bundle', slow.dir, id] });
    // Wait until the hook runs: the container is half made (namespaces, mounts, cgroup).
    for (let i = 0; i < 200 && !processWith(hook); i++) await sleep(25);
    expect(processWith(hook), 'the slow hook should be running').toBe(true);
    sub.kill('SIGKILL');
    await sub.catch(() => undefined);
    const st = await call(c, 'hutch', ['state', id]);
    expect(st.exitCode, describeResult(st)).toBe(0);
    expect(JSON.parse(st.stdout).status).toBe('stopped');
    const del = await call(c, 'hutch', ['delete', '--force', id]);
    expect(del.exitCode, describeResult(del)).toBe(0);
    expect(existsSync(join(c.roots.hutch, id)), 'state directory left').toBe(false);
    await sleep(200);
    expect(killLeftovers(id), 'container processes must be gone').toEqual([]);
    killHook(hook);
    expect(leftCgroups(expectedCgroupDirs(id)), 'cgroup left').toEqual([]);
  });

  it('--log-format json writes one JSON object per line with level, msg and time; errors carry their code', async () => {
    const log = join(c.ws.dir, 'log.json');
    const r = await call(c, 'hutch', ['--log', log, '--log-format', 'json', 'delete', 'no-such-container']);
    expect(r.exitCode).toBe(1);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      const o = JSON.parse(l) as Record<string, string>;
      expect(Object.keys(o)).toEqual(o.level === 'error' ? ['level', 'msg', 'code', 'time'] : ['level', 'msg', 'time']);
      expect(Number.isNaN(Date.parse(o.time!))).toBe(false);
    }
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 'error', msg: 'container does not exist', code: 'not-found' });
  });
});

function processWith(arg: string): boolean {
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').includes(arg)) return true;
    } catch {
      // gone
    }
  }
  return false;
}

function killHook(arg: string): void {
  killLeftovers(arg);
}

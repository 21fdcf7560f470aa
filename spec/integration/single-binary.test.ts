/**
 * dist/hutch is one file: a copy of it runs containers on its own, from a
 * directory with nothing beside it, as root and as an unprivileged user,
 * with no PATH (it needs no node, no node_modules, no dist/). It ignores
 * NODE_EXTRA_CA_CERTS and NODE_OPTIONS (scripts/build-sea.mjs removes the
 * names from its copy of node), and what depends on the running process was computed by that
 * process, not frozen into the start-up snapshot at build time.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { HUTCH_BIN, rootSkipReason } from '../helpers/host.js';
import { containerId, ensureHutchBuilt, killLeftovers } from '../helpers/runtimes.js';
import { asUser, ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';

const skip = rootSkipReason();

/** A copy of dist/hutch alone in a fresh directory, owned by `owner` when given. */
function lonelyCopy(ws: Workspace, owner?: TestUser): string {
  const dir = ws.subdir('alone', owner);
  const bin = join(dir, 'hutch');
  copyFileSync(HUTCH_BIN, bin);
  chmodSync(bin, 0o755);
  if (owner) chownSync(bin, owner.uid, owner.gid);
  return bin;
}

/**
 * Runs argv with exactly `env` (no PATH unless given), as `user` when given.
 * `create` leaves the container holding its stdio: give it none.
 */
async function run(argv: string[], env: Record<string, string>, user?: TestUser) {
  const [file, ...args] = user ? asUser(user, argv, env) : argv;
  const quiet = argv.includes('create') ? ({ stdout: 'ignore', stderr: 'ignore' } as const) : {};
  return execa(file!, args, { env, extendEnv: false, reject: false, timeout: 30_000, stdin: 'ignore', ...quiet });
}

describe.skipIf(skip)(`dist/hutch copied alone${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let ws: Workspace;
  beforeAll(() => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-single-');
  });
  afterAll(() => ws?.cleanup());

  it('as root: runs a container, and its state carries times of this process', async () => {
    const bin = lonelyCopy(ws);
    expect(readdirSync(join(bin, '..'))).toEqual(['hutch']);
    const root = ws.subdir('state', undefined, 0o700);
    const id = containerId('single');
    const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['echo', 'alone'] });
    b.writeConfig();
    const env = { HOME: '/root' };
    try {
      const r = await run([bin, '--root', root, 'run', '--bundle', b.dir, id], env);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toBe('alone');

      // `created` comes from the monotonic clock anchored to the wall clock
      // when this process first asks (lib/state/time.ts). An anchor frozen
      // at build time is off by however far the monotonic clock moved
      // otherwise than the wall clock since: a reboot, or here a time
      // namespace whose monotonic clock is a day ahead.
      const before = Date.now();
      const create = [bin, '--root', root, 'create', '--bundle', b.dir, id];
      expect(
        (await run(['unshare', '--time', '--monotonic', '86400', '--fork', ...create], { ...env, PATH: '/usr/bin:/bin' })).exitCode,
      ).toBe(0);
      const state = JSON.parse(String((await run([bin, '--root', root, 'state', id], env)).stdout)) as { created: string; status: string };
      expect(state.status).toBe('created');
      expect(Math.abs(Date.parse(state.created) - before)).toBeLessThan(60_000);
      expect((await run([bin, '--root', root, 'delete', '--force', id], env)).exitCode).toBe(0);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      killLeftovers(id);
    }
  });

  const rootless = rootlessSkipReason();
  it.skipIf(rootless)(`as an unprivileged user: runs a rootless container${rootless ? ` (skipped: ${rootless})` : ''}`, async () => {
    const user = ensureTestUser();
    const bin = lonelyCopy(ws, user);
    const root = ws.subdir('state-user', user, 0o700);
    const id = containerId('single-u');
    const b = makeBundle(ws, { kind: 'rootless', user, template: 'fixture', args: ['id', '-u'] });
    b.writeConfig();
    try {
      const r = await run([bin, '--root', root, 'run', '--bundle', b.dir, id], { HOME: user.home }, user);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toBe('0');
      expect(readdirSync(root)).toEqual([]);
    } finally {
      killLeftovers(id);
    }
  });

  it('ignores NODE_EXTRA_CA_CERTS, which node reads (and complains about) at start-up', async () => {
    const env = { NODE_EXTRA_CA_CERTS: join(ws.dir, 'no-such-bundle.pem') };
    // The control: node itself reads the variable and warns about the missing file.
    const node = spawnSync(process.execPath, ['-e', '0'], { env, encoding: 'utf8' });
    expect(node.stderr).toMatch(/Ignoring extra certs from/);
    const r = await run([HUTCH_BIN, '--version'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^hutch version /);
  });

  it('ignores NODE_OPTIONS: a V8 flag there would make the snapshot unloadable, --require would run code in the runtime', async () => {
    const env = { NODE_OPTIONS: `--max-old-space-size=4096 --require ${join(ws.dir, 'no-such-module.js')}` };
    // The control: node itself obeys the variable (and fails on the missing module).
    const node = spawnSync(process.execPath, ['-e', '0'], { env, encoding: 'utf8' });
    expect(node.status).not.toBe(0);
    expect(node.stderr).toMatch(/no-such-module/);
    // As root and, where it can run, as the unprivileged user: the variable reaches hutch from any caller.
    for (const user of rootless ? [undefined] : [undefined, ensureTestUser()]) {
      const r = await run([HUTCH_BIN, '--version'], env, user);
      expect(r.exitCode, `${user?.name ?? 'root'}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^hutch version /);
    }
  });

  it('reads HUTCH_TIMING when it runs, not when it was built', async () => {
    const r = await run([HUTCH_BIN, '--version'], { HUTCH_TIMING: '1' });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^hutch timing: .* cli loaded$/m);
    expect((await run([HUTCH_BIN, '--version'], {})).stderr).toBe('');
  });
});

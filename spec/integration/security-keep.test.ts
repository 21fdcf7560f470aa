/**
 * Issue #15, "Keep": hostile inputs hutch already withstands (better than
 * runc 1.1.5), each held by a test so it stays that way. Root and
 * rootless. (Image layers with "..", absolute names and hard links stay
 * inside the rootfs: spec/unit/image-unpack.test.ts.)
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { expect, it } from 'vitest';
import { describeResult } from '../helpers/runtimes.js';
import { which } from '../helpers/host.js';
import { describeKinds } from '../helpers/kinds.js';
import type { OciConfig } from '../helpers/bundle.js';
import type { TestUser } from '../helpers/user.js';

/** Swaps two paths with renameat2(RENAME_EXCHANGE) as fast as it can, until killed. */
const EXCHANGER = `
import ctypes, sys
libc = ctypes.CDLL(None, use_errno=True)
a, b = sys.argv[1].encode(), sys.argv[2].encode()
print("ready", flush=True)
while True:
    libc.renameat2(-100, a, -100, b, 2)
`;

const python = which('python3');

/** The host path `hostPath` made again inside the rootfs (owned by `user`), where a symlink to it resolves in the container. */
function mkdirInRootfs(rootfs: string, hostPath: string, user: TestUser | undefined): string {
  const inside = join(rootfs, hostPath);
  mkdirSync(inside, { recursive: true });
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, join(rootfs, hostPath.split('/')[1]!)]);
  return inside;
}

describeKinds('what hutch already withstands (issue #15, Keep)', (env) => {
  it.skipIf(!python)(
    `mount destinations swapped with a symlink by RENAME_EXCHANGE on a shared volume stay inside the rootfs${python ? '' : ' (skipped: no python3 for renameat2)'}`,
    async () => {
      // The volume: a directory of the rootfs another party can write (here:
      // the test), where vol/d is exchanged with vol/l -> a host directory
      // while the container's mounts are made at /vol/d/m and /vol/d/n.
      const host = env().ws.subdir('host-target', env().user);
      const src = env().ws.subdir('src', env().user);
      const b = env().bundle({
        template: 'fixture',
        args: ['true'],
        edit: (cfg) =>
          cfg.mounts.push(
            { destination: '/vol/d/m', type: 'tmpfs', source: 'tmpfs' },
            { destination: '/vol/d/n', type: 'bind', source: src, options: ['rbind'] },
          ),
      });
      mkdirSync(join(b.rootfs, 'vol', 'd'), { recursive: true });
      symlinkSync(host, join(b.rootfs, 'vol', 'l'));
      // The same path inside the rootfs, where the symlink leads when resolved there.
      const inside = mkdirInRootfs(b.rootfs, host, env().user);
      const script = join(env().ws.dir, 'exchange.py');
      writeFileSync(script, EXCHANGER);
      const racer = execa(python!, [script, join(b.rootfs, 'vol', 'd'), join(b.rootfs, 'vol', 'l')], { reject: false });
      try {
        await new Promise<void>((resolve) => racer.stdout!.once('data', () => resolve()));
        for (let i = 0; i < 12; i++) {
          const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('race')]);
          // Either way the runtime must end cleanly: run, or refuse in words.
          if (r.exitCode !== 0) expect(r.stderr, describeResult(r)).toMatch(/^hutch: /);
        }
      } finally {
        racer.kill('SIGKILL');
        await racer;
      }
      expect(readdirSync(host), 'nothing may be made or mounted in the host directory').toEqual([]);
      expect(readdirSync(src)).toEqual([]);
      // The swap was seen: the symlink was followed, inside the rootfs.
      expect(readdirSync(inside).length, 'no run resolved /vol/d while it was the symlink').toBeGreaterThan(0);
    },
  );

  it('a /dev that is a symlink to a host directory gets the /dev tmpfs and devices inside the rootfs', async () => {
    const host = env().ws.subdir('host-dev', env().user);
    const b = env().bundle({ template: 'fixture', args: ['sh', '-c', 'ls /dev | tr "\\n" " "'] });
    rmdirSync(join(b.rootfs, 'dev'));
    symlinkSync(host, join(b.rootfs, 'dev'));
    mkdirInRootfs(b.rootfs, host, env().user);
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('devlink')]);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('null');
    expect(readdirSync(host), 'the host directory stays empty').toEqual([]);
  });

  for (const [what, edit] of [
    ['made by hutch (a /dev tmpfs)', (_: OciConfig) => undefined],
    [
      "the image's own (no /dev tmpfs), with a terminal",
      (cfg: OciConfig) => {
        cfg.mounts = cfg.mounts.filter((m: { destination: string }) => !m.destination.startsWith('/dev'));
        cfg.process.terminal = true;
      },
    ],
  ] as const) {
    it(`/dev/console and /dev/ptmx symlinked to host files: the files stay untouched, /dev ${what}`, async () => {
      const victims = env().ws.subdir('victims', env().user);
      for (const f of ['console', 'ptmx']) writeFileSync(join(victims, f), 'untouched\n');
      const b = env().bundle({ template: 'fixture', args: ['sh', '-c', 'readlink /dev/ptmx; echo x > /dev/console'], edit });
      for (const f of ['console', 'ptmx']) symlinkSync(join(victims, f), join(b.rootfs, 'dev', f));
      const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('console')]);
      if (b.config.process.terminal) {
        // The pty is opened inside the container: the symlink leads nowhere there.
        expect(r.exitCode, describeResult(r)).not.toBe(0);
        expect(r.stderr).toContain('open /dev/ptmx in the container: no such file or directory');
      } else {
        expect(r.exitCode, describeResult(r)).toBe(0);
        expect(r.stdout.trim()).toBe('pts/ptmx');
      }
      for (const f of ['console', 'ptmx']) expect(readFileSync(join(victims, f), 'utf8')).toBe('untouched\n');
    });
  }

  it('50 concurrent creates of one id: exactly one wins, the others are told it exists', async () => {
    const b = env().bundle({ template: 'fixture', args: ['true'] });
    const id = env().id('claim');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => env().call('hutch', ['create', '--bundle', b.dir, id], { timeoutMs: 120_000 })),
    );
    const winners = results.filter((r) => r.exitCode === 0);
    expect(winners, results.map(describeResult).join('\n')).toHaveLength(1);
    for (const r of results.filter((x) => x.exitCode !== 0))
      expect(r.stderr, describeResult(r)).toContain('container with given ID already exists');
    const state = await env().call('hutch', ['state', id]);
    expect(JSON.parse(state.stdout).status).toBe('created');
  }, 180_000);
});

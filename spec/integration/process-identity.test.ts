/**
 * Issue #18, "Process identity and working directory": hutch against runc
 * 1.1.5, each runtime on a bundle of its own made the same way, as root and
 * (where a single-id or ranged map allows the case) as the unprivileged user.
 */
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type BundleKind, type OciConfig, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason, which } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  killLeftovers,
  makeStateRoots,
  runRuntime,
  runtimeArgv,
  type Runtime,
  type RuntimeResult,
  type StateRoots,
} from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { suiteEnv } from '../helpers/suite.js';

const RUNTIMES = ['runc', 'hutch'] as const;

function subRange(file: string, name: string): [number, number] | undefined {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [user, start, count] = line.split(':');
    if (user === name) return [Number(start), Number(count)];
  }
  return undefined;
}

function defineCases(kind: BundleKind, reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`process identity and cwd, hutch vs runc, ${kind}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;
    const rootOnly = kind === 'rootless' ? 'a single-id rootless map has only uid 0 inside' : undefined;

    suiteEnv(kind, 'hutch-it-identity', (e) => ({ ws, user, roots } = e));

    /** A fresh bundle per runtime (a runtime may change the rootfs: the cwd it creates). */
    function bundles(edit: (c: OciConfig) => void, prepare?: (b: Bundle) => void): Record<Runtime, Bundle> {
      const make = () => {
        const b = makeBundle(ws, { kind, user, args: ['true'], edit });
        prepare?.(b);
        return b;
      };
      return { runc: make(), hutch: make() };
    }
    async function runBoth(b: Record<Runtime, Bundle>): Promise<Record<Runtime, RuntimeResult>> {
      const out = {} as Record<Runtime, RuntimeResult>;
      for (const runtime of RUNTIMES)
        out[runtime] = await runRuntime({ runtime, user, roots, args: ['run', '--bundle', b[runtime].dir, containerId('ident')] });
      return out;
    }
    /** Both exit 0 with the same stdout. */
    function expectSame(r: Record<Runtime, RuntimeResult>): void {
      expect(r.runc.exitCode, describeResult(r.runc)).toBe(0);
      expect(r.hutch.exitCode, describeResult(r.hutch)).toBe(0);
      expect(r.hutch.stdout).toBe(r.runc.stdout);
    }

    it.skipIf(Boolean(rootOnly))(
      `a cwd only the runtime can reach: chdir before the switch to the user${rootOnly ? ` (skipped: ${rootOnly})` : ''}`,
      async () => {
        const b = bundles(
          (c) => {
            c.process.user = { uid: 1000, gid: 1000 };
            c.process.args = ['sh', '-c', 'id -u; pwd'];
            c.process.cwd = '/secret/in';
          },
          (bb) => {
            mkdirSync(join(bb.rootfs, 'secret/in'), { recursive: true });
            chmodSync(join(bb.rootfs, 'secret'), 0o700);
          },
        );
        const r = await runBoth(b);
        expectSame(r);
        expect(r.hutch.stdout).toBe('1000\n/secret/in\n');
      },
    );

    it.skipIf(Boolean(rootOnly))(
      `exec --user into a cwd only the runtime can reach${rootOnly ? ` (skipped: ${rootOnly})` : ''}`,
      async () => {
        const b = bundles(
          (c) => (c.process.args = ['sleep', '100']),
          (bb) => {
            mkdirSync(join(bb.rootfs, 'secret'));
            chmodSync(join(bb.rootfs, 'secret'), 0o700);
          },
        );
        for (const runtime of RUNTIMES) {
          const id = containerId('identexec');
          const d = await runRuntime({ runtime, user, roots, args: ['run', '--detach', '--bundle', b[runtime].dir, id] });
          expect(d.exitCode, describeResult(d)).toBe(0);
          try {
            const e = await runRuntime({ runtime, user, roots, args: ['exec', '--user', '1000:1000', '--cwd', '/secret', id, 'pwd'] });
            expect(e.exitCode, describeResult(e)).toBe(0);
            expect(e.stdout).toBe('/secret\n');
          } finally {
            await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
            killLeftovers(id);
          }
        }
      },
    );

    it.skipIf(kind === 'rootless')(
      `a bind source under a directory only the host's root may search, with a user namespace: opened before it, for run and exec${kind === 'rootless' ? ' (skipped: a rootless runtime reaches the same before and after entering the user namespace)' : ''}`,
      async () => {
        const secret = ws.subdir('secret', undefined, 0o700);
        mkdirSync(join(secret, 'data'));
        writeFileSync(join(secret, 'data', 'f'), 'behind a 0700 parent\n');
        const b = bundles(
          (c) => {
            c.linux.namespaces.push({ type: 'user' });
            c.linux.uidMappings = [{ containerID: 0, hostID: 200000, size: 65536 }];
            c.linux.gidMappings = [{ containerID: 0, hostID: 200000, size: 65536 }];
            c.mounts.push({ destination: '/data', type: 'bind', source: join(secret, 'data'), options: ['bind', 'ro'] });
            c.process.args = ['sleep', '100'];
          },
          (bb) => execFileSync('chown', ['-R', '200000:200000', bb.rootfs]),
        );
        for (const runtime of RUNTIMES) {
          const id = containerId('identbind');
          const d = await runRuntime({ runtime, user, roots, args: ['run', '--detach', '--bundle', b[runtime].dir, id] });
          try {
            expect(d.exitCode, describeResult(d)).toBe(0);
            const e = await runRuntime({ runtime, user, roots, args: ['exec', id, 'cat', '/data/f'] });
            expect(e.exitCode, describeResult(e)).toBe(0);
            expect(e.stdout).toBe('behind a 0700 parent\n');
          } finally {
            await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
            killLeftovers(id);
          }
        }
      },
    );

    it("a missing cwd is created (root-owned, 0755), a file in the way fails as runc's mkdir", async () => {
      const r = await runBoth(
        bundles((c) => ((c.process.cwd = '/made/by/runtime'), (c.process.args = ['sh', '-c', 'pwd; stat -c "%u %a" .']))),
      );
      expectSame(r);
      expect(r.hutch.stdout).toBe('/made/by/runtime\n0 755\n');
      const f = await runBoth(bundles((c) => (c.process.cwd = '/bin/sh')));
      for (const runtime of RUNTIMES) {
        expect(f[runtime].exitCode, describeResult(f[runtime])).toBe(1);
        expect(f[runtime].stderr).toContain('mkdir /bin/sh: not a directory');
      }
    });

    it.skipIf(Boolean(rootOnly))(
      `an executable without x for the user runs with CAP_DAC_OVERRIDE, and fails in runc's words without${rootOnly ? ` (skipped: ${rootOnly})` : ''}`,
      async () => {
        const own = (bb: Bundle) => {
          writeFileSync(join(bb.rootfs, 'own.sh'), '#!/bin/sh\necho ran\n');
          chmodSync(join(bb.rootfs, 'own.sh'), 0o700);
        };
        const asUser = (c: OciConfig) => {
          c.process.user = { uid: 1000, gid: 1000 };
          c.process.args = ['/own.sh'];
        };
        const withCap = await runBoth(
          bundles((c) => {
            asUser(c);
            for (const set of ['bounding', 'effective', 'permitted', 'inheritable', 'ambient'])
              c.process.capabilities[set] = ['CAP_DAC_OVERRIDE'];
          }, own),
        );
        expectSame(withCap);
        expect(withCap.hutch.stdout).toBe('ran\n');
        const without = await runBoth(bundles(asUser, own));
        for (const runtime of RUNTIMES) {
          expect(without[runtime].exitCode, describeResult(without[runtime])).toBe(1);
          expect(without[runtime].stderr).toContain('unable to start container process: exec /own.sh: permission denied');
        }
      },
    );

    it('exec: the process has a session of its own; --cap gives the capability as runc does', async () => {
      const b = bundles((c) => (c.process.args = ['sleep', '100']));
      const seen = {} as Record<Runtime, string>;
      for (const runtime of RUNTIMES) {
        const id = containerId('identsid');
        const d = await runRuntime({ runtime, user, roots, args: ['run', '--detach', '--bundle', b[runtime].dir, id] });
        expect(d.exitCode, describeResult(d)).toBe(0);
        try {
          // Fields 6 and 7 of /proc/self/stat: session and process group, compared with the pid.
          const e = await runRuntime({
            runtime,
            user,
            roots,
            args: [
              'exec',
              '--cap',
              'CAP_SYS_ADMIN',
              id,
              'sh',
              '-c',
              'read -r pid _ _ _ pgrp sid _ < /proc/self/stat; [ "$sid" = "$pid" ] && echo own-session; grep Cap /proc/self/status',
            ],
          });
          expect(e.exitCode, describeResult(e)).toBe(0);
          seen[runtime] = e.stdout;
        } finally {
          await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
          killLeftovers(id);
        }
      }
      expect(seen.hutch).toBe(seen.runc);
      expect(seen.hutch).toMatch(/^own-session\n/);
    });

    it.skipIf(!which('script'))(
      'run -t relayed: no "\\r\\r\\n" (ONLCR cleared) and the terminal belongs to the process\'s uid',
      async () => {
        const uid = kind === 'root' ? 1000 : 0;
        const b = bundles((c) => {
          c.process.terminal = true;
          c.process.user = { uid, gid: uid };
          c.process.args = ['sh', '-c', 'printf "a\\nb\\n"; stat -c "%u" "$(readlink /proc/self/fd/0)"'];
        });
        const out = {} as Record<Runtime, string>;
        for (const runtime of RUNTIMES) {
          const id = containerId('identtty');
          const argv = runtimeArgv({ runtime, user, roots, args: ['run', '--bundle', b[runtime].dir, id] });
          // runc needs a controlling terminal to relay: script(1) gives both runtimes one.
          const r = await execa('script', ['-qec', argv.map((a) => `'${a}'`).join(' '), '/dev/null'], {
            reject: false,
            timeout: 20_000,
            stdin: 'ignore',
          });
          killLeftovers(id);
          expect(r.exitCode, `${runtime}: ${r.stderr}`).toBe(0);
          // A NUL sent into the terminal at its end is echoed as "^@" (either runtime).
          out[runtime] = String(r.stdout).replace(/\^@/g, '');
        }
        for (const runtime of RUNTIMES) {
          // The outer terminal (script's) adds one \r; a second one means ONLCR was left on.
          expect(out[runtime], runtime).not.toContain('\r\r');
          expect(out[runtime].split('\r\n').filter(Boolean), runtime).toEqual(['a', 'b', String(uid)]);
        }
      },
    );
  });
}

const runcReason = runcSkipReason();
defineCases('root', runcReason ?? rootSkipReason());
defineCases('rootless', runcReason ?? rootlessSkipReason());

const rangesSkip =
  runcReason ?? rootlessSkipReason() ?? (which('newuidmap') ? undefined : 'newuidmap is not installed (Debian package uidmap)');
describe.skipIf(Boolean(rangesSkip))(`rootless with id ranges, hutch vs runc${rangesSkip ? ` (skipped: ${rangesSkip})` : ''}`, () => {
  it('without additionalGids the process keeps the groups it inherits (groups=0(root)), as runc', async () => {
    ensureHutchBuilt();
    const user = ensureTestUser();
    const uids = subRange('/etc/subuid', user.name)!;
    const gids = subRange('/etc/subgid', user.name)!;
    expect(uids && gids, `${user.name} needs subordinate ranges (useradd adds them)`).toBeTruthy();
    const ws = makeWorkspace('hutch-it-groups-');
    try {
      const roots = makeStateRoots(ws, user);
      const out = {} as Record<Runtime, RuntimeResult>;
      for (const runtime of RUNTIMES) {
        const b = makeBundle(ws, {
          kind: 'rootless',
          user,
          args: ['sh', '-c', 'id; grep Groups /proc/self/status'],
          edit: (cfg) => {
            cfg.linux.uidMappings = [
              { containerID: 0, hostID: user.uid, size: 1 },
              { containerID: 1, hostID: uids[0], size: 1000 },
            ];
            cfg.linux.gidMappings = [
              { containerID: 0, hostID: user.gid, size: 1 },
              { containerID: 1, hostID: gids[0], size: 1000 },
            ];
          },
        });
        chownSync(b.dir, user.uid, user.gid);
        out[runtime] = await runRuntime({ runtime, user, roots, args: ['run', '--bundle', b.dir, containerId('groups')] });
        expect(out[runtime].exitCode, describeResult(out[runtime])).toBe(0);
      }
      expect(out.hutch.stdout).toBe(out.runc.stdout);
      expect(out.hutch.stdout).toContain('groups=0(root)');
    } finally {
      ws.cleanup();
    }
  });
});

/**
 * Issue #18, "Mounts": what runc 1.1.5 does with the same mounts, hutch and
 * runc side by side on fresh copies of the same bundle (runc writes into
 * the rootfs: the mkdirs of its mount targets), root and rootless. Where
 * runc 1.1.5 fails or contradicts the spec, hutch's answer is asserted on
 * its own and the difference is listed in the README.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeResult, type RuntimeResult } from '../helpers/runtimes.js';
import { runcSkipReason, which } from '../helpers/host.js';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';
import { parseMountinfo } from '../helpers/mountinfo.js';
import type { Bundle, OciConfig } from '../helpers/bundle.js';

const withRunc = !runcSkipReason();
type Runtime = 'hutch' | 'runc';
const UNSHARE = which('unshare') ?? 'unshare';

interface Case {
  args: string[];
  edit?: (cfg: OciConfig) => void;
  /** Changes to the fresh rootfs (each runtime gets its own copy). */
  rootfs?: (b: Bundle) => void;
  /** Extra runtime options before --bundle (e.g. --no-pivot). */
  runArgs?: string[];
  /** argv put in front of the runtime (as root, before it switches to the test user). */
  prefix?: string[];
}

/** Runs the case with `runtime` on a bundle of its own. */
async function runCase(env: KindEnv, runtime: Runtime, c: Case): Promise<{ r: RuntimeResult; b: Bundle }> {
  const b = env.bundle({ template: 'fixture', args: c.args, edit: c.edit });
  c.rootfs?.(b);
  const r = await env.call(runtime, ['run', ...(c.runArgs ?? []), '--bundle', b.dir, env.id('mnt')], { prefix: c.prefix });
  return { r, b };
}

/** Runs the case with hutch, and with runc when it is installed. */
async function runBoth(env: KindEnv, c: Case): Promise<{ hutch: RuntimeResult; runc?: RuntimeResult }> {
  const hutch = (await runCase(env, 'hutch', c)).r;
  const runc = withRunc ? (await runCase(env, 'runc', c)).r : undefined;
  return { hutch, runc };
}

/** Both succeed with the same stdout; returns hutch's. */
async function expectSame(env: KindEnv, c: Case): Promise<string> {
  const { hutch, runc } = await runBoth(env, c);
  expect(hutch.exitCode, describeResult(hutch)).toBe(0);
  if (runc) {
    expect(runc.exitCode, describeResult(runc)).toBe(0);
    expect(hutch.stdout).toBe(runc.stdout);
  }
  return hutch.stdout;
}

/** "mount point, per-mount options" of the mounts at `path` (mountinfo fields 5 and 6). */
const mountOptionsOf = (path: string) => `grep ' ${path} ' /proc/self/mountinfo | cut -d' ' -f5,6`;

/** runc's error line without logrus's quoting; hutch's without its prefix. */
function errorText(r: RuntimeResult): string {
  const runc = /level=error msg="(.*)"\s*$/m.exec(r.stderr)?.[1];
  if (runc) return runc.replace(/\\"/g, '"').replace(/^runc run failed: /, '');
  return r.stderr.trim().replace(/^hutch: /, '');
}

function own(env: KindEnv, path: string): void {
  if (env.user) chownSync(path, env.user.uid, env.user.gid);
}

/** An argv prefix: a private mount namespace with a tmpfs of `options` on `dir`, then the runtime. */
function withTmpfsOn(dir: string, options: string): string[] {
  return [UNSHARE, '-m', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o ${options} tmpfs "$0" && exec "$@"`, dir];
}

describeKinds('a read-only /dev tmpfs', (env) => {
  it('is filled first and made read-only last (as runc)', async () => {
    const out = await expectSame(env(), {
      args: ['sh', '-c', `${mountOptionsOf('/dev')}; ls /dev; touch /dev/x 2>&1 | sed 's/.*: //'`],
      edit: (cfg) => cfg.mounts.find((m: { destination: string }) => m.destination === '/dev').options.push('ro'),
    });
    expect(out).toMatch(/^\/dev ro,nosuid\n/);
    expect(out).toContain('\npts\n');
    expect(out).toContain('\nnull\n');
    expect(out).toMatch(/Read-only file system\n$/);
  });
});

/**
 * A bind of a directory on a tmpfs mounted with `source` options. Per kind:
 * the options asked for, and what /mnt gets (null: the kernel refuses, a
 * locked access-time setting cannot change in a user namespace).
 * `runc: false`: runc 1.1.5 differs (see the README), so hutch's answer is
 * asserted on its own.
 */
const BIND_CASES: Record<'root' | 'rootless', { source: string; cases: { options: string[]; expected: string | null; runc?: false }[] }> = {
  root: {
    source: 'ro,nosuid,nodev,noexec,noatime',
    cases: [
      { options: ['bind'], expected: 'ro,nosuid,nodev,noexec,noatime' },
      { options: ['bind', 'ro'], expected: 'ro,noatime' },
      { options: ['rbind', 'ro'], expected: 'ro,noatime' },
      { options: ['bind', 'nosuid'], expected: 'rw,nosuid,noatime' },
      { options: ['bind', 'noatime'], expected: 'rw,noatime' },
      { options: ['bind', 'strictatime'], expected: 'rw' },
      { options: ['bind', 'relatime'], expected: 'rw,relatime' },
      { options: ['bind', 'nodiratime'], expected: 'rw,nodiratime,relatime' },
      { options: ['bind', 'nosuid', 'nodev', 'noexec'], expected: 'rw,nosuid,nodev,noexec,noatime' },
      // runc 1.1.5 ignores options that only clear flags: /mnt stays ro,nosuid,...
      { options: ['bind', 'rw'], expected: 'rw,noatime', runc: false },
    ],
  },
  // In a user namespace the kernel locks the source's ro, nosuid, nodev,
  // noexec and its access-time setting: they are kept, never an error.
  rootless: {
    source: 'nosuid,nodev',
    cases: [
      { options: ['bind'], expected: 'rw,nosuid,nodev,relatime' },
      { options: ['bind', 'rw'], expected: 'rw,nosuid,nodev,relatime' },
      { options: ['bind', 'nosuid', 'nodev', 'noexec'], expected: 'rw,nosuid,nodev,noexec,relatime' },
      // runc 1.1.5 tries to clear the locked nosuid and nodev: EPERM.
      { options: ['bind', 'ro'], expected: 'ro,nosuid,nodev,relatime', runc: false },
      { options: ['rbind', 'ro'], expected: 'ro,nosuid,nodev,relatime', runc: false },
      { options: ['bind', 'noexec'], expected: 'rw,nosuid,nodev,noexec,relatime', runc: false },
      { options: ['bind', 'relatime'], expected: 'rw,nosuid,nodev,relatime', runc: false },
      { options: ['bind', 'noatime'], expected: null },
    ],
  },
};

describeKinds('bind mounts get exactly the flags the config asks for', (env, kind) => {
  for (const c of BIND_CASES[kind].cases) {
    it(`${JSON.stringify(c.options)} of a source mounted ${BIND_CASES[kind].source}: ${c.expected ?? 'refused by the kernel'}`, async () => {
      const src = env().ws.subdir('src', env().user);
      const run: Case = {
        args: ['sh', '-c', mountOptionsOf('/mnt')],
        edit: (cfg) => cfg.mounts.push({ destination: '/mnt', type: 'bind', source: src, options: c.options }),
        prefix: withTmpfsOn(src, BIND_CASES[kind].source),
      };
      const { hutch, runc } = await runBoth(env(), run);
      if (c.expected === null) {
        expect(hutch.exitCode, describeResult(hutch)).not.toBe(0);
        expect(errorText(hutch)).toMatch(
          /^unable to start container process: bind mount .* on \/mnt: set mount attributes: operation not permitted$/,
        );
        if (runc) expect(runc.exitCode, describeResult(runc)).not.toBe(0);
        return;
      }
      expect(hutch.exitCode, describeResult(hutch)).toBe(0);
      expect(hutch.stdout).toBe(`/mnt ${c.expected}\n`);
      if (runc && c.runc !== false) {
        expect(runc.exitCode, describeResult(runc)).toBe(0);
        expect(hutch.stdout).toBe(runc.stdout);
      }
    });
  }
});

describeKinds('a tmpfs keeps the mode of the directory it covers', (env) => {
  const data = (mode: number, options?: string[]): Case => ({
    args: ['sh', '-c', `stat -c '%a %F' /data; ${mountOptionsOf('/data')}`],
    edit: (cfg) => cfg.mounts.push({ destination: '/data', type: 'tmpfs', source: 'tmpfs', ...(options ? { options } : {}) }),
    rootfs: (b) => {
      mkdirSync(join(b.rootfs, 'data'));
      chmodSync(join(b.rootfs, 'data'), mode);
    },
  });

  it("without mode=: the directory's mode, sticky bit included (as runc)", async () => {
    expect(await expectSame(env(), data(0o1770))).toBe('1770 directory\n/data rw,relatime\n');
  });

  it('read-only: the mode is set before the tmpfs is made read-only (as runc)', async () => {
    expect(await expectSame(env(), data(0o700, ['ro']))).toBe('700 directory\n/data ro,relatime\n');
  });

  it('a directory that did not exist: the tmpfs default, 1777 (as runc)', async () => {
    const c: Case = {
      args: ['stat', '-c', '%a', '/fresh'],
      edit: (cfg) => cfg.mounts.push({ destination: '/fresh', type: 'tmpfs', source: 'tmpfs' }),
    };
    expect(await expectSame(env(), c)).toBe('1777\n');
  });

  it("with mode=: the mode asked for (runc 1.1.5 overrides it with the directory's)", async () => {
    const r = (await runCase(env(), 'hutch', data(0o1770, ['mode=750']))).r;
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout).toBe('750 directory\n/data rw,relatime\n');
  });
});

describeKinds('mount destinations reached through a dangling symlink', (env) => {
  const marker = `hutch-dangling-${process.pid}`;
  const cases: [string, Case][] = [
    [
      'a tmpfs under an absolute symlink to a missing directory',
      {
        args: ['sh', '-c', `ls -ld /data/x | cut -c1-10; ${mountOptionsOf(`/${marker}/sub/x`)}`],
        edit: (cfg) => cfg.mounts.push({ destination: '/data/x', type: 'tmpfs', source: 'tmpfs' }),
        rootfs: (b) => symlinkSync(`/${marker}/sub`, join(b.rootfs, 'data')),
      },
    ],
    [
      'a directory bind on a relative symlink to a missing directory',
      {
        args: ['sh', '-c', `ls -ld /data | cut -c1-10; ${mountOptionsOf(`/${marker}`)}`],
        edit: (cfg) => cfg.mounts.push({ destination: '/data', type: 'bind', source: '/usr', options: ['rbind', 'ro'] }),
        rootfs: (b) => symlinkSync(marker, join(b.rootfs, 'data')),
      },
    ],
    [
      'a file bind on a symlink to a missing file',
      {
        args: ['sh', '-c', `cat /etc/hello.conf; ls -l /etc/hello.conf | cut -c1-10; ${mountOptionsOf(`/${marker}/hello.conf`)}`],
        edit: (cfg) => cfg.mounts.push({ destination: '/etc/hello.conf', type: 'bind', source: 'hello.conf', options: ['bind', 'ro'] }),
        rootfs: (b) => {
          writeFileSync(join(b.dir, 'hello.conf'), 'hello\n');
          symlinkSync(`/${marker}/hello.conf`, join(b.rootfs, 'etc', 'hello.conf'));
        },
      },
    ],
  ];
  for (const [what, c] of cases) {
    it(`${what}: made and mounted inside the rootfs (as runc)`, async () => {
      const out = await expectSame(env(), c);
      expect(out).toContain(`/${marker}`);
      expect(existsSync(`/${marker}`), 'nothing is made on the host').toBe(false);
    });
  }
});

describeKinds('a bind whose source an earlier mount of the config made', (env) => {
  it('a bind of rootfs/a, where a tmpfs was mounted on /a first (as runc)', async () => {
    const out = await expectSame(env(), {
      args: ['sh', '-c', 'echo hi > /a/f; cat /b/f; grep -c " /b " /proc/self/mountinfo'],
      edit: (cfg) =>
        cfg.mounts.push(
          { destination: '/a', type: 'tmpfs', source: 'tmpfs' },
          { destination: '/b', type: 'bind', source: 'rootfs/a', options: ['bind'] },
        ),
      rootfs: (b) => rmSync(join(b.rootfs, 'a'), { recursive: true, force: true }),
    });
    expect(out).toBe('hi\n1\n');
  });

  it('a bind of rootfs/a/sub, where a host directory holding sub was bound on /a first (as runc)', async () => {
    const vol = env().ws.subdir('vol', env().user);
    mkdirSync(join(vol, 'sub'));
    writeFileSync(join(vol, 'sub', 'f'), 'from the volume\n');
    for (const p of ['sub', 'sub/f']) own(env(), join(vol, p));
    const out = await expectSame(env(), {
      args: ['cat', '/b/f'],
      edit: (cfg) =>
        cfg.mounts.push(
          { destination: '/a', type: 'bind', source: vol, options: ['rbind'] },
          { destination: '/b', type: 'bind', source: 'rootfs/a/sub', options: ['bind'] },
        ),
    });
    expect(out).toBe('from the volume\n');
  });
});

/** The propagation of "/" in the container, with the caller's "/" shared. */
describeKinds("rootfsPropagation, the caller's / being shared", (env, kind) => {
  const sharedCaller = [UNSHARE, '-m', '--propagation', 'shared'];
  const rootProp: Case['args'] = ['sh', '-c', 'grep -E "^[0-9]+ [0-9]+ [^ ]+ [^ ]+ / " /proc/self/mountinfo'];
  const propagationOf = (r: RuntimeResult) => {
    const root = parseMountinfo(r.stdout).filter((e) => e.mountPoint === '/');
    return root[root.length - 1]?.propagation.sort().join(',') ?? '(no / mount)';
  };
  // runc 1.1.5 never makes the new root shared (it stays private), and
  // fails to bind the rootfs once it made the caller's / unbindable. In a
  // user namespace the caller's shared mounts arrive as slaves, and an
  // rshared / makes the rootless config's rbind of /sys a peer of the
  // caller's: the cgroup tmpfs mounted on it covers the host's hierarchies
  // there too, and both runtimes fail.
  const cases: [string | undefined, string | null, boolean][] = [
    [undefined, 'master', true],
    ['slave', 'master', true],
    ['rslave', 'master', true],
    ['private', '', true],
    ['rprivate', '', true],
    ['shared', 'shared', false],
    ['rshared', kind === 'root' ? 'shared' : null, kind !== 'root'],
    ['unbindable', 'unbindable', false],
    ['runbindable', 'unbindable', false],
  ];
  for (const [prop, expected, sameAsRunc] of cases) {
    const title = expected === null ? 'fails' : `/ is ${expected || 'private'}`;
    it(`${prop ?? 'unset'}: ${title}${sameAsRunc ? ' (as runc)' : ' (runc 1.1.5 differs)'}`, async () => {
      const c: Case = {
        args: rootProp,
        prefix: sharedCaller,
        edit: (cfg) => (prop ? (cfg.linux.rootfsPropagation = prop) : delete cfg.linux.rootfsPropagation),
      };
      const { hutch, runc } = await runBoth(env(), c);
      if (expected === null) {
        expect(hutch.exitCode, describeResult(hutch)).not.toBe(0);
        if (runc) expect(runc.exitCode, describeResult(runc)).not.toBe(0);
        return;
      }
      expect(hutch.exitCode, describeResult(hutch)).toBe(0);
      expect(propagationOf(hutch)).toBe(expected);
      if (runc && sameAsRunc) {
        expect(runc.exitCode, describeResult(runc)).toBe(0);
        expect(propagationOf(hutch)).toBe(propagationOf(runc));
      }
      if (runc && !sameAsRunc) expect(runc.exitCode === 0 ? propagationOf(runc) : 'failed').not.toBe(expected);
    });
  }
});

describeKinds('--no-pivot', (env) => {
  it("the container cannot mount a bare procfs over the host's view (as runc: permission denied)", async () => {
    const { hutch, runc } = await runBoth(env(), {
      args: ['unshare', '-mrpf', 'sh', '-c', 'mount -t proc none /proc && echo mounted'],
      edit: (cfg) => {
        for (const set of ['bounding', 'permitted', 'effective']) cfg.process.capabilities[set].push('CAP_SETFCAP', 'CAP_SYS_ADMIN');
      },
      runArgs: ['--no-pivot'],
    });
    for (const r of [hutch, runc]) {
      if (!r) continue;
      expect(r.stdout, describeResult(r)).not.toContain('mounted');
      expect(r.stderr, describeResult(r)).toContain('mount: permission denied');
    }
  });

  it('the container still runs and sees its own /proc', async () => {
    const out = await expectSame(env(), {
      args: ['sh', '-c', 'cat /proc/1/comm; ls /sys/kernel >/dev/null && echo sys'],
      runArgs: ['--no-pivot'],
    });
    expect(out).toBe('sh\nsys\n');
  });
});

describeKinds('proc and sysfs only on an ordinary directory', (env, kind) => {
  // (A rootless config binds the host's /sys: no sysfs mount there.)
  const cases: [string, string, (b: Bundle) => void][] = [
    [
      'a /proc symlinked to a directory',
      'proc',
      (b) => (
        rmSync(join(b.rootfs, 'proc'), { recursive: true }),
        mkdirSync(join(b.rootfs, 'realproc')),
        symlinkSync('realproc', join(b.rootfs, 'proc'))
      ),
    ],
    [
      'a /proc that is a file',
      'proc',
      (b) => (rmSync(join(b.rootfs, 'proc'), { recursive: true }), writeFileSync(join(b.rootfs, 'proc'), '')),
    ],
    [
      'a /sys symlinked to a directory',
      'sysfs',
      (b) => (
        rmSync(join(b.rootfs, 'sys'), { recursive: true }),
        mkdirSync(join(b.rootfs, 'realsys')),
        symlinkSync('/realsys', join(b.rootfs, 'sys'))
      ),
    ],
  ];
  for (const [what, fs, rootfs] of cases.filter(([, fs]) => fs === 'proc' || kind === 'root')) {
    it(`${what} is refused with runc's words`, async () => {
      const { hutch, runc } = await runBoth(env(), { args: ['true'], rootfs });
      const dest = fs === 'proc' ? '/proc' : '/sys';
      const expected = `unable to start container process: error mounting "${fs}" to rootfs at "${dest}": filesystem "${fs}" must be mounted on ordinary directory`;
      expect(hutch.exitCode, describeResult(hutch)).not.toBe(0);
      expect(errorText(hutch)).toBe(expected);
      if (runc) expect(errorText(runc)).toBe(expected.replace('process: ', 'process: error during container init: '));
    });
  }
});

describeKinds('a config without a mount namespace', (env, kind) => {
  // runc 1.1.5 runs it in the caller's mount namespace: it makes the
  // caller's "/" private and leaves every mount it made behind, after the
  // container is gone. hutch refuses it (README, differences from runc).
  const probe = `grep -E '^[0-9]+ [0-9]+ [^ ]+ / / ' /proc/self/mountinfo | grep -c shared; grep -c "$0" /proc/self/mountinfo; exit 0`;
  const noMountNs = (cfg: OciConfig) => {
    cfg.linux.namespaces = cfg.linux.namespaces.filter((n: { type: string }) => n.type !== 'mount');
    delete cfg.linux.maskedPaths;
    delete cfg.linux.readonlyPaths;
  };
  it("is refused with the reason, and the caller's mounts are left as they were", async () => {
    for (const runtime of withRunc ? (['hutch', 'runc'] as const) : (['hutch'] as const)) {
      const b = env().bundle({ template: 'fixture', args: ['true'], edit: noMountNs });
      // The caller: a throwaway mount namespace whose "/" is shared; after
      // the runtime, print whether "/" is still shared and how many mounts
      // are left under the rootfs.
      const after = [UNSHARE, '-m', '--propagation', 'shared', 'sh', '-c', `"$@"; ${probe}`, b.rootfs];
      const r = await env().call(runtime, ['run', '--bundle', b.dir, env().id('nomntns')], { prefix: after });
      if (runtime === 'hutch') {
        expect(r.stderr).toContain('hutch: config.json: linux.namespaces: a container without a mount namespace is not supported');
        expect(r.stdout).toBe('1\n0\n');
      } else if (kind === 'root') {
        // What hutch refuses to do to its caller.
        expect(r.stdout).toMatch(/^0\n[1-9]\d*\n$/);
      }
    }
  });
});

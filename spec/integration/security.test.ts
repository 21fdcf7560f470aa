/**
 * Issue #6 — a hostile rootfs cannot make the runtime reach the host: proc
 * is never mounted through a symlink, mount destinations resolve inside the
 * rootfs, masked paths stay masked, no host fd leaks, seccomp and
 * capabilities are what the config says.
 */
import { chownSync, mkdirSync, readFileSync, rmSync, symlinkSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { FIXTURES, rootSkipReason, runcSkipReason } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  makeStateRoots,
  runRuntime,
  type StateRoots,
  type Runtime,
} from '../helpers/runtimes.js';

const rootSkip = rootSkipReason();

describe.skipIf(rootSkip)(`hostile rootfs and hardening${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  let ws: Workspace;
  let roots: StateRoots;
  beforeAll(() => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-sec-');
    roots = makeStateRoots(ws);
  });
  afterAll(() => ws?.cleanup());

  const run = (bundleDir: string, runtime: Runtime = 'hutch', extra: string[] = []) =>
    runRuntime({ runtime, roots, args: ['run', ...extra, '--bundle', bundleDir, containerId('sec')], timeoutMs: 20_000 });

  it('refuses a rootfs whose /proc is a symlink (CVE-2019-16884/19921 class)', async () => {
    const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['true'] });
    b.writeConfig();
    rmSync(join(b.rootfs, 'proc'), { recursive: true });
    symlinkSync('/tmp', join(b.rootfs, 'proc'));
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(1);
    expect(r.stderr).toContain('error mounting "proc" to rootfs at "/proc": filesystem "proc" must be mounted on ordinary directory');
  });

  it('resolves a mount destination that is a symlink to /etc inside the rootfs, never on the host', async () => {
    const marker = `hutch-sec-${process.pid}`;
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh', '-c', `ls /etc/${marker} >/dev/null && echo inside-ok`],
      edit: (cfg) => {
        cfg.root.readonly = false;
        cfg.mounts.push({ destination: '/evil/' + marker, type: 'tmpfs', source: 'tmpfs', options: ['size=1m'] });
      },
    });
    b.writeConfig();
    symlinkSync('/etc', join(b.rootfs, 'evil'));
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('inside-ok');
    expect(existsSync(join('/etc', marker)), 'nothing may be created in the host /etc').toBe(false);
    expect(existsSync(join(b.rootfs, 'etc', marker))).toBe(true);
  });

  it('keeps masked paths masked even when a mount lands on them', async () => {
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh', '-c', 'wc -c < /proc/keys; ls /sys/firmware | wc -l'],
      edit: (cfg) => cfg.mounts.push({ destination: '/sys/firmware', type: 'bind', source: '/sys/firmware', options: ['rbind', 'ro'] }),
    });
    b.writeConfig();
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((s) => s.trim()),
    ).toEqual(['0', '0']);
  });

  it('passes no fd of the host to the container: only stdio and --preserve-fds', async () => {
    // The container process itself lists its fds: besides 0-2 only the
    // directory ls opens to read /proc/self/fd may show up.
    const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['ls', '-l', '/proc/self/fd'] });
    b.writeConfig();
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    const fds = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const m = / (\d+) -> (.*)$/.exec(l);
        return { fd: Number(m?.[1]), target: m?.[2] ?? '' };
      });
    expect(fds.filter((f) => f.fd <= 2).map((f) => f.fd)).toEqual([0, 1, 2]);
    for (const f of fds.filter((f) => f.fd > 2)) expect(f.target, `fd ${f.fd} leaked into the container`).toMatch(/^\/proc\/\d+\/fd$/);
  });

  it('installs a seccomp profile that denies mkdir with EPERM, other syscalls work', async () => {
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: [
        'sh',
        '-c',
        'mkdir /tmp/x 2>&1; echo rc=$?; ls / >/dev/null && echo ls-ok; grep -E "^(Seccomp|NoNewPrivs):" /proc/self/status',
      ],
      edit: (cfg) => {
        cfg.mounts.push({ destination: '/tmp', type: 'tmpfs', source: 'tmpfs' });
        cfg.linux.seccomp = {
          defaultAction: 'SCMP_ACT_ALLOW',
          architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_AARCH64'],
          syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
        };
      },
    });
    b.writeConfig();
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('Operation not permitted');
    expect(r.stdout).toContain('rc=1');
    expect(r.stdout).toContain('ls-ok');
    expect(r.stdout).toMatch(/Seccomp:\s+2/);
    expect(r.stdout).toMatch(/NoNewPrivs:\s+1/);
  });

  it('runs `ls; ps; id` under the Docker/Podman default profile', async () => {
    const profile = JSON.parse(readFileSync(join(FIXTURES, 'seccomp', 'default.json'), 'utf8'));
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh', '-c', 'ls / >/dev/null; ps >/dev/null; id'],
      edit: (cfg) => (cfg.linux.seccomp = profile),
    });
    b.writeConfig();
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('uid=0(root)');
  });

  it.skipIf(runcSkipReason())('shows the same Cap*, NoNewPrivs and Seccomp lines as runc for one bundle', async () => {
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh', '-c', 'grep -E "^(Cap|NoNewPrivs|Seccomp)" /proc/self/status'],
      edit: (cfg) => {
        cfg.process.capabilities = {
          bounding: ['CAP_CHOWN', 'CAP_KILL', 'CAP_NET_RAW'],
          effective: ['CAP_KILL'],
          permitted: ['CAP_CHOWN', 'CAP_KILL'],
          inheritable: ['CAP_KILL'],
          ambient: ['CAP_KILL'],
        };
        cfg.linux.seccomp = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] };
      },
    });
    b.writeConfig();
    const ours = await run(b.dir);
    const theirs = await run(b.dir, 'runc');
    expect(ours.exitCode, describeResult(ours)).toBe(0);
    expect(ours.stdout).toBe(theirs.stdout);
  });

  it('creates only the default and configured devices in /dev', async () => {
    const b = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh', '-c', 'ls /dev | tr "\\n" " "'],
      edit: (cfg) => (cfg.linux.devices = [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 0o666 }]),
    });
    b.writeConfig();
    const r = await run(b.dir);
    expect(r.exitCode, describeResult(r)).toBe(0);
    const devs = r.stdout
      .trim()
      .split(/\s+/)
      .filter((d) => d !== 'core')
      .sort();
    // /dev/core -> /proc/kcore exists only when the kernel has /proc/kcore, as with runc.
    expect(r.stdout.includes('core')).toBe(existsSync('/proc/kcore'));
    expect(devs).toEqual([
      'fd',
      'full',
      'fuse',
      'mqueue',
      'null',
      'ptmx',
      'pts',
      'random',
      'shm',
      'stderr',
      'stdin',
      'stdout',
      'tty',
      'urandom',
      'zero',
    ]);
  });
});

describe.skipIf(rootSkip)(`idmapped mounts${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  it('shows files owned by the mapped ids inside', async () => {
    ensureHutchBuilt();
    const ws = makeWorkspace('hutch-idmap-');
    try {
      const roots = makeStateRoots(ws);
      const data = ws.subdir('data');
      writeFileSync(join(data, 'f'), 'x');
      chownSync(join(data, 'f'), 1000, 1000);
      const b = makeBundle(ws, {
        kind: 'root',
        template: 'fixture',
        args: ['sh', '-c', 'stat -c "%u:%g" /idm/f; cat /proc/self/uid_map'],
        edit: (cfg) => {
          cfg.linux.namespaces.push({ type: 'user' });
          cfg.linux.uidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
          cfg.linux.gidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
          cfg.mounts.push({
            destination: '/idm',
            type: 'bind',
            source: data,
            options: ['bind'],
            uidMappings: [{ containerID: 1000, hostID: 100000, size: 1 }],
            gidMappings: [{ containerID: 1000, hostID: 100000, size: 1 }],
          });
        },
      });
      b.writeConfig();
      mkdirSync(join(b.rootfs, 'idm'));
      const r = await runRuntime({ runtime: 'hutch', roots, args: ['run', '--bundle', b.dir, containerId('idmap')] });
      expect(r.exitCode, describeResult(r)).toBe(0);
      // On disk 1000:1000; through the mount 100000 on the host, which is 0 in the container.
      expect(r.stdout.split('\n')[0]).toBe('0:0');
    } finally {
      ws.cleanup();
    }
  });
});

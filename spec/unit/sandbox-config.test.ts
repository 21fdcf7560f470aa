/**
 * hutch sandbox without running anything: options, the config.json it makes
 * (checked by the config parser hutch run uses, and by decide()), the
 * podman profile filter and its precompiled BPF, the mount order of the
 * command line, and the errors named with their fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeOptions, type SandboxRequest } from '../../lib/sandbox/options.js';
import { sandboxSpec, DEFAULT_PATH, type SandboxRoot } from '../../lib/sandbox/config.js';
import { probeHost, sandboxHost, type CallerState, type Probe } from '../../lib/sandbox/caller.js';
import { podmanProfile, sandboxProfile } from '../../lib/sandbox/seccomp.js';
import { SANDBOX_BPF } from '../../lib/sandbox/seccomp-bpf.js';
import { explainFailure, readUsernsSysctls, usernsRestriction, type ExplainContext } from '../../lib/sandbox/explain.js';
import { mountsInOrder } from '../../lib/cli/commands/sandbox.js';
import { parseSpec } from '../../lib/config/index.js';
import { decisionPlan, USER_HOST } from '../helpers/decide.js';
import { decide } from '../../lib/container/decide.js';
import { compileSeccomp } from '../../lib/seccomp/compile.js';
import { parseDuration } from '../../lib/units.js';
import { HutchError } from '../../lib/errors.js';
import { FIXTURES } from '../helpers/host.js';

const settings = (command: string[], r: SandboxRequest = {}) => normalizeOptions(command, r, '/home/u/proj');

const caller = (over: Partial<CallerState> = {}): CallerState => ({
  uid: 1000,
  gid: 1000,
  umask: 0o022,
  cwd: '/home/u/proj',
  env: {
    PATH: '/usr/bin:/bin',
    HOME: '/home/u',
    XDG_RUNTIME_DIR: '/run/user/1000',
    HUTCH_ARGV0: 'hutch',
    NODE_EXTRA_CA_CERTS: '/etc/ca.pem',
  },
  terminal: false,
  ...over,
});

/** A host where these paths exist (directories unless named in `files`). */
const host =
  (paths: string[], files: string[] = []): Probe =>
  (p) =>
    files.includes(p) ? 'file' : paths.includes(p) || paths.some((d) => d.startsWith(p + '/')) ? 'dir' : undefined;
const HOST = host(['/home/u/proj', '/run/user/1000', '/home/u/.ssh', '/home/u/out', '/data'], ['/home/u/.netrc']);
const hostRoot: SandboxRoot = { kind: 'host' };

function specFor(command: string[], r: SandboxRequest = {}, c = caller(), root = hostRoot, probe = HOST) {
  const o = settings(command, r);
  return sandboxSpec(o, sandboxHost(o, root, c, probe), root, sandboxProfile('x86_64'));
}

describe('sandbox options', () => {
  it('resolves paths against the current directory and converts units', () => {
    const o = settings(['make'], {
      mounts: [
        { kind: 'rw', path: '../out' },
        { kind: 'hide', path: '/home/u/.ssh' },
      ],
      memory: '512m',
      cpus: '1.5',
      pidsLimit: 100,
      timeout: '1m30s',
      env: { A: 'b' },
    });
    expect(o.mounts).toEqual([
      { kind: 'rw', path: '/home/u/out' },
      { kind: 'hide', path: '/home/u/.ssh' },
    ]);
    expect(o.limits).toEqual({ memory: 512 * 1024 * 1024, cpus: 1.5, pidsLimit: 100 });
    expect(o.timeoutMs).toBe(90_000);
    expect(o.env).toEqual(['A=b']);
    expect(parseDuration('timeout', '500ms')).toBe(500);
    expect(parseDuration('timeout', '2')).toBe(2000);
  });

  it('refuses mistakes with the flag named', () => {
    const bad: [string[], SandboxRequest, RegExp][] = [
      [[], {}, /no command given/],
      [['x'], { net: 'bridge' as 'none' }, /--net: invalid value "bridge"/],
      [['x'], { timeout: 'soon' }, /--timeout: "soon"/],
      [['x'], { memory: 'lots' }, /--memory: "lots"/],
      [['x'], { cpus: '-1' }, /--cpus: "-1"/],
      [['x'], { pidsLimit: 0 }, /--pids-limit: must be a positive integer/],
      [['x'], { env: ['NOEQUALS'] }, /--env: invalid environment variable "NOEQUALS"/],
      [['x'], { keep: '../x' }, /--keep: invalid container name/],
      [['x'], { mounts: [{ kind: 'rw', path: '/' }] }, /--rw \/: the sandbox's root cannot be replaced/],
      [['x'], { hostname: 'a b' }, /--hostname: invalid host name/],
      [['x'], { keep: 'k', timeout: '1s' }, /--timeout: a kept sandbox runs on after hutch returns/],
    ];
    for (const [cmd, r, msg] of bad) {
      const run = () => settings(cmd, r);
      expect(run).toThrow(HutchError);
      expect(run).toThrow(msg);
    }
  });
});

describe('the config.json of a sandbox', () => {
  it('is the host read-only, the working directory writable, fresh /proc, /dev, /tmp, every namespace, no capabilities', () => {
    const spec = specFor(['make', 'test']);
    expect(spec.root).toEqual({ path: '/' });
    expect(spec.annotations).toEqual({ 'hutch.rootfs.options': 'rro,rnosuid,rnodev' });
    expect(spec.process).toMatchObject({
      args: ['make', 'test'],
      cwd: '/home/u/proj',
      user: { uid: 1000, gid: 1000, umask: 0o022 },
      noNewPrivileges: true,
      terminal: false,
    });
    expect(spec.process?.capabilities).toEqual({ bounding: [], effective: [], permitted: [], inheritable: [], ambient: [] });
    expect(spec.linux?.namespaces?.map((n) => n.type).sort()).toEqual(['cgroup', 'ipc', 'mount', 'network', 'pid', 'user', 'uts']);
    expect(spec.linux?.uidMappings).toEqual([{ containerID: 1000, hostID: 1000, size: 1 }]);
    expect(spec.linux?.gidMappings).toEqual([{ containerID: 1000, hostID: 1000, size: 1 }]);
    // /proc stays fully visible to an unprivileged caller (nested sandboxes); root's gets runc's masks.
    expect(spec.linux).not.toHaveProperty('readonlyPaths');
    expect(spec.linux).not.toHaveProperty('maskedPaths');
    expect(spec.linux?.seccomp).toBe(sandboxProfile('x86_64'));
    expect(spec.mounts?.map((m) => `${m.destination} ${m.type}`)).toEqual([
      '/proc proc',
      '/dev tmpfs',
      '/dev/pts devpts',
      '/dev/shm tmpfs',
      '/tmp tmpfs',
      '/run/user/1000 tmpfs', // the session's sockets (D-Bus, systemd --user) would reach outside
      '/home/u/proj bind',
    ]);
    expect(spec.mounts?.at(-1)?.options).toEqual(['rbind', 'rnosuid', 'rnodev']);
    expect(spec).not.toHaveProperty('hostname');
    expect(spec.linux).not.toHaveProperty('resources');
  });

  it("passes the caller's environment, without hutch's own variables, then --env", () => {
    const env = specFor(['x'], { env: ['PATH=/opt/bin', 'NEW=1'] }).process?.env ?? [];
    expect(env).toContain('PATH=/opt/bin');
    expect(env).toContain('NEW=1');
    expect(env).toContain('HOME=/home/u');
    expect(env).toContain('NODE_EXTRA_CA_CERTS=/etc/ca.pem');
    expect(env.filter((e) => e.startsWith('PATH='))).toHaveLength(1);
    expect(env.some((e) => e.startsWith('HUTCH_'))).toBe(false);
    expect(specFor(['x'], { clearEnv: true, env: ['A=1'] }).process?.env).toEqual([DEFAULT_PATH, 'A=1']);
  });

  it('adds the mounts in the order given, hiding a file under /dev/null and a directory under a tmpfs', () => {
    const spec = specFor(['x'], {
      mounts: [
        { kind: 'tmpfs', path: '/data' },
        { kind: 'rw', path: '/home/u/out' },
        { kind: 'hide', path: '/home/u/.netrc' },
        { kind: 'hide', path: '/home/u/.ssh' },
        { kind: 'ro', path: '/home/u/proj' },
      ],
    });
    const tail = spec.mounts!.slice(-5).map((m) => [m.destination, m.type, m.source, (m.options ?? []).join(',')]);
    expect(tail).toEqual([
      ['/data', 'tmpfs', 'tmpfs', 'nosuid,nodev,mode=755'],
      ['/home/u/out', 'bind', '/home/u/out', 'rbind,rnosuid,rnodev'],
      ['/home/u/.netrc', 'bind', '/dev/null', 'bind,ro,nosuid,noexec,nodev'],
      ['/home/u/.ssh', 'tmpfs', 'tmpfs', 'ro,nosuid,noexec,nodev,mode=755'],
      ['/home/u/proj', 'bind', '/home/u/proj', 'rbind,rro,rnosuid,rnodev'],
    ]);
  });

  it('--net host, --hostname, --root-user, limits, and root hiding /run', () => {
    const spec = specFor(['x'], { net: 'host', hostname: 'box', rootUser: true, memory: 1024, pidsLimit: 10, cpus: 2 });
    expect(spec.linux?.namespaces?.map((n) => n.type)).not.toContain('network');
    expect(spec.hostname).toBe('box');
    expect(spec.process?.user).toMatchObject({ uid: 0, gid: 0 });
    expect(spec.linux?.uidMappings).toEqual([{ containerID: 0, hostID: 1000, size: 1 }]);
    expect(spec.linux?.resources).toEqual({ memory: { limit: 1024 }, pids: { limit: 10 }, cpu: { quota: 200_000, period: 100_000 } });
    const asRoot = specFor(['x'], {}, caller({ uid: 0, gid: 0, env: { PATH: '/bin' } }));
    expect(asRoot.mounts?.find((m) => m.destination === '/run')).toMatchObject({ type: 'tmpfs', options: expect.arrayContaining(['ro']) });
    expect(asRoot.linux?.uidMappings).toEqual([{ containerID: 0, hostID: 0, size: 1 }]);
    expect(asRoot.linux?.readonlyPaths).toContain('/proc/sys');
    expect(asRoot.linux?.maskedPaths).toContain('/proc/kcore');
  });

  it("on an image: its rootfs read-only, its environment over the caller's", () => {
    const root: SandboxRoot = { kind: 'image', rootfs: '/cache/img/rootfs', env: ['PATH=/image/bin', 'LANG=C'] };
    const spec = specFor(['x'], {}, caller(), root, (p) => (p.startsWith('/cache/img/rootfs') ? 'dir' : HOST(p)));
    expect(spec.root).toEqual({ path: '/cache/img/rootfs', readonly: true });
    expect(spec.annotations).toEqual({ 'hutch.rootfs.options': 'nosuid,nodev' });
    expect(spec.process?.env).toContain('PATH=/image/bin');
    expect(spec.process?.env).toContain('LANG=C');
  });

  it('is a valid config.json, and one hutch decides and plans (as `hutch run` would run it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hutch-sbx-'));
    mkdirSync(join(dir, 'secret'));
    const o = normalizeOptions(['make'], { mounts: [{ kind: 'hide', path: 'secret' }], memory: '64m' }, dir);
    const c = caller({ cwd: dir });
    const spec = sandboxSpec(o, sandboxHost(o, hostRoot, c, probeHost), hostRoot, sandboxProfile('x86_64'));
    const parsed = parseSpec(JSON.parse(JSON.stringify(spec)));
    expect(parsed.linux?.uidMappings).toEqual(spec.linux?.uidMappings);
    const d = decide({
      id: 's',
      spec: parsed,
      bundle: dir,
      rootfs: '/',
      arch: 'x86_64',
      host: USER_HOST,
      cgroupHierarchies: [],
      preserveFds: 0,
      noPivot: false,
      noNewKeyring: false,
      seccomp: undefined,
      reaper: true,
      dieWithParent: true,
    });
    expect(d.idMaps).toMatchObject({ method: 'direct', setgroups: false });
    const text = decisionPlan(d);
    expect(text).toContain('# attach the rootfs over /');
    expect(text).not.toContain('become root');
    expect(text).toContain('PR_SET_PDEATHSIG');
    rmSync(dir, { recursive: true });
  });
});

describe('paths a sandbox names', () => {
  const check =
    (r: SandboxRequest, c = caller()) =>
    () =>
      sandboxHost(settings(['x'], r), hostRoot, c, HOST);

  it('must exist, with the fix in the message', () => {
    expect(check({ mounts: [{ kind: 'rw', path: '/nope' }] })).toThrow(
      '--rw /nope: no such file or directory: create it first, or use --tmpfs /nope for an empty writable directory',
    );
    expect(check({ mounts: [{ kind: 'ro', path: '/nope' }] })).toThrow(/--ro \/nope: no such file or directory/);
    expect(check({ mounts: [{ kind: 'hide', path: '/nope' }] })).toThrow(/--hide \/nope: no such file or directory: nothing to hide there/);
    expect(check({ mounts: [{ kind: 'tmpfs', path: '/nope' }] })).toThrow(
      /--tmpfs \/nope: no such directory: the sandbox's \/ is read-only/,
    );
    expect(check({ cwd: '/nope' })).toThrow('--cwd /nope: no such directory');
    expect(check({}, caller({ cwd: '/' }))).toThrow(/the current directory is \/, which the sandbox would make writable/);
  });

  it('lets a tmpfs mount point be made inside /tmp or an earlier --tmpfs', () => {
    expect(check({ mounts: [{ kind: 'tmpfs', path: '/tmp/a/b' }] })).not.toThrow();
    expect(
      check({
        mounts: [
          { kind: 'tmpfs', path: '/data' },
          { kind: 'tmpfs', path: '/data/new' },
        ],
      }),
    ).not.toThrow();
  });

  it('does not hide the runtime directory when the work is in it', () => {
    const h = sandboxHost(settings(['x']), hostRoot, caller({ cwd: '/run/user/1000' }), HOST);
    expect(h.runtimeDir).toBeUndefined();
  });
});

describe('the order of --rw, --ro, --hide and --tmpfs on the command line', () => {
  it('is read from argv and checked against the parsed flags', () => {
    const argv = ['--root', '/r', 'sandbox', '--tmpfs', '/a', '--rw=/a/b', '-e', 'X=1', '--hide', '/c', '--', 'sh', '--rw', '/ignored'];
    const args = { tmpfs: ['/a'], rw: ['/a/b'], hide: ['/c'] };
    expect(mountsInOrder(argv, args)).toEqual([
      { kind: 'tmpfs', path: '/a' },
      { kind: 'rw', path: '/a/b' },
      { kind: 'hide', path: '/c' },
    ]);
    expect(() => mountsInOrder(['sandbox', '--rw', '/a'], { rw: ['/b'] })).toThrow(/could not read the order of the --rw options/);
  });
});

describe("the sandbox's seccomp profile", () => {
  it("filters containers-common's profile as podman does (same result as the fixture made by containers-to-oci.py)", () => {
    const caps = [
      'CAP_CHOWN',
      'CAP_DAC_OVERRIDE',
      'CAP_FOWNER',
      'CAP_FSETID',
      'CAP_KILL',
      'CAP_NET_BIND_SERVICE',
      'CAP_SETFCAP',
      'CAP_SETGID',
      'CAP_SETPCAP',
      'CAP_SETUID',
      'CAP_SYS_CHROOT',
    ];
    expect(podmanProfile('x86_64', caps)).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'seccomp', 'default.json'), 'utf8')));
    expect(podmanProfile('aarch64', caps)).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'seccomp', 'default-arm64.json'), 'utf8')));
    // Without capabilities, what a capability grants is denied.
    const none = podmanProfile('x86_64');
    const chroot = none.syscalls!.filter((s) => s.names.includes('chroot'));
    expect(chroot.map((s) => s.action)).toEqual(['SCMP_ACT_ERRNO']);
  });

  it('is compiled ahead of time to exactly what the compiler makes of it (else: npx tsx scripts/gen-sandbox-seccomp.ts)', () => {
    for (const arch of ['x86_64', 'aarch64'] as const) {
      const c = compileSeccomp(podmanProfile(arch) as Parameters<typeof compileSeccomp>[0], arch);
      expect(SANDBOX_BPF[arch]).toEqual({ program: c.program.toString('base64'), instructions: c.instructions, flags: c.flags });
    }
  });
});

describe('errors a sandbox user meets, with the fix', () => {
  const ctx = (sysctls: ReturnType<typeof readUsernsSysctls>, euid = 1000): ExplainContext => ({
    euid,
    node: '/usr/bin/node',
    sysctls: () => sysctls,
    path: '/usr/bin:/bin',
    image: undefined,
  });
  const usernsFailure = new HutchError('unable to start container process: create the user namespace: operation not permitted', {
    code: 'start-failed',
  });

  it('reads the user namespace sysctls that exist', () => {
    const files: Record<string, string> = {
      '/proc/sys/user/max_user_namespaces': '0',
      '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1',
    };
    expect(readUsernsSysctls((p) => files[p])).toEqual({ maxUserNamespaces: '0', apparmorRestrict: '1' });
  });

  it('names each restriction and its fix, and only for who it restricts', () => {
    expect(usernsRestriction({ maxUserNamespaces: '0' }, 1000, 'node')).toMatch(
      /user.max_user_namespaces = 0.*Fix: sudo sysctl -w user.max_user_namespaces=/,
    );
    expect(usernsRestriction({ maxUserNamespaces: '0' }, 0, 'node')).toMatch(/max_user_namespaces/);
    expect(usernsRestriction({ unprivilegedUsernsClone: '0', maxUserNamespaces: '100' }, 1000, 'node')).toMatch(
      /kernel.unprivileged_userns_clone = 0.*sudo sysctl -w kernel.unprivileged_userns_clone=1/,
    );
    expect(usernsRestriction({ unprivilegedUsernsClone: '0' }, 0, 'node')).toBeUndefined();
    expect(usernsRestriction({ apparmorRestrict: '1' }, 1000, '/usr/bin/node')).toMatch(
      /kernel.apparmor_restrict_unprivileged_userns = 1.*profile hutch \/usr\/bin\/node flags=\(unconfined\) \{ userns, \}.*apparmor_restrict_unprivileged_userns=0/,
    );
    expect(
      usernsRestriction({ unprivilegedUsernsClone: '1', maxUserNamespaces: '100', apparmorRestrict: '0' }, 1000, 'node'),
    ).toBeUndefined();
  });

  it("turns the runtime's failure into the explanation, keeping the original text", () => {
    const e = explainFailure(usernsFailure, ctx({ apparmorRestrict: '1' })) as HutchError;
    expect(e.code).toBe('permission');
    expect(e.message).toMatch(
      /^sandbox: AppArmor restricts.*\(unable to start container process: create the user namespace: operation not permitted\)$/,
    );
    // AppArmor's restriction shows later, as a mount refused in a namespace without capabilities.
    const mount = new HutchError('unable to start container process: mount proc on /proc: permission denied', { code: 'start-failed' });
    expect((explainFailure(mount, ctx({ apparmorRestrict: '1' })) as HutchError).code).toBe('permission');
    expect(explainFailure(usernsFailure, ctx({}))).toBe(usernsFailure);
    const other = new HutchError('something else', { code: 'start-failed' });
    expect(explainFailure(other, ctx({ maxUserNamespaces: '0' }))).toBe(other);
  });

  it('says a command was not found in the sandbox, exiting 127 like a shell', () => {
    const notFound = new HutchError('unable to start container process: exec: "mak": executable file not found in $PATH', {
      code: 'exec-not-found',
    });
    const e = explainFailure(notFound, ctx({})) as HutchError;
    expect(e.message).toBe(
      'sandbox: mak: command not found (PATH=/usr/bin:/bin). Fix: give its full path, or set PATH with --env PATH=...',
    );
    expect(e.exitCode).toBe(127);
    const byPath = new HutchError('unable to start container process: exec: "/opt/x": stat /opt/x: no such file or directory', {
      code: 'exec-not-found',
    });
    expect((explainFailure(byPath, ctx({})) as HutchError).message).toMatch(/^sandbox: \/opt\/x: no such file/);
  });
});

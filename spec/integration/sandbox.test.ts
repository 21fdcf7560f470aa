/**
 * Issue #21 — `hutch sandbox`, as root and as an unprivileged user (its main
 * users): what the sandboxed process sees compared with bubblewrap's
 * `--ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-all
 * --die-with-parent`; exit codes and signals; nothing left running when hutch
 * is SIGKILLed; a pty for a terminal; errors with their fix; --keep, --image,
 * --print-config, --dry-run, --timeout; the library's sandbox().
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedRootfs, makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { ociLayout } from '../../fixtures/image/build.js';
import { HUTCH_BIN, HUTCH_LIB, rootSkipReason, which } from '../helpers/host.js';
import { parseMountinfo, topmostAt, type MountEntry } from '../helpers/mountinfo.js';
import { probeScript, splitSections, type ProbeSection } from '../helpers/probe.js';
import { ensureHutchBuilt } from '../helpers/runtimes.js';
import { asUser, ensureTestUser, rootlessSkipReason, runtimePath, userEnv, type TestUser } from '../helpers/user.js';

const rootSkip = rootSkipReason();
const rootlessSkip = rootSkip ?? rootlessSkipReason();
const BWRAP = which('bwrap');

interface Who {
  kind: 'root' | 'rootless';
  user: TestUser | undefined;
  /** The working directory: what the sandbox makes writable. */
  work: string;
  /** --root for the sandboxes it keeps. */
  state: string;
  env: Record<string, string>;
}

/** argv run as `who` (through setpriv for the unprivileged user), in its work directory. */
function start(who: Who, argv: string[], opts: { input?: string; timeoutMs?: number; cwd?: string } = {}): ResultPromise {
  const full = who.user ? asUser(who.user, argv, who.env) : argv;
  return execa(full[0]!, full.slice(1), {
    cwd: opts.cwd ?? who.work,
    env: who.user ? {} : who.env,
    extendEnv: false,
    reject: false,
    timeout: opts.timeoutMs ?? 30_000,
    ...(opts.input !== undefined ? { input: opts.input } : { stdin: 'ignore' }),
  });
}

const hutch = (who: Who, args: string[], opts: Parameters<typeof start>[2] = {}) =>
  start(who, [HUTCH_BIN, '--root', who.state, ...args], opts);
const sandbox = (who: Who, args: string[], opts: Parameters<typeof start>[2] = {}) => hutch(who, ['sandbox', ...args], opts);
const show = (r: { command?: string; exitCode?: number; stdout?: unknown; stderr?: unknown }) =>
  `${r.command}\n  exit=${r.exitCode}\n  stdout: ${String(r.stdout)}\n  stderr: ${String(r.stderr)}`;

/** Pids of processes whose command line has `token` as an argument. */
function processesWith(token: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        return readFileSync(`/proc/${n}/cmdline`, 'utf8').split('\0').includes(token);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await sleep(50);
  }
  return cond();
}

/** What a sandboxed process can observe, one section each. */
function probeSections(work: string): ProbeSection[] {
  const writable = ['/', '/etc', '/usr', '/var/tmp', '/home', '/root', '/sys', '/tmp', '/dev', '/dev/shm', work];
  return [
    { name: 'ids', cmd: 'id -u; id -g' },
    { name: 'maps', cmd: 'cat /proc/self/uid_map /proc/self/gid_map' },
    { name: 'pid', cmd: 'echo $$' },
    { name: 'caps', cmd: 'grep -E "^Cap(Inh|Prm|Eff|Bnd|Amb)" /proc/self/status' },
    { name: 'nnp', cmd: 'grep NoNewPrivs /proc/self/status' },
    { name: 'net', cmd: "ip -o link show | sed 's/^[0-9]*: //; s/:.*<\\(.*\\)>.*/ \\1/'" },
    { name: 'hostname', cmd: 'hostname' },
    { name: 'mounts', cmd: 'cat /proc/self/mountinfo' },
    {
      name: 'writable',
      cmd: writable
        .map((d) => `if touch ${d}/.hutch-probe-$$ 2>/dev/null; then rm -f ${d}/.hutch-probe-$$; echo "${d} rw"; else echo "${d} ro"; fi`)
        .join('; '),
    },
  ];
}

/** A mount as the process sees it: where, what, and the flags that matter for what it may do there. */
function mountView(e: MountEntry): string {
  const flags = ['ro', 'nosuid', 'nodev', 'noexec'].filter((f) => e.options.includes(f));
  return `${e.mountPoint} ${e.fsType} ${e.options.includes('ro') ? 'ro' : 'rw'}${flags
    .filter((f) => f !== 'ro')
    .map((f) => ',' + f)
    .join('')}`;
}

/**
 * The mounts a path can reach: each the topmost at its mount point, not
 * under a directory another mount on the same parent covers (the host's
 * mounts below /tmp, under the sandbox's /tmp), on a parent visible too.
 */
function visible(entries: MountEntry[]): MountEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const below = (path: string, dir: string) => (dir === '/' ? path !== '/' : path.startsWith(dir + '/'));
  const seen = (e: MountEntry): boolean => {
    if (topmostAt(entries, e.mountPoint) !== e) return false;
    const parent = byId.get(e.parent);
    if (parent === undefined || parent === e) return true;
    if (entries.some((f) => f !== e && f.parent === parent.id && below(e.mountPoint, f.mountPoint))) return false;
    return seen(parent);
  };
  return entries.filter(seen);
}

/**
 * hutch's deliberate differences from bwrap's mount table (README,
 * "Sandboxes"): for root runc's masked and read-only /proc and /sys paths, /dev/shm
 * its own tmpfs (bwrap: a directory in /dev), for root /run hidden and the
 * host's device nodes bound read-only.
 */
function hutchOnly(view: string, kind: Who['kind']): boolean {
  const [point, type, flags] = view.split(' ');
  if (point === '/dev/shm' && type === 'tmpfs' && flags === 'rw,nosuid,nodev,noexec') return true;
  if (kind !== 'root') return false;
  if (/^\/proc\/(bus|fs|irq|sys|sysrq-trigger|acpi|asound|kcore|keys|latency_stats|timer_list|timer_stats|sched_debug|scsi)$/.test(point!))
    return true;
  if (/^\/sys\/(firmware|devices\/virtual\/tpm)$/.test(point!)) return true;
  if (point === '/run' && type === 'tmpfs' && flags!.startsWith('ro')) return true;
  return false;
}

for (const kind of ['root', 'rootless'] as const) {
  const skip = kind === 'root' ? rootSkip : rootlessSkip;
  describe.skipIf(skip)(`hutch sandbox as ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let ws: Workspace;
    let who: Who;
    beforeAll(() => {
      ensureHutchBuilt();
      ws = makeWorkspace(`hutch-sandbox-${kind}-`);
      const user = kind === 'rootless' ? ensureTestUser() : undefined;
      const work = ws.subdir('work', user);
      const env = user ? userEnv(user) : { PATH: runtimePath(), HOME: process.env.HOME ?? '/root', USER: 'root' };
      who = { kind, user, work, state: ws.subdir('state', user, 0o700), env };
    });
    afterAll(() => ws?.cleanup());

    it.skipIf(!BWRAP)(
      'shows the command what bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-all shows it',
      async () => {
        const script = probeScript(probeSections(who.work));
        const ours = await sandbox(who, ['--', 'sh', '-c', script]);
        const theirs = await start(who, [
          BWRAP!,
          '--ro-bind',
          '/',
          '/',
          '--dev',
          '/dev',
          '--proc',
          '/proc',
          '--tmpfs',
          '/tmp',
          '--bind',
          who.work,
          who.work,
          '--chdir',
          who.work,
          '--unshare-all',
          '--die-with-parent',
          'sh',
          '-c',
          script,
        ]);
        expect(ours.exitCode, show(ours)).toBe(0);
        expect(theirs.exitCode, show(theirs)).toBe(0);
        const a = splitSections(String(ours.stdout));
        const b = splitSections(String(theirs.stdout));
        for (const name of ['ids', 'pid', 'nnp', 'net', 'hostname', 'writable']) expect(a[name], `section ${name}`).toEqual(b[name]);
        expect(a.net!.out).toMatch(/^lo .*\bUP\b/);
        expect(a.pid!.out).toBe('2'); // the command under a reaper, as under bwrap's own pid 1
        // One user namespace mapping the caller to itself; bwrap nests two (the caller to root, and back).
        const id = String(who.user?.uid ?? 0);
        expect(a.maps!.out.trim().split(/\s+/)).toEqual([id, id, '1', id, id, '1']);
        // Capabilities: none at all. bwrap leaves root every capability in its namespace; hutch drops them for root too.
        expect(a.caps!.out).toBe(['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb'].map((c) => `${c}:\t0000000000000000`).join('\n'));
        if (kind === 'rootless') expect(a.caps).toEqual(b.caps);
        // What can be reached: the host's mounts under its own /dev, covered by the new /dev, cannot
        // (hutch makes them read-only with the rest, bwrap leaves some of them as they were).
        const ourMounts = visible(parseMountinfo(a.mounts!.out)).map(mountView);
        const theirMounts = visible(parseMountinfo(b.mounts!.out)).map(mountView);
        const devices = (v: string) => /^\/dev\/(null|zero|full|random|urandom|tty) devtmpfs/.test(v);
        // The host's device nodes: bwrap binds them nosuid, hutch as root read-only (their root owns them): compare them by place.
        const comparable = (list: string[]) =>
          list
            .filter((v) => !hutchOnly(v, kind))
            .map((v) => (devices(v) ? v.split(' ').slice(0, 2).join(' ') : v))
            .sort();
        // As root hutch hides /run, and with it the host's mounts below it.
        expect(comparable(ourMounts)).toEqual(comparable(theirMounts.filter((v) => !(kind === 'root' && v.startsWith('/run/')))));
      },
    );

    it.skipIf(kind !== 'rootless' || !which('unshare'))(
      'lets the command make a nested sandbox with a /proc of its own, as bwrap does',
      async () => {
        // A masked /proc is not "fully visible", and the kernel then refuses a new proc mount in a nested user namespace.
        const r = await sandbox(who, [
          '--',
          'unshare',
          '--user',
          '--map-root-user',
          '--pid',
          '--fork',
          '--mount-proc',
          'sh',
          '-c',
          'echo $$',
        ]);
        expect(r.exitCode, show(r)).toBe(0);
        expect(String(r.stdout).trim()).toBe('1');
      },
    );

    it('passes the exit code through; a command killed by a signal gives 128+N', async () => {
      expect((await sandbox(who, ['--', 'sh', '-c', 'exit 42'])).exitCode).toBe(42);
      expect((await sandbox(who, ['sh', '-c', 'kill -TERM $$'])).exitCode).toBe(128 + 15);
    });

    it('forwards SIGTERM and SIGINT to a command that has no handler for them', async () => {
      for (const [sig, code] of [
        ['SIGTERM', 143],
        ['SIGINT', 130],
      ] as const) {
        // The number is computed inside, so only the sleep has it in its command line.
        const token = String(200000 + process.pid);
        const sub = sandbox(who, ['--', 'sh', '-c', `exec sleep $((${token} - 1 + 1))`]);
        expect(await until(() => processesWith(token).length > 0, 10_000), 'the sandboxed sleep started').toBe(true);
        sub.kill(sig);
        const r = await sub;
        expect(r.exitCode, show(r)).toBe(code);
        expect(processesWith(token)).toEqual([]);
      }
    });

    it('leaves nothing running when hutch is SIGKILLed (the pid namespace dies with its init, which dies with hutch)', async () => {
      const token = String(300000 + process.pid);
      const sub = sandbox(who, ['--', 'sh', '-c', `sleep ${token} & sleep ${token} & sleep ${token}`]);
      expect(await until(() => processesWith(token).length === 3, 10_000), 'three sleeps started').toBe(true);
      sub.kill('SIGKILL');
      await sub;
      const gone = await until(() => processesWith(token).length === 0, 5_000);
      const left = processesWith(token);
      left.forEach((p) => process.kill(p, 'SIGKILL'));
      expect(gone, `still running: ${left.join(' ')}`).toBe(true);
    });

    it("reaps orphans and still exits with the command's status", async () => {
      // The orphan exits (9) long before the command (3): the reaper must not take its status for the command's.
      const r = await sandbox(who, ['--', 'sh', '-c', '(sh -c "sleep 0.1; exit 9" &); sleep 0.6; exit 3']);
      expect(r.exitCode, show(r)).toBe(3);
    });

    it.skipIf(!which('script'))('gives the command a pty when stdin is a terminal, and none otherwise', async () => {
      const cmd = [HUTCH_BIN, 'sandbox', '--', 'sh', '-c', 'tty; test -t 1 && echo stdout-tty'].join(' ');
      const r = await start(who, ['script', '-qec', cmd, '/dev/null']);
      expect(String(r.stdout), show(r)).toMatch(/\/dev\/pts\/0\r*\n/);
      expect(String(r.stdout)).toContain('stdout-tty');
      const plain = await sandbox(who, ['tty']);
      expect(String(plain.stdout).trim()).toBe('not a tty');
    });

    it('names the fix for a --rw path that does not exist and a command that is not there', async () => {
      const rw = await sandbox(who, ['--rw', join(who.work, 'missing'), '--', 'true']);
      expect(rw.exitCode).toBe(1);
      expect(String(rw.stderr)).toContain(`--rw ${join(who.work, 'missing')}: no such file or directory: create it first, or use --tmpfs`);
      const cmd = await sandbox(who, ['no-such-command-hutch']);
      expect(cmd.exitCode, show(cmd)).toBe(127);
      expect(String(cmd.stderr)).toMatch(/sandbox: no-such-command-hutch: command not found \(PATH=.*\)\. Fix: give its full path/);
    });

    it.skipIf(!which('unshare'))(
      'names the fix when user namespaces are disabled (user.max_user_namespaces=0, set inside a namespace of our own)',
      async () => {
        // Only the new namespace's limit changes: the host's sysctl stays as it is.
        const inner = `echo 0 > /proc/sys/user/max_user_namespaces && exec ${HUTCH_BIN} --root ${who.state} sandbox -- true`;
        const r = await start(who, ['unshare', '--user', '--map-root-user', 'sh', '-c', inner]);
        expect(r.exitCode, show(r)).toBe(1);
        expect(String(r.stderr)).toContain(
          'user namespaces are disabled on this host (user.max_user_namespaces = 0), and a sandbox needs one. Fix: sudo sysctl -w user.max_user_namespaces=',
        );
      },
    );

    it('applies --tmpfs, --rw, --hide and --ro in order, and only --rw paths are writable', async () => {
      // Inside the work directory: the host's /tmp, where the workspace is, is not the sandbox's.
      const data = join(who.work, 'data');
      for (const d of [data, join(data, 'out')]) mkdirSync(d);
      writeFileSync(join(data, 'secret'), 'hush');
      if (who.user) for (const f of [data, join(data, 'out'), join(data, 'secret')]) chownSync(f, who.user.uid, who.user.gid);
      const script = `cat ${data}/secret; echo "[$(ls ${data}/out)]"; touch ${data}/out/x && echo out-rw; touch ${data}/y || echo data-ro; touch ${who.work}/z || echo work-ro; touch /tmp/t/u && echo tmpfs-rw`;
      const r = await sandbox(who, [
        '--ro',
        who.work,
        '--tmpfs',
        '/tmp/t',
        '--hide',
        join(data, 'secret'),
        '--rw',
        join(data, 'out'),
        '--',
        'sh',
        '-c',
        script,
      ]);
      expect(r.exitCode, show(r)).toBe(0);
      expect(String(r.stdout).trim().split('\n')).toEqual(['[]', 'out-rw', 'data-ro', 'work-ro', 'tmpfs-rw']);
      expect(existsSync(join(data, 'out', 'x'))).toBe(true);
      expect(existsSync(join(data, 'y'))).toBe(false);
    });

    it('--keep NAME leaves a running container that hutch exec enters and hutch delete removes', async () => {
      const name = `sbx-keep-${kind}-${process.pid}`;
      const r = await sandbox(who, ['--keep', name, '--', 'sleep', '1000']);
      expect(r.exitCode, show(r)).toBe(0);
      try {
        const e = await hutch(who, [
          'exec',
          name,
          'sh',
          '-c',
          'echo $$ > /dev/null; id -u; cat /proc/1/cmdline | tr "\\0" " "; echo; touch /etc/x 2>/dev/null || echo etc-ro',
        ]);
        expect(e.exitCode, show(e)).toBe(0);
        const lines = String(e.stdout).trim().split('\n');
        expect(lines[0]).toBe(String(who.user?.uid ?? 0));
        expect(lines[2]).toBe('etc-ro');
        const st = await hutch(who, ['state', name]);
        expect(JSON.parse(String(st.stdout)).status).toBe('running');
      } finally {
        const d = await hutch(who, ['delete', '--force', name]);
        expect(d.exitCode, show(d)).toBe(0);
      }
      expect((await hutch(who, ['state', name])).exitCode).toBe(1);
    });

    it("--image DIR runs on a bundle's rootfs instead of the host's", async () => {
      const bundle = ws.subdir('bundle', who.user);
      const rootfs = cachedRootfs();
      writeFileSync(
        join(bundle, 'config.json'),
        JSON.stringify({
          ociVersion: '1.0.2',
          root: { path: rootfs },
          process: { cwd: '/', args: ['sh'], env: ['PATH=/bin:/sbin', 'FROM_IMAGE=yes'], user: { uid: 0, gid: 0 } },
        }),
      );
      const r = await sandbox(who, [
        '--image',
        bundle,
        '--',
        'sh',
        '-c',
        `test -x /bin/busybox && echo busybox; test -e ${process.execPath} || echo no-node; echo $FROM_IMAGE; pwd; touch x && echo work-rw; touch /bin/x 2>/dev/null || echo root-ro`,
      ]);
      expect(r.exitCode, show(r)).toBe(0);
      expect(String(r.stdout).trim().split('\n')).toEqual(['busybox', 'no-node', 'yes', who.work, 'work-rw', 'root-ro']);
      expect(existsSync(join(rootfs, 'bin', 'x'))).toBe(false);
    });

    it('--image REF unpacks an OCI image once into the cache and runs on its rootfs, with its environment', async () => {
      const layout = join(ws.subdir('image'), 'layout');
      ociLayout(layout, {
        tag: 'v1',
        config: { Env: ['PATH=/bin', 'FROM_IMAGE=oci'] },
        layers: [
          [
            ...['bin', 'proc', 'dev', 'tmp', 'etc'].map((name) => ({ name: `${name}/`, type: 'dir' as const })),
            { name: 'bin/busybox', data: readFileSync(join(cachedRootfs(), 'bin', 'busybox')), mode: 0o755 },
            { name: 'bin/sh', type: 'symlink' as const, linkname: 'busybox' },
            { name: 'etc/hello', data: 'from the image\n' },
          ],
        ],
      });
      const cache = ws.subdir('cache', who.user);
      const env = { ...who.env, XDG_CACHE_HOME: cache };
      for (let i = 0; i < 2; i++) {
        const r = await sandbox({ ...who, env }, [
          '--image',
          `${layout}:v1`,
          '--',
          'sh',
          '-c',
          'cat /etc/hello; echo $FROM_IMAGE; busybox touch /etc/x 2>/dev/null || echo root-ro',
        ]);
        expect(r.exitCode, show(r)).toBe(0);
        expect(String(r.stdout).trim().split('\n')).toEqual(['from the image', 'oci', 'root-ro']);
      }
      expect(readdirSync(join(cache, 'hutch', 'images')).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    });

    it('--print-config prints a config.json that hutch run runs the same way', async () => {
      const r = await sandbox(who, ['--print-config', '--', 'sh', '-c', 'id -u; touch /etc/x 2>/dev/null || echo etc-ro; echo $$']);
      expect(r.exitCode, show(r)).toBe(0);
      const config = JSON.parse(String(r.stdout));
      expect(config.root).toEqual({ path: '/' });
      const bundle = ws.subdir('printed', who.user);
      writeFileSync(join(bundle, 'config.json'), String(r.stdout));
      const run = await hutch(who, ['run', '--bundle', bundle, `sbx-printed-${kind}-${process.pid}`]);
      expect(run.exitCode, show(run)).toBe(0);
      // Without the sandbox's reaper, the command is pid 1 under hutch run.
      expect(String(run.stdout).trim().split('\n')).toEqual([String(who.user?.uid ?? 0), 'etc-ro', '1']);
    });

    it('--dry-run prints the plan and runs nothing', async () => {
      const r = await sandbox(who, ['--dry-run', '--', 'touch', join(who.work, 'dry')]);
      expect(r.exitCode, show(r)).toBe(0);
      expect(String(r.stdout)).toMatch(/^# plan for sandbox sandbox-\d+-1: \d+ steps/);
      expect(String(r.stdout)).toContain('# attach the rootfs over /');
      expect(String(r.stdout)).toContain('# fork the command process');
      expect(existsSync(join(who.work, 'dry'))).toBe(false);
    });

    it('--timeout stops the command and exits 124', async () => {
      const t0 = Date.now();
      const r = await sandbox(who, ['--timeout', '300ms', '--', 'sleep', '30']);
      expect(r.exitCode, show(r)).toBe(124);
      expect(String(r.stderr)).toContain('sandbox: sleep timed out after 300ms');
      expect(Date.now() - t0).toBeLessThan(20_000);
    });

    it('the library: sandbox(argv, options) returns the exit status and the captured output', async () => {
      const js = `import { sandbox } from ${JSON.stringify(HUTCH_LIB)};
        const r = await sandbox(['sh', '-c', 'cat; echo err >&2; touch /etc/x 2>/dev/null || echo etc-ro; exit 5'], { capture: true, input: 'in\\n', root: ${JSON.stringify(who.state)} });
        const many = await Promise.all(Array.from({ length: 8 }, (_, i) => sandbox(['sh', '-c', 'echo ' + i], { capture: true })));
        console.log(JSON.stringify({ code: r.code, out: r.stdout.toString(), err: r.stderr.toString(), many: many.map((m) => m.stdout.toString().trim()).join(',') }));`;
      const r = await start(who, ['node', '--input-type=module', '-e', js]);
      expect(r.exitCode, show(r)).toBe(0);
      expect(JSON.parse(String(r.stdout))).toEqual({ code: 5, out: 'in\netc-ro\n', err: 'err\n', many: '0,1,2,3,4,5,6,7' });
    });
  });
}

describe.skipIf(rootSkip)('hutch sandbox as root: what root must not reach', () => {
  let ws: Workspace;
  let who: Who;
  beforeAll(() => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-sandbox-rootonly-');
    who = {
      kind: 'root',
      user: undefined,
      work: ws.subdir('work'),
      state: ws.subdir('state'),
      env: { PATH: runtimePath(), HOME: '/root' },
    };
  });
  afterAll(() => ws?.cleanup());

  it("cannot chmod the host's device nodes, write sysctls, or reach /run's sockets", async () => {
    const before = statSync('/dev/null').mode;
    // chmod to the same mode: harmless if it went through, and it must not.
    const r = await sandbox(who, [
      '--',
      'sh',
      '-c',
      'chmod 666 /dev/null 2>&1 || echo chmod-refused; echo ok > /dev/null && echo null-writable; (echo 1 > /proc/sys/vm/drop_caches) 2>/dev/null || echo sysctl-ro; ls -A /run | wc -l',
    ]);
    expect(r.exitCode, show(r)).toBe(0);
    expect(String(r.stdout)).toMatch(/Read-only file system\nchmod-refused\nnull-writable\nsysctl-ro\n0$/);
    expect(statSync('/dev/null').mode).toBe(before);
  });

  it('--memory puts the command in a cgroup of its own, removed when it exits', async () => {
    const r = await sandbox(who, ['--memory', '64m', '--pids-limit', '50', '--', 'sh', '-c', 'cat /proc/self/cgroup']);
    expect(r.exitCode, show(r)).toBe(0);
    const line = String(r.stdout)
      .split('\n')
      .find((l) => /^\d+:(memory|[^:]*,memory[^:]*):/.test(l) || l.startsWith('0::'));
    expect(line, String(r.stdout)).toBeDefined();
    const list = await hutch(who, ['list', '-q']);
    expect(String(list.stdout).trim()).toBe('');
  });
});

describe.skipIf(rootlessSkip)('hutch sandbox as an unprivileged user: limits', () => {
  it('says once, clearly, that limits are not applied where cgroups are not delegated, and runs', async () => {
    ensureHutchBuilt();
    const user = ensureTestUser();
    const ws = makeWorkspace('hutch-sandbox-limits-');
    try {
      const who: Who = {
        kind: 'rootless',
        user,
        work: ws.subdir('work', user),
        state: ws.subdir('state', user, 0o700),
        env: userEnv(user),
      };
      const r = await sandbox(who, ['--memory', '64m', '--cpus', '1', '--', 'true']);
      expect(r.exitCode, show(r)).toBe(0);
      const delegated = existsSync('/sys/fs/cgroup/cgroup.controllers') && String(r.stderr) === '';
      if (!delegated) {
        expect(String(r.stderr).trim().split('\n')).toHaveLength(1);
        expect(String(r.stderr)).toMatch(/sandbox: --memory, --cpus not applied: .*; run as root to limit resources/);
      }
    } finally {
      ws.cleanup();
    }
  });
});

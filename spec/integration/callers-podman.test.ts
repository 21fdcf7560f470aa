/**
 * Driven by real callers: podman 4.3 + conmon with `--runtime <hutch>`.
 *
 * Everyday podman flows, as root and rootless, against a private podman store
 * (see spec/helpers/callers/podman.ts). The runtime is reached through a
 * logging wrapper, so failures show the exact runtime calls podman made.
 * HUTCH_CALLERS_RUNTIME=runc runs the same file against runc, to check the
 * expectations themselves.
 *
 *   sh scripts/install-callers.sh        # podman, conmon, containerd, uidmap…
 *   npx vitest run spec/integration/callers-podman.test.ts
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { which } from '../helpers/host.js';
import { frozen, pureV2, readCgroupValue } from '../helpers/cgroups.js';
import { ensureHutchBuilt } from '../helpers/runtimes.js';
import { ensureTestUser, type TestUser } from '../helpers/user.js';
import { makeWrapper, subcommand, targetName, uniqueName, waitFor, type Wrapper } from '../helpers/callers/common.js';
import {
  PODMAN_IMAGE as IMG,
  Podman,
  describePodman,
  podmanSkipReason,
  type PodmanResult,
  rootlessPodmanSkipReason,
} from '../helpers/callers/podman.js';

const rootSkip = podmanSkipReason();
const rootlessSkip = rootlessPodmanSkipReason();

const RT = targetName();
/** The container's memory, pids and cpu quota files as it sees them, on this host's layout. */
const LIMIT_FILES = pureV2
  ? '/sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max /sys/fs/cgroup/cpu.max'
  : '/sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us';
/** The host pid of a podman container's init. */
async function initPid(podman: Podman, name: string): Promise<number> {
  return Number((await podman.run(['inspect', '--format', '{{.State.Pid}}', name])).stdout.trim());
}

describe.skipIf(!!rootSkip)(`podman (root) --runtime ${RT}${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  let ws: Workspace;
  let wrapper: Wrapper;
  let podman: Podman;

  beforeAll(async () => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-callers-podman-');
    wrapper = makeWrapper(join(ws.dir, 'bin'));
    podman = new Podman({ dir: join(ws.dir, 'podman-root'), wrapper });
    await podman.importImage(ws.dir);
  });

  afterAll(async () => {
    await podman?.cleanup();
    ws?.cleanup();
  });

  it("run --rm: output, exit code 3 is podman's exit code; default seccomp (Seccomp: 2) and the 11 default caps; runtime called create → start → delete --force", async () => {
    const m = wrapper.mark();
    const r = await podman.run([
      'run',
      '--rm',
      IMG,
      'sh',
      '-c',
      'echo hello-from-podman; grep -E "^(Seccomp|CapEff):" /proc/self/status; exit 3',
    ]);
    const why = describePodman(r, wrapper, m);
    expect(r.stdout.split('\n')[0], why).toBe('hello-from-podman');
    expect(r.exitCode, why).toBe(3);
    expect(r.stdout, why).toMatch(/^Seccomp:\s+2$/m);
    expect(r.stdout, why).toMatch(/^CapEff:\s+00000000a80425fb$/m);
    const subs = wrapper.since(m).map(subcommand);
    expect(subs, why).toEqual(['create', 'start', 'delete']);
    expect(
      wrapper.since(m).every((c) => c.exitCode === 0),
      why,
    ).toBe(true);
  });

  it('a missing binary gives podman exit 127, a non-executable file 126', async () => {
    let m = wrapper.mark();
    let r = await podman.run(['run', '--rm', IMG, '/no/such/binary']);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(127);
    expect(r.stderr, describePodman(r, wrapper, m)).toMatch(/no such file or directory/);
    m = wrapper.mark();
    r = await podman.run(['run', '--rm', IMG, '/etc/passwd']);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(126);
  });

  it('with the runtime in runtime_supports_json, conmon passes --log and a missing binary still gives 127', async () => {
    const m = wrapper.mark();
    const r = await podman.run(['run', '--rm', IMG, '/no/such/binary'], { conf: podman.jsonConf });
    const why = describePodman(r, wrapper, m);
    expect(r.exitCode, why).toBe(127);
    expect(r.stderr, why).toMatch(/no such file or directory/);
    const create = wrapper.since(m).find((c) => subcommand(c) === 'create');
    expect(create?.argv.join(' '), why).toMatch(/--log-format=json --log \S+oci-log create/);
  });

  describe('one container with --memory/--pids-limit/--cpus and --user/--workdir/--env', () => {
    let r: PodmanResult;
    let why = '';
    beforeAll(async () => {
      const m = wrapper.mark();
      r = await podman.run([
        'run',
        '--rm',
        '--memory',
        '64m',
        '--pids-limit',
        '77',
        '--cpus',
        '0.5',
        '--user',
        '65534:65534',
        '--workdir',
        '/tmp',
        '--env',
        'FOO=bar baz',
        IMG,
        'sh',
        '-c',
        `echo "$(id -u):$(id -g) $(pwd) $FOO"; cat ${LIMIT_FILES}`,
      ]);
      why = describePodman(r, wrapper, m);
    });

    it('runs (exit 0)', () => expect(r.exitCode, why).toBe(0));
    it('--user, --workdir and --env', () => expect(r.stdout.split('\n')[0], why).toBe('65534:65534 /tmp bar baz'));
    it("--memory 64m --pids-limit 77 --cpus 0.5 reach the container's cgroup files", () => {
      const [mem, pids, quota] = r.stdout.split('\n').slice(1);
      expect({ mem, pids, quota }, why).toEqual({ mem: '67108864', pids: '77', quota: pureV2 ? '50000 100000' : '50000' });
    });
  });

  describe('one container with --read-only, --tmpfs /data:rw,size=1m and --tmpfs /etc (over image content)', () => {
    let r: PodmanResult;
    let why = '';
    beforeAll(async () => {
      const m = wrapper.mark();
      r = await podman.run([
        'run',
        '--rm',
        '--read-only',
        '--tmpfs',
        '/data:rw,size=1m',
        '--tmpfs',
        '/etc:rw,size=1m',
        IMG,
        'sh',
        '-c',
        [
          'touch /x 2>/dev/null && echo root-writable || echo root-ro',
          'touch /tmp/y && echo tmp-ok',
          'echo x > /data/f && cat /data/f',
          'grep -c "^tmpfs /data tmpfs rw,nosuid,nodev,.*size=1024k" /proc/mounts',
          'grep -c "^tmpfs /etc tmpfs" /proc/mounts',
          'head -1 /etc/group',
        ].join('; '),
      ]);
      why = describePodman(r, wrapper, m);
    });
    const line = (i: number) => r.stdout.split('\n')[i];

    it('--read-only: the root is read-only, /tmp (read-only-tmpfs) is writable', () => {
      expect([line(0), line(1)], why).toEqual(['root-ro', 'tmp-ok']);
    });
    it('--tmpfs /data:rw,size=1m is a 1 MiB writable tmpfs', () => {
      expect([line(2), line(3)], why).toEqual(['x', '1']);
    });
    it("--tmpfs over an image directory copies its content in (podman's tmpcopyup option)", () => {
      expect([line(4), line(5)], why).toEqual(['1', 'root:x:0:']);
      expect(r.exitCode, why).toBe(0);
    });
  });

  it('--cap-drop ALL --cap-add NET_RAW leaves only CAP_NET_RAW', async () => {
    const m = wrapper.mark();
    const r = await podman.run([
      'run',
      '--rm',
      '--cap-drop',
      'ALL',
      '--cap-add',
      'NET_RAW',
      IMG,
      'grep',
      '-E',
      '^Cap(Eff|Prm|Bnd):',
      '/proc/self/status',
    ]);
    const why = describePodman(r, wrapper, m);
    expect(r.exitCode, why).toBe(0);
    expect(r.stdout, why).toBe('CapPrm:\t0000000000002000\nCapEff:\t0000000000002000\nCapBnd:\t0000000000002000\n');
  });

  it.skipIf(!which('script'))('run -it: the container gets a terminal (--console-socket)', async () => {
    const m = wrapper.mark();
    const r = await podman.runInPty(['run', '--rm', '-it', IMG, 'sh', '-c', 'tty; exit 6']);
    const why = describePodman(r, wrapper, m);
    expect(r.stdout, why).toMatch(/\/dev\/pts\/\d+\r*\n/);
    expect(r.exitCode, why).toBe(6);
    const create = wrapper.since(m).find((c) => subcommand(c) === 'create');
    expect(create?.argv, why).toContain('--console-socket');
  });

  describe('a detached container: exec, logs, kill, pause, update, stop, rm', () => {
    const name = uniqueName('d');
    let id = '';
    const script = 'trap "echo got-usr1" USR1; trap "echo got-term; exit 0" TERM; echo started; while :; do sleep 0.2; done';
    const logs = async () => (await podman.run(['logs', name])).stdout;
    const status = async () => (await podman.run(['inspect', '--format', '{{.State.Status}}', name])).stdout.trim();

    beforeAll(async () => {
      const m = wrapper.mark();
      const r = await podman.run(['run', '-d', '--name', name, '--memory', '64m', IMG, 'sh', '-c', script]);
      if (r.exitCode !== 0) throw new Error(`podman run -d failed:\n${describePodman(r, wrapper, m)}`);
      id = r.stdout.trim();
      await waitFor('"started" in podman logs', async () => (await logs()).includes('started'));
    });

    it('exec without -t: output and exit code; runtime gets exec --detach --process', async () => {
      const m = wrapper.mark();
      const r = await podman.run(['exec', name, 'sh', '-c', 'echo from-exec; exit 4']);
      const why = describePodman(r, wrapper, m);
      expect(r.stdout, why).toBe('from-exec\n');
      expect(r.exitCode, why).toBe(4);
      const ex = wrapper.since(m).find((c) => subcommand(c) === 'exec');
      expect(ex?.argv, why).toEqual(expect.arrayContaining(['--detach', '--process', '--pid-file', id]));
    });

    it('exec -e -u -w', async () => {
      const m = wrapper.mark();
      const r = await podman.run([
        'exec',
        '-e',
        'FOO=bar',
        '-u',
        '65534:65534',
        '-w',
        '/tmp',
        name,
        'sh',
        '-c',
        'echo "$FOO $(id -u) $(pwd)"',
      ]);
      const why = describePodman(r, wrapper, m);
      expect(r.exitCode, why).toBe(0);
      expect(r.stdout, why).toBe('bar 65534 /tmp\n');
    });

    it('kill -s USR1 reaches the container (runtime: kill ID 10)', async () => {
      const m = wrapper.mark();
      const r = await podman.run(['kill', '-s', 'USR1', name]);
      const why = describePodman(r, wrapper, m);
      expect(r.exitCode, why).toBe(0);
      expect(
        wrapper.since(m).map((c) => c.argv.slice(-2).join(' ')),
        why,
      ).toContain(`${id} 10`);
      await waitFor('"got-usr1" in podman logs', async () => (await logs()).includes('got-usr1'));
    });

    it('pause / unpause freeze and thaw the container', async () => {
      const m = wrapper.mark();
      let r = await podman.run(['pause', name]);
      expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
      expect(await status()).toBe('paused');
      const pid = await initPid(podman, name);
      expect(frozen(pid)).toBe(true);
      r = await podman.run(['unpause', name]);
      expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
      expect(await status()).toBe('running');
      expect(frozen(pid)).toBe(false);
      expect(wrapper.since(m).map(subcommand)).toEqual(['pause', 'resume']);
    });

    it('--memory 64m is in the host cgroup; update --memory 96m changes it', async () => {
      const pid = await initPid(podman, name);
      expect(readCgroupValue(pid, 'memoryLimit')).toBe('67108864');
      const m = wrapper.mark();
      const r = await podman.run(['update', '--memory', '96m', name]);
      const why = describePodman(r, wrapper, m);
      expect(r.exitCode, why).toBe(0);
      expect(readCgroupValue(pid, 'memoryLimit'), why).toBe('100663296');
    });

    it('stop sends SIGTERM (the trap exits 0), then rm removes it', async () => {
      let m = wrapper.mark();
      const t0 = Date.now();
      let r = await podman.run(['stop', '-t', '20', name]);
      const why = describePodman(r, wrapper, m);
      expect(r.exitCode, why).toBe(0);
      expect(Date.now() - t0, `${why}\n  stop took the full timeout: SIGTERM did not end the container`).toBeLessThan(15_000);
      const code = await podman.run(['inspect', '--format', '{{.State.ExitCode}}', name]);
      expect(code.stdout.trim(), why).toBe('0');
      expect(await logs()).toContain('got-term');
      m = wrapper.mark();
      r = await podman.run(['rm', name]);
      expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
      const ps = await podman.run(['ps', '-a', '--format', '{{.Names}}']);
      expect(ps.stdout.split('\n')).not.toContain(name);
    });
  });
});

describe.skipIf(!!rootlessSkip)(`rootless podman --runtime ${RT}${rootlessSkip ? ` (skipped: ${rootlessSkip})` : ''}`, () => {
  let ws: Workspace;
  let wrapper: Wrapper;
  let podman: Podman;
  let user: TestUser;

  beforeAll(async () => {
    ensureHutchBuilt();
    user = ensureTestUser();
    ws = makeWorkspace('hutch-callers-rl-');
    wrapper = makeWrapper(join(ws.dir, 'bin'));
    podman = new Podman({ dir: join(ws.dir, 'podman-user'), wrapper, user });
    await podman.importImage(ws.dir);
  });

  afterAll(async () => {
    await podman?.cleanup();
    ws?.cleanup();
  });

  it('run --rm --network none: output and exit code 3', async () => {
    const m = wrapper.mark();
    const r = await podman.run(['run', '--rm', '--network', 'none', IMG, 'sh', '-c', 'echo hello-rootless; exit 3']);
    const why = describePodman(r, wrapper, m);
    expect(r.stdout, why).toBe('hello-rootless\n');
    expect(r.exitCode, why).toBe(3);
    expect(wrapper.since(m).map(subcommand), why).toEqual(['create', 'start', 'delete']);
  });

  it("--userns=keep-id: id -u is the user's uid", async () => {
    const m = wrapper.mark();
    const r = await podman.run(['run', '--rm', '--network', 'none', '--userns=keep-id', IMG, 'id', '-u']);
    const why = describePodman(r, wrapper, m);
    expect(r.exitCode, why).toBe(0);
    expect(r.stdout, why).toBe(`${user.uid}\n`);
  });

  it('run -d, exec, stop', async () => {
    const name = uniqueName('rle');
    let m = wrapper.mark();
    let r = await podman.run([
      'run',
      '-d',
      '--name',
      name,
      '--network',
      'none',
      IMG,
      'sh',
      '-c',
      'trap "exit 0" TERM; while :; do sleep 0.2; done',
    ]);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
    m = wrapper.mark();
    r = await podman.run(['exec', name, 'sh', '-c', 'echo "rootless-exec $(id -u)"; exit 4']);
    expect(r.stdout, describePodman(r, wrapper, m)).toBe('rootless-exec 0\n');
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(4);
    m = wrapper.mark();
    const t0 = Date.now();
    r = await podman.run(['stop', '-t', '20', name]);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
    expect(Date.now() - t0, describePodman(r, wrapper, m)).toBeLessThan(15_000);
    r = await podman.run(['rm', name]);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
  });

  it.skipIf(!pureV2)(
    `--memory and --pids-limit in the user's delegated cgroup (cgroup v2)${pureV2 ? '' : ' (skipped: rootless limits need cgroup v2 with delegation; podman ignores them on v1)'}`,
    async () => {
      const m = wrapper.mark();
      const r = await podman.run([
        'run',
        '--rm',
        '--network',
        'none',
        '--memory',
        '64m',
        '--pids-limit',
        '77',
        IMG,
        'sh',
        '-c',
        'cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max; grep -c . /proc/self/cgroup',
      ]);
      const why = describePodman(r, wrapper, m);
      expect(r.exitCode, why).toBe(0);
      expect(r.stdout, why).toBe('67108864\n77\n1\n');
      expect(r.stderr, why).not.toMatch(/warning|not enforced/i);
    },
  );

  it("podman logs holds only what the container wrote (no runtime messages in the container's stderr)", async () => {
    const name = uniqueName('rl');
    const m = wrapper.mark();
    const r = await podman.run(['run', '-d', '--name', name, '--network', 'none', IMG, 'sh', '-c', 'echo only-this']);
    expect(r.exitCode, describePodman(r, wrapper, m)).toBe(0);
    await podman.run(['wait', name]);
    const logs = await podman.run(['logs', name]);
    const all = logs.stdout + logs.stderr;
    expect(all, describePodman(logs, wrapper, m)).toBe('only-this\n');
    await podman.run(['rm', '-f', name]);
  });
});

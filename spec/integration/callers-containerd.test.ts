/**
 * Driven by real callers: containerd 1.6's runc v2 shim, through ctr, with
 * `ctr run --runc-binary <hutch>` (wrapped to record the runtime calls).
 * Uses a running containerd or starts a private one (spec/helpers/callers/containerd.ts);
 * everything runs in the `hutch-callers-<pid>` namespace and is removed afterwards.
 * HUTCH_CALLERS_RUNTIME=runc runs the same file against runc.
 *
 *   sh scripts/install-callers.sh
 *   npx vitest run spec/integration/callers-containerd.test.ts
 */
import { frozen, pureV2 } from '../helpers/cgroups.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { which } from '../helpers/host.js';
import { ensureHutchBuilt } from '../helpers/runtimes.js';
import {
  describeCalls,
  makeWrapper,
  readHost,
  subcommand,
  targetName,
  uniqueName,
  waitFor,
  type Wrapper,
} from '../helpers/callers/common.js';
import {
  CTR_IMAGE as IMG,
  CTR_NAMESPACE,
  Containerd,
  containerdSkipReason,
  ctrCgroupDir,
  describeCtr,
  type CtrResult,
  ctrOptionsRun,
  CTR_OPTIONS_OUTPUT,
} from '../helpers/callers/containerd.js';

const skip = containerdSkipReason();

const RT = targetName();

describe.skipIf(!!skip)(`containerd runc v2 shim + ctr --runc-binary ${RT}${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let ws: Workspace;
  let wrapper: Wrapper;
  let cd: Containerd;

  const why = (r: CtrResult, mark: number, id?: string) => {
    let s = `${describeCtr(r)}\n  runtime calls:\n${describeCalls(wrapper.since(mark))}`;
    const log = id ? cd.shimLog(id) : '';
    if (log) s += `\n  shim log.json:\n${log}`;
    return s;
  };
  const run = (args: string[], opts?: { timeoutMs?: number }) => cd.ctr(['run', '--runc-binary', wrapper.path, ...args], opts);
  const taskStatus = async (id: string) => {
    const r = await cd.ctr(['task', 'ls']);
    const line = r.stdout.split('\n').find((l) => l.split(/\s+/)[0] === id);
    return line?.trim().split(/\s+/)[2] ?? '(no task)';
  };

  beforeAll(async () => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-callers-ctr-');
    wrapper = makeWrapper(join(ws.dir, 'bin'));
    cd = await Containerd.start(join(ws.dir, 'containerd'));
    await cd.importImage(ws.dir);
  });

  afterAll(async () => {
    await cd?.cleanNamespace();
    await cd?.stop();
    ws?.cleanup();
  });

  it('run --rm: output and exit code 3; shim calls create → start → delete → delete --force with --root and --log', async () => {
    const id = uniqueName('rm');
    const m = wrapper.mark();
    const r = await run(['--rm', IMG, id, 'sh', '-c', 'echo hello-from-ctr; exit 3']);
    const w = why(r, m);
    expect(r.stdout, w).toBe('hello-from-ctr\n');
    expect(r.exitCode, w).toBe(3);
    const calls = wrapper.since(m);
    expect(calls.map(subcommand), w).toEqual(['create', 'start', 'delete', 'delete']);
    expect(
      calls.every((c) => c.exitCode === 0),
      w,
    ).toBe(true);
    expect(calls[0]!.argv.slice(0, 2), w).toEqual(['--root', `/run/containerd/runc/${CTR_NAMESPACE}`]);
    expect(calls[0]!.argv, w).toEqual(expect.arrayContaining(['--log-format', 'json']));
  });

  it('run --rm --seccomp --read-only --cwd --env --mount tmpfs', async () => {
    const id = uniqueName('opts');
    const m = wrapper.mark();
    const r = await run(ctrOptionsRun(IMG, id));
    const w = why(r, m);
    expect(r.exitCode, w).toBe(0);
    expect(r.stdout.split('\n'), w).toEqual(CTR_OPTIONS_OUTPUT);
  });

  it("the container does not inherit the shim's extra fd 3 (a unix socket)", async () => {
    const id = uniqueName('fds');
    const m = wrapper.mark();
    // ls is pid 1 itself: its own directory fd is the only one past 2.
    const r = await run(['--rm', IMG, id, 'ls', '-l', '/proc/self/fd/']);
    const w = why(r, m);
    expect(r.exitCode, w).toBe(0);
    // One line per fd: "l… 0 -> pipe:[…]"; ls's own fd 3 (the directory) may show no target.
    const fds = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('l'))
      .map((l) => l.replace(/^.*\s(\d+)( -> .*)?$/, '$1$2'));
    expect(
      fds.filter((l) => !/^[0-3]( |$)/.test(l) || /socket:/.test(l)),
      w,
    ).toEqual([]);
  });

  it.skipIf(!which('script'))('run -t: the container gets a terminal (--console-socket)', async () => {
    const id = uniqueName('tty');
    const m = wrapper.mark();
    const r = await cd.ctrInPty(['run', '--rm', '-t', '--runc-binary', wrapper.path, IMG, id, 'sh', '-c', 'tty; exit 6']);
    const w = why(r, m);
    expect(r.stdout, w).toMatch(/\/dev\/pts\/\d+\r*\n/);
    expect(r.exitCode, w).toBe(6);
    expect(wrapper.since(m).find((c) => subcommand(c) === 'create')?.argv, w).toContain('--console-socket');
  });

  it('a missing binary: ctr exits 1 with the runtime\'s message ("OCI runtime create failed")', async () => {
    const id = uniqueName('missing');
    const m = wrapper.mark();
    const r = await run(['--rm', IMG, id, '/no/such/binary']);
    const w = why(r, m);
    expect(r.exitCode, w).toBe(1);
    expect(r.stderr, w).toMatch(/OCI runtime create failed: .*\/no\/such\/binary.*no such file or directory/);
    // The shim cleans up with delete --force, which must succeed.
    const calls = wrapper.since(m);
    expect(calls.map(subcommand), w).toEqual(['create', 'delete']);
    expect(calls[1]!.exitCode, w).toBe(0);
    await cd.ctr(['container', 'rm', id]);
  });

  it('foreground run ended by task kill -s KILL: ctr exits 137', async () => {
    const id = uniqueName('fg');
    const m = wrapper.mark();
    const p = run(['--rm', IMG, id, 'sleep', '60'], { timeoutMs: 40_000 });
    await waitFor(`task ${id} running`, async () => (await taskStatus(id)) === 'RUNNING', 20_000);
    const k = await cd.ctr(['task', 'kill', '--signal', 'SIGKILL', id]);
    expect(k.exitCode, why(k, m)).toBe(0);
    const r = await p;
    expect(r.exitCode, why(r, m)).toBe(137);
  });

  describe('a detached task: exec, ps, pause/resume, kill, delete', () => {
    const id = uniqueName('d');
    let logFile = '';
    let initPid = 0;
    const script = 'trap "echo got-usr1" USR1; trap "echo got-term; exit 0" TERM; echo started; while :; do sleep 0.2; done';
    const output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

    beforeAll(async () => {
      logFile = join(ws.dir, `${id}.log`);
      const m = wrapper.mark();
      const r = await run(['-d', '--memory-limit', '67108864', '--log-uri', `file://${logFile}`, IMG, id, 'sh', '-c', script]);
      if (r.exitCode !== 0) throw new Error(`ctr run -d failed:\n${why(r, m, id)}`);
      await waitFor('"started" in the task log', () => output().includes('started'));
      const ls = await cd.ctr(['task', 'ls']);
      initPid = Number(
        ls.stdout
          .split('\n')
          .find((l) => l.startsWith(id + ' '))
          ?.trim()
          .split(/\s+/)[1],
      );
    });

    it('the task runs in cgroup /<ns>/<id> with --memory-limit applied', () => {
      expect(readHost(join(ctrCgroupDir('memory', id), pureV2 ? 'memory.max' : 'memory.limit_in_bytes'))).toBe('67108864');
      expect(readHost(join(ctrCgroupDir('memory', id), 'cgroup.procs')).split('\n')).toContain(String(initPid));
    });

    it('task exec: output and exit code; runtime gets exec --process --detach --pid-file', async () => {
      const m = wrapper.mark();
      const r = await cd.ctr(['task', 'exec', '--exec-id', 'e1', id, 'sh', '-c', 'echo from-exec; exit 4']);
      const w = why(r, m, id);
      expect(r.stdout, w).toBe('from-exec\n');
      expect(r.exitCode, w).toBe(4);
      const ex = wrapper.since(m).find((c) => subcommand(c) === 'exec');
      expect(ex?.argv, w).toEqual(expect.arrayContaining(['--process', '--detach', '--pid-file', id]));
    });

    it('task exec --user uid:gid --cwd', async () => {
      const m = wrapper.mark();
      const r = await cd.ctr([
        'task',
        'exec',
        '--exec-id',
        'e2',
        '--user',
        '65534:65534',
        '--cwd',
        '/tmp',
        id,
        'sh',
        '-c',
        'echo "$(id -u):$(id -g) $(pwd)"',
      ]);
      const w = why(r, m, id);
      expect(r.exitCode, w).toBe(0);
      expect(r.stdout, w).toBe('65534:65534 /tmp\n');
    });

    it('task ps lists the init pid (runtime: ps --format json)', async () => {
      const m = wrapper.mark();
      const r = await cd.ctr(['task', 'ps', id]);
      const w = why(r, m, id);
      expect(r.exitCode, w).toBe(0);
      const pids = r.stdout
        .split('\n')
        .slice(1)
        .map((l) => Number(l.trim().split(/\s+/)[0]))
        .filter(Boolean);
      expect(pids, w).toContain(initPid);
      expect(
        wrapper.since(m).map((c) => c.argv.slice(-3).join(' ')),
        w,
      ).toContain(`--format json ${id}`);
    });

    it('task pause / resume', async () => {
      const m = wrapper.mark();
      let r = await cd.ctr(['task', 'pause', id]);
      expect(r.exitCode, why(r, m, id)).toBe(0);
      expect(await taskStatus(id)).toBe('PAUSED');
      expect(frozen(initPid)).toBe(true);
      r = await cd.ctr(['task', 'resume', id]);
      expect(r.exitCode, why(r, m, id)).toBe(0);
      expect(await taskStatus(id)).toBe('RUNNING');
      expect(frozen(initPid)).toBe(false);
    });

    it('task kill -s USR1 reaches the container (runtime: kill ID 10)', async () => {
      const m = wrapper.mark();
      const r = await cd.ctr(['task', 'kill', '--signal', 'SIGUSR1', id]);
      expect(r.exitCode, why(r, m, id)).toBe(0);
      await waitFor('"got-usr1" in the task log', () => output().includes('got-usr1'));
      expect(wrapper.since(m).map((c) => c.argv.slice(-2).join(' '))).toContain(`${id} 10`);
    });

    it('task kill (SIGTERM) ends it with status 0; task delete removes it', async () => {
      let m = wrapper.mark();
      let r = await cd.ctr(['task', 'kill', id]);
      expect(r.exitCode, why(r, m, id)).toBe(0);
      await waitFor(`task ${id} STOPPED`, async () => (await taskStatus(id)) === 'STOPPED');
      expect(output()).toContain('got-term');
      m = wrapper.mark();
      r = await cd.ctr(['task', 'delete', id]);
      const w = why(r, m, id);
      expect(r.exitCode, w).toBe(0);
      expect(r.stdout + r.stderr, w).not.toMatch(/error/i);
      expect(wrapper.since(m).map(subcommand), w).toEqual(['delete', 'delete']);
      expect(await taskStatus(id)).toBe('(no task)');
      const c = await cd.ctr(['container', 'rm', id]);
      expect(c.exitCode, describeCtr(c)).toBe(0);
    });
  });
});

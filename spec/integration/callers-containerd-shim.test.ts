/**
 * containerd 1.6 driving hutch's own shim: `ctr run --runtime
 * io.containerd.hutch.v2` finds containerd-shim-hutch-v2 (bin/, a symlink
 * to the launcher) on a private containerd's PATH, and every task call
 * runs in that shim's process through hutch's library. The scenarios of
 * callers-containerd.test.ts, plus what only a shim has: events, a shared
 * shim per sandbox, cleanup after `kill -9` of the shim, bad ttrpc input.
 * containerd runs as root here (its rootless mode needs rootlesskit): the
 * scenarios are root only.
 *
 *   npx vitest run spec/integration/callers-containerd-shim.test.ts
 */
import { frozen } from '../helpers/cgroups.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { which } from '../helpers/host.js';
import { ensureHutchBuilt } from '../helpers/runtimes.js';
import { alive, mountsUnder, readHost, uniqueName, waitFor } from '../helpers/callers/common.js';
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
import { TtrpcClient } from '../../lib/shim/ttrpc/client.js';
import { encodeFrame, MessageType } from '../../lib/shim/ttrpc/frame.js';
import { Code } from '../../lib/shim/ttrpc/status.js';
import { callTask } from '../../lib/shim/task-api.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNTIME = 'io.containerd.hutch.v2';
const STATE_ROOT = `/run/containerd/hutch/${CTR_NAMESPACE}`;
const skip = containerdSkipReason() ?? (process.geteuid?.() !== 0 ? 'containerd runs as root' : undefined);

describe.skipIf(!!skip)(`containerd + containerd-shim-hutch-v2 (ctr --runtime ${RUNTIME})${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let ws: Workspace;
  let cd: Containerd;
  let logMark = 0;

  const why = (r: CtrResult) =>
    `${describeCtr(r)}\n  containerd log:\n${cd
      .logSince(logMark)
      .split('\n')
      .filter((l) => /hutch|shim|error/i.test(l))
      .slice(-15)
      .join('\n')}`;
  const run = (args: string[], opts?: { timeoutMs?: number }) => {
    logMark = cd.logSince().length;
    return cd.ctr(['run', '--runtime', RUNTIME, ...args], opts);
  };
  const taskLine = async (id: string) => (await cd.ctr(['task', 'ls'])).stdout.split('\n').find((l) => l.split(/\s+/)[0] === id);
  const taskStatus = async (id: string) => (await taskLine(id))?.trim().split(/\s+/)[2] ?? '(no task)';
  const hutch = (args: string[]) => execa(join(ROOT, 'bin/hutch'), ['--root', STATE_ROOT, ...args], { reject: false });
  const shimOf = async (id: string): Promise<{ address: string; pid: number }> => {
    const address = readFileSync(join(cd.bundleDir(id)!, 'address'), 'utf8').trim();
    const c = await TtrpcClient.connect(address);
    try {
      return { address, pid: (await callTask(c, 'Connect', { id })).shimPid };
    } finally {
      c.close();
    }
  };

  beforeAll(async () => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-shim-ctr-');
    cd = await Containerd.start(join(ws.dir, 'containerd'), { pathPrefix: join(ROOT, 'bin') });
    await cd.importImage(ws.dir);
  });

  afterAll(async () => {
    await cd?.cleanNamespace();
    await cd?.stop();
    ws?.cleanup();
  });

  it('run --rm: output and exit code 3; nothing left in the state root', async () => {
    const id = uniqueName('rm');
    const r = await run(['--rm', IMG, id, 'sh', '-c', 'echo hello-from-shim; echo to-stderr >&2; exit 3']);
    expect(r.stdout, why(r)).toBe('hello-from-shim\n');
    expect(r.stderr, why(r)).toBe('to-stderr\n');
    expect(r.exitCode, why(r)).toBe(3);
    expect(existsSync(join(STATE_ROOT, id))).toBe(false);
  });

  it('run --rm --seccomp --read-only --cwd --env --mount tmpfs', async () => {
    const id = uniqueName('opts');
    const r = await run(ctrOptionsRun(IMG, id));
    expect(r.exitCode, why(r)).toBe(0);
    expect(r.stdout.split('\n'), why(r)).toEqual(CTR_OPTIONS_OUTPUT);
  });

  it('stdin reaches the container, and its end is the end of input', async () => {
    const id = uniqueName('stdin');
    const [ctr, ...args] = cd.ctrArgv(['run', '--rm', '--runtime', RUNTIME, IMG, id, 'sh', '-c', 'wc -l; echo done']);
    const r = await execa(ctr!, args, { input: 'a\nb\nc\n', reject: false, timeout: 30_000 });
    expect(
      r.stdout.split('\n').map((l) => l.trim()),
      r.stderr,
    ).toEqual(['3', 'done']);
    expect(r.exitCode).toBe(0);
  });

  it("the container gets the fifos as its stdio and no fd of the shim's", async () => {
    const id = uniqueName('fds');
    const r = await run(['--rm', IMG, id, 'ls', '-l', '/proc/self/fd/']);
    expect(r.exitCode, why(r)).toBe(0);
    const fds = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('l'))
      .map((l) => l.replace(/^.*\s(\d+)( -> .*)?$/, '$1$2'));
    // 0-2 are containerd's fifos themselves (no copy through the shim); ls's own fd 3 is the directory it reads.
    expect(
      fds.filter((l) => /^[0-2] /.test(l)),
      r.stdout,
    ).toEqual(['stdin', 'stdout', 'stderr'].map((s, i) => expect.stringMatching(new RegExp(`^${i} -> /.*/${id}-${s}$`))));
    expect(
      fds.filter((l) => !/^[0-3]( |$)/.test(l) || /socket:/.test(l)),
      r.stdout,
    ).toEqual([]);
  });

  it.skipIf(!which('script'))('run -t: the container gets a terminal relayed by the shim', async () => {
    const id = uniqueName('tty');
    logMark = cd.logSince().length;
    const r = await cd.ctrInPty(['run', '--rm', '-t', '--runtime', RUNTIME, IMG, id, 'sh', '-c', 'tty; echo typed-$((6*7)); exit 6']);
    expect(r.stdout, why(r)).toMatch(/\/dev\/pts\/\d+\r*\n/);
    expect(r.stdout, why(r)).toContain('typed-42');
    expect(r.exitCode, why(r)).toBe(6);
  });

  it("a missing binary: ctr exits 1 with the runtime's message; nothing is left behind", async () => {
    const id = uniqueName('missing');
    const r = await run(['--rm', IMG, id, '/no/such/binary']);
    expect(r.exitCode, why(r)).toBe(1);
    expect(r.stderr, why(r)).toMatch(/OCI runtime create failed: .*\/no\/such\/binary.*no such file or directory/);
    expect(existsSync(join(STATE_ROOT, id))).toBe(false);
    expect(mountsUnder(cd.bundleDir(id)!)).toEqual([]);
    await cd.ctr(['container', 'rm', id]);
  });

  it('foreground run ended by task kill -s KILL: ctr exits 137', async () => {
    const id = uniqueName('fg');
    const p = run(['--rm', IMG, id, 'sleep', '60'], { timeoutMs: 40_000 });
    await waitFor(`task ${id} running`, async () => (await taskStatus(id)) === 'RUNNING', 20_000);
    const k = await cd.ctr(['task', 'kill', '--signal', 'SIGKILL', id]);
    expect(k.exitCode, describeCtr(k)).toBe(0);
    const r = await p;
    expect(r.exitCode, why(r)).toBe(137);
  });

  it('events: create, start, exec-added, exec-started, exit (exec, then init), delete, in order', async () => {
    const id = uniqueName('ev');
    const argv = cd.ctrArgv(['events']);
    const events = execa(argv[0]!, argv.slice(1), { reject: false, buffer: true });
    await new Promise((r) => setTimeout(r, 300)); // subscribed
    try {
      const d = await run(['-d', IMG, id, 'sleep', '60']);
      expect(d.exitCode, why(d)).toBe(0);
      const x = await cd.ctr(['task', 'exec', '--exec-id', 'x1', id, 'true']);
      expect(x.exitCode, describeCtr(x)).toBe(0);
      await cd.ctr(['task', 'kill', '--signal', 'SIGKILL', id]);
      await waitFor(`task ${id} stopped`, async () => (await taskStatus(id)) === 'STOPPED');
      expect((await cd.ctr(['task', 'delete', id])).exitCode).toBe(0);
      await cd.ctr(['container', 'rm', id]);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      events.kill();
    }
    const out = (await events).stdout;
    const topics = out
      .split('\n')
      .filter((l) => l.includes(`"${id}"`) && l.includes('/tasks/'))
      .map((l) => /\/tasks\/[a-z-]+/.exec(l)![0]);
    expect(topics, out).toEqual([
      '/tasks/create',
      '/tasks/start',
      '/tasks/exec-added',
      '/tasks/exec-started',
      '/tasks/exit',
      '/tasks/exit',
      '/tasks/delete',
    ]);
    expect(
      out.split('\n').find((l) => l.includes('/tasks/exit') && l.includes('"x1"')),
      out,
    ).toBeDefined();
    expect(out.split('\n').filter((l) => l.includes('/tasks/exit') && l.includes('"exit_status":137')).length, out).toBe(1);
  });

  describe('a detached task: exec, ps, pause/resume, metrics, kill, delete', () => {
    const id = uniqueName('d');
    let logFile = '';
    let initPid = 0;
    const script = 'trap "echo got-usr1" USR1; trap "echo got-term; exit 0" TERM; echo started; while :; do sleep 0.2; done';
    const output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

    beforeAll(async () => {
      logFile = join(ws.dir, `${id}.log`);
      const r = await run(['-d', '--memory-limit', '67108864', '--log-uri', `file://${logFile}`, IMG, id, 'sh', '-c', script]);
      if (r.exitCode !== 0) throw new Error(`ctr run -d failed:\n${why(r)}`);
      await waitFor('"started" in the task log', () => output().includes('started'));
      initPid = Number((await taskLine(id))?.trim().split(/\s+/)[1]);
    });

    it('runs in cgroup /<ns>/<id> with --memory-limit applied; hutch state shows it', async () => {
      expect(readHost(join(ctrCgroupDir('memory', id), 'memory.limit_in_bytes'))).toBe('67108864');
      expect(readHost(join(ctrCgroupDir('memory', id), 'cgroup.procs')).split('\n')).toContain(String(initPid));
      const st = await hutch(['state', id]);
      expect(st.exitCode, st.stderr).toBe(0);
      expect(JSON.parse(st.stdout)).toMatchObject({ id, pid: initPid, status: 'running' });
    });

    it('task exec: output and exit code', async () => {
      const r = await cd.ctr(['task', 'exec', '--exec-id', 'e1', id, 'sh', '-c', 'echo from-exec; exit 4']);
      expect(r.stdout, describeCtr(r)).toBe('from-exec\n');
      expect(r.exitCode, describeCtr(r)).toBe(4);
    });

    it('task exec --user uid:gid --cwd', async () => {
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
      expect(r.exitCode, describeCtr(r)).toBe(0);
      expect(r.stdout, describeCtr(r)).toBe('65534:65534 /tmp\n');
    });

    it.skipIf(!which('script'))('task exec -t: a terminal of its own', async () => {
      const r = await cd.ctrInPty(['task', 'exec', '-t', '--exec-id', 'e3', id, 'sh', '-c', 'tty; exit 5']);
      expect(r.stdout, describeCtr(r)).toMatch(/\/dev\/pts\/\d+/);
      expect(r.exitCode, describeCtr(r)).toBe(5);
    });

    it("task exec of a missing binary fails with the runtime's message, and the task lives on", async () => {
      const r = await cd.ctr(['task', 'exec', '--exec-id', 'e4', id, '/no/such/binary']);
      expect(r.exitCode, describeCtr(r)).not.toBe(0);
      expect(r.stderr, describeCtr(r)).toMatch(/OCI runtime exec failed: .*\/no\/such\/binary/);
      expect(await taskStatus(id)).toBe('RUNNING');
    });

    it('task ps lists the init pid', async () => {
      const r = await cd.ctr(['task', 'ps', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      const pids = r.stdout
        .split('\n')
        .slice(1)
        .map((l) => Number(l.trim().split(/\s+/)[0]))
        .filter(Boolean);
      expect(pids, describeCtr(r)).toContain(initPid);
    });

    it('task pause / resume (the freezer, and the status)', async () => {
      let r = await cd.ctr(['task', 'pause', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      expect(await taskStatus(id)).toBe('PAUSED');
      expect(frozen(initPid)).toBe(true);
      r = await cd.ctr(['task', 'resume', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      expect(await taskStatus(id)).toBe('RUNNING');
      expect(frozen(initPid)).toBe(false);
    });

    it('task metrics: the cgroup statistics (Stats)', async () => {
      const r = await cd.ctr(['task', 'metrics', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      expect(r.stdout, describeCtr(r)).toMatch(/memory\.limit_in_bytes\s+67108864/);
      expect(r.stdout, describeCtr(r)).toMatch(/pids\.current\s+[1-9]/);
    });

    it('task kill -s USR1 reaches the container', async () => {
      const r = await cd.ctr(['task', 'kill', '--signal', 'SIGUSR1', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      await waitFor('"got-usr1" in the task log', () => output().includes('got-usr1'));
    });

    it('task kill (SIGTERM) ends it with status 0; task delete removes it and its state', async () => {
      let r = await cd.ctr(['task', 'kill', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      await waitFor(`task ${id} STOPPED`, async () => (await taskStatus(id)) === 'STOPPED');
      expect(output()).toContain('got-term');
      r = await cd.ctr(['task', 'delete', id]);
      expect(r.exitCode, describeCtr(r)).toBe(0);
      expect(r.stdout + r.stderr, describeCtr(r)).not.toMatch(/error/i);
      expect(await taskStatus(id)).toBe('(no task)');
      expect((await hutch(['state', id])).exitCode).not.toBe(0);
      expect(existsSync(ctrCgroupDir('memory', id))).toBe(false);
      expect((await cd.ctr(['container', 'rm', id])).exitCode).toBe(0);
    });
  });

  describe('one shim per sandbox, and kill -9 of it', () => {
    const sandbox = `sb-${process.pid}`;
    const ids = [uniqueName('sb'), uniqueName('sb')];
    let shimPid = 0;

    beforeAll(async () => {
      for (const id of ids) {
        const r = await run(['-d', '--annotation', `io.kubernetes.cri.sandbox-id=${sandbox}`, IMG, id, 'sleep', '300']);
        if (r.exitCode !== 0) throw new Error(why(r));
      }
    });

    it('two containers of one sandbox are served by one shim process', async () => {
      const [a, b] = await Promise.all(ids.map(shimOf));
      expect(a!.address).toBe(b!.address);
      expect(a!.pid).toBe(b!.pid);
      shimPid = a!.pid;
      expect(readFileSync(`/proc/${shimPid}/cmdline`, 'utf8')).toContain('containerd-shim-hutch-v2');
      const other = uniqueName('solo');
      const r = await run(['-d', IMG, other, 'sleep', '300']);
      expect(r.exitCode, why(r)).toBe(0);
      expect((await shimOf(other)).pid).not.toBe(shimPid);
      await cd.ctr(['task', 'kill', '--signal', 'SIGKILL', other]);
      await waitFor(`${other} stopped`, async () => (await taskStatus(other)) === 'STOPPED');
      await cd.ctr(['task', 'delete', other]);
      await cd.ctr(['container', 'rm', other]);
    });

    it('bad ttrpc input to the running shim gets error statuses; the shim keeps serving', async () => {
      const { address } = await shimOf(ids[0]!);
      const c = await TtrpcClient.connect(address);
      try {
        await expect(c.callRaw('containerd.task.v2.Task', 'NoSuchMethod', new Uint8Array())).rejects.toMatchObject({
          code: Code.UNIMPLEMENTED,
        });
        await expect(callTask(c, 'State', { id: 'no-such-container' })).rejects.toMatchObject({ code: Code.NOT_FOUND });
        await expect(callTask(c, 'Kill', { id: 'no-such-container', signal: 9 })).rejects.toMatchObject({ code: Code.NOT_FOUND });
        await expect(callTask(c, 'State', { id: ids[0]!, execId: 'no-such-exec' })).rejects.toMatchObject({ code: Code.NOT_FOUND });
        await expect(callTask(c, 'Checkpoint', { id: ids[0]! })).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
        c.writeRaw(encodeFrame(3, MessageType.Request, Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff])));
        expect((await callTask(c, 'State', { id: ids[0]! })).pid).toBeGreaterThan(0);
      } finally {
        c.close();
      }
      expect(alive(shimPid)).toBe(true);
      expect(await taskStatus(ids[0]!)).toBe('RUNNING');
    });

    it('kill -9 of the shim: containerd cleans up through the delete action, nothing is left', async () => {
      const pids = await Promise.all(ids.map(async (id) => Number((await taskLine(id))?.trim().split(/\s+/)[1])));
      expect(pids.every((p) => p > 0 && alive(p))).toBe(true);
      const { address } = await shimOf(ids[0]!);
      process.kill(shimPid, 'SIGKILL');
      await waitFor(
        'the tasks to be gone',
        async () => (await taskStatus(ids[0]!)) === '(no task)' && (await taskStatus(ids[1]!)) === '(no task)',
        20_000,
      );
      await waitFor("the containers' processes to be gone", () => pids.every((p) => !alive(p)));
      for (const id of ids) {
        expect(existsSync(join(STATE_ROOT, id)), `hutch state of ${id}`).toBe(false);
        for (const ctl of readdirSync('/sys/fs/cgroup')) expect(existsSync(ctrCgroupDir(ctl, id)), `${ctl} cgroup of ${id}`).toBe(false);
        expect(mountsUnder(cd.bundleDir(id)!), `mounts of ${id}`).toEqual([]);
        await cd.ctr(['container', 'rm', id]);
      }
      expect(existsSync(address.replace('unix://', '')), 'the shim socket').toBe(false);
    });
  });
});

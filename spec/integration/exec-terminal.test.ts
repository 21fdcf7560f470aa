/**
 * Issue #4 — exec joins every namespace and the cgroup of the container,
 * with its own user, cwd and env; exit codes propagate; --detach writes a
 * live pid; a console socket receives a working pty master; `run -t` relays
 * a real terminal.
 */
import { readFileSync, readlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, which } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  killLeftovers,
  makeStateRoots,
  runRuntime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { HUTCH_BIN } from '../helpers/host.js';

const rootSkip = rootSkipReason();
const rootlessSkip = rootSkip ?? rootlessSkipReason();

type Ctx = { ws: Workspace; roots: StateRoots; bundle: Bundle; user?: TestUser; id: string };

async function hutch(c: Ctx, args: string[]) {
  return runRuntime({ runtime: 'hutch', roots: c.roots, user: c.user, args, timeoutMs: 20_000 });
}

for (const kind of ['root', 'rootless'] as const) {
  const skip = kind === 'root' ? rootSkip : rootlessSkip;
  describe.skipIf(skip)(`exec as ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let c: Ctx;
    beforeAll(async () => {
      ensureHutchBuilt();
      const ws = makeWorkspace(`hutch-exec-${kind}-`);
      const user = kind === 'rootless' ? ensureTestUser() : undefined;
      const bundle = makeBundle(ws, { kind, user, template: 'fixture', args: ['sleep', '1000'] });
      bundle.writeConfig();
      c = { ws, roots: makeStateRoots(ws, user), bundle, user, id: containerId(`exec-${kind}`) };
      const r = await hutch(c, ['run', '--detach', '--bundle', bundle.dir, c.id]);
      expect(r.exitCode, describeResult(r)).toBe(0);
    });
    afterAll(async () => {
      if (c) {
        await hutch(c, ['delete', '--force', c.id]);
        killLeftovers(c.id);
        c.ws.cleanup();
      }
    });

    it('joins every namespace and the cgroup of pid 1', async () => {
      const r = await hutch(c, [
        'exec',
        c.id,
        'sh',
        '-c',
        'for n in cgroup ipc mnt net pid user uts; do echo "$n $(readlink /proc/self/ns/$n) $(readlink /proc/1/ns/$n)"; done; a=$(cat /proc/self/cgroup); b=$(cat /proc/1/cgroup); [ "$a" = "$b" ] && echo cgroup-same',
      ]);
      expect(r.exitCode, describeResult(r)).toBe(0);
      const lines = r.stdout.trim().split('\n');
      for (const l of lines.slice(0, 7)) {
        const [name, mine, theirs] = l.split(' ');
        expect(mine, `${name} namespace`).toBe(theirs);
      }
      expect(r.stdout).toContain('cgroup-same');
    });

    it('runs with --user, --cwd and -e as asked', async () => {
      // A single-id rootless map has only uid/gid 0 inside: another id cannot exist there.
      const id = kind === 'root' ? '1' : '0';
      const r = await hutch(c, [
        'exec',
        '--user',
        `${id}:${id}`,
        '--cwd',
        '/tmp',
        '-e',
        'GREETING=hi there',
        c.id,
        'sh',
        '-c',
        'id -u; id -g; pwd; echo "$GREETING"',
      ]);
      expect(r.exitCode, describeResult(r)).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual([id, id, '/tmp', 'hi there']);
    });

    it('propagates exit codes 0, 1 and 42', async () => {
      for (const code of [0, 1, 42]) {
        const r = await hutch(c, ['exec', c.id, 'sh', '-c', `exit ${code}`]);
        expect(r.exitCode, describeResult(r)).toBe(code);
      }
    });

    it('--detach --pid-file writes the pid of a live process in the container', async () => {
      const pidFile = join(c.ws.subdir('pids', c.user), 'exec.pid');
      const r = await hutch(c, ['exec', '--detach', '--pid-file', pidFile, c.id, 'sleep', '30']);
      expect(r.exitCode, describeResult(r)).toBe(0);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(pid).toBeGreaterThan(1);
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]).toBe('sleep');
      const init = Number(JSON.parse((await hutch(c, ['state', c.id])).stdout).pid);
      expect(readlinkSync(`/proc/${pid}/ns/pid`)).toBe(readlinkSync(`/proc/${init}/ns/pid`));
      process.kill(pid, 'SIGKILL');
    });

    it('sees only stdio as open fds, and no usable /proc/self/exe of the runtime', async () => {
      // No pipeline: the shell would hold the pipe's fds while ls runs.
      const r = await hutch(c, ['exec', c.id, 'sh', '-c', 'ls /proc/$$/fd; readlink /proc/$$/exe']);
      expect(r.exitCode, describeResult(r)).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(
        lines
          .slice(0, -1)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual([0, 1, 2]);
      expect(lines.at(-1)).toBe('/bin/busybox');
    });

    it('refuses to exec into a paused or stopped container', async () => {
      const id = containerId('stopped');
      const r = await hutch(c, ['run', '--detach', '--bundle', c.bundle.dir, id]);
      expect(r.exitCode, describeResult(r)).toBe(0);
      await hutch(c, ['kill', id, 'KILL']);
      for (let i = 0; i < 50 && JSON.parse((await hutch(c, ['state', id])).stdout).status !== 'stopped'; i++) await sleep(20);
      const e = await hutch(c, ['exec', id, 'true']);
      // runc exits 255 when exec itself fails (#18).
      expect(e.exitCode).toBe(255);
      expect(e.stderr).toContain('cannot exec in a stopped container');
      await hutch(c, ['delete', '--force', id]);
    });
  });
}

describe.skipIf(rootSkip)(`terminals${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  let ws: Workspace;
  let roots: StateRoots;
  beforeAll(() => {
    ensureHutchBuilt();
    ws = makeWorkspace('hutch-tty-');
    roots = makeStateRoots(ws);
  });
  afterAll(() => ws?.cleanup());

  it('sends a working pty master to --console-socket, with consoleSize applied', async () => {
    const bundle = makeBundle(ws, {
      kind: 'root',
      template: 'fixture',
      args: ['sh'],
      edit: (cfg) => ((cfg.process.terminal = true), (cfg.process.consoleSize = { height: 33, width: 101 })),
    });
    bundle.writeConfig();
    const sock = join(ws.dir, 'console.sock');
    const receiver = join(ws.dir, 'receiver.py');
    writeFileSync(receiver, RECEIVER);
    const rx = execa('/usr/bin/python3', [receiver, sock], { reject: false, timeout: 20_000 });
    for (let i = 0; i < 100 && !existsSync(sock + '.ready'); i++) await sleep(20);
    const id = containerId('console');
    try {
      const created = await runRuntime({ runtime: 'hutch', roots, args: ['create', '--console-socket', sock, '--bundle', bundle.dir, id] });
      expect(created.exitCode, describeResult(created)).toBe(0);
      const started = await runRuntime({ runtime: 'hutch', roots, args: ['start', id] });
      expect(started.exitCode, describeResult(started)).toBe(0);
      const out = await rx;
      expect(out.stdout).toContain('/dev/pts/0');
      expect(out.stdout).toMatch(/^33 101\r?$/m);
    } finally {
      await runRuntime({ runtime: 'hutch', roots, args: ['delete', '--force', id] });
      killLeftovers(id);
    }
  });

  it.skipIf(!which('script'))('run -t under a real terminal: typed input reaches the shell and Ctrl-D ends it', async () => {
    const bundle = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['sh'], edit: (cfg) => (cfg.process.terminal = true) });
    bundle.writeConfig();
    const id = containerId('tty');
    const feed = `sleep 1; printf 'echo typed-$((6*7)); tty\\n'; sleep 1; printf '\\004'`;
    const r = await execa(
      'sh',
      ['-c', `(${feed}) | script -qec "${HUTCH_BIN} --root ${roots.hutch} run --bundle ${bundle.dir} ${id}" /dev/null`],
      { reject: false, timeout: 20_000 },
    );
    killLeftovers(id);
    expect(r.stdout).toContain('typed-42');
    expect(r.stdout).toContain('/dev/pts/0');
    expect(r.exitCode).toBe(0);
  });

  it("gives runc's errors for -t without a way to attach a terminal", async () => {
    const bundle = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['sh'], edit: (cfg) => (cfg.process.terminal = true) });
    bundle.writeConfig();
    const r = await runRuntime({ runtime: 'hutch', roots, args: ['create', '--bundle', bundle.dir, containerId('notty')] });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('cannot allocate tty if runc will detach without setting console socket');
  });
});

const RECEIVER = `
import socket, sys, os, time
path = sys.argv[1]
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.bind(path); s.listen(1)
open(path + '.ready', 'w').close()
c, _ = s.accept()
msg, fds, flags, addr = socket.recv_fds(c, 1024, 1)
m = fds[0]
os.write(m, b'tty; stty size; exit 0\\n')
out = b''
end = time.time() + 10
while time.time() < end:
    try:
        d = os.read(m, 4096)
    except OSError:
        break
    if not d:
        break
    out += d
print(out.decode(errors='replace'))
`;

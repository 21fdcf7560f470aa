/**
 * Issue #2 — `hutch run` in the foreground exits with the container's exit
 * code, forwards SIGTERM to the container process, and reports a container
 * killed by SIGKILL as 128+9. Every case runs as root and as the unprivileged
 * user, and runs under runc too (when installed) so the expectations are
 * checked against the reference runtime.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type BundleKind, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  makeStateRoots,
  runRuntime,
  settle,
  startRuntime,
  type Runtime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';

type Started = ReturnType<typeof startRuntime>;

interface Signalled {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** The container process outlived `run` and had to be killed by the test. */
  leaked: boolean;
}

/**
 * Starts `run --pid-file`, waits for the container to print "ready", calls
 * `act`, and waits (at most 10 s) for the runtime process itself to exit.
 * Whatever still runs afterwards — the runtime, or a container orphaned by a
 * runtime that died — is SIGKILLed, so a failure is quick and leaves nothing.
 */
async function runAndAct(
  call: Omit<Parameters<typeof startRuntime>[0], 'args'>,
  bundleDir: string,
  act: (sub: Started, containerPid: () => Promise<number>) => void | Promise<void>,
): Promise<Signalled> {
  const pidFile = join(bundleDir, 'container.pid');
  const id = containerId('sig');
  const sub = startRuntime({ ...call, args: ['run', '--pid-file', pidFile, '--bundle', bundleDir, id] });
  let stdout = '';
  let stderr = '';
  sub.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  sub.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    sub.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let containerPid: number | undefined;
  const pid = async () => (containerPid ??= await readPidFile(pidFile));
  let outcome: { code: number | null; signal: string | null } | undefined;
  try {
    // Act the moment "ready" arrives: the container is running from then on.
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10_000);
      const check = () => {
        if (stdout.includes('ready')) {
          clearTimeout(timer);
          sub.stdout?.off('data', check);
          resolve(true);
        }
      };
      sub.stdout?.on('data', check);
      void exited.then(() => setTimeout(() => resolve(stdout.includes('ready')), 50));
    });
    if (!ready) throw new Error(`the container did not print "ready"; stdout ${JSON.stringify(stdout)}, stderr ${JSON.stringify(stderr)}`);
    await act(sub, pid);
    outcome = await Promise.race([exited, sleep(10_000).then(() => undefined)]);
  } finally {
    let leaked = false;
    // Without "ready" the container may never have started: look once, don't wait.
    await (stdout.includes('ready') ? pid() : readPidFile(pidFile, 0)).then((p) => (containerPid = p)).catch(() => undefined);
    if (containerPid && alive(containerPid)) {
      leaked = outcome !== undefined; // the runtime exited without its container
      process.kill(containerPid, 'SIGKILL');
    }
    if (sub.exitCode === null && sub.signalCode === null) sub.kill('SIGKILL');
    await settle(sub, id);
    if (outcome) return { exitCode: outcome.code, signal: outcome.signal, stdout, stderr, leaked };
  }
  throw new Error(`the runtime did not exit within 10 s; stdout ${JSON.stringify(stdout)}, stderr ${JSON.stringify(stderr)}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readPidFile(path: string, timeoutMs = 5_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid > 0) return pid;
    } catch {
      /* not written yet */
    }
    if (Date.now() > end) throw new Error(`no pid in ${path} after ${timeoutMs} ms`);
    await sleep(20);
  }
}

// busybox sh runs a trap only between commands, so the loop sleeps briefly.
const TERM_SCRIPT = "trap 'echo got TERM; exit 42' TERM; echo ready; while :; do sleep 0.1; done";
const LOOP_SCRIPT = 'echo ready; while :; do sleep 0.1; done';

function defineExitCases(kind: BundleKind, reason: string | undefined, runtime: Runtime): void {
  const title = `${runtime} run exit status and signals, ${kind}${reason ? ` (skipped: ${reason})` : ''}`;
  describe.skipIf(Boolean(reason))(title, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;

    beforeAll(() => {
      if (runtime === 'hutch') ensureHutchBuilt();
      ws = makeWorkspace(`hutch-it-exit-${kind}-`);
      user = kind === 'rootless' ? ensureTestUser() : undefined;
      roots = makeStateRoots(ws, user);
    });
    afterAll(() => ws?.cleanup());

    const bundleFor = (script: string) => makeBundle(ws, { kind, user, args: ['sh', '-c', script] });

    it('exit 3 in the container makes run exit 3', async () => {
      const b = bundleFor('echo before; exit 3');
      const r = await runRuntime({ runtime, user, roots, args: ['run', '--bundle', b.dir, containerId('exit')] });
      expect(r.stdout, describeResult(r)).toBe('before\n');
      expect(r.exitCode, describeResult(r)).toBe(3);
      expect(r.leftovers, describeResult(r)).toEqual([]);
    });

    it('a poststop hook that closes its stdin unread does not change the exit code', async () => {
      // The state is larger than a pipe's buffer, so writing it to the hook
      // meets EPIPE for sure. Node ignores SIGPIPE, but a runtime that stops
      // forwarding signals by removing its listeners resets SIGPIPE to the
      // default action and dies of it (exit 141).
      const b = makeBundle(ws, {
        kind,
        user,
        args: ['sh', '-c', 'exit 3'],
        edit: (cfg) => {
          cfg.annotations = { 'org.example.padding': 'x'.repeat(200_000) };
          cfg.hooks = { poststop: [{ path: '/bin/sh', args: ['sh', '-c', 'exec 0<&-; sleep 0.2'] }] };
        },
      });
      const r = await runRuntime({ runtime, user, roots, args: ['run', '--bundle', b.dir, containerId('pipe')] });
      expect(r.exitCode, describeResult(r)).toBe(3);
      expect(r.signal, describeResult(r)).toBeUndefined();
      expect(r.leftovers, describeResult(r)).toEqual([]);
    });

    it('a failing startContainer hook: run exits 1 and the container is destroyed', async () => {
      const b = makeBundle(ws, { kind, user, args: ['true'], edit: (cfg) => (cfg.hooks = { startContainer: [{ path: '/bin/false' }] }) });
      const id = containerId('hookfail');
      const r = await runRuntime({ runtime, user, roots, args: ['run', '--bundle', b.dir, id] });
      expect(r.exitCode, describeResult(r)).toBe(1);
      expect(r.stderr).toMatch(/hook #0.*exit status 1/);
      // Nothing left: no state (so no init waiting on its exec fifo).
      const state = await runRuntime({ runtime, user, roots, args: ['state', id] });
      expect(state.exitCode, describeResult(state)).toBe(1);
      expect(state.stderr).toMatch(/does not exist/);
    });

    it('SIGTERM sent to run reaches the container process', async () => {
      const b = bundleFor(TERM_SCRIPT);
      // The signal is sent as soon as the container has printed "ready": from
      // then on the container is running and `run` must forward signals.
      const r = await runAndAct({ runtime, user, roots }, b.dir, (sub) => {
        sub.kill('SIGTERM');
      });
      // A runtime that dies of the SIGTERM shows up as signal SIGTERM, leaked true.
      expect({ exitCode: r.exitCode, signal: r.signal, leaked: r.leaked }, r.stderr).toEqual({
        exitCode: 42,
        signal: null,
        leaked: false,
      });
      expect(r.stdout).toContain('got TERM');
    });

    it('a container killed by SIGKILL makes run exit 137', async () => {
      const b = bundleFor(LOOP_SCRIPT);
      // The container's pid 1 cannot be SIGKILLed from inside its own pid
      // namespace, so the signal comes from the host.
      const r = await runAndAct({ runtime, user, roots }, b.dir, async (_sub, pid) => {
        process.kill(await pid(), 'SIGKILL');
      });
      expect({ exitCode: r.exitCode, signal: r.signal, leaked: r.leaked }, r.stderr).toEqual({
        exitCode: 137,
        signal: null,
        leaked: false,
      });
    });
  });
}

for (const runtime of ['hutch', 'runc'] as const) {
  const runcReason = runtime === 'runc' ? runcSkipReason() : undefined;
  defineExitCases('root', runcReason ?? rootSkipReason(), runtime);
  defineExitCases('rootless', runcReason ?? rootlessSkipReason(), runtime);
}

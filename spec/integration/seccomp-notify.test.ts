/**
 * Issue #18: seccomp user notification (SCMP_ACT_NOTIFY). The runtime loads
 * the filter with SECCOMP_FILTER_FLAG_NEW_LISTENER and hands the listener
 * fd, with the container's state (ContainerProcessState), to the agent at
 * linux.seccomp.listenerPath over SCM_RIGHTS, for run and for exec. The
 * agent (fixtures/seccomp/notify-agent.py) answers mkdir with ENOMEDIUM and
 * lets chmod through. Against runc 1.1.5, root and rootless, with
 * noNewPrivileges true and false; a startContainer hook still runs; a
 * missing or dead agent is an error in runc's words that leaves nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { describeResult, type Runtime, type RuntimeResult } from '../helpers/runtimes.js';
import { FIXTURES, runcSkipReason, which } from '../helpers/host.js';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';
import type { OciConfig } from '../helpers/bundle.js';
import { X86_64_SYSCALLS } from '../../lib/seccomp/tables/x86_64.js';
import { AARCH64_SYSCALLS } from '../../lib/seccomp/tables/aarch64.js';

const runtimes: Runtime[] = runcSkipReason() ? ['hutch'] : ['hutch', 'runc'];
const PYTHON = ['/usr/bin/python3', which('python3')].find((p) => p && existsSync(p));
const TABLE = process.arch === 'arm64' ? AARCH64_SYSCALLS : X86_64_SYSCALLS;
const ENOMEDIUM = 123;
/** The agent's rules: mkdir fails with ENOMEDIUM ("No medium found"), everything else continues. */
const RULES = ['mkdir', 'mkdirat'].filter((n) => TABLE[n] !== undefined).map((n) => `${TABLE[n]}=errno:${ENOMEDIUM}`);
const NOTIFIED = ['mkdir', 'mkdirat', 'chmod', 'fchmodat', 'fchmodat2'];

interface Agent {
  socket: string;
  /** The JSON lines the agent logged so far. */
  log: () => Record<string, any>[];
}

const agents: ChildProcess[] = [];
afterAll(() => agents.forEach((a) => a.kill('SIGKILL')));

async function startAgent(env: KindEnv, name: string): Promise<Agent> {
  const dir = env.ws.subdir(name);
  const socket = join(dir, 'agent.sock');
  const logFile = join(dir, 'agent.log');
  const child = spawn(PYTHON!, [join(FIXTURES, 'seccomp', 'notify-agent.py'), socket, logFile, ...RULES], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  agents.push(child);
  for (let i = 0; i < 200 && !existsSync(`${socket}.ready`); i++) await sleep(25);
  if (!existsSync(`${socket}.ready`)) throw new Error('the seccomp agent did not start');
  const log = () =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, any>)
      : [];
  return { socket, log };
}

function notifyProfile(listenerPath: string, nnp: boolean) {
  return (cfg: OciConfig) => {
    cfg.process.noNewPrivileges = nnp;
    cfg.mounts.push({ destination: '/tmp', type: 'tmpfs', source: 'tmpfs' });
    cfg.annotations = { 'org.example.notify': 'yes' };
    cfg.linux.seccomp = {
      defaultAction: 'SCMP_ACT_ALLOW',
      listenerPath,
      listenerMetadata: 'hutch-test-metadata',
      syscalls: [{ names: NOTIFIED, action: 'SCMP_ACT_NOTIFY' }],
    };
  };
}

const PROBE = 'mkdir /tmp/x 2>&1; echo "mkdir=$?"; touch /tmp/f; chmod 700 /tmp/f; stat -c "%a" /tmp/f';

/** The states the agent got, pids and versions replaced by what they must match. */
function states(agent: Agent, initPid: (s: Record<string, any>) => boolean): Record<string, any>[] {
  return agent
    .log()
    .filter((e) => e.state)
    .map((e) => {
      const s = e.state as Record<string, any>;
      expect(e.fds, 'one fd with the state').toBe(1);
      expect(s.state.pid).toBeGreaterThan(0);
      expect(typeof s.ociVersion).toBe('string');
      return {
        ...s,
        ociVersion: 'V',
        pid: initPid(s) ? 'init' : 'other',
        state: { ...s.state, ociVersion: 'V', pid: 'init', bundle: s.state.bundle ? 'bundle' : undefined },
      };
    });
}

describeKinds('seccomp user notification (SCMP_ACT_NOTIFY)', (env, kind) => {
  for (const nnp of [true, false]) {
    it.skipIf(!PYTHON)(`run, noNewPrivileges ${nnp}: the agent gets the state and the fd, and answers (as runc)`, async () => {
      const out: Partial<Record<Runtime, { r: RuntimeResult; states: Record<string, any>[]; notes: string[] }>> = {};
      for (const runtime of runtimes) {
        const agent = await startAgent(env(), `agent-${runtime}`);
        const b = env().bundle({ template: 'fixture', args: ['sh', '-c', PROBE], edit: notifyProfile(agent.socket, nnp) });
        const r = await env().call(runtime, ['run', '--bundle', b.dir, env().id('notify')]);
        out[runtime] = {
          r,
          states: states(agent, (s) => s.pid === s.state.pid),
          notes: agent
            .log()
            .filter((e) => e.notification)
            .map((e) => e.notification.action),
        };
      }
      const hutch = out.hutch!;
      expect(hutch.r.exitCode, describeResult(hutch.r)).toBe(0);
      expect(hutch.r.stdout).toBe("mkdir: can't create directory '/tmp/x': No medium found\nmkdir=1\n700\n");
      expect(hutch.states).toEqual([
        {
          ociVersion: 'V',
          fds: ['seccompFd'],
          pid: 'init',
          metadata: 'hutch-test-metadata',
          state: {
            ociVersion: 'V',
            id: expect.stringMatching(/^notify-/),
            status: 'creating',
            pid: 'init',
            bundle: 'bundle',
            annotations: { 'org.example.notify': 'yes' },
          },
        },
      ]);
      expect(hutch.notes).toEqual(expect.arrayContaining([`errno:${ENOMEDIUM}`, 'continue']));
      if (out.runc) {
        expect(out.runc.r.stdout, describeResult(out.runc.r)).toBe(hutch.r.stdout);
        expect(out.runc.states.map((s) => ({ ...s, state: { ...s.state, id: 'id' } }))).toEqual(
          hutch.states.map((s) => ({ ...s, state: { ...s.state, id: 'id' } })),
        );
      }
    });
  }

  it.skipIf(!PYTHON)(
    `exec: the exec'd process's own listener goes to the agent with the running state (${kind === 'root' ? 'as runc' : 'runc 1.1.5 fails'})`,
    async () => {
      const got: Partial<Record<Runtime, { r: RuntimeResult; states: Record<string, any>[] }>> = {};
      for (const runtime of runtimes) {
        const agent = await startAgent(env(), `agent-exec-${runtime}`);
        const b = env().bundle({ template: 'fixture', args: ['sleep', '100'], edit: notifyProfile(agent.socket, true) });
        const id = env().id('notify-exec');
        const started = await env().call(runtime, ['run', '-d', '--bundle', b.dir, id]);
        expect(started.exitCode, describeResult(started)).toBe(0);
        const r = await env().call(runtime, ['exec', id, 'sh', '-c', 'mkdir /tmp/y 2>&1; echo "mkdir=$?"']);
        await env().call(runtime, ['delete', '--force', id]);
        got[runtime] = { r, states: states(agent, (s) => s.pid === s.state.pid) };
      }
      const hutch = got.hutch!;
      expect(hutch.r.stdout, describeResult(hutch.r)).toBe("mkdir: can't create directory '/tmp/y': No medium found\nmkdir=1\n");
      expect(hutch.states.map((s) => [s.pid, s.state.status])).toEqual([
        ['init', 'creating'],
        ['other', 'running'],
      ]);
      if (got.runc && kind === 'root') {
        expect(got.runc.r.stdout).toBe(hutch.r.stdout);
        expect(got.runc.states.map((s) => [s.pid, s.state.status])).toEqual([
          ['init', 'creating'],
          ['other', 'running'],
        ]);
      } else if (got.runc) {
        // runc 1.1.5 takes the listener with pidfd_getfd, which a rootless
        // runtime may not do to its non-dumpable exec'd process.
        expect(got.runc.r.stderr).toContain('performing SYS_PIDFD_GETFD syscall: operation not permitted');
      }
    },
  );

  it.skipIf(!PYTHON)('a startContainer hook still runs (as runc)', async () => {
    for (const runtime of runtimes) {
      const agent = await startAgent(env(), `agent-hook-${runtime}`);
      const b = env().bundle({
        template: 'fixture',
        args: ['sh', '-c', 'cat /tmp/hook; mkdir /tmp/z 2>&1'],
        edit: (cfg) => {
          notifyProfile(agent.socket, true)(cfg);
          cfg.hooks = { startContainer: [{ path: '/bin/sh', args: ['sh', '-c', 'echo hook-ran > /tmp/hook'] }] };
        },
      });
      const r = await env().call(runtime, ['run', '--bundle', b.dir, env().id('notify-hook')]);
      expect(r.stdout, `${runtime}: ${describeResult(r)}`).toBe("hook-ran\nmkdir: can't create directory '/tmp/z': No medium found\n");
    }
  });

  it("a missing or dead agent: refused in runc's words, nothing left behind", async () => {
    const dir = env().ws.subdir('dead');
    // A socket nobody listens on any more.
    const dead = join(dir, 'dead.sock');
    await new Promise<void>((resolve, reject) => {
      const p = spawn(PYTHON ?? 'python3', [
        '-c',
        `import os, socket; s = socket.socket(socket.AF_UNIX); s.bind(${JSON.stringify(dead)}); os.chmod(${JSON.stringify(dead)}, 0o777)`,
      ]);
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('could not make a dead socket'))));
    });
    for (const [path, why] of [
      [join(dir, 'missing.sock'), 'no such file or directory'],
      [dead, 'connection refused'],
    ] as const) {
      for (const runtime of runtimes) {
        const b = env().bundle({ template: 'fixture', args: ['true'], edit: notifyProfile(path, true) });
        const id = env().id('notify-dead');
        const r = await env().call(runtime, ['run', '--bundle', b.dir, id]);
        expect(r.exitCode, describeResult(r)).not.toBe(0);
        const text = `unable to start container process: failed to connect with seccomp agent specified in the seccomp profile: dial unix ${path}: connect: ${why}`;
        expect(r.stderr, describeResult(r)).toContain(runtime === 'hutch' ? `hutch: ${text}` : text);
        const state = await env().call(runtime, ['state', id]);
        expect(state.exitCode, `${runtime} left ${id} behind`).not.toBe(0);
        expect(r.leftovers).toEqual([]);
      }
    }
  });
});

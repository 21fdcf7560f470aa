import { readFileSync } from 'node:fs';
import type { Hook, HookName, Hooks, Spec } from '../config/types.js';
import { runHooks, runHooksBestEffort } from '../hooks/run.js';
import { renderHook } from '../hooks/render.js';
import { HutchError } from '../errors.js';
import { buildExecPlan, type ExecPlan } from '../plan/exec.js';
import { hostArch } from '../sys/arch.js';
import { hostLastCap } from '../config/capabilities.js';
import { namespacesOf } from './exec.js';
import type { ProcessPlan } from '../plan/process.js';
import { waitForExit } from '../runner/exit-watch.js';

export type HookStatus = 'creating' | 'created' | 'running' | 'stopped';

/** The state document hooks read on stdin. */
export function hookState(fields: { ociVersion: string; id: string; pid: number; bundle: string; annotations: Record<string, string> }, status: HookStatus): object {
  const state: Record<string, unknown> = { ociVersion: fields.ociVersion, id: fields.id, status, pid: fields.pid, bundle: fields.bundle };
  if (Object.keys(fields.annotations).length) state.annotations = fields.annotations;
  return state;
}

/** prestart and createRuntime in the runtime's namespaces, then createContainer in the container's. */
export async function runCreateHooks(spec: Spec, state: object, pid: number, bundle: string): Promise<void> {
  await runHooks('prestart', spec.hooks?.prestart, state, { cwd: bundle });
  await runHooks('createRuntime', spec.hooks?.createRuntime, state, { cwd: bundle });
  await runHooksInContainer('createContainer', spec.hooks?.createContainer, state, pid);
}

export async function runPoststart(hooks: Hooks | undefined, state: object, bundle: string): Promise<string[]> {
  return runHooksBestEffort('poststart', hooks?.poststart, state, { cwd: bundle });
}

export async function runPoststop(hooks: Hooks | undefined, state: object, bundle: string): Promise<string[]> {
  return runHooksBestEffort('poststop', hooks?.poststop, state, { cwd: bundle });
}

/**
 * createContainer and startContainer hooks run in the container's
 * namespaces: each is started through an exec plan that joins the
 * namespaces of the container's init, with the state on a pipe as stdin.
 */
export async function runHooksInContainer(kind: HookName, hooks: readonly Hook[] | undefined, state: object, pid: number): Promise<void> {
  for (const [i, hook] of (hooks ?? []).entries()) {
    const inv = renderHook(hook, state);
    const code = await runOne(inv, pid);
    if (code.timedOut) throw new HutchError(`error running ${kind} hook #${i}: hook ran past specified timeout of ${inv.timeoutSeconds}s`);
    if (code.code !== 0) throw new HutchError(`error running ${kind} hook #${i}: exit status ${code.code}`);
  }
}

async function runOne(inv: ReturnType<typeof renderHook>, pid: number): Promise<{ code: number; timedOut: boolean }> {
  const libc = await import('../sys/libc.js');
  const { launch } = await import('../runner/launch.js');
  // The hook gets the capabilities the runtime itself has (runc runs hooks
  // with its own): asking for more would fail, e.g. without CAP_SYS_RESOURCE.
  const lastCap = hostLastCap();
  const mask = ownCaps('CapPrm');
  const bounding = ownCaps('CapBnd');
  const all = [...Array(lastCap + 1).keys()].filter((c) => (bounding >> BigInt(c)) & 1n);
  const [r, w] = libc.pipe2(0o2000000);
  const process: ProcessPlan = {
    args: inv.argv,
    env: inv.envp,
    cwd: '/',
    uid: 0,
    gid: 0,
    additionalGids: [],
    setgroupsAllowed: false,
    umask: 0o022,
    rlimits: [],
    caps: { bounding: all, effective: mask, permitted: mask, inheritable: 0n, ambient: [] },
    lastCap,
    noNewPrivileges: false,
    oomScoreAdj: undefined,
    sessionKeyring: undefined,
    preserveFds: 0,
    candidates: [inv.path],
    stdinFd: r,
  };
  const plan: ExecPlan = { arch: hostArch(), join: namespacesOf(pid), setsid: false, process };
  let child: number;
  try {
    child = (
      await launch({
        decision: { idMaps: undefined, init: { arch: plan.arch, namespaces: { join: plan.join, newUser: false } } },
        build: (fds) => buildExecPlan(plan, fds),
        fifoPath: undefined,
      })
    ).pid;
  } finally {
    libc.close(r);
  }
  try {
    libc.writeAll(w, inv.stdin);
  } catch {
    // a hook that does not read its stdin is fine
  }
  libc.close(w);
  let timedOut = false;
  const timer = inv.timeoutMs ? setTimeout(() => ((timedOut = true), killQuietly(child)), inv.timeoutMs) : undefined;
  try {
    const status = await waitForExit(child);
    return { code: status.code, timedOut };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function ownCaps(field: 'CapPrm' | 'CapBnd'): bigint {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field + ':'));
  return line ? BigInt('0x' + line.split(/\s+/)[1]) : 0n;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone
  }
}

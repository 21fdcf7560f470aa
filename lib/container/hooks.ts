/**
 * The container's hooks, at the points of its lifecycle the runtime-spec
 * names. prestart, createRuntime, poststart and poststop run in the
 * runtime's namespaces (lib/hooks/run.ts); createContainer and
 * startContainer run in the container's: each is started through an exec
 * plan that joins the namespaces of the container's init. Both kinds fail
 * with runc's words, stdout and stderr included.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import type { Hook, HookName, Hooks, Spec } from '../config/types.js';
import type { RuntimeContext } from '../context.js';
import { runHooks, runHooksBestEffort } from '../hooks/run.js';
import { renderHook, type HookInvocation } from '../hooks/render.js';
import { exitText, failedText, indexedText, timeoutText } from '../hooks/go-text.js';
import { HutchError } from '../errors.js';
import { buildExecPlan, type ExecPlan } from '../plan/exec.js';
import { hostArch } from '../sys/arch.js';
import { hostLastCap } from '../config/capabilities.js';
import { namespacesOf } from '../runner/namespaces.js';
import type { ProcessPlan } from '../plan/process.js';
import { waitForExit } from '../runner/exit-watch.js';
import { SECCOMP_FILTER_FLAG_NEW_LISTENER } from '../seccomp/flags.js';

export type HookStatus = 'creating' | 'created' | 'running' | 'stopped';

/** The state document hooks read on stdin. */
export function hookState(
  fields: { ociVersion: string; id: string; pid: number; bundle: string; annotations: Record<string, string> },
  status: HookStatus,
): object {
  const state: Record<string, unknown> = { ociVersion: fields.ociVersion, id: fields.id, status, pid: fields.pid, bundle: fields.bundle };
  if (Object.keys(fields.annotations).length) state.annotations = fields.annotations;
  return state;
}

/** prestart and createRuntime in the runtime's namespaces, then createContainer in the container's. */
export async function runCreateHooks(
  ctx: RuntimeContext,
  spec: Spec,
  state: object,
  pid: number,
  bundle: string,
  rootfs: string,
): Promise<void> {
  await runHooks('prestart', spec.hooks?.prestart, state, { cwd: bundle, log: ctx.log });
  await runHooks('createRuntime', spec.hooks?.createRuntime, state, { cwd: bundle, log: ctx.log });
  // runc runs them with the container's root as their working directory (the
  // mount namespace is not pivoted yet, so "/" there is still the host's).
  await runHooksInContainer(ctx, 'createContainer', spec.hooks?.createContainer, state, pid, { cwd: rootfs });
}

export async function runPoststart(ctx: RuntimeContext, hooks: Hooks | undefined, state: object, bundle: string): Promise<string[]> {
  return runHooksBestEffort('poststart', hooks?.poststart, state, { cwd: bundle, log: ctx.log });
}

export async function runPoststop(ctx: RuntimeContext, hooks: Hooks | undefined, state: object, bundle: string): Promise<string[]> {
  return runHooksBestEffort('poststop', hooks?.poststop, state, { cwd: bundle, log: ctx.log });
}

/** Runs `hooks` one by one in the namespaces of `pid`; the first failure throws runc's text. */
export async function runHooksInContainer(
  ctx: RuntimeContext,
  kind: HookName,
  hooks: readonly Hook[] | undefined,
  state: object,
  pid: number,
  as: { cwd: string } | { process: ProcessPlan },
): Promise<void> {
  for (const [i, hook] of (hooks ?? []).entries()) {
    // A hook without env gets the environment of whoever runs it: the
    // runtime's, or (startContainer, run by runc's init) the process's.
    const inv = renderHook(hook, state, 'process' in as ? { inheritEnv: as.process.env } : {});
    ctx.log.debug(`${kind} hook #${i}: ${hook.path} ${JSON.stringify(hook.args ?? [])}`);
    const r = await runOne(inv, pid, 'process' in as ? asProcess(inv, as.process) : hookProcess(inv, as.cwd));
    const failure = r.timedOut
      ? timeoutText(inv.timeoutSeconds ?? 0)
      : r.code !== 0
        ? failedText(exitText(r.code, signalName(r.signal)), r.stdout, r.stderr)
        : undefined;
    if (failure !== undefined) {
      ctx.log.debug(`${kind} hook #${i} failed: ${failure}`);
      throw new HutchError(indexedText(i, failure), { code: 'hook' });
    }
  }
}

interface HookResult {
  code: number;
  signal: number | undefined;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

async function runOne(inv: HookInvocation, pid: number, proc: ProcessPlan): Promise<HookResult> {
  const libc = await import('../sys/libc.js');
  const { launch } = await import('../runner/launch.js');
  const [inR, inW] = libc.pipe2(0o2000000);
  const [outR, outW] = libc.pipe2(0o2000000);
  const [errR, errW] = libc.pipe2(0o2000000);
  const plan: ExecPlan = { arch: hostArch(), join: namespacesOf(pid), setsid: false, process: proc };
  let child: number;
  try {
    ({ pid: child } = await launch({
      arch: plan.arch,
      join: plan.join,
      fds: { idmaps: [], stdio: [inR, outW, errW] },
      build: (fds) => buildExecPlan(plan, fds),
    }));
  } catch (err) {
    [inW, outR, errR].forEach(libc.close);
    throw err;
  } finally {
    [inR, outW, errW].forEach(libc.close);
  }
  const stdout = drain(outR);
  const stderr = drain(errR);
  try {
    libc.writeAll(inW, inv.stdin);
  } catch {
    // a hook that does not read its stdin is fine
  }
  libc.close(inW);
  let timedOut = false;
  const timer = inv.timeoutMs ? setTimeout(() => ((timedOut = true), killQuietly(child)), inv.timeoutMs) : undefined;
  try {
    const status = await waitForExit(child);
    // A grandchild may still hold the pipes: after a timeout, do not wait for them.
    const [out, err] = timedOut ? ['', ''] : await Promise.all([stdout, stderr]);
    return { code: status.code, signal: status.signal, timedOut, stdout: out, stderr: err };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** The hook run as the container's process: its user, capabilities, seccomp filter and cwd (runc runs it in its init, just before execve). */
function asProcess(inv: HookInvocation, p: ProcessPlan): ProcessPlan {
  return {
    ...p,
    args: inv.argv,
    env: inv.envp,
    candidates: [inv.path],
    execHint: undefined,
    terminal: undefined,
    preserveFds: 0,
    seccomp: withoutListener(p.seccomp),
  };
}

/**
 * The hook gets the container's filter but no listener of its own: the
 * agent at listenerPath serves the container's processes (it got the
 * init's listener), and a notified syscall of the short-lived hook fails
 * with ENOSYS, as the kernel answers when a filter has no listener.
 */
function withoutListener(s: ProcessPlan['seccomp']): ProcessPlan['seccomp'] {
  return s?.listener ? { ...s, listener: false, flags: s.flags & ~SECCOMP_FILTER_FLAG_NEW_LISTENER } : s;
}

/** The hook's process: its argv and env, the runtime's own capabilities (runc runs hooks with its own). */
function hookProcess(inv: HookInvocation, cwd: string): ProcessPlan {
  // Asking for more than the runtime has would fail, e.g. without CAP_SYS_RESOURCE.
  const lastCap = hostLastCap();
  const mask = ownCaps('CapPrm');
  const bounding = ownCaps('CapBnd');
  const all = [...Array(lastCap + 1).keys()].filter((c) => (bounding >> BigInt(c)) & 1n);
  return {
    args: inv.argv,
    env: inv.envp,
    cwd,
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
  };
}

/** Everything written to `fd` until EOF (the fd is closed at the end). */
function drain(fd: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const rs = createReadStream('', { fd, autoClose: true });
    rs.on('data', (d) => chunks.push(d as Buffer));
    rs.on('error', () => resolve(Buffer.concat(chunks).toString()));
    rs.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });
}

function signalName(sig: number | undefined): string | undefined {
  if (sig === undefined) return undefined;
  return Object.entries(osConstants.signals).find(([, n]) => n === sig)?.[0] ?? `signal ${sig}`;
}

function ownCaps(field: 'CapPrm' | 'CapBnd'): bigint {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(field + ':'));
  return line ? BigInt('0x' + line.split(/\s+/)[1]) : 0n;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone
  }
}

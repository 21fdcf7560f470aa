/**
 * Running a sandbox. Three ways, from cheapest:
 *
 * - ephemeral (the default): no state record and no cgroup. Nothing else
 *   can address the sandbox, so nothing needs to find it: its processes
 *   live in a pid namespace whose init dies with this process (PDEATHSIG,
 *   InitPlan.dieWithParent), its mounts in a mount namespace that goes with
 *   them, and without a cgroup there is nothing on disk to clean up when
 *   this process is SIGKILLed. That saves the state files, the cgroup's
 *   creation and removal, and the locks: most of a container's setup cost.
 * - with resource limits (--memory, --cpus, --pids-limit) where cgroups are
 *   usable: a cgroup must be created and removed, and a SIGKILLed hutch
 *   would leave it behind, so the sandbox is a container with a state
 *   record (hutch list shows it, hutch delete --force removes what is left).
 * - --keep NAME: a detached container of that name, for hutch exec and
 *   hutch delete.
 */
import { accessSync, constants as fsc, existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import type { RuntimeContext } from '../context.js';
import { rootlessCgroups } from '../context.js';
import type { Spec } from '../config/types.js';
import { decideBundle, type DecisionOptions } from '../container/decision.js';
import { buildInitPlan, fakeFds } from '../plan/container.js';
import { hostArch } from '../sys/arch.js';
import { sandboxSpec, hasLimits, type SandboxRoot } from './config.js';
import { sandboxHost, type CallerState } from './caller.js';
import { sandboxProfile } from './seccomp.js';
import type { SandboxSettings } from './options.js';
import { mark } from '../timing.js';
import { perProcess } from '../sys/per-process.js';

export interface SandboxIo {
  /** fds the command gets as 0, 1, 2; default: this process's. */
  stdio?: readonly [number, number, number];
  /** With a terminal: which of 0, 1, 2 become the pty (those that are terminals here). */
  terminalFds?: readonly number[];
  /** Forward this process's signals to the sandbox while waiting (the CLI). */
  forwardSignals: boolean;
  /** Where --print-config and --dry-run write. */
  out: (text: string) => void;
}

export type SandboxMode = 'run' | 'print-config' | 'dry-run';

export interface SandboxResult {
  /** The command's exit code, 128+N if signal N ended it. */
  code: number;
  /** --timeout expired and the sandbox was stopped. */
  timedOut: boolean;
}

/** SIGTERM at the timeout, SIGKILL this much later. */
const TIMEOUT_GRACE_MS = 5000;

/**
 * This process's count of sandboxes, for their ids: per process (a counter
 * left in dist/hutch's start-up snapshot by the build's warm-up would go on
 * from there in every call).
 */
const sequence = perProcess(() => ({ next: 0 }));

/**
 * What only some sandboxes need (an image, a printed config or plan, an
 * error to explain) is imported when needed: a CLI call pays for loading
 * every module it touches (node:crypto alone is a few milliseconds).
 */
export async function runSandbox(
  ctx: RuntimeContext,
  o: SandboxSettings,
  mode: SandboxMode,
  io: SandboxIo,
  caller: CallerState,
): Promise<SandboxResult> {
  const root: SandboxRoot = o.image === undefined ? { kind: 'host' } : await (await import('./image.js')).sandboxRoot(o.image, ctx.log);
  const spec = sandboxSpec(o, sandboxHost(o, root, caller), root, sandboxProfile(hostArch()));
  mark('sandbox config made');
  if (mode === 'print-config') {
    const { formatSpec } = await import('../config/default-spec.js');
    io.out(formatSpec(spec) + '\n');
    return { code: 0, timedOut: false };
  }
  const id = o.keep ?? `sandbox-${process.pid}-${++sequence().next}`;
  const source = { spec, bundle: caller.cwd, rootfs: rootfsOf(root) };
  const options: DecisionOptions = {
    preserveFds: 0,
    noPivot: false,
    noNewKeyring: false,
    reaper: true,
    dieWithParent: o.keep === undefined,
    terminalFds: io.terminalFds,
  };
  if (mode === 'dry-run') {
    const decision = await decideBundle(ctx, id, source, options, []);
    const { describePlan } = await import('../plan/describe.js');
    io.out(describePlan(buildInitPlan(decision.init, fakeFds(decision.init, false)).builder, `plan for sandbox ${id}`));
    return { code: 0, timedOut: false };
  }
  try {
    if (o.keep !== undefined) return await runKept(ctx, o.keep, source, io);
    if (hasLimits(o) && cgroupsUsable(ctx, o)) return await runAsContainer(ctx, id, source, options, o, io);
    return await runEphemeral(ctx, id, source, options, o, io);
  } catch (err) {
    const { explainFailure, readUsernsSysctls } = await import('./explain.js');
    throw explainFailure(err, {
      euid: caller.uid,
      node: process.execPath,
      sysctls: () => readUsernsSysctls(),
      path: spec.process?.env?.find((e) => e.startsWith('PATH='))?.slice(5),
      image: o.image,
    });
  }
}

function rootfsOf(root: SandboxRoot): string {
  return root.kind === 'host' ? '/' : root.rootfs;
}

type Source = { spec: Spec; bundle: string; rootfs: string };

/** No state, no cgroup (see the module comment): clone, wait, relay. */
async function runEphemeral(
  ctx: RuntimeContext,
  id: string,
  source: Source,
  options: DecisionOptions,
  o: SandboxSettings,
  io: SandboxIo,
): Promise<SandboxResult> {
  const signals = io.forwardSignals ? (await import('../runner/signals.js')).queueSignals() : undefined;
  try {
    const { init, idMaps } = await decideBundle(ctx, id, source, options, []);
    const [{ launch }, { openConsole, finishConsole, closeConsole, relayTerminal }, { waitForExit }] = await Promise.all([
      import('../runner/launch.js'),
      import('../runner/console.js'),
      import('../runner/exit-watch.js'),
    ]);
    const console_ = openConsole({ terminal: init.process.terminal !== undefined, consoleSocket: undefined, detached: false });
    let pid: number;
    try {
      ({ pid } = await launch({
        arch: init.arch,
        join: init.namespaces.join,
        userns: idMaps,
        fds: { idmaps: [], console: console_?.childFd, stdio: io.stdio },
        build: (fds) => buildInitPlan(init, fds),
      }));
    } catch (err) {
      closeConsole(console_);
      throw err;
    }
    const master = finishConsole(console_);
    mark('sandbox running');
    const stopForwarding = signals ? signals.forwardTo(pid) : () => undefined;
    const timer = o.timeoutMs === undefined ? undefined : armTimeout(o.timeoutMs, (sig) => signalPid(pid, sig));
    try {
      const exited = waitForExit(pid);
      const status = master === undefined ? await exited : await relayTerminal(master, exited, terminalOutput(io));
      mark('sandbox exited');
      return { code: status.code, timedOut: timer?.fired() ?? false };
    } finally {
      timer?.clear();
      stopForwarding();
    }
  } finally {
    signals?.stop();
  }
}

/** With a cgroup: a container with a state record, removed when it exits. */
async function runAsContainer(
  ctx: RuntimeContext,
  id: string,
  source: Source,
  options: DecisionOptions,
  o: SandboxSettings,
  io: SandboxIo,
): Promise<SandboxResult> {
  const [{ run }, { kill }] = await Promise.all([import('../container/run.js'), import('../container/kill.js')]);
  const timer =
    o.timeoutMs === undefined
      ? undefined
      : armTimeout(o.timeoutMs, (sig) => void kill(ctx, id, sig === 'SIGTERM' ? 15 : 9).catch(() => undefined));
  try {
    const code = await run(ctx, id, {
      source,
      stdio: io.stdio,
      forwardSignals: io.forwardSignals,
      reaper: options.reaper,
      dieWithParent: options.dieWithParent,
      terminalFds: options.terminalFds,
      terminalOutput: terminalOutput(io),
    });
    return { code, timedOut: timer?.fired() ?? false };
  } finally {
    timer?.clear();
  }
}

/**
 * --keep NAME: detached, on /dev/null (or the library caller's fds): a kept
 * sandbox holding our stdout would keep a caller reading it (`$(hutch
 * sandbox --keep ...)`, a pipe) waiting until it ends. hutch exec runs
 * commands in it.
 */
async function runKept(ctx: RuntimeContext, name: string, source: Source, io: SandboxIo): Promise<SandboxResult> {
  const { run } = await import('../container/run.js');
  const devNull = openSync('/dev/null', 'r+');
  try {
    await run(ctx, name, { source, stdio: io.stdio ?? [devNull, devNull, devNull], detach: true, keep: true, reaper: true });
    return { code: 0, timedOut: false };
  } finally {
    closeSync(devNull);
  }
}

/** The pty carries stdout when stdout is a terminal, else only stderr (and echo). */
function terminalOutput(io: SandboxIo): NodeJS.WriteStream {
  return !io.terminalFds || io.terminalFds.includes(1) ? process.stdout : process.stderr;
}

function signalPid(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // exited meanwhile
  }
}

function armTimeout(ms: number, send: (sig: NodeJS.Signals) => void): { fired: () => boolean; clear: () => void } {
  let fired = false;
  let kill: NodeJS.Timeout | undefined;
  const term = setTimeout(() => {
    fired = true;
    send('SIGTERM');
    kill = setTimeout(() => send('SIGKILL'), TIMEOUT_GRACE_MS);
  }, ms);
  return {
    fired: () => fired,
    clear: () => {
      clearTimeout(term);
      if (kill) clearTimeout(kill);
    },
  };
}

/**
 * Limits need a cgroup of our own: root has one, an unprivileged user only
 * where systemd delegates its cgroup v2 subtree. Otherwise say so once and
 * run without.
 */
function cgroupsUsable(ctx: RuntimeContext, o: SandboxSettings): boolean {
  if (!rootlessCgroups(ctx)) return true;
  const flags = Object.keys(o.limits)
    .map((k) => `--${k === 'pidsLimit' ? 'pids-limit' : k}`)
    .join(', ');
  const v2 = existsSync('/sys/fs/cgroup/cgroup.controllers');
  if (v2 && ownCgroupWritable()) return true;
  ctx.log.warn(
    `sandbox: ${flags} not applied: ${v2 ? 'your cgroup is not delegated to you (no systemd user delegation)' : 'this host has cgroup v1, which an unprivileged user cannot manage'}; run as root to limit resources`,
  );
  return false;
}

function ownCgroupWritable(): boolean {
  const line = readFileSync('/proc/self/cgroup', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('0::'));
  if (!line) return false;
  try {
    accessSync(`/sys/fs/cgroup${line.slice(3)}`, fsc.W_OK);
    return true;
  } catch {
    return false;
  }
}

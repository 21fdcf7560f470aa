/** `exec`: run another process in a created or running container. */
import type { RuntimeContext } from '../context.js';
import { execCgroups, joinExec, primeCgroupJoin } from './cgroups.js';
import type { Process } from '../config/types.js';
import { parseJsonFile } from '../config/json.js';
import { parseProcess } from '../config/parse-process.js';
import { envProblem } from '../config/env.js';
import { loadBundle } from '../config/load.js';
import { HutchError } from '../errors.js';
import { hostArch } from '../sys/arch.js';
import { buildExecPlan, type ExecPlan } from '../plan/exec.js';
import { fakeFds } from '../plan/container.js';
import { describePlan } from '../plan/describe.js';
import { namespacesOf } from '../runner/namespaces.js';
import { listenerHandOver } from './seccomp.js';
import { loadContainer } from './container.js';
import { writePidFile, type ProcessFds } from './new-container.js';
import { joinedProcessPlan } from './joined-process.js';

export interface ExecOptions {
  /** A process.json replacing the container's process (runc's --process). */
  processFile?: string;
  /** The same, already read: a process.json's content (the containerd shim gets it over ttrpc). */
  process?: unknown;
  /** Otherwise: the command, with these changes to the container's own process. */
  args?: string[];
  env?: string[];
  cwd?: string;
  /** UID[:GID], numeric. */
  user?: string;
  additionalGids?: number[];
  caps?: string[];
  noNewPrivs?: boolean;
  tty?: boolean;
  consoleSocket?: string;
  /** Return once the process runs (default: wait and return its exit code). */
  detach?: boolean;
  pidFile?: string;
  preserveFds?: number;
  /** stdin, stdout, stderr of the process; default: the runtime's own. */
  stdio?: ProcessFds['stdio'];
  /** Told the process's host pid once it is set up (a detached caller that reaps it, as the containerd shim). */
  onPid?: (pid: number) => void;
  /** With tty, detached and no consoleSocket: the pty master is handed here (see create's onConsole). */
  onConsole?: (master: number) => void;
  /** Exec into a paused container too (the process stays frozen until resume). */
  ignorePaused?: boolean;
  /** Join these sub-cgroups of the container's (runc's --cgroup forms: cgroups/sub-cgroup.ts). */
  cgroups?: string[];
  /** Forward this process's signals to the exec'd process while waiting. */
  forwardSignals?: boolean;
  dryRun?: boolean;
  out?: (text: string) => void;
}

type SignalQueue = ReturnType<typeof import('../runner/signals.js').queueSignals>;

export async function exec(ctx: RuntimeContext, id: string, opts: ExecOptions): Promise<number> {
  const { queueSignals } = await import('../runner/signals.js');
  const signals = opts.detach || opts.dryRun || !opts.forwardSignals ? undefined : queueSignals();
  try {
    return await execWith(ctx, id, opts, signals);
  } finally {
    signals?.stop();
  }
}

async function execWith(ctx: RuntimeContext, id: string, opts: ExecOptions, signals: SignalQueue | undefined): Promise<number> {
  const c = loadContainer(ctx, id);
  if (!(opts.ignorePaused && c.status() === 'paused')) c.require('exec');
  const cgroups = execCgroups(c.record, opts.cgroups);
  const record = c.record;
  // The config as it was at create time (the bundle may have changed since).
  const spec = (await c.savedSpec()) ?? (await loadBundle(record.bundle)).spec;
  const proc = execProcess(opts, spec.process!);
  const warnings: string[] = [];
  const plan: ExecPlan = {
    arch: hostArch(),
    join: namespacesOf(record.pid),
    // runc's nsexec gives every process its own session, terminal or not.
    setsid: true,
    process: await joinedProcessPlan(record, spec, proc, opts.preserveFds ?? 0, warnings),
  };
  ctx.log.warnings(warnings);
  if (ctx.log.debugEnabled) {
    const { processLines } = await import('./debug-lines.js');
    ctx.log.debug(
      `exec: into ${id} (pid ${record.pid}): joining ${plan.join.map((j) => j.type).join(', ')} and cgroups ${[...new Set(Object.values(cgroups.dirs))].join(' ') || 'none'}`,
    );
    processLines(plan.process).forEach((l) => ctx.log.debug(l));
  }
  if (opts.dryRun) {
    const text = describePlan(
      buildExecPlan(plan, fakeFds({ namespaces: plan, process: plan.process }, false)).builder,
      `exec plan for ${id}`,
    );
    (opts.out ?? ((t: string) => process.stdout.write(t)))(text);
    return 0;
  }
  if (Object.keys(record.cgroupPaths).length) primeCgroupJoin(record.rootless);
  const { launch } = await import('../runner/launch.js');
  const { openConsole, finishConsole, closeConsole, relayTerminal } = await import('../runner/console.js');
  const console_ = openConsole({
    terminal: proc.terminal === true,
    consoleSocket: opts.consoleSocket,
    detached: opts.detach === true && opts.onConsole === undefined,
  });
  let pid: number;
  try {
    ({ pid } = await launch({
      arch: plan.arch,
      join: plan.join,
      fds: { idmaps: [], console: console_?.childFd, stdio: opts.stdio },
      build: (fds) => buildExecPlan(plan, fds),
      debug: (m) => ctx.log.debug(m),
      beforeGo: (pid1) => joinExec(record, cgroups, pid1, ctx.log),
      onSeccomp: listenerHandOver(spec.linux?.seccomp, plan.process.seccomp, async () =>
        (await import('./hooks.js')).hookState(record, 'running'),
      ),
      onReady: (p) => {
        if (opts.pidFile) writePidFile(opts.pidFile, p);
        opts.onPid?.(p);
      },
    }));
  } catch (err) {
    closeConsole(console_);
    throw err;
  }
  const master = finishConsole(console_);
  ctx.log.debug(`exec: pid ${pid} runs ${JSON.stringify(plan.process.args)}${opts.detach ? ' (detached)' : ''}`);
  if (opts.detach) {
    if (master !== undefined) opts.onConsole?.(master);
    return 0;
  }
  const { waitForExit } = await import('../runner/exit-watch.js');
  const stop = signals ? signals.forwardTo(pid) : () => undefined;
  try {
    const exited = waitForExit(pid);
    return (master === undefined ? await exited : await relayTerminal(master, exited)).code;
  } finally {
    stop();
  }
}

/** runc's rule: --process replaces everything; otherwise start from config.json's process. */
function execProcess(opts: ExecOptions, base: Process): Process {
  if (opts.processFile) return parseJsonFile(opts.processFile, opts.processFile, parseProcess);
  if (opts.process !== undefined) return parseProcess(opts.process);
  const args = opts.args ?? [];
  if (args.length === 0)
    throw new HutchError('exec: no command given (pass the command after the container id, or --process)', { code: 'usage' });
  const p: Process = { ...base, args, terminal: opts.tty === true };
  if (opts.cwd) p.cwd = opts.cwd;
  const env = opts.env ?? [];
  if (env.length) {
    // Checked like config.json's process.env; runc's words.
    const bad = env.find((e) => envProblem(e) !== undefined);
    if (bad !== undefined) throw new HutchError(`invalid environment variable: ${JSON.stringify(bad)}`, { code: 'usage' });
    p.env = [...(p.env ?? []), ...env];
  }
  const gids = opts.additionalGids ?? [];
  if (opts.user) p.user = { ...parseUser(opts.user), additionalGids: gids.length ? gids : undefined };
  else if (gids.length) p.user = { ...p.user, additionalGids: gids };
  const caps = opts.caps ?? [];
  if (caps.length) {
    const add = (set?: string[]) => [...new Set([...(set ?? []), ...caps])];
    const c = p.capabilities ?? {};
    p.capabilities = { ...c, bounding: add(c.bounding), effective: add(c.effective), permitted: add(c.permitted) };
  }
  if (opts.noNewPrivs) p.noNewPrivileges = true;
  return p;
}

/** --user uid[:gid], numeric as runc requires. */
function parseUser(s: string): { uid: number; gid: number } {
  const m = /^(\d+)(?::(\d+))?$/.exec(s);
  if (!m) throw new HutchError(`--user: invalid value ${JSON.stringify(s)} (expected UID[:GID])`, { code: 'usage' });
  return { uid: Number(m[1]), gid: Number(m[2] ?? 0) };
}

import { existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Process } from '../config/types.js';
import { parseJsonFile } from '../config/json.js';
import { envProblem, parseProcess } from '../config/parse-process.js';
import { loadBundle } from '../config/load.js';
import { HutchError, goPathError } from '../errors.js';
import type { GlobalOptions } from '../cli/context.js';
import type { Logger } from '../cli/logger.js';
import { openStore } from './store.js';
import { savedSpec } from './operate.js';
import { containerStatus } from '../state/status.js';
import type { ContainerRecord } from '../state/record.js';
import { processPlan } from './decide.js';
import { hostArch } from '../sys/arch.js';
import { hostLastCap } from '../config/capabilities.js';
import { buildExecPlan, type ExecPlan } from '../plan/exec.js';
import { describePlan } from '../plan/describe.js';
import { compileProfile } from './seccomp.js';

export interface ExecOptions {
  id: string;
  /** --process FILE, or args with the flags below applied to the container's own process. */
  processFile: string | undefined;
  args: string[];
  env: string[];
  cwd: string | undefined;
  user: string | undefined;
  additionalGids: number[];
  caps: string[];
  noNewPrivs: boolean;
  tty: boolean;
  consoleSocket: string | undefined;
  detach: boolean;
  pidFile: string | undefined;
  preserveFds: number;
  dryRun: boolean;
  global: GlobalOptions;
  logger: Logger;
}

/** The order namespaces are entered: user first, it decides what the rest allow. */
const NS_ORDER: [string, string][] = [
  ['user', 'user'],
  ['mnt', 'mount'],
  ['pid', 'pid'],
  ['net', 'network'],
  ['ipc', 'ipc'],
  ['uts', 'uts'],
  ['cgroup', 'cgroup'],
  ['time', 'time'],
];

export async function execInContainer(opts: ExecOptions): Promise<number> {
  const { queueSignals } = await import('../runner/signals.js');
  const signals = opts.detach || opts.dryRun ? undefined : queueSignals();
  try {
    return await execWith(opts, signals);
  } finally {
    signals?.stop();
  }
}

async function execWith(opts: ExecOptions, signals: ReturnType<typeof import('../runner/signals.js').queueSignals> | undefined): Promise<number> {
  const store = openStore(opts.global);
  const record = store.load(opts.id);
  const status = containerStatus(record, store.fifoPath(opts.id));
  if (status === 'stopped') throw new HutchError('cannot exec in a stopped container');
  if (status === 'paused') throw new HutchError('cannot exec in a paused container');
  // The config as it was at create time (the bundle may have changed since).
  const spec = (await savedSpec(store, record)) ?? (await loadBundle(record.bundle)).spec;
  const proc = execProcess(opts, spec.process!);
  // runc applies the container's seccomp profile to exec'd processes too.
  const warnings: string[] = [];
  const execSeccomp = await compileProfile(spec.linux?.seccomp, hostArch(), warnings);
  const plan: ExecPlan = {
    arch: hostArch(),
    join: namespacesOf(record.pid),
    setsid: proc.terminal === true,
    process: processPlan(
      { process: proc, rootfs: record.rootfs, lastCap: hostLastCap(), extraEnv: [], preserveFds: opts.preserveFds, sessionKeyring: undefined, setgroupsAllowed: setgroupsAllowed(record.pid), seccomp: execSeccomp, arch: hostArch() },
      warnings,
    ),
  };
  opts.logger.warnings(warnings);
  if (opts.dryRun) {
    plan.join.forEach((j, i) => (j.fd = 110 + i));
    process.stdout.write(describePlan(buildExecPlan(plan, { report: 101, go: 102, fifo: undefined }).builder, `exec plan for ${opts.id}`));
    return 0;
  }
  const { launch } = await import('../runner/launch.js');
  const { openConsole, finishConsole, closeConsole, relayTerminal } = await import('../runner/console.js');
  const console_ = openConsole({ terminal: proc.terminal === true, consoleSocket: opts.consoleSocket, detached: opts.detach });
  if (console_) plan.process.terminal = { socketFd: console_.childFd, size: proc.consoleSize ? { rows: proc.consoleSize.height, cols: proc.consoleSize.width } : undefined };
  let launched: { pid: number };
  try {
    launched = await launch({
    decision: { idMaps: undefined, init: { arch: plan.arch, namespaces: { join: plan.join, newUser: false } } },
    build: (fds) => buildExecPlan(plan, fds),
    fifoPath: undefined,
    beforeGo: (pid1) => joinCgroups(record, pid1, opts.logger),
    onReady: (p) => {
      if (opts.pidFile) writeFileSync(resolve(opts.pidFile), String(p));
    },
    });
  } catch (err) {
    closeConsole(console_);
    throw err;
  }
  const { pid } = launched;
  const master = finishConsole(console_);
  if (opts.detach || !signals) return 0;
  const { waitForExit } = await import('../runner/exit-watch.js');
  const stop = signals.forwardTo(pid);
  try {
    const exited = waitForExit(pid);
    return (master === undefined ? await exited : await relayTerminal(master, exited)).code;
  } finally {
    stop();
  }
}

/** Namespaces of the container that differ from ours, as paths to open. */
export function namespacesOf(pid: number): ExecPlan['join'] {
  const out: ExecPlan['join'] = [];
  for (const [file, type] of NS_ORDER) {
    const path = `/proc/${pid}/ns/${file}`;
    let theirs: string;
    try {
      theirs = readlinkSync(path);
    } catch (err) {
      // Only a kernel without this namespace type may be skipped: running
      // in our own namespace instead of an unreadable one would be wrong.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(`/proc/${pid}`)) continue;
      throw goPathError(err, 'readlink', path);
    }
    if (theirs !== readlinkSync(`/proc/self/ns/${file}`)) out.push({ type, fd: -1, path });
  }
  return out;
}

function setgroupsAllowed(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/setgroups`, 'utf8').trim() !== 'deny';
  } catch {
    return true;
  }
}

function joinCgroups(record: ContainerRecord, pid: number, logger: Logger): void {
  for (const dir of new Set(Object.values(record.cgroupPaths))) {
    try {
      writeFileSync(join(dir, 'cgroup.procs'), String(pid));
    } catch (err) {
      if (!record.rootless) throw new HutchError(`join cgroup ${dir}: ${(err as Error).message}`);
      logger.debug(`rootless: not joining cgroup ${dir}: ${(err as Error).message}`);
    }
  }
}

/** runc's rule: --process replaces everything; otherwise start from config.json's process. */
function execProcess(opts: ExecOptions, base: Process): Process {
  if (opts.processFile) return parseJsonFile(opts.processFile, opts.processFile, parseProcess);
  if (opts.args.length === 0) throw new HutchError('exec: no command given (pass the command after the container id, or --process)');
  const p: Process = { ...base, args: opts.args, terminal: opts.tty };
  if (opts.cwd) p.cwd = opts.cwd;
  if (opts.env.length) {
    // Checked like config.json's process.env; runc's words.
    const bad = opts.env.find((e) => envProblem(e) !== undefined);
    if (bad !== undefined) throw new HutchError(`invalid environment variable: ${JSON.stringify(bad)}`);
    p.env = [...(p.env ?? []), ...opts.env];
  }
  if (opts.user) p.user = { ...parseUser(opts.user), additionalGids: opts.additionalGids.length ? opts.additionalGids : undefined };
  else if (opts.additionalGids.length) p.user = { ...p.user, additionalGids: opts.additionalGids };
  if (opts.caps.length) {
    const add = (set?: string[]) => [...new Set([...(set ?? []), ...opts.caps])];
    const c = p.capabilities ?? {};
    p.capabilities = { ...c, bounding: add(c.bounding), effective: add(c.effective), permitted: add(c.permitted) };
  }
  if (opts.noNewPrivs) p.noNewPrivileges = true;
  return p;
}

/** --user uid[:gid], numeric as runc requires. */
function parseUser(s: string): { uid: number; gid: number } {
  const m = /^(\d+)(?::(\d+))?$/.exec(s);
  if (!m) throw new HutchError(`--user: invalid value ${JSON.stringify(s)} (expected UID[:GID])`);
  return { uid: Number(m[1]), gid: Number(m[2] ?? 0) };
}

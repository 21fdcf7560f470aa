import { PlanBuilder, type Value } from './builder.js';
import { PlanContext } from './context.js';
import { planIntermediate, loopbackUp, setHostname, type NamespacePlan } from './namespaces.js';
import {
  prepareRoot,
  pivotRoot,
  moveRoot,
  readonlyPath,
  readonlyRoot,
  finishRootPropagation,
  type RootfsAttributes,
  type RootPropagation,
} from './rootfs.js';
import { cloneDevNull, maskPath } from './mask.js';
import { openMountedProcfs, writeProcFile } from './procfs.js';
import { HutchError, InternalError } from '../errors.js';
import { openBindSource, openIdmappedTree, planBindMount, planFsMount, remountReadonly, type BindMountOp, type MountOp } from './mounts.js';
import { createDevice, devSymlinks, type DeviceNode } from './devices.js';
import { mkdirAll, openInRoot, withParent } from './paths.js';
import * as proc from './process.js';
import { MOUNT_ATTR, SIGKILL } from '../sys/consts.js';
import { planReaper } from './reaper.js';
import { X86_64, AARCH64 } from '../sys/syscalls.js';
import type { Arch } from '../sys/arch.js';
import { Report } from './format.js';
import { makeConsoleFile, planTerminal } from './terminal.js';
import { awaitRuntime, sendReport } from './sync.js';
import { installSeccomp } from './seccomp.js';
import { setScheduler, setIoPriority, setAffinity } from './sched.js';
import { execProgram, lookupExecutable } from './executable.js';
import { checkCwdIsDirectory, enterCwd } from './cwd.js';
import { giveStdioToUser } from './stdio-owner.js';

/** Every decision about a container's init process, made before any step exists. */
export interface InitPlan {
  arch: Arch;
  rootfs: string;
  namespaces: NamespacePlan;
  /** Undefined when the container shares the runtime's mount namespace. */
  mounts: MountOp[] | undefined;
  /** Stop before pivot_root so the runtime can run prestart/createRuntime/createContainer hooks. */
  hooksBeforePivot: boolean;
  /** Bind mounts (indexes in `mounts`) whose source is opened before the container's user namespace exists: a root runtime's credentials reach more. */
  bindSourcesBeforeUserns: readonly number[];
  rootPropagation: RootPropagation;
  /** --no-pivot: move the rootfs over / and chroot; the host's procfs and sysfs mounts to hide first. */
  noPivot: { hide: readonly string[] } | undefined;
  readonlyRoot: boolean;
  /** hutch.rootfs.options: attributes of the rootfs tree (early, recursive) and of the root mount (at the end). */
  rootAttrs?: RootfsAttributes;
  /** undefined: /dev is not a fresh filesystem, leave it alone (as runc). */
  devices: DeviceNode[] | undefined;
  /**
   * Bind the host's device nodes read-only (their contents stay writable):
   * when the host's root is mapped into the container, its root owns them
   * and could otherwise chmod or chown the host's /dev/null.
   */
  devicesReadonly?: boolean;
  devPts: boolean;
  devCore: boolean;
  hostname: string | undefined;
  domainname: string | undefined;
  loopback: boolean;
  sysctl: [string, string][];
  maskedPaths: string[];
  readonlyPaths: string[];
  process: proc.ProcessPlan;
  /**
   * PR_SET_PDEATHSIG=SIGKILL on the container's first process from its first
   * step (bwrap's --die-with-parent): if the runtime dies, so does the
   * container, and with its pid namespace's init everything in it.
   */
  dieWithParent?: boolean;
  /** A minimal init as pid 1, the command its child (reaper.ts). */
  reaper?: boolean;
}

/**
 * fds the runtime opened for the child before clone. They travel beside the
 * decision, never inside it (youki's ContainerArgs): the decision is the
 * same for a dry run and a real one, only these differ.
 */
export interface InitFds {
  report: number;
  go: number;
  /** The exec fifo, for `create`: the container waits on it for `start`. */
  fifo?: number;
  /** One per NamespacePlan.join entry, in the same order. */
  namespaces: readonly number[];
  /** One user namespace per idmapped bind mount (BindMountOp.idmap), in mount order. */
  idmaps: readonly number[];
  /** Where the pty master goes when the process has a terminal. */
  console?: number;
  /** The process's stdin, stdout and stderr; default: the runtime's own 0, 1 and 2. */
  stdio?: readonly [number, number, number];
  /** A socket to the runtime for the seccomp listener (SCMP_ACT_NOTIFY), when the filter has one. */
  seccomp?: number;
}

/** Placeholder fds for a dry run: every fd the plan would take, numbered from 100. */
export function fakeFds(
  p: { namespaces: { join: readonly unknown[] }; mounts?: readonly MountOp[]; process: proc.ProcessPlan },
  create: boolean,
): InitFds {
  const idmapped = (p.mounts ?? []).filter((m) => m.kind === 'bind' && m.idmap).length;
  return {
    report: 101,
    go: 102,
    fifo: create ? 103 : undefined,
    console: p.process.terminal ? 104 : undefined,
    seccomp: p.process.seccomp?.listener ? 105 : undefined,
    namespaces: p.namespaces.join.map((_, i) => 110 + i),
    idmaps: Array.from({ length: idmapped }, (_, i) => 120 + i),
  };
}

export interface BuiltPlan {
  builder: PlanBuilder;
  /**
   * Every fd the plan takes from the runtime. The runtime opens its fds
   * close-on-exec and the plan runs in a freshly exec'd process (see
   * runner/launch.ts), so exactly these are kept open across that exec; the
   * runtime's other fds (its own pipe ends among them) never reach it.
   */
  inherit: number[];
}

export function buildInitPlan(p: InitPlan, fds: InitFds): BuiltPlan {
  const b = new PlanBuilder(p.arch === 'aarch64' ? AARCH64 : X86_64);
  const ctx = new PlanContext(b, p.arch);
  const init = b.label('container process');

  if (p.process.affinity?.initial) setAffinity(ctx, p.process.affinity.initial, 'initial');
  if (p.process.oomScoreAdj !== undefined) proc.writeOomScoreAdj(ctx, p.process.oomScoreAdj);
  // Idmapped trees are made before the user namespace exists (see BindMountOp.idmap).
  const early = new Map<MountOp, Value>();
  planIntermediate(ctx, p.namespaces, fds, init, () => {
    const idmapped = (p.mounts ?? []).filter((m): m is BindMountOp => m.kind === 'bind' && m.idmap !== undefined);
    idmapped.forEach((m, i) => early.set(m, openIdmappedTree(ctx, m, fdAt(fds.idmaps, i, `idmapped mount ${m.dest}`))));
    // With the runtime's credentials, as runc opens mount sources before its
    // init enters the user namespace: a source under a directory only the
    // host's root may search stays reachable.
    for (const i of p.bindSourcesBeforeUserns) {
      const m = p.mounts?.[i];
      if (m?.kind === 'bind' && !early.has(m)) early.set(m, openBindSource(ctx, m));
    }
  });
  b.place(init);
  b.syscall('setsid', [], { what: 'start a new session' });
  // First, so that no later step can outlive a runtime that died meanwhile:
  // before this, the runtime's death shows as EOF on the go pipe.
  if (p.dieWithParent) dieWithParent(ctx);
  const devNulls = p.mounts ? planRootfs(ctx, p, fds, early) : [];
  if (p.loopback) loopbackUp(ctx);
  if (p.hostname !== undefined) setHostname(ctx, p.hostname, false);
  if (p.domainname !== undefined) setHostname(ctx, p.domainname, true);
  if (p.mounts) finishRootfs(ctx, p, devNulls);
  if (p.reaper) {
    const command = b.label('the command process');
    planReaper(ctx, command);
    b.place(command);
    b.syscall('setsid', [], { what: "start a new session (the command's)" });
  }
  planProcess(ctx, p, fds, { console: p.mounts !== undefined });
  return { builder: b, inherit: inheritedFds(fds, p.process) };
}

function fdAt(list: readonly number[], i: number, what: string): number {
  const fd = list[i];
  if (fd === undefined) throw new InternalError(`plan: no fd passed for the ${what}`);
  return fd;
}

/** The fds a plan uses: stdio, preserved fds, and every fd of `fds`. */
export function inheritedFds(fds: InitFds, pr: proc.ProcessPlan): number[] {
  const all = [fds.report, fds.go, ...fds.namespaces, ...fds.idmaps, ...(fds.stdio ?? [])];
  if (fds.fifo !== undefined) all.push(fds.fifo);
  if (pr.seccomp?.listener) all.push(fdAt(fds.seccomp === undefined ? [] : [fds.seccomp], 0, 'seccomp listener socket'));
  if (pr.terminal) all.push(fdAt(fds.console === undefined ? [] : [fds.console], 0, 'console socket'));
  for (let fd = 0; fd < 3 + pr.preserveFds; fd++) all.push(fd);
  return [...new Set(all)].filter((fd) => fd >= 0).sort((a, b) => a - b);
}

/** Mounts, devices and pivot_root; returns the /dev/null binds the masks will use (mask.ts). */
function planRootfs(ctx: PlanContext, p: InitPlan, fds: InitFds, early: ReadonlyMap<MountOp, Value>): Value[] {
  const b = ctx.b;
  prepareRoot(ctx, p.rootfs, p.rootPropagation, p.rootAttrs?.recursive);
  for (const m of p.mounts!) {
    switch (m.kind) {
      case 'bind':
        planBindMount(ctx, m, early.get(m) ?? openBindSource(ctx, m));
        if (m.mustBeProcfs) ctx.procfs = openMountedProcfs(ctx, m.target, m.mustBeProcfs);
        break;
      case 'fs':
        planFsMount(ctx, m);
        if (m.mustBeProcfs) ctx.procfs = openMountedProcfs(ctx, m.target, m.mustBeProcfs);
        if (m.dest === '/dev') ctx.devFd = b.result(openInRoot(ctx, m.target, ctx.O.PATH | ctx.O.DIRECTORY, 'open the /dev just mounted'));
        break;
      case 'symlink': {
        const parent = m.dest.slice(0, m.dest.lastIndexOf('/')) || '/';
        const name = m.dest.slice(m.dest.lastIndexOf('/') + 1);
        withParent(ctx, parent, (fd) =>
          b.syscall('symlinkat', [b.addr(b.string(m.target)), fd, b.addr(b.string(name))], { what: m.what, okErrno: 17 }),
        );
        break;
      }
      case 'readonly':
        remountReadonly(ctx, m.dest);
        break;
    }
  }
  if (p.devices) {
    b.syscall('umask', [0], { what: 'clear the umask while creating devices', show: ['0'] });
    for (const d of p.devices) createDevice(ctx, d, p.namespaces.inUserns, p.devicesReadonly === true);
    devSymlinks(ctx, p.devPts, p.devCore);
  }
  // Create hooks may mount anything, and the masks mount over paths: later
  // mkdirs (the cwd) walk from the root again.
  ctx.forgetDirs();
  if (p.hooksBeforePivot) waitForHooks(ctx, fds);
  const devNulls = cloneDevNull(ctx, p.maskedPaths.length, p.devices ? ctx.devFd : undefined);
  if (p.noPivot) moveRoot(ctx, p.noPivot.hide);
  else pivotRoot(ctx);
  return devNulls;
}

function dieWithParent(ctx: PlanContext): void {
  proc.setParentDeathSignal(ctx, SIGKILL);
}

/** The spec's create-time hooks run after the mounts, before pivot_root. */
function waitForHooks(ctx: PlanContext, fds: InitFds): void {
  sendReport(ctx, fds.report, Report.Hooks, 'ask the runtime to run the create hooks');
  awaitRuntime(ctx, fds.go, 'wait for the create hooks');
}

function finishRootfs(ctx: PlanContext, p: InitPlan, devNulls: readonly Value[]): void {
  // runc makes the cwd if it is missing (os.MkdirAll after pivot_root), so
  // a cwd the rootfs cannot have fails here with runc's words ("mkdir
  // /proc/self/fd/100: no such file or directory"); enterCwd checks the rest.
  mkdirAll(ctx, p.process.cwd);
  checkCwdIsDirectory(ctx, p.process.cwd);
  if (p.sysctl.length && !ctx.procfs) {
    throw new HutchError("config.json: linux.sysctl: sysctls are written through the container's procfs: mount proc on /proc", {
      code: 'config',
    });
  }
  for (const [key, value] of p.sysctl) {
    writeProcFile(ctx, ctx.procfs!, 'sys/' + key.replace(/\./g, '/'), value, `set sysctl ${key}=${value}`, ctx.O.WRONLY | ctx.O.TRUNC);
  }
  if (p.process.terminal) makeConsoleFile(ctx);
  // A read-only /dev last, once everything is in it (runc's finalizeRootfs).
  for (const m of p.mounts ?? []) if (m.kind === 'fs' && m.readonly === 'at-the-end') remountReadonly(ctx, m.target);
  for (const path of p.readonlyPaths) readonlyPath(ctx, path);
  p.maskedPaths.forEach((path, i) => maskPath(ctx, path, devNulls[i]!));
  const rootAttrs = (p.readonlyRoot ? MOUNT_ATTR.RDONLY : 0) | (p.rootAttrs?.top ?? 0);
  if (rootAttrs) readonlyRoot(ctx, rootAttrs);
  // Last: an unbindable "/" (and its submounts, for runbindable) could no
  // longer be bound for the read-only paths above.
  if (p.rootPropagation.after !== undefined) finishRootPropagation(ctx, p.rootPropagation.after);
}

/** From a set-up environment to execve: shared by the container's init and `exec`. */
export function planProcess(ctx: PlanContext, p: { process: proc.ProcessPlan }, fds: InitFds, opts: { console?: boolean } = {}): void {
  const b = ctx.b;
  const pr = p.process;
  if (fds.stdio) useStdio(ctx, fds.stdio);
  if (pr.scheduler) setScheduler(ctx, pr.scheduler);
  if (pr.ioPriority) setIoPriority(ctx, pr.ioPriority);
  // The init's terminal is its /dev/console too (runc); an exec'd process's is not.
  if (pr.terminal) planTerminal(ctx, pr.terminal, fdAt(fds.console === undefined ? [] : [fds.console], 0, 'console socket'), opts);
  proc.setRlimits(ctx, pr);
  if (pr.sessionKeyring !== undefined) proc.joinSessionKeyring(ctx, pr.sessionKeyring);
  proc.prepareFds(ctx, pr.preserveFds);
  // Without no_new_privs the filter needs CAP_SYS_ADMIN: install it while we
  // still have it (runc does the same); the rest of the plan must then be
  // allowed by the profile.
  if (pr.seccomp && !pr.noNewPrivileges) installSeccomp(ctx, pr.seccomp, fds);
  giveStdioToUser(ctx, pr.uid);
  enterCwd(ctx, pr.cwd, () => {
    proc.setIdentity(ctx, pr);
    // A change of ids clears the parent-death signal: set it again.
    if (pr.parentDeathSignal) proc.setParentDeathSignal(ctx, pr.parentDeathSignal);
  });
  if (pr.personality !== undefined)
    b.syscall('personality', [pr.personality], { what: `set personality 0x${pr.personality.toString(16)}` });
  b.syscall('umask', [pr.umask], { what: `set umask 0${pr.umask.toString(8)}`, show: ['0' + pr.umask.toString(8)] });
  if (pr.noNewPrivileges) b.syscall('prctl', [38, 1, 0, 0, 0], { what: 'set no_new_privs', show: ['PR_SET_NO_NEW_PRIVS', '1'] });
  proc.resetSignals(ctx);
  const found = lookupExecutable(ctx, pr.args[0] ?? '', pr.candidates);
  // With no_new_privs the filter can wait until our own work is done, but
  // not until after the wait for `start`: a created container's init would
  // wait unfiltered, and a process exec'd into it (filtered, same user)
  // could ptrace it and run code outside the profile. So, as runc does, it
  // is loaded before the runtime is told we are ready. What runs after it
  // is only read/write on our pipes, the exec fifo and stderr, sched_setaffinity
  // for a final CPU affinity, execve, and exit_group on failure: a profile
  // that lets the container's process run at all allows those.
  if (pr.seccomp && pr.noNewPrivileges) installSeccomp(ctx, pr.seccomp, fds);
  proc.reportReady(ctx, fds.report);
  proc.waitForCommit(ctx, fds.go);
  if (fds.fifo !== undefined) proc.waitForStart(ctx, fds.fifo);
  if (pr.affinity?.final) setAffinity(ctx, pr.affinity.final, 'final');
  execProgram(ctx, pr.args, pr.env, found, pr.execHint);
}

/** dup3 the given fds onto 0, 1 and 2 (an fd already in place stays). */
function useStdio(ctx: PlanContext, stdio: readonly [number, number, number]): void {
  stdio.forEach((fd, i) => {
    if (fd !== i) ctx.b.syscall('dup3', [fd, i, 0], { what: `use fd ${fd} as ${['stdin', 'stdout', 'stderr'][i]}` });
  });
}

import type { BuiltPlan, InitFds } from '../plan/container.js';
import { encodePlan, planSize } from '../plan/encode.js';
import { PlanBuilder } from '../plan/builder.js';
import { X86_64, AARCH64 } from '../sys/syscalls.js';
import { AT, CLONE, CLOSE_RANGE_CLOEXEC, F, SIGCHLD } from '../sys/consts.js';
import { hostArch } from '../sys/arch.js';
import { buildExecutable, PLAN_BASE } from './elf.js';
import { executableFd } from './exe-fd.js';
import { Report, REPORT_SIZE } from '../plan/format.js';
import { applyIdMaps, type IdMapPlan } from './idmap.js';
import type { NamespaceJoin } from '../plan/namespaces.js';
import type { Arch } from '../sys/arch.js';
import { interpreterAddress, interpreterBlob } from './native.js';
import * as libc from '../sys/libc.js';
import { oflags } from '../sys/consts.js';
import { HutchError, osError, InternalError } from '../errors.js';
import { describeFailure } from './failure.js';
import { mark } from '../timing.js';

export interface LaunchOptions {
  arch: Arch;
  /** Namespaces the plan joins by path: opened here, passed as InitFds.namespaces. */
  join: readonly NamespaceJoin[];
  /** The plan creates a user namespace: the runtime writes these id maps when it asks. */
  userns?: IdMapPlan;
  /** fds the caller opened for the plan (idmapped mounts, console, stdio); the caller closes them. */
  fds?: Pick<InitFds, 'idmaps' | 'console' | 'stdio'>;
  /** Builds the plan once the fds are known. */
  build: (fds: InitFds) => BuiltPlan;
  /** create: the container waits on an exec fifo for `start`. */
  fifoPath?: string;
  /** Called with the first child's pid before it may go on (join cgroups here). */
  beforeGo?: (pid: number) => void | Promise<void>;
  /** Called once the container is set up, before it may exec or wait for start: record it here. */
  onReady?: (pid: number) => void;
  /** Called before pivot_root when the plan asks for its create hooks. */
  onHooks?: (pid: number) => Promise<void>;
  /** Where to say what happens (--debug). */
  debug?: (msg: string) => void;
  /**
   * Called with the seccomp listener (an fd of ours, closed afterwards) of
   * process `pid` when its filter has SCMP_ACT_NOTIFY rules: give it to the
   * agent here. The process waits until this returns.
   */
  onSeccomp?: (pid: number, listener: number) => void | Promise<void>;
}

export interface Launched {
  /** Host pid of the container's init process. */
  pid: number;
}

/** The launcher plan's stack: it makes a handful of syscalls. */
const STACK_SIZE = 64 * 1024;

/**
 * Start a container process: open what the child needs, clone into the
 * plan interpreter, answer its requests (id maps, go) and wait until it is
 * ready (create) or has exec'd (run). On failure nothing is left running:
 * the mounts lived in the child's mount namespace and die with it.
 */
export async function launch(opts: LaunchOptions): Promise<Launched> {
  const O = oflags(opts.arch);
  const toClose: number[] = [];
  /** Our children still to kill and reap if the launch fails (never a pid already reaped: it may be reused). */
  const live = new Set<number>();
  let launched = false;
  try {
    const namespaces = opts.join.map((j) => {
      const fd = openOrExplain(j.path, O.RDONLY | O.CLOEXEC, `${j.type} namespace`);
      toClose.push(fd);
      return fd;
    });
    const [reportR, reportW] = libc.pipe2(O.CLOEXEC);
    toClose.push(reportR, reportW);
    const [goR, goW] = libc.pipe2(O.CLOEXEC);
    toClose.push(goR, goW);
    let fifo: number | undefined;
    if (opts.fifoPath) {
      libc.mkfifo(opts.fifoPath, 0o622);
      fifo = libc.openPath(opts.fifoPath, O.RDWR | O.CLOEXEC);
      toClose.push(fifo);
    }
    // The seccomp listener comes back over this socket (plan/seccomp.ts).
    let listenerSock: number | undefined;
    let seccomp: number | undefined;
    if (opts.onSeccomp) {
      [listenerSock, seccomp] = libc.socketPair();
      toClose.push(listenerSock, seccomp);
    }
    const fds: InitFds = {
      report: reportW,
      go: goR,
      fifo,
      namespaces,
      idmaps: opts.fds?.idmaps ?? [],
      console: opts.fds?.console,
      stdio: opts.fds?.stdio,
      seccomp,
    };
    const built = opts.build(fds);
    mark('plan built');
    const pid1 = cloneInto(built, reportW);
    mark('cloned');
    opts.debug?.(`launch: pid ${pid1} runs a plan of ${built.builder.steps.length} steps, with fds ${built.inherit.join(',')}`);
    live.add(pid1);
    // The child has its own copies now; we keep only our ends, until the end.
    const ours = [reportR, goW, ...(listenerSock === undefined ? [] : [listenerSock])];
    toClose
      .splice(0)
      .filter((fd) => !ours.includes(fd))
      .forEach(libc.close);
    toClose.push(...ours);
    // Known before it is returned: a failure after the child reported its
    // pid must kill and reap it too (else it stays a zombie in the container).
    const pid = await converse(built, opts, pid1, reportR, goW, live, listenerSock);
    launched = true;
    return { pid };
  } finally {
    toClose.forEach(libc.close);
    if (!launched) {
      for (const p of [...live].reverse()) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
        try {
          libc.waitpidSync(p);
        } catch {
          // already reaped
        }
      }
    }
  }
}

function openOrExplain(path: string, flags: number, what: string): number {
  try {
    return libc.openPath(path, flags);
  } catch (err) {
    throw osError(err, `open ${what}`, path);
  }
}

/**
 * Start a process that runs `built`: a CLONE_VM|CLONE_VFORK child (it shares
 * our memory, so nothing is copied; we are suspended until it is done) runs
 * a small launcher plan: mark every fd but the plan's close-on-exec, then
 * execveat a sealed memfd holding the interpreter and the plan as one small
 * static executable (elf.ts). The container's first process is thus a fresh
 * process of a few hundred kilobytes, not a copy of Node, and its
 * /proc/PID/exe is the sealed memfd (or, where the kernel forbids
 * executable memfds, an unlinked read-only copy: exe-fd.ts). `flags` are extra clone flags
 * (CLONE_NEWUSER for a throwaway user namespace).
 */
export function cloneInto(built: BuiltPlan, reportFd: number, flags = 0): number {
  const arch = hostArch();
  const plan = encodePlan(built.builder, PLAN_BASE, { reportFd, failExitCode: 1 });
  mark(`plan encoded (${built.builder.steps.length} steps, ${plan.length} bytes)`);
  const exe = executableFd(buildExecutable(arch, interpreterBlob(), plan));
  mark('executable written');
  const [failR, failW] = libc.pipe2(oflags(arch).CLOEXEC);
  let failWOpen = true;
  try {
    const launcher = new PlanBuilder(arch === 'aarch64' ? AARCH64 : X86_64);
    // Node opens its own fds close-on-exec, but the caller of hutch may have
    // left any fd open across its exec of us (a shell's `exec 100</`): such
    // an fd would reach the plan, and a cwd of /proc/self/fd/100 the host
    // (CVE-2024-21626). So the first step marks every fd but stdio
    // close-on-exec, and only the plan's own are opened up again: nothing
    // else survives the exec below, before any container path is resolved.
    launcher.syscall('close_range', [3, 0xffffffff, CLOSE_RANGE_CLOEXEC], {
      what: 'mark every fd the caller left open close-on-exec',
      show: [undefined, '~0U', 'CLOSE_RANGE_CLOEXEC'],
    });
    for (const fd of built.inherit) launcher.syscall('fcntl', [fd, F.SETFD, 0], { what: `keep fd ${fd} open for the plan` });
    const argv = launcher.stringArray(['hutch-init']);
    launcher.syscall(
      'execveat',
      [exe.fd, launcher.addr(launcher.string('')), launcher.addr(argv), launcher.addr(launcher.stringArray([])), AT.EMPTY_PATH],
      { what: `exec the plan executable (${exe.what})` },
    );
    const pid = runVforked(launcher, failW, flags);
    libc.close(failW);
    failWOpen = false;
    // The launcher reports only a failure; a successful exec closed its copy of failW.
    const failure = readReport(failR);
    if (failure) {
      libc.waitpidSync(pid);
      throw startFailure({ builder: launcher, inherit: built.inherit }, failure.step, Number(failure.value));
    }
    return pid;
  } finally {
    libc.close(failR);
    if (failWOpen) libc.close(failW);
    libc.close(exe.fd);
  }
}

/** clone(CLONE_VM|CLONE_VFORK) into the interpreter running `launcher`; returns once the child has exec'd or died. */
function runVforked(launcher: PlanBuilder, reportFd: number, flags: number): number {
  const mapping = libc.mapAnonymous(planSize(launcher));
  const stack = libc.mapAnonymous(STACK_SIZE);
  try {
    encodePlan(launcher, mapping.addr, { reportFd, failExitCode: 1 }).copy(mapping.buffer);
    // Signals stay blocked in the child (and across its exec) until the plan
    // resets them: a handler run there would be Node's, on Node's memory.
    const saved = libc.blockAllSignals();
    try {
      return libc.clone(interpreterAddress(), stack.addr + BigInt(stack.size), flags | CLONE.VM | CLONE.VFORK | SIGCHLD, mapping.addr);
    } finally {
      libc.restoreSignals(saved);
    }
  } finally {
    libc.unmap(mapping);
    libc.unmap(stack);
  }
}

/** The runtime's side of the child protocol. Returns the init pid. */
async function converse(
  built: BuiltPlan,
  opts: LaunchOptions,
  pid1: number,
  reportR: number,
  goW: number,
  live: Set<number>,
  listenerSock: number | undefined,
): Promise<number> {
  let pid = 0;
  let ready = false;
  let gone = false;
  if (!opts.userns) await sayGo();

  for (;;) {
    let msg = readReport(reportR);
    if (!msg) break;
    if ((msg.kind === Report.Ready || msg.kind === Report.Hooks || msg.kind === Report.Seccomp) && pid === 0) {
      // The container process can get here before the intermediate has
      // reported its pid (both write to one pipe). The intermediate exits
      // right after writing, so reap it; its message is then next in line.
      const early = msg;
      reapIntermediate();
      const next = readReport(reportR);
      if (next?.kind === Report.Pid) live.add((pid = Number(next.value)));
      else if (next?.kind === Report.Error) msg = next;
      if (msg === early && pid === 0)
        throw new HutchError('unable to start container process: the runtime lost the container pid', { code: 'start-failed' });
    }
    switch (msg.kind) {
      case Report.UsernsReady:
        mark('child in its user namespace');
        opts.debug?.(`launch: pid ${pid1} is in its user namespace${opts.userns ? ': writing its id maps' : ''}`);
        if (opts.userns) await applyIdMaps(pid1, opts.userns);
        await sayGo();
        break;
      case Report.Pid:
        live.add((pid = Number(msg.value)));
        break;
      case Report.Hooks:
        reapIntermediate();
        opts.debug?.(`launch: pid ${pid} has its mounts: running the create hooks`);
        await opts.onHooks?.(pid);
        libc.writeAll(goW, Buffer.from([1]));
        break;
      case Report.Seccomp:
        reapIntermediate();
        await handOverListener(opts, pid, listenerSock);
        libc.writeAll(goW, Buffer.from([1]));
        break;
      case Report.Ready:
        ready = true;
        reapIntermediate();
        opts.debug?.(`launch: pid ${pid} is set up${opts.fifoPath ? ': it waits for start on the exec fifo' : ': it may exec'}`);
        opts.onReady?.(pid);
        libc.writeAll(goW, Buffer.from([1]));
        if (opts.fifoPath) return pid;
        break;
      case Report.Error:
        reapIntermediate();
        opts.debug?.(`launch: the child failed at step ${msg.step} (errno ${msg.value})`);
        throw startFailure(built, msg.step, Number(msg.value));
    }
  }
  reapIntermediate();
  if (!ready || !pid)
    throw new HutchError('unable to start container process: the container process exited during setup', { code: 'start-failed' });
  return pid;

  async function sayGo(): Promise<void> {
    await opts.beforeGo?.(pid1);
    libc.writeAll(goW, Buffer.from([1]));
  }
  function reapIntermediate(): void {
    if (gone) return;
    gone = true;
    libc.waitpidSync(pid1);
    live.delete(pid1);
  }
}

function startFailure(built: BuiltPlan, step: number, errno: number): HutchError {
  const { message, code } = describeFailure(built, step, errno);
  return new HutchError(`unable to start container process: ${message}`, { code });
}

/** Receive the listener the process sent and hand it on. */
async function handOverListener(opts: LaunchOptions, pid: number, sock: number | undefined): Promise<void> {
  if (!opts.onSeccomp || sock === undefined) throw new InternalError('plan: a seccomp listener was reported, but nobody takes it');
  const listener = libc.receiveFd(sock);
  try {
    await opts.onSeccomp(pid, listener);
  } finally {
    libc.close(listener);
  }
}

function readReport(fd: number): { kind: number; step: number; value: bigint } | undefined {
  let buf = Buffer.alloc(0);
  while (buf.length < REPORT_SIZE) {
    const chunk = libc.readSome(fd, REPORT_SIZE - buf.length);
    if (chunk.length === 0) return undefined;
    buf = Buffer.concat([buf, chunk]);
  }
  return { kind: buf.readInt32LE(0), step: buf.readInt32LE(4), value: buf.readBigInt64LE(8) };
}

import type { BuiltPlan, InitFds } from '../plan/container.js';
import { encodePlan, planSize } from '../plan/encode.js';
import { Report, REPORT_SIZE } from '../plan/format.js';
import type { Decision } from '../container/decide.js';
import { applyIdMaps } from './idmap.js';
import { interpreterAddress } from './native.js';
import * as libc from '../sys/libc.js';
import { oflags } from '../sys/consts.js';
import { HutchError } from '../errors.js';
import { readFileSync } from 'node:fs';
import { describeFailure } from './failure.js';

export interface LaunchOptions {
  /** What to run: the container's init (a Decision) or a process joining it. */
  decision: Pick<Decision, 'idMaps'> & { init: { arch: Decision['init']['arch']; namespaces: { join: Decision['init']['namespaces']['join']; newUser: boolean } } };
  /** Builds the plan once the fds are known. */
  build: (fds: InitFds) => BuiltPlan;
  /** create: the container waits on an exec fifo for `start`. */
  fifoPath: string | undefined;
  /** Called with the first child's pid before it may go on (join cgroups here). */
  beforeGo?: (pid: number) => void | Promise<void>;
  /** Called once the container is set up, before it may exec or wait for start: record it here. */
  onReady?: (pid: number) => void;
  /** Called before pivot_root when the plan asks for its create hooks. */
  onHooks?: (pid: number) => Promise<void>;
}

export interface Launched {
  /** Host pid of the container's init process. */
  pid: number;
}

const STACK_SIZE = 256 * 1024;

/**
 * Start a container process: open what the child needs, clone into the
 * plan interpreter, answer its requests (id maps, go) and wait until it is
 * ready (create) or has exec'd (run). On failure nothing is left running:
 * the mounts lived in the child's mount namespace and die with it.
 */
export async function launch(opts: LaunchOptions): Promise<Launched> {
  const { init } = opts.decision;
  const O = oflags(init.arch);
  const toClose: number[] = [];
  const pids: number[] = [];
  let launched = false;
  try {
    for (const j of init.namespaces.join) {
      j.fd = openOrExplain(j.path, O.RDONLY | O.CLOEXEC, `${j.type} namespace`);
      toClose.push(j.fd);
    }
    const [reportR, reportW] = libc.pipe2(O.CLOEXEC);
    const [goR, goW] = libc.pipe2(O.CLOEXEC);
    toClose.push(reportW, goR);
    const fds: InitFds = { report: reportW, go: goR, fifo: undefined, parentEnds: [reportR, goW] };
    if (opts.fifoPath) {
      libc.mkfifo(opts.fifoPath, 0o622);
      fds.fifo = libc.openPath(opts.fifoPath, O.RDWR | O.CLOEXEC);
      toClose.push(fds.fifo);
    }
    const built = opts.build(fds);
    const pid1 = cloneInto(built, reportW);
    pids.push(pid1);
    toClose.splice(0).forEach(libc.close);

    try {
      const pid = await converse(built, opts, pid1, reportR, goW);
      pids.push(pid);
      launched = true;
      return { pid };
    } finally {
      libc.close(reportR);
      libc.close(goW);
    }
  } finally {
    toClose.forEach(libc.close);
    if (!launched) {
      for (const p of pids.reverse()) {
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
    const e = err as libc.SysError;
    throw new HutchError(`open ${what} ${path}: ${goErrno(e.errno, e.message)}`);
  }
}

function goErrno(errno: number, fallback: string): string {
  return errno === 2 ? 'no such file or directory' : errno === 13 ? 'permission denied' : errno === 1 ? 'operation not permitted' : fallback;
}

export function cloneInto(built: BuiltPlan, reportFd: number, flags = 0): number {
  const room = built.dropMemory ? DROP_ROOM : 0;
  const plan = libc.mapAnonymous(planSize(built.builder) + room);
  const stack = libc.mapAnonymous(STACK_SIZE);
  try {
    if (built.dropMemory) appendDropMemory(built, [plan, stack], room);
    encodePlan(built.builder, plan.addr, { reportFd, failExitCode: 1 }).copy(plan.buffer);
    const fn = interpreterAddress();
    // Signals stay blocked in the child until the plan resets them: a
    // signal arriving before that would run Node's handler without a JS heap.
    const saved = libc.blockAllSignals();
    try {
      return libc.clone(fn, stack.addr + BigInt(stack.size), flags | 17 /* SIGCHLD */, plan.addr);
    } finally {
      libc.restoreSignals(saved);
    }
  } finally {
    // The child has its own copy of both mappings.
    libc.unmap(plan);
    libc.unmap(stack);
  }
}

/** Room in the plan mapping for the munmap steps (80 + 8 bytes each). */
const DROP_ROOM = 96 * 1024;

/**
 * A created container's init waits for `start` for as long as it likes. It
 * is a copy of this Node process, so without this it would keep megabytes
 * of Node's heap. Before it waits, unmap every mapping it does not need:
 * everything but the plan, its stack, the interpreter and the kernel's
 * vdso/vvar. The list is read now; clone gives the child the same layout.
 */
function appendDropMemory(built: BuiltPlan, keep: libc.Mapping[], room: number): void {
  const b = built.builder;
  const code = interpreterAddress();
  // glibc registered an rseq area in this thread's TLS, and clone kept the
  // registration: unmapping it makes the kernel kill the child (SIGSEGV) at
  // its next preemption. Keep whatever lies near the thread pointer.
  const tp = libc.threadPointer();
  const tls: libc.Mapping = { addr: tp - 65536n, size: 131072, buffer: Buffer.alloc(0) };
  keep = [...keep, tls];
  const ranges: [bigint, bigint][] = [];
  for (const line of readFileSync('/proc/self/maps', 'utf8').split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (!m) continue;
    const [start, end, name] = [BigInt('0x' + m[1]), BigInt('0x' + m[2]), m[3] ?? ''];
    if (name.startsWith('[v')) continue; // [vdso] [vvar] [vsyscall]
    if (keep.some((k) => start < k.addr + BigInt(k.size) && end > k.addr)) continue;
    if (code >= start && code < end) continue;
    ranges.push([start, end]);
  }
  const before = b.steps.length;
  b.place(built.dropMemory!.at);
  for (const [start, end] of ranges) {
    b.syscall('munmap', [start, end - start], { what: 'unmap memory inherited from the runtime', onError: 'ignore', show: [`0x${start.toString(16)}`, String(end - start)] });
  }
  b.jump(built.dropMemory!.back);
  if ((b.steps.length - before) * 96 > room) throw new Error('plan: too many mappings to drop');
}

/** The runtime's side of the child protocol. Returns the init pid. */
async function converse(built: BuiltPlan, opts: LaunchOptions, pid1: number, reportR: number, goW: number): Promise<number> {
  const { init, idMaps } = opts.decision;
  let pid = 0;
  let ready = false;
  let gone = false;
  if (!init.namespaces.newUser) await sayGo();

  for (;;) {
    let msg = readReport(reportR);
    if (!msg) break;
    if ((msg.kind === Report.Ready || msg.kind === Report.Hooks) && pid === 0) {
      // The container process can get here before the intermediate has
      // reported its pid (both write to one pipe). The intermediate exits
      // right after writing, so reap it; its message is then next in line.
      const early = msg;
      reapIntermediate();
      const next = readReport(reportR);
      if (next?.kind === Report.Pid) pid = Number(next.value);
      else if (next?.kind === Report.Error) msg = next;
      if (msg === early && pid === 0) throw new HutchError('unable to start container process: the runtime lost the container pid');
    }
    switch (msg.kind) {
      case Report.UsernsReady:
        if (idMaps) applyIdMaps(pid1, idMaps);
        await sayGo();
        break;
      case Report.Pid:
        pid = Number(msg.value);
        break;
      case Report.Hooks:
        reapIntermediate();
        await opts.onHooks?.(pid);
        libc.writeAll(goW, Buffer.from([1]));
        break;
      case Report.Ready:
        ready = true;
        reapIntermediate();
        opts.onReady?.(pid);
        libc.writeAll(goW, Buffer.from([1]));
        if (opts.fifoPath) return pid;
        break;
      case Report.Error:
        reapIntermediate();
        throw new HutchError(`unable to start container process: ${describeFailure(built, msg.step, Number(msg.value))}`);
    }
  }
  reapIntermediate();
  if (!ready || !pid) throw new HutchError('unable to start container process: the container process exited during setup');
  return pid;

  async function sayGo(): Promise<void> {
    await opts.beforeGo?.(pid1);
    libc.writeAll(goW, Buffer.from([1]));
  }
  function reapIntermediate(): void {
    if (gone) return;
    gone = true;
    libc.waitpidSync(pid1);
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

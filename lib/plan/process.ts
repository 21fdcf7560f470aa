import { posix } from 'node:path';
import type { PlanContext } from './context.js';
import type { Value } from './builder.js';
import { CLOSE_RANGE_CLOEXEC, F, KEYCTL_JOIN_SESSION_KEYRING, LINUX_CAPABILITY_VERSION_3, PR, SIG_SETMASK } from '../sys/consts.js';
import { ENOSYS } from '../sys/errno.js';
import { AluOp, Report } from './format.js';
import { awaitRuntime, sendReport } from './sync.js';
import { openHostProcfs, writeProcFile } from './procfs.js';
import type { TerminalPlan } from './terminal.js';
import type { ExecHint } from './executable.js';
import type { SeccompPlan } from './seccomp.js';
import type { Scheduler, LinuxIOPriority } from '../config/types.js';

/** Everything about the process that becomes steps, decided in TypeScript. */
export interface ProcessPlan {
  args: string[];
  env: string[];
  cwd: string;
  uid: number;
  gid: number;
  additionalGids: number[];
  /** Call setgroups: false in a user namespace whose setgroups is "deny", and where the process keeps the groups it inherits. */
  setgroupsAllowed: boolean;
  umask: number;
  rlimits: { resource: number; name: string; soft: bigint; hard: bigint }[];
  caps: { bounding: number[]; effective: bigint; permitted: bigint; inheritable: bigint; ambient: number[] };
  lastCap: number;
  noNewPrivileges: boolean;
  oomScoreAdj: number | undefined;
  /** Name for a new session keyring, or undefined for --no-new-keyring. */
  sessionKeyring: string | undefined;
  /** fds 3..3+preserveFds-1 stay open across exec. */
  preserveFds: number;
  /** Candidate executable paths in lookup order (PATH search done at run time). */
  candidates: string[];
  /** How execve of the first candidate will fail, as the image shows it (the cause in the message). */
  execHint?: ExecHint;
  /** A pty made inside the container, its master sent over this socket. */
  terminal?: TerminalPlan;
  seccomp?: SeccompPlan;
  /** personality(2) persona (PER_LINUX 0, PER_LINUX32 8). */
  personality?: number;
  scheduler?: Scheduler;
  ioPriority?: LinuxIOPriority;
  /** execCPUAffinity: initial (while the runtime sets up) and final (the process). */
  affinity?: { initial?: string; final?: string };
  /** PR_SET_PDEATHSIG after the ids are set (the container's pid 1 without a reaper, dying with the runtime). */
  parentDeathSignal?: number;
}

/** Executable candidates like Go's exec.LookPath with the container's PATH. */
export function executableCandidates(arg0: string, env: readonly string[]): string[] {
  if (arg0.includes('/')) return [arg0];
  const path = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '';
  return path.split(':').map((dir) => posix.join(dir === '' ? '.' : dir, arg0));
}

/** prctl(PR_SET_PDEATHSIG): the kernel sends `signal` when our parent exits (and forgets it when our ids change). */
export function setParentDeathSignal(ctx: PlanContext, signal: number): void {
  ctx.b.syscall('prctl', [PR.SET_PDEATHSIG, signal, 0, 0, 0], { what: 'die with the runtime', show: ['PR_SET_PDEATHSIG', String(signal)] });
}

/**
 * oom_score_adj is the first thing set, as runc's nsexec does: before any
 * namespace is entered, through the runtime's own /proc (checked to be a
 * procfs), never through a /proc the container could have mounted over.
 * Children inherit it, the container's process among them.
 */
export function writeOomScoreAdj(ctx: PlanContext, value: number): void {
  const b = ctx.b;
  const proc = openHostProcfs(ctx);
  writeProcFile(ctx, proc, 'self/oom_score_adj', String(value), `set oom_score_adj to ${value}`);
  b.syscall('close', [proc], { what: 'close /proc' });
}

export function setRlimits(ctx: PlanContext, p: ProcessPlan): void {
  const b = ctx.b;
  for (const r of p.rlimits) {
    const lim = Buffer.alloc(16);
    lim.writeBigUInt64LE(r.soft, 0);
    lim.writeBigUInt64LE(r.hard, 8);
    b.syscall('prlimit64', [0, r.resource, b.addr(b.bytes(lim, `{${r.soft}, ${r.hard}}`)), 0], {
      what: `set ${r.name} to soft ${r.soft} hard ${r.hard}`,
      show: ['0', r.name, undefined, 'NULL'],
    });
  }
}

export function joinSessionKeyring(ctx: PlanContext, name: string): void {
  const b = ctx.b;
  b.syscall('keyctl', [KEYCTL_JOIN_SESSION_KEYRING, b.addr(b.string(name))], {
    what: `join a new session keyring ${name}`,
    okErrno: ENOSYS,
    show: ['KEYCTL_JOIN_SESSION_KEYRING'],
  });
}

/** A run of this many or more bounding-set drops becomes a loop (5 steps) instead of one step each. */
const LOOP_MIN = 5;

/** The capabilities 0..lastCap not in `keep`, as inclusive ranges. */
export function dropRanges(keep: readonly number[], lastCap: number): [number, number][] {
  const kept = new Set(keep);
  const out: [number, number][] = [];
  for (let cap = 0; cap <= lastCap; cap++) {
    if (kept.has(cap)) continue;
    const run = out.at(-1);
    if (run && run[1] === cap - 1) run[1] = cap;
    else out.push([cap, cap]);
  }
  return out;
}

/**
 * `body(n)` for n = first..last, as a loop in the plan: the counter lives
 * in the plan's data, the interpreter adds and compares (ALU, JNE).
 */
function counted(ctx: PlanContext, first: number, last: number, name: string, body: (n: Value) => void): void {
  const b = ctx.b;
  const counter = b.zeros(8, name);
  b.store64(first, counter);
  const loop = b.label(`next ${name}`);
  b.place(loop);
  body(b.load64(counter));
  const next = b.alu(AluOp.Add, b.load64(counter), 1, `next ${name}`);
  b.store64(b.result(next), counter);
  b.jumpIfNotEqual(b.result(next), last + 1, loop, `until ${name} ${last}`);
}

/** Capabilities, uid/gid and groups, in the order that keeps the caps we need until the end. */
export function setIdentity(ctx: PlanContext, p: ProcessPlan): void {
  const b = ctx.b;
  for (const [first, last] of dropRanges(p.caps.bounding, p.lastCap)) {
    if (last - first < LOOP_MIN) {
      for (let cap = first; cap <= last; cap++)
        b.syscall('prctl', [PR.CAPBSET_DROP, cap, 0, 0, 0], {
          what: `drop capability ${cap} from the bounding set`,
          show: ['PR_CAPBSET_DROP'],
        });
      continue;
    }
    counted(ctx, first, last, 'capability', (cap) =>
      b.syscall('prctl', [PR.CAPBSET_DROP, cap, 0, 0, 0], {
        what: `drop capabilities ${first}-${last} from the bounding set`,
        show: ['PR_CAPBSET_DROP', '$cap'],
      }),
    );
  }
  b.syscall('prctl', [PR.SET_KEEPCAPS, 1, 0, 0, 0], { what: 'keep capabilities across setuid', show: ['PR_SET_KEEPCAPS'] });
  if (p.setgroupsAllowed) {
    const groups = Buffer.alloc(Math.max(4, p.additionalGids.length * 4));
    p.additionalGids.forEach((g, i) => groups.writeUInt32LE(g, i * 4));
    b.syscall('setgroups', [p.additionalGids.length, b.addr(b.bytes(groups, JSON.stringify(p.additionalGids)))], {
      what: `set additional groups ${JSON.stringify(p.additionalGids)}`,
    });
  }
  b.syscall('setresgid', [p.gid, p.gid, p.gid], { what: `setgid to ${p.gid}` });
  b.syscall('setresuid', [p.uid, p.uid, p.uid], { what: `setuid to ${p.uid}` });
  capset(ctx, p);
  for (const cap of p.caps.ambient) {
    b.syscall('prctl', [PR.CAP_AMBIENT, PR.CAP_AMBIENT_RAISE, cap, 0, 0], {
      what: `raise ambient capability ${cap}`,
      show: ['PR_CAP_AMBIENT', 'PR_CAP_AMBIENT_RAISE'],
    });
  }
}

function capset(ctx: PlanContext, p: ProcessPlan): void {
  const b = ctx.b;
  const header = Buffer.alloc(8);
  header.writeUInt32LE(LINUX_CAPABILITY_VERSION_3, 0);
  const data = Buffer.alloc(24);
  const lo = (v: bigint) => Number(v & 0xffffffffn);
  const hi = (v: bigint) => Number((v >> 32n) & 0xffffffffn);
  data.writeUInt32LE(lo(p.caps.effective), 0);
  data.writeUInt32LE(lo(p.caps.permitted), 4);
  data.writeUInt32LE(lo(p.caps.inheritable), 8);
  data.writeUInt32LE(hi(p.caps.effective), 12);
  data.writeUInt32LE(hi(p.caps.permitted), 16);
  data.writeUInt32LE(hi(p.caps.inheritable), 20);
  b.syscall(
    'capset',
    [
      b.addr(b.bytes(header, 'cap_header_v3')),
      b.addr(
        b.bytes(
          data,
          `{eff=0x${p.caps.effective.toString(16)}, prm=0x${p.caps.permitted.toString(16)}, inh=0x${p.caps.inheritable.toString(16)}}`,
        ),
      ),
    ],
    {
      what: 'set capabilities',
    },
  );
}

/**
 * Only stdio and --preserve-fds may reach the container: everything else
 * is marked close-on-exec (CVE-2024-21626: a leaked fd of the host).
 */
export function prepareFds(ctx: PlanContext, preserveFds: number): void {
  const b = ctx.b;
  b.syscall('close_range', [3 + preserveFds, 0xffffffff, CLOSE_RANGE_CLOEXEC], {
    what: 'mark inherited fds close-on-exec',
    show: [undefined, '~0U', 'CLOSE_RANGE_CLOEXEC'],
  });
  // Node opens its stdio close-on-exec; the container must keep them.
  for (let fd = 0; fd < 3 + preserveFds; fd++) {
    b.syscall('fcntl', [fd, F.SETFD, 0], {
      what: `keep fd ${fd} open across exec`,
      okErrno: 9 /* EBADF: not open */,
      show: [undefined, 'F_SETFD', '0'],
    });
  }
}

/**
 * Node ignores SIGPIPE and SIGXFSZ (handlers were reset by the exec of the
 * plan executable; ignored signals stay ignored across exec): the container
 * gets defaults and an empty mask. One rt_sigaction in a loop over 1-64;
 * KILL and STOP refuse (EINVAL, ignored like any failure here).
 */
export function resetSignals(ctx: PlanContext): void {
  const b = ctx.b;
  const act = b.zeros(32, 'sigaction{SIG_DFL}');
  counted(ctx, 1, 64, 'signal', (sig) =>
    b.syscall('rt_sigaction', [sig, b.addr(act), 0, 8], {
      what: 'reset signals 1-64 to SIG_DFL',
      onError: 'ignore',
      show: ['$sig', 'SIG_DFL', 'NULL'],
    }),
  );
  const empty = b.zeros(8, 'sigset{}');
  b.syscall('rt_sigprocmask', [SIG_SETMASK, b.addr(empty), 0, 8], { what: 'unblock all signals', show: ['SIG_SETMASK', '{}', 'NULL'] });
}

export function reportReady(ctx: PlanContext, reportFd: number): void {
  sendReport(ctx, reportFd, Report.Ready, 'tell the runtime the container is ready');
}

/** Wait until the runtime has recorded our pid (see awaitRuntime for EOF). */
export function waitForCommit(ctx: PlanContext, goFd: number): void {
  awaitRuntime(ctx, goFd, 'wait for the runtime to record the container');
}

/** Block until `hutch start` writes to the exec fifo. */
export function waitForStart(ctx: PlanContext, fifoFd: number): void {
  const b = ctx.b;
  b.syscall('read', [fifoFd, b.addr(ctx.byte), 1], { what: 'wait for start on the exec fifo' });
}

import { PlanBuilder } from './builder.js';
import { PlanContext } from './context.js';
import { planProcess, inheritedFds, type BuiltPlan, type InitFds } from './container.js';
import { writeOomScoreAdj, type ProcessPlan } from './process.js';
import { joinNamespaces, type NamespaceJoin } from './namespaces.js';
import { awaitRuntime, forkReportingPid } from './sync.js';
import { X86_64, AARCH64 } from '../sys/syscalls.js';
import { setAffinity } from './sched.js';
import type { Arch } from '../sys/arch.js';

export interface ExecPlan {
  arch: Arch;
  /** Namespaces of the container to enter, user first; the runtime opens them (InitFds.namespaces). */
  join: readonly NamespaceJoin[];
  /** Become a session leader (a terminal's controlling process). */
  setsid: boolean;
  process: ProcessPlan;
}

/**
 * `exec`: enter the container's namespaces (non-dumpable, so the container
 * cannot reach this process's memory or /proc/PID/exe), wait while the
 * runtime adds us to the container's cgroups, then fork so the new process
 * is inside the pid namespace, and run the same process setup as init.
 */
export function buildExecPlan(p: ExecPlan, fds: InitFds): BuiltPlan {
  const b = new PlanBuilder(p.arch === 'aarch64' ? AARCH64 : X86_64);
  const ctx = new PlanContext(b, p.arch);
  if (p.process.affinity?.initial) setAffinity(ctx, p.process.affinity.initial, 'initial');
  if (p.process.oomScoreAdj !== undefined) writeOomScoreAdj(ctx, p.process.oomScoreAdj);
  b.syscall('prctl', [4, 0, 0, 0, 0], { what: 'make the runtime process non-dumpable', show: ['PR_SET_DUMPABLE', '0'] });
  joinNamespaces(ctx, p.join, fds.namespaces, (j) => `join the container's ${j.type} namespace`);
  awaitRuntime(ctx, fds.go, 'wait for the runtime');
  const inside = b.label('exec process');
  forkReportingPid(ctx, fds.report, inside, 'fork into the pid namespace');
  b.place(inside);
  if (p.setsid) b.syscall('setsid', [], { what: 'start a new session' });
  planProcess(ctx, p, fds);
  return { builder: b, inherit: inheritedFds(fds, p.process) };
}

import type { PlanContext } from './context.js';
import type { Scheduler, LinuxIOPriority } from '../config/types.js';
import { InternalError } from '../errors.js';

const POLICY: Record<string, number> = {
  SCHED_OTHER: 0,
  SCHED_FIFO: 1,
  SCHED_RR: 2,
  SCHED_BATCH: 3,
  SCHED_ISO: 4,
  SCHED_IDLE: 5,
  SCHED_DEADLINE: 6,
};
const FLAG: Record<string, number> = {
  SCHED_FLAG_RESET_ON_FORK: 0x01,
  SCHED_FLAG_RECLAIM: 0x02,
  SCHED_FLAG_DL_OVERRUN: 0x04,
  SCHED_FLAG_KEEP_POLICY: 0x08,
  SCHED_FLAG_KEEP_PARAMS: 0x10,
  SCHED_FLAG_UTIL_CLAMP_MIN: 0x20,
  SCHED_FLAG_UTIL_CLAMP_MAX: 0x40,
};
const IOPRIO_CLASS: Record<string, number> = { IOPRIO_CLASS_RT: 1, IOPRIO_CLASS_BE: 2, IOPRIO_CLASS_IDLE: 3 };

/** process.scheduler: sched_setattr(0, {size 48, policy, flags, nice, priority, runtime, deadline, period}). */
export function setScheduler(ctx: PlanContext, s: Scheduler): void {
  const attr = Buffer.alloc(48);
  attr.writeUInt32LE(48, 0);
  attr.writeUInt32LE(POLICY[s.policy] ?? 0, 4);
  attr.writeBigUInt64LE(BigInt((s.flags ?? []).reduce((a, f) => a | (FLAG[f] ?? 0), 0)), 8);
  attr.writeInt32LE(s.nice ?? 0, 16);
  attr.writeUInt32LE(s.priority ?? 0, 20);
  attr.writeBigUInt64LE(BigInt(s.runtime ?? 0), 24);
  attr.writeBigUInt64LE(BigInt(s.deadline ?? 0), 32);
  attr.writeBigUInt64LE(BigInt(s.period ?? 0), 40);
  const b = ctx.b;
  b.syscall('sched_setattr', [0, b.addr(b.bytes(attr, `sched_attr{${s.policy}}`)), 0], { what: `set the scheduler to ${s.policy}` });
}

/** process.ioPriority: ioprio_set(IOPRIO_WHO_PROCESS, 0, class << 13 | priority). */
export function setIoPriority(ctx: PlanContext, p: LinuxIOPriority): void {
  const value = ((IOPRIO_CLASS[p.class] ?? 0) << 13) | p.priority;
  ctx.b.syscall('ioprio_set', [1, 0, value], {
    what: `set the I/O priority to ${p.class} ${p.priority}`,
    show: ['IOPRIO_WHO_PROCESS', '0'],
  });
}

/** "0-3,7" → a cpu_set_t mask (1024 cpus). */
function cpuMask(list: string): Buffer {
  const mask = Buffer.alloc(128);
  for (const part of list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [a, b] = part.split('-').map(Number);
    for (let cpu = a!; cpu <= (b ?? a!); cpu++) {
      if (!Number.isInteger(cpu) || cpu < 0 || cpu >= 1024)
        throw new InternalError(`plan: cpu list ${JSON.stringify(list)} was not checked (config/parse-process.ts)`);
      mask[cpu >> 3]! |= 1 << (cpu & 7);
    }
  }
  return mask;
}

export function setAffinity(ctx: PlanContext, list: string, when: string): void {
  const b = ctx.b;
  b.syscall('sched_setaffinity', [0, 128, b.addr(b.bytes(cpuMask(list), `cpus{${list}}`))], {
    what: `set the ${when} CPU affinity to ${list}`,
  });
}

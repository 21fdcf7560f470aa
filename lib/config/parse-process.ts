/**
 * process: the container's init process. Also used for `exec --process`
 * documents, which have the same shape.
 */
import {
  asAbsolutePath,
  asBool,
  asInt32,
  cpuListBelow,
  asList,
  asObject,
  asOneOf,
  asString,
  asStringList,
  asUint32,
  asUint64,
  child,
  compact,
  fail,
  intIn,
  opt,
  req,
} from './check.js';
import { RLIMITS } from './rlimits.js';
import { envProblem } from './env.js';
import type {
  Box,
  CPUAffinity,
  LinuxCapabilities,
  LinuxIOPriority,
  LinuxSchedulerFlag,
  LinuxSchedulerPolicy,
  POSIXRlimit,
  Process,
  Scheduler,
  User,
} from './types.js';

const POLICIES: readonly LinuxSchedulerPolicy[] = [
  'SCHED_OTHER',
  'SCHED_FIFO',
  'SCHED_RR',
  'SCHED_BATCH',
  'SCHED_ISO',
  'SCHED_IDLE',
  'SCHED_DEADLINE',
];
const SCHED_FLAGS: readonly LinuxSchedulerFlag[] = [
  'SCHED_FLAG_RESET_ON_FORK',
  'SCHED_FLAG_RECLAIM',
  'SCHED_FLAG_DL_OVERRUN',
  'SCHED_FLAG_KEEP_POLICY',
  'SCHED_FLAG_KEEP_PARAMS',
  'SCHED_FLAG_UTIL_CLAMP_MIN',
  'SCHED_FLAG_UTIL_CLAMP_MAX',
];
const IOPRIO_CLASSES = ['IOPRIO_CLASS_RT', 'IOPRIO_CLASS_BE', 'IOPRIO_CLASS_IDLE'] as const;

export function parseProcess(v: unknown, path = 'process'): Process {
  const o = asObject(v, path);
  return compact<Process>({
    terminal: opt(o, 'terminal', path, asBool),
    consoleSize: opt(o, 'consoleSize', path, parseBox),
    // The spec calls user REQUIRED, but runc (Go zero values) runs a
    // config without it as uid 0 / gid 0; do the same.
    user: opt(o, 'user', path, parseUser) ?? { uid: 0, gid: 0 },
    args: req(o, 'args', path, parseArgs),
    commandLine: opt(o, 'commandLine', path, asString),
    env: opt(o, 'env', path, parseEnv),
    cwd: req(o, 'cwd', path, asAbsolutePath),
    capabilities: opt(o, 'capabilities', path, parseCapabilities),
    rlimits: opt(o, 'rlimits', path, parseRlimits),
    noNewPrivileges: opt(o, 'noNewPrivileges', path, asBool),
    apparmorProfile: opt(o, 'apparmorProfile', path, asString),
    oomScoreAdj: opt(o, 'oomScoreAdj', path, intIn(-1000, 1000)),
    scheduler: opt(o, 'scheduler', path, parseScheduler),
    selinuxLabel: opt(o, 'selinuxLabel', path, asString),
    ioPriority: opt(o, 'ioPriority', path, parseIOPriority),
    execCPUAffinity: opt(o, 'execCPUAffinity', path, parseCPUAffinity),
  });
}

function parseBox(v: unknown, path: string): Box {
  const o = asObject(v, path);
  return { height: req(o, 'height', path, asUint32), width: req(o, 'width', path, asUint32) };
}

function parseUser(v: unknown, path: string): User {
  const o = asObject(v, path);
  return compact<User>({
    uid: opt(o, 'uid', path, asUint32) ?? 0,
    gid: opt(o, 'gid', path, asUint32) ?? 0,
    umask: opt(o, 'umask', path, asUint32),
    additionalGids: opt(o, 'additionalGids', path, (x, p) => asList(x, p, asUint32)),
    username: opt(o, 'username', path, asString),
  });
}

/** The spec made args optional for Windows' sake; runc requires it on Linux. */
function parseArgs(v: unknown, path: string): string[] {
  const args = asStringList(v, path);
  if (args.length === 0) fail(path, 'must not be empty');
  return args;
}

function parseEnv(v: unknown, path: string): string[] {
  return asList(v, path, (x, p) => {
    const s = asString(x, p);
    const problem = envProblem(s);
    if (problem) fail(p, problem);
    return s;
  });
}

/** Names are not checked here: runc ignores unknown ones with a warning (see capabilities.ts). */
function parseCapabilities(v: unknown, path: string): LinuxCapabilities {
  const o = asObject(v, path);
  return compact<LinuxCapabilities>({
    bounding: opt(o, 'bounding', path, asStringList),
    effective: opt(o, 'effective', path, asStringList),
    inheritable: opt(o, 'inheritable', path, asStringList),
    permitted: opt(o, 'permitted', path, asStringList),
    ambient: opt(o, 'ambient', path, asStringList),
  });
}

function parseRlimits(v: unknown, path: string): POSIXRlimit[] {
  const seen = new Set<string>();
  return asList(v, path, (x, p) => {
    const o = asObject(x, p);
    const type = req(o, 'type', p, (t, tp) => asOneOf(t, tp, RLIMITS, 'rlimit'));
    if (seen.has(type)) fail(child(p, 'type'), `duplicate rlimit ${JSON.stringify(type)}`);
    seen.add(type);
    const hard = req(o, 'hard', p, asUint64);
    const soft = req(o, 'soft', p, asUint64);
    // setrlimit(2) fails with EINVAL; say which entry instead.
    if (BigInt(soft) > BigInt(hard)) fail(child(p, 'soft'), `soft limit ${soft} exceeds hard limit ${hard}`);
    return { type, hard, soft };
  });
}

/** Field rules from runc's validator, which follows sched_setattr(2). */
function parseScheduler(v: unknown, path: string): Scheduler {
  const o = asObject(v, path);
  const policy = req(o, 'policy', path, (x, p) => asOneOf(x, p, POLICIES, 'scheduler policy'));
  const s = compact<Scheduler>({
    policy,
    nice: opt(o, 'nice', path, intIn(-20, 19)),
    priority: opt(o, 'priority', path, asInt32),
    flags: opt(o, 'flags', path, (x, p) => asList(x, p, (f, fp) => asOneOf(f, fp, SCHED_FLAGS, 'scheduler flag'))),
    runtime: opt(o, 'runtime', path, asUint64),
    deadline: opt(o, 'deadline', path, asUint64),
    period: opt(o, 'period', path, asUint64),
  });
  if (s.priority && policy !== 'SCHED_FIFO' && policy !== 'SCHED_RR') {
    fail(child(path, 'priority'), 'can only be set for SCHED_FIFO or SCHED_RR');
  }
  for (const key of ['runtime', 'deadline', 'period'] as const) {
    if (s[key] && policy !== 'SCHED_DEADLINE') fail(child(path, key), 'can only be set for SCHED_DEADLINE');
  }
  return s;
}

function parseIOPriority(v: unknown, path: string): LinuxIOPriority {
  const o = asObject(v, path);
  return {
    class: req(o, 'class', path, (x, p) => asOneOf(x, p, IOPRIO_CLASSES, 'I/O priority class')),
    priority: req(o, 'priority', path, intIn(0, 7)),
  };
}

/** The size of the kernel's cpu_set_t that the plan passes to sched_setaffinity. */
const CPU_SETSIZE = 1024;

function parseCPUAffinity(v: unknown, path: string): CPUAffinity {
  const o = asObject(v, path);
  return compact<CPUAffinity>({
    initial: opt(o, 'initial', path, cpuListBelow(CPU_SETSIZE)),
    final: opt(o, 'final', path, cpuListBelow(CPU_SETSIZE)),
  });
}

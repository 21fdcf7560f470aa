import type { PlanContext } from './context.js';
import { CLONE, NSTYPE_FLAG, flagNames } from '../sys/consts.js';
import { Report } from './format.js';
import { awaitRuntime, forkReportingPid, sendReport } from './sync.js';
import type { Label } from './builder.js';
import { openHostProcfs, openProcFile } from './procfs.js';
import { InternalError } from '../errors.js';

export interface NamespaceJoin {
  type: string;
  path: string;
}

export interface NamespacePlan {
  /** Namespaces joined by path, user first; the runtime opens them (InitFds.namespaces, same order). */
  join: readonly NamespaceJoin[];
  /** CLONE_NEW* flags for namespaces created fresh (user handled apart). */
  newFlags: number;
  newUser: boolean;
  /** True when the process ends up in any user namespace (new or joined). */
  inUserns: boolean;
  /** linux.timeOffsets, written to /proc/self/timens_offsets before the fork. */
  timeOffsets?: string;
  /**
   * The new user namespace maps no container root for uids or gids (a
   * sandbox maps the caller's own ids to themselves, as bwrap does): the
   * intermediate then keeps those ids, and with them the full capabilities
   * the kernel gives a namespace's creator, instead of becoming an id 0
   * that does not exist there.
   */
  rootUnmapped?: { uid: boolean; gid: boolean };
}

/**
 * The first process (the "intermediate"): join namespaces by path, create a
 * user namespace and wait for the runtime to write its id maps, create the
 * rest, then fork so that the container process is really inside the new
 * pid namespace. CLONE_PARENT makes that process a child of the runtime.
 * Jumps to `init` in the forked process.
 */
export function planIntermediate(
  ctx: PlanContext,
  ns: NamespacePlan,
  fds: { report: number; go: number; namespaces: readonly number[] },
  init: Label,
  beforeUserns?: () => void,
): void {
  const b = ctx.b;
  // Opened before any namespace is joined: the runtime's own procfs.
  const hostProc = ns.timeOffsets ? openHostProcfs(ctx) : undefined;
  beforeUserns?.();
  joinNamespaces(ctx, ns.join, fds.namespaces, (j) => `join ${j.type} namespace ${j.path}`);
  if (ns.newUser) {
    b.syscall('unshare', [CLONE.NEWUSER], { what: 'create the user namespace', show: ['CLONE_NEWUSER'] });
    sendReport(ctx, fds.report, Report.UsernsReady, 'ask the runtime for uid/gid maps');
  }
  // The runtime puts us in the cgroup and writes id maps, then says go.
  awaitRuntime(ctx, fds.go, 'wait for the runtime');
  // A non-dumpable process's /proc/self files belong to the initial user
  // namespace's root, so a rootless runtime could no longer open
  // timens_offsets for writing: open it now. The write (after the time
  // namespace exists) is checked against the opener's credentials, which
  // hold CAP_SYS_TIME in the new user namespace.
  const offsetsFd = hostProc
    ? openProcFile(ctx, hostProc, 'self/timens_offsets', ctx.O.WRONLY, 'open /proc/self/timens_offsets')
    : undefined;
  // Non-dumpable only when we joined namespaces other processes live in,
  // and only now (the runtime had to write our uid/gid maps): as runc's
  // nsexec, because in fresh namespaces nobody else is there to read our
  // memory, and a non-dumpable init's /proc/PID/ns/* belong to the initial
  // namespace's root, so a rootless runtime could not join a created
  // container (exec before start, startContainer hooks).
  if (ns.join.length > 0) {
    b.syscall('prctl', [4, 0, 0, 0, 0], {
      what: 'make the runtime process non-dumpable (it joined namespaces)',
      show: ['PR_SET_DUMPABLE', '0'],
    });
  }
  if (ns.inUserns) {
    if (!ns.rootUnmapped?.gid) b.syscall('setresgid', [0, 0, 0], { what: 'become root (gid 0) in the user namespace' });
    if (!ns.rootUnmapped?.uid) b.syscall('setresuid', [0, 0, 0], { what: 'become root (uid 0) in the user namespace' });
  }
  if (ns.newFlags) {
    b.syscall('unshare', [ns.newFlags], { what: 'create namespaces', show: [flagNames(ns.newFlags, CLONE, 'CLONE_')] });
  }
  if (ns.timeOffsets && offsetsFd !== undefined) {
    b.syscall('write', [b.result(offsetsFd), b.addr(b.string(ns.timeOffsets)), Buffer.byteLength(ns.timeOffsets)], {
      what: `set time namespace offsets (${ns.timeOffsets.trim().replace(/\n/g, '; ')})`,
    });
    b.syscall('close', [b.result(offsetsFd)], { what: 'close' });
    b.syscall('close', [hostProc!], { what: 'close /proc' });
  }
  forkReportingPid(ctx, fds.report, init, 'fork the container process');
}

/** setns() into each namespace in order, through the fds the runtime opened for them. */
export function joinNamespaces(
  ctx: PlanContext,
  join: readonly NamespaceJoin[],
  fds: readonly number[],
  what: (j: NamespaceJoin) => string,
): void {
  join.forEach((j, i) => {
    const flag = NSTYPE_FLAG[j.type] ?? 0;
    const fd = fds[i];
    if (fd === undefined) throw new InternalError(`plan: no fd for the ${j.type} namespace ${j.path}`);
    ctx.b.syscall('setns', [fd, flag], { what: what(j), show: [`fd(${j.path})`, flagNames(flag, CLONE, 'CLONE_')] });
  });
}

/** Bring lo up in a new network namespace (runc's "loopback" network). */
export function loopbackUp(ctx: PlanContext): void {
  const b = ctx.b;
  const sock = b.syscall('socket', [2 /* AF_INET */, 2 | 0o2000000 /* SOCK_DGRAM|SOCK_CLOEXEC */, 0], {
    what: 'open a socket to configure lo',
    show: ['AF_INET', 'SOCK_DGRAM|SOCK_CLOEXEC', '0'],
  });
  const ifr = Buffer.alloc(40);
  ifr.write('lo', 0);
  ifr.writeUInt16LE(0x1 | 0x8 | 0x40, 16); // IFF_UP|IFF_LOOPBACK|IFF_RUNNING
  b.syscall('ioctl', [b.result(sock), 0x8914 /* SIOCSIFFLAGS */, b.addr(b.bytes(ifr, '{lo, IFF_UP}'))], {
    what: 'bring up the loopback interface',
    show: [undefined, 'SIOCSIFFLAGS'],
  });
  b.syscall('close', [b.result(sock)], { what: 'close' });
}

export function setHostname(ctx: PlanContext, name: string, domain: boolean): void {
  const b = ctx.b;
  b.syscall(domain ? 'setdomainname' : 'sethostname', [b.addr(b.string(name)), Buffer.byteLength(name)], {
    what: `set ${domain ? 'domainname' : 'hostname'} to ${name}`,
  });
}

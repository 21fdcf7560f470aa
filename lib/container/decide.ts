import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { Spec, LinuxNamespace, Process } from '../config/types.js';
import type { SeccompProgram } from './seccomp.js';
import { resolveCapabilities, capMask, capName, unknownCapsWarning } from '../config/capabilities.js';
import { rlimitNumber } from '../config/rlimits.js';
import { HutchError } from '../errors.js';
import type { HostFacts } from '../host.js';
import type { InitPlan } from '../plan/container.js';
import type { MountOp } from '../plan/mounts.js';
import type { NamespacePlan } from '../plan/namespaces.js';
import { DEFAULT_DEVICES, type DeviceNode } from '../plan/devices.js';
import { executableCandidates, type ProcessPlan } from '../plan/process.js';
import { resolveMounts } from '../mounts/resolve.js';
import { callerMounts, mountsToHide, rootPropagation } from '../mounts/root.js';
import type { CgroupHierarchy } from '../mounts/cgroup.js';
import { NSTYPE_FLAG, MS, SIGKILL } from '../sys/consts.js';
import { rootfsAttributes } from '../mounts/root-options.js';
import { parseMountOptions } from '../mounts/options.js';
import { secureJoin } from '../paths/securejoin.js';
import { listCopyUp } from '../mounts/copyup.js';
import type { Arch } from '../sys/arch.js';
import type { IdMapPlan } from '../runner/idmap.js';
import { planIdMaps } from '../runner/idmap.js';
import { diagnoseExec, type ImageView } from './exec-diagnosis.js';

export interface DecideInput {
  id: string;
  spec: Spec;
  bundle: string;
  rootfs: string;
  arch: Arch;
  host: HostFacts;
  cgroupHierarchies: readonly CgroupHierarchy[];
  preserveFds: number;
  noPivot: boolean;
  noNewKeyring: boolean;
  /** Extra environment (LISTEN_FDS...) appended to process.env. */
  extraEnv?: string[];
  /** linux.seccomp, compiled (seccomp.ts). */
  seccomp: SeccompProgram | undefined;
  /** Kill the container when the runtime dies (InitPlan.dieWithParent). */
  dieWithParent?: boolean;
  /** A minimal init as pid 1, the command its child (InitPlan.reaper). */
  reaper?: boolean;
  /** With process.terminal: which of fds 0, 1, 2 become the pty (TerminalPlan.fds). */
  terminalFds?: readonly number[];
  /** The rootfs as the runtime can read it, to predict why execve might fail (exec-diagnosis.ts). */
  image?: ImageView;
}

/** Everything decided about a container before the kernel is touched; read-only once made. */
export interface Decision {
  readonly init: Readonly<InitPlan>;
  readonly idMaps: IdMapPlan | undefined;
  readonly warnings: readonly string[];
}

/** Everything about a container's start that can be decided before touching the kernel. */
export function decide(input: DecideInput): Decision {
  const { spec, host } = input;
  const warnings: string[] = [];
  const process = spec.process;
  if (!process) throw new HutchError('config.json: process: is required', { code: 'config' });
  const nsList = spec.linux?.namespaces ?? [];
  const namespaces = planNamespaces(nsList, host);
  namespaces.timeOffsets = timeOffsets(spec);
  checkLsm(process);
  refuseUnsupported(spec);
  const idMaps = namespaces.newUser ? planIdMaps(spec, host) : undefined;
  if (idMaps) namespaces.rootUnmapped = { uid: !mapsRoot(idMaps.uid), gid: !mapsRoot(idMaps.gid) };
  const mountNs = nsList.some((n) => n.type === 'mount');
  // runc would mount the rootfs in the caller's mount namespace: it makes the
  // caller's "/" private and leaves every mount behind (README, differences).
  if (!mountNs) {
    throw new HutchError(
      "config.json: linux.namespaces: a container without a mount namespace is not supported: its mounts would be made in the caller's mount namespace and outlive it",
      { code: 'unsupported' },
    );
  }
  const uts = nsList.some((n) => n.type === 'uts');
  if ((spec.hostname || spec.domainname) && !uts) {
    throw new HutchError(`config.json: ${spec.hostname ? 'hostname' : 'domainname'}: unable to set it without a private UTS namespace`, {
      code: 'config',
    });
  }
  const mounts = resolveMounts({
    mounts: spec.mounts ?? [],
    bundle: input.bundle,
    rootfs: input.rootfs,
    cgroupHierarchies: input.cgroupHierarchies,
  });
  for (const m of mounts) {
    if (m.kind !== 'fs' || !m.tmpcopyup) continue;
    m.copyUp = listCopyUp(input.rootfs, m.target);
    if (m.copyUp.skipped.length)
      warnings.push(`tmpcopyup ${m.dest}: not copied (not a file, directory or symlink): ${m.copyUp.skipped.join(', ')}`);
  }
  const devMount = (spec.mounts ?? []).find((m) => posix.normalize(m.destination) === '/dev');
  const devIsFresh = devMount !== undefined && (parseMountOptions(devMount.options).flags & MS.BIND) === 0 && devMount.type !== 'bind';
  const setgroupsAllowed = !namespaces.newUser || (idMaps?.setgroups ?? true);

  const init: InitPlan = {
    arch: input.arch,
    rootfs: input.rootfs,
    namespaces,
    mounts,
    bindSourcesBeforeUserns: earlyBindSources(mounts, input.cgroupHierarchies, host.euid === 0 && namespaces.inUserns && !host.inUserns),
    hooksBeforePivot: ['prestart', 'createRuntime', 'createContainer'].some((k) => (spec.hooks?.[k as 'prestart']?.length ?? 0) > 0),
    ...rootSetup(spec, input, namespaces),
    readonlyRoot: spec.root?.readonly === true,
    rootAttrs: rootfsAttributes(spec),
    devices: devIsFresh ? devices(spec) : undefined,
    devicesReadonly: idMaps?.uid.some((m) => m.hostID === 0) === true,
    devPts: (spec.mounts ?? []).some((m) => posix.normalize(m.destination) === '/dev/pts' && m.type === 'devpts'),
    devCore: host.hasKcore,
    hostname: spec.hostname,
    domainname: spec.domainname,
    loopback: nsList.some((n) => n.type === 'network' && !n.path),
    sysctl: Object.entries(spec.linux?.sysctl ?? {}),
    maskedPaths: spec.linux?.maskedPaths ?? [],
    readonlyPaths: spec.linux?.readonlyPaths ?? [],
    process: processPlan(
      {
        process,
        rootfs: input.rootfs,
        lastCap: host.lastCap,
        extraEnv: input.extraEnv ?? [],
        preserveFds: input.preserveFds,
        sessionKeyring: input.noNewKeyring ? undefined : input.id,
        setgroupsAllowed,
        rootlessEuid: host.euid !== 0,
        seccomp: input.seccomp,
        arch: input.arch,
        personality: personalityOf(spec),
        image: input.image,
      },
      warnings,
    ),
    dieWithParent: input.dieWithParent === true,
    reaper: input.reaper === true,
  };
  // Without a reaper the command is pid 1, and setting its ids clears the
  // parent-death signal set at its start: it is set again after them.
  if (input.dieWithParent && !input.reaper) init.process.parentDeathSignal = SIGKILL;
  if (input.terminalFds && init.process.terminal) init.process.terminal.fds = input.terminalFds;
  return { init, idMaps, warnings };
}

function mapsRoot(m: readonly { containerID: number }[]): boolean {
  return m.some((e) => e.containerID === 0);
}

/**
 * runc opens bind-mount sources before its init enters the user namespace.
 * Only a runtime with root's credentials gains by it (a rootless one has
 * the same before and after); the container's own cgroup directories,
 * made later by the runtime, are opened where they are mounted.
 */
function earlyBindSources(mounts: readonly MountOp[], hierarchies: readonly CgroupHierarchy[], rootIntoUserns: boolean): number[] {
  if (!rootIntoUserns) return [];
  const cgroupDirs = new Set(hierarchies.map((h) => posix.join(h.mountpoint, h.path)));
  return mounts.flatMap((m, i) => (m.kind === 'bind' && !cgroupDirs.has(m.source) ? [i] : []));
}

/** How the rootfs becomes "/": its propagation, and what --no-pivot hides (mounts/root.ts). */
function rootSetup(spec: Spec, input: DecideInput, ns: NamespacePlan): Pick<InitPlan, 'rootPropagation' | 'noPivot'> {
  const caller = callerMounts(input.rootfs);
  const lessPrivileged = ns.newUser || ns.join.some((j) => j.type === 'user');
  return {
    rootPropagation: rootPropagation(spec.linux?.rootfsPropagation, caller.rootfs, caller.mounts, lessPrivileged),
    noPivot: input.noPivot ? { hide: mountsToHide(caller.rootfs, caller.mounts) } : undefined,
  };
}

function planNamespaces(list: readonly LinuxNamespace[], host: HostFacts): NamespacePlan {
  const join: { type: string; path: string }[] = [];
  let newFlags = 0;
  let newUser = false;
  for (const ns of list) {
    if (ns.path) join.push({ type: ns.type, path: ns.path });
    else if (ns.type === 'user') newUser = true;
    else newFlags |= NSTYPE_FLAG[ns.type] ?? 0;
  }
  // The user namespace is joined first: it decides what the others allow.
  join.sort((a, b) => (a.type === 'user' ? -1 : 0) - (b.type === 'user' ? -1 : 0));
  const inUserns = newUser || join.some((j) => j.type === 'user');
  if (host.euid !== 0 && !inUserns && !host.inUserns) {
    throw new HutchError('config.json: linux.namespaces: a rootless container requires a user namespace', { code: 'config' });
  }
  return { join, newFlags, newUser, inUserns: inUserns || host.inUserns };
}

function devices(spec: Spec): DeviceNode[] {
  const byPath = new Map<string, DeviceNode>(DEFAULT_DEVICES.map((d) => [d.path, d]));
  for (const d of spec.linux?.devices ?? []) {
    byPath.set(posix.normalize(d.path), {
      path: posix.normalize(d.path),
      type: d.type === 'u' ? 'c' : d.type,
      major: Number(d.major ?? 0),
      minor: Number(d.minor ?? 0),
      fileMode: d.fileMode ?? 0o666,
      uid: d.uid ?? 0,
      gid: d.gid ?? 0,
    });
  }
  return [...byPath.values()];
}

export interface ProcessInput {
  process: Process;
  /** Host path of the rootfs, to find HOME in its /etc/passwd. */
  rootfs: string;
  lastCap: number;
  extraEnv: string[];
  preserveFds: number;
  sessionKeyring: string | undefined;
  setgroupsAllowed: boolean;
  /** The runtime runs as a non-root user (runc's RootlessEUID). */
  rootlessEuid: boolean;
  seccomp: SeccompProgram | undefined;
  arch: Arch;
  personality?: number;
  /** See DecideInput.image. */
  image?: ImageView;
}

/** The process part of a plan: for the container's init and for `exec`. */
export function processPlan(input: ProcessInput, warnings: string[]): ProcessPlan {
  const { process: p, setgroupsAllowed } = input;
  const caps = resolveCapabilities(p.capabilities, input.lastCap);
  if (caps.unknown.length) warnings.push(unknownCapsWarning(caps.unknown));
  caps.sets.ambient = raisableAmbient(caps.sets, warnings);
  const args = p.args ?? [];
  if (args.length === 0) throw new HutchError('config.json: process.args: must not be empty', { code: 'config' });
  const env = [...(p.env ?? []), ...input.extraEnv];
  if (!env.some((e) => e.startsWith('HOME='))) env.push(`HOME=${homeOf(input.rootfs, p.user.uid)}`);
  const additionalGids = p.user.additionalGids ?? [];
  if (!setgroupsAllowed && additionalGids.length) {
    throw new HutchError(
      'config.json: process.user.additionalGids: cannot be set in a user namespace whose setgroups is denied (a single-id rootless map); install newgidmap and subordinate ids',
      { code: 'config' },
    );
  }
  const candidates = executableCandidates(args[0]!, env);
  return {
    args,
    env,
    cwd: p.cwd,
    uid: p.user.uid,
    gid: p.user.gid,
    additionalGids,
    // runc's rule: a rootless runtime calls setgroups only for additionalGids;
    // otherwise the process keeps the groups it inherits (mapped, the
    // caller's own primary group shows as 0), never fewer than the caller had.
    setgroupsAllowed: setgroupsAllowed && !(input.rootlessEuid && additionalGids.length === 0),
    umask: p.user.umask ?? 0o022,
    rlimits: (p.rlimits ?? []).map((r) => ({ resource: rlimitNumber(r.type)!, name: r.type, soft: BigInt(r.soft), hard: BigInt(r.hard) })),
    caps: {
      bounding: caps.sets.bounding,
      effective: capMask(caps.sets.effective),
      permitted: capMask(caps.sets.permitted),
      inheritable: capMask(caps.sets.inheritable),
      ambient: caps.sets.ambient,
    },
    lastCap: input.lastCap,
    noNewPrivileges: p.noNewPrivileges === true,
    oomScoreAdj: p.oomScoreAdj,
    sessionKeyring: input.sessionKeyring,
    preserveFds: input.preserveFds,
    candidates,
    execHint: input.image && diagnoseExec(candidates, input.image, input.arch),
    // The pty is made inside the container; its master goes to the console fd the runtime passes.
    terminal: p.terminal ? { size: p.consoleSize ? { rows: p.consoleSize.height, cols: p.consoleSize.width } : undefined } : undefined,
    seccomp: input.seccomp,
    personality: input.personality,
    scheduler: p.scheduler,
    ioPriority: p.ioPriority,
    affinity: p.execCPUAffinity,
  };
}

/** Fields hutch cannot honour here: refused before anything starts, never ignored. */
function refuseUnsupported(spec: Spec): void {
  const l = spec.linux;
  if (l?.intelRdt) throw new HutchError('config.json: linux.intelRdt: Intel RDT (resctrl) is not supported by hutch', { code: 'config' });
  if (l?.netDevices && Object.keys(l.netDevices).length)
    throw new HutchError('config.json: linux.netDevices: moving network devices into the container is not supported by hutch', {
      code: 'config',
    });
  if (l?.memoryPolicy)
    throw new HutchError('config.json: linux.memoryPolicy: NUMA memory policies are not supported by hutch', { code: 'config' });
}

/** linux.personality: LINUX or LINUX32 (runc accepts no flags either). */
function personalityOf(spec: Spec): number | undefined {
  const p = spec.linux?.personality;
  if (!p) return undefined;
  if (p.flags?.length)
    throw new HutchError('config.json: linux.personality.flags: personality flags are not supported', { code: 'config' });
  return p.domain === 'LINUX32' ? 0x0008 : 0x0000;
}

/** linux.timeOffsets in the format of /proc/self/timens_offsets. */
function timeOffsets(spec: Spec): string | undefined {
  const t = spec.linux?.timeOffsets;
  if (!t || !Object.keys(t).length) return undefined;
  if (!spec.linux?.namespaces?.some((n) => n.type === 'time' && !n.path)) {
    throw new HutchError('config.json: linux.timeOffsets: requires a new time namespace', { code: 'config' });
  }
  return (
    Object.entries(t)
      .map(([clock, o]) => `${clock} ${o.secs ?? 0} ${o.nanosecs ?? 0}`)
      .join('\n') + '\n'
  );
}

/**
 * AppArmor and SELinux labels: this host has neither LSM enabled. runc
 * refuses an AppArmor profile it cannot apply; an SELinux label is ignored
 * when SELinux is off, as runc does.
 */
function checkLsm(p: Process): void {
  if (p.apparmorProfile && !lsmEnabled('/sys/module/apparmor/parameters/enabled')) {
    throw new HutchError(
      `config.json: process.apparmorProfile: apparmor profile ${JSON.stringify(p.apparmorProfile)} specified but AppArmor is not enabled on this host`,
      { code: 'config' },
    );
  }
}

function lsmEnabled(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').trim().startsWith('Y');
  } catch {
    return false;
  }
}

/**
 * The kernel raises an ambient capability only if it is both permitted and
 * inheritable. runc tries anyway and ignores the failure; we say so instead.
 */
function raisableAmbient(sets: ReturnType<typeof resolveCapabilities>['sets'], warnings: string[]): number[] {
  const ok = sets.ambient.filter((c) => sets.permitted.includes(c) && sets.inheritable.includes(c));
  const dropped = sets.ambient.filter((c) => !ok.includes(c));
  // runc 1.1's own `runc spec` asks for ambient caps it cannot raise, and
  // runc drops them without a word; so only say so when debugging.
  if (dropped.length) {
    warnings.push(
      'debug: ' +
        `process.capabilities.ambient: ${dropped.map((c) => capName(c) ?? c).join(', ')} not raised: an ambient capability must also be permitted and inheritable`,
    );
  }
  return ok;
}

/** HOME from the container's /etc/passwd, "/" when absent (runc's rule). */
function homeOf(rootfs: string, uid: number): string {
  try {
    const text = readFileSync(secureJoin(rootfs, '/etc/passwd'), 'utf8');
    for (const line of text.split('\n')) {
      const f = line.split(':');
      if (f.length >= 6 && Number(f[2]) === uid && f[2] !== '') return f[5] || '/';
    }
  } catch {
    // no passwd file: fall through
  }
  return '/';
}

/**
 * What create and run share: claim the id, clone the container's init with
 * everything set up, and record it. On any failure everything is removed,
 * so the id is free again and nothing is left behind.
 */
import { closeSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { RuntimeContext } from '../context.js';
import { openStore, rootlessCgroups } from '../context.js';
import { HutchError, osError } from '../errors.js';
import { stringifyJson } from '../config/json.js';
import { buildInitPlan, type InitFds } from '../plan/container.js';
import type { BindMountOp } from '../plan/mounts.js';
import { newRecord, type ContainerRecord } from '../state/record.js';
import { rfc3339Nano } from '../state/time.js';
import { processStartTime } from '../state/process.js';
import type { StateStore } from '../state/store.js';
import { isRootless } from '../state/root.js';
import { ERR_EXIST } from '../state/errors.js';
import { joinAndLimit, primeCgroupJoin } from './cgroups.js';
import { listenerHandOver } from './seccomp.js';
import { removeDebris } from './debris.js';
import type { Prepared } from './prepare.js';
import { mark } from '../timing.js';

/** fds the caller hands the container's process (the rest hutch opens itself). */
export interface ProcessFds {
  /** stdin, stdout and stderr of the process; default: the runtime's own. */
  stdio?: readonly [number, number, number];
  /** The terminal's master goes here (console socket, or the runtime's socketpair end). */
  console?: number;
}

/**
 * Claim the id with a "creating" record, run `body`; on any failure remove
 * everything so that the id is free again and nothing is left behind.
 */
export async function withNewContainer<T>(
  ctx: RuntimeContext,
  id: string,
  prepared: Prepared,
  body: (store: StateStore, record: ContainerRecord) => Promise<T>,
): Promise<T> {
  // runc checks before anything exists: an init joining a frozen cgroup
  // would wait in the refrigerator, and the runtime with it.
  if (prepared.cgroups.manager.freezerState() === 'FROZEN')
    throw new HutchError("container's cgroup unexpectedly frozen", { code: 'cgroup' });
  const store = openStore(ctx, true);
  const record = newRecord({
    id,
    bundle: prepared.bundle,
    rootfs: prepared.rootfs,
    created: rfc3339Nano(),
    ociVersion: prepared.spec.ociVersion,
    annotations: prepared.spec.annotations ?? {},
    creatorPid: process.pid,
    creatorStartTime: processStartTime('self'),
    rootless: isRootless(),
    uidMappings: prepared.spec.linux?.uidMappings ?? [],
    gidMappings: prepared.spec.linux?.gidMappings ?? [],
  });
  await claim(store, record, stringifyJson(prepared.spec));
  const release = await store.lock(id);
  try {
    return await body(store, record);
  } catch (err) {
    await prepared.cgroups.manager.destroy().catch(() => undefined);
    store.remove(id);
    throw err;
  } finally {
    release();
  }
}

/**
 * The id is ours once the claim lands. An id held only by debris (a create
 * killed before it committed, see debris.ts) is cleared and claimed again;
 * a real container keeps it, as with runc.
 */
async function claim(store: StateStore, record: ContainerRecord, config: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (store.claim(record, config) === 'claimed') return;
    if (!(await removeDebris(store, record.id))) break;
  }
  throw new HutchError(ERR_EXIST, { code: 'exists' });
}

/** Clone the container's init; it ends waiting on the exec fifo (create) or on the go pipe (run). */
export async function launchInit(
  ctx: RuntimeContext,
  store: StateStore,
  record: ContainerRecord,
  prepared: Prepared,
  io: ProcessFds & { pidFile?: string },
): Promise<number> {
  // Again (create and run primed first thing): the lock stays fast for a
  // grace period after its last writer, and the join is a few ms away now.
  primeCgroupJoin(rootlessCgroups(ctx));
  const { launch } = await import('../runner/launch.js');
  mark('runner loaded');
  const cg = prepared.cgroups;
  const { init, idMaps } = prepared.decision;
  const idmaps = await openIdmaps(prepared);
  try {
    // Recorded before they exist: a create killed while making them must
    // still let `delete --force` find and remove them.
    record.cgroupPaths = cg.manager.paths();
    store.save(record);
    const { pid } = await launch({
      arch: init.arch,
      join: init.namespaces.join,
      userns: idMaps,
      fds: { idmaps, console: io.console, stdio: io.stdio },
      build: (fds: InitFds) => buildInitPlan(init, fds),
      fifoPath: store.fifoPath(record.id),
      debug: (m) => ctx.log.debug(m),
      beforeGo: async (pid1) => {
        mark('child cloned, maps written');
        await joinAndLimit(cg, prepared.spec, pid1, ctx.log);
        mark('cgroups joined and limited');
        record.cgroupPaths = cg.manager.paths();
        store.save(record);
      },
      onHooks: async (pid) => {
        // Only a config with hooks pays for loading the hook runner.
        const { runCreateHooks, hookState } = await import('./hooks.js');
        await runCreateHooks(ctx, prepared.spec, hookState({ ...record, pid }, 'creating'), pid, prepared.bundle, prepared.rootfs);
      },
      onSeccomp: listenerHandOver(prepared.spec.linux?.seccomp, init.process.seccomp, async (pid) =>
        (await import('./hooks.js')).hookState({ ...record, pid }, 'creating'),
      ),
      onReady: (pid) => {
        mark('container ready');
        record.cgroupPaths = cg.manager.paths();
        commit(store, record, pid, io.pidFile);
      },
    });
    return pid;
  } finally {
    idmaps.forEach(closeQuietly);
  }
}

/**
 * Idmapped bind mounts need a user namespace holding their mappings (the
 * mount's own, or the container's): made here, before clone; the child
 * inherits the fds (InitFds.idmaps, in mount order).
 */
async function openIdmaps(prepared: Prepared): Promise<number[]> {
  const binds = (prepared.decision.init.mounts ?? []).filter((m): m is BindMountOp => m.kind === 'bind' && m.idmap !== undefined);
  if (!binds.length) return [];
  if (process.geteuid!() !== 0)
    throw new HutchError('idmapped mounts need root: the kernel allows MOUNT_ATTR_IDMAP only with CAP_SYS_ADMIN over the filesystem', {
      code: 'permission',
    });
  const { usernsWithMaps } = await import('../runner/userns.js');
  const fds: number[] = [];
  try {
    for (const m of binds) {
      const uid = m.idmap?.uid ?? prepared.spec.linux?.uidMappings;
      const gid = m.idmap?.gid ?? prepared.spec.linux?.gidMappings;
      if (!uid?.length || !gid?.length)
        throw new HutchError(`mount ${m.dest}: idmap needs uidMappings and gidMappings (on the mount or in linux)`, { code: 'config' });
      fds.push(await usernsWithMaps(uid, gid));
    }
    return fds;
  } catch (err) {
    fds.forEach(closeQuietly);
    throw err;
  }
}

/** The container is set up: record its pid (and the pid file) before it may go on. */
function commit(store: StateStore, record: ContainerRecord, pid: number, pidFile: string | undefined): void {
  record.pid = pid;
  record.pidStartTime = processStartTime(pid) ?? 0;
  record.marker = 'created';
  delete record.creatorPid;
  delete record.creatorStartTime;
  for (const ns of ['pid', 'net', 'ipc', 'uts', 'mnt', 'user', 'cgroup', 'time']) {
    record.namespacePaths[ns] = `/proc/${pid}/ns/${ns}`;
  }
  store.save(record);
  if (pidFile) writePidFile(pidFile, pid);
}

/** runc writes the pid file atomically: a temp file next to it, then rename. */
export function writePidFile(path: string, pid: number): void {
  const abs = resolve(path);
  const tmp = join(dirname(abs), `.${basename(abs)}`);
  try {
    writeFileSync(tmp, String(pid));
    renameSync(tmp, abs);
  } catch (err) {
    throw osError(err);
  }
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** LISTEN_FDS from systemd socket activation: those fds are passed on too (runc). */
export function listenFds(): number {
  const n = Number(process.env.LISTEN_FDS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function listenFdsEnv(): string[] {
  const n = listenFds();
  if (!n) return [];
  return [`LISTEN_FDS=${n}`, 'LISTEN_PID=1', ...(process.env.LISTEN_FDNAMES ? [`LISTEN_FDNAMES=${process.env.LISTEN_FDNAMES}`] : [])];
}

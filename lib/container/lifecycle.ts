import { renameSync, writeFileSync, closeSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { prepare, type Prepared } from './prepare.js';
import { buildInitPlan } from '../plan/container.js';
import { describePlan } from '../plan/describe.js';
import type { GlobalOptions } from '../cli/context.js';
import type { Logger } from '../cli/logger.js';
import { HutchError } from '../errors.js';
import { openStore } from './store.js';
import { newRecord, type ContainerRecord } from '../state/record.js';
import { rfc3339Nano } from '../state/time.js';
import { processStartTime } from '../state/process.js';
import type { StateStore } from '../state/store.js';
import { isRootless } from '../state/root.js';
import { joinAndLimit } from './cgroups.js';
import { startContainer, deleteContainer } from './operate.js';
import { mark } from '../timing.js';
import { stringifyJson } from '../config/json.js';

export interface CreateOptions {
  id: string;
  bundle: string;
  pidFile: string | undefined;
  consoleSocket: string | undefined;
  noPivot: boolean;
  noNewKeyring: boolean;
  preserveFds: number;
  global: GlobalOptions;
  logger: Logger;
}

export interface RunOptions extends CreateOptions {
  detach: boolean;
  /** Forward the signals this process gets to the container (the CLI does; a library caller decides). */
  forwardSignals?: boolean;
  keep: boolean;
  dryRun: boolean;
}

/** `hutch create`: set the container up and leave its process waiting for `start`. */
export async function createContainer(opts: CreateOptions): Promise<ContainerRecord> {
  const prepared = await prepareFor(opts);
  const store = openStore(opts.global, true);
  return withNewContainer(store, opts, prepared, async (record) => {
    const { openConsole, finishConsole, closeConsole } = await import('../runner/console.js');
    const console_ = openConsole({ terminal: prepared.spec.process?.terminal === true, consoleSocket: opts.consoleSocket, detached: true });
    attachTerminal(prepared, console_?.childFd);
    try {
      await launchInit(store, record, prepared, opts.pidFile, opts.logger);
    } catch (err) {
      closeConsole(console_);
      throw err;
    }
    finishConsole(console_);
  });
}

/** The child makes the pty; it needs the socket fd and the configured size. */
function attachTerminal(prepared: Prepared, fd: number | undefined): void {
  if (fd === undefined) return;
  const size = prepared.spec.process?.consoleSize;
  prepared.decision.init.process.terminal = { socketFd: fd, size: size ? { rows: size.height, cols: size.width } : undefined };
}

/** `hutch run`: create and start; in the foreground, wait and return the container's exit code. */
export async function runContainer(opts: RunOptions): Promise<number> {
  const { queueSignals } = await import('../runner/signals.js');
  const signals = opts.detach || opts.dryRun || opts.forwardSignals === false ? undefined : queueSignals();
  try {
    return await runWith(opts, signals);
  } finally {
    signals?.stop();
  }
}

async function runWith(opts: RunOptions, signals: ReturnType<typeof import('../runner/signals.js').queueSignals> | undefined): Promise<number> {
  const prepared = await prepareFor(opts);
  if (opts.dryRun) {
    const fake = { report: 101, go: 102, fifo: 103 };
    prepared.decision.init.namespaces.join.forEach((j, i) => (j.fd = 110 + i));
    (prepared.decision.init.mounts ?? []).forEach((m, i) => m.kind === 'bind' && m.idmapRequest && (m.idmap = { usernsFd: 120 + i, recursive: m.idmapRequest.recursive }));
    process.stdout.write(describePlan(buildInitPlan(prepared.decision.init, fake).builder, `plan for ${opts.id}`));
    return 0;
  }
  const store = openStore(opts.global, true);
  const { openConsole, finishConsole, closeConsole, relayTerminal } = await import('../runner/console.js');
  const console_ = openConsole({ terminal: prepared.spec.process?.terminal === true, consoleSocket: opts.consoleSocket, detached: opts.detach });
  attachTerminal(prepared, console_?.childFd);
  let master: number | undefined;
  const record = await withNewContainer(store, opts, prepared, async (rec) => {
    try {
      await launchInit(store, rec, prepared, opts.pidFile, opts.logger);
    } catch (err) {
      closeConsole(console_);
      throw err;
    }
    master = finishConsole(console_);
  });
  // Like runc: run is create then start, so startContainer hooks and the
  // exec fifo behave the same either way.
  mark('created');
  try {
    await startContainer(opts.global, opts.id, opts.logger);
  } catch (err) {
    // As runc's run: a container that could not start is destroyed, not
    // left created with its init waiting (a failed startContainer hook).
    if (master !== undefined) closeFd(master);
    await deleteContainer(opts.global, opts.id, true, opts.logger).catch(() => undefined);
    throw err;
  }
  mark('started');
  if (opts.detach) return 0;
  const { waitForExit } = await import('../runner/exit-watch.js');
  // Everything the delete after exit needs is loaded now, not after a wait
  // that may last days: by then the installed dist/ may have been replaced
  // by an upgrade, and its chunk names with it.
  if (prepared.spec.hooks?.poststop?.length) await import('./hooks.js');
  const stop = signals ? signals.forwardTo(record.pid) : () => undefined;
  try {
    const exited = waitForExit(record.pid);
    const status = master === undefined ? await exited : await relayTerminal(master, exited);
    return status.code;
  } finally {
    stop();
    mark('exited');
    if (!opts.keep) await deleteContainer(opts.global, opts.id, true, opts.logger);
    mark('deleted');
  }
}

/** Clone the container's init; it ends waiting on the exec fifo. */
async function launchInit(store: StateStore, record: ContainerRecord, prepared: Prepared, pidFile: string | undefined, logger: Logger): Promise<void> {
  const { launch } = await import('../runner/launch.js');
  mark('runner loaded');
  const cg = prepared.cgroups;
  const idmapFds = await openIdmaps(prepared);
  try {
    await launch({
      decision: prepared.decision,
      build: (fds) => buildInitPlan(prepared.decision.init, fds),
      fifoPath: store.fifoPath(record.id),
      beforeGo: async (pid1) => {
        mark('child cloned, maps written');
        await joinAndLimit(cg, prepared.spec, pid1, logger);
        mark('cgroups joined and limited');
        // Record the cgroups at once: a create killed from here on must
        // still let `delete --force` find and remove them.
        record.cgroupPaths = cg.manager.paths();
        store.save(record);
      },
      onHooks: async (pid) => {
        // Only a config with hooks pays for loading the hook runner (execa).
        const { runCreateHooks, hookState } = await import('./hooks.js');
        await runCreateHooks(prepared.spec, hookState({ ...record, pid }, 'creating'), pid, prepared.bundle);
      },
      onReady: (pid) => {
        mark('container ready');
        record.cgroupPaths = cg.manager.paths();
        commit(store, record, pid, 'created', pidFile);
      },
    });
  } catch (err) {
    await cg.manager.destroy().catch(() => undefined);
    throw err;
  } finally {
    idmapFds.forEach(closeFd);
  }
}

/**
 * Idmapped bind mounts need a user namespace holding their mappings (the
 * mount's own, or the container's): made here, before clone; the child
 * inherits the fds.
 */
async function openIdmaps(prepared: Prepared): Promise<number[]> {
  const binds = (prepared.decision.init.mounts ?? []).filter((m) => m.kind === 'bind' && m.idmapRequest);
  if (!binds.length) return [];
  if (process.geteuid!() !== 0) throw new HutchError('idmapped mounts need root: the kernel allows MOUNT_ATTR_IDMAP only with CAP_SYS_ADMIN over the filesystem');
  const { usernsWithMaps } = await import('../runner/userns.js');
  const fds: number[] = [];
  for (const m of binds) {
    if (m.kind !== 'bind' || !m.idmapRequest) continue;
    const uid = m.idmapRequest.uid ?? prepared.spec.linux?.uidMappings;
    const gid = m.idmapRequest.gid ?? prepared.spec.linux?.gidMappings;
    if (!uid?.length || !gid?.length) throw new HutchError(`mount ${m.dest}: idmap needs uidMappings and gidMappings (on the mount or in linux)`);
    const fd = await usernsWithMaps(uid, gid);
    fds.push(fd);
    m.idmap = { usernsFd: fd, recursive: m.idmapRequest.recursive };
  }
  return fds;
}

function closeFd(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

async function prepareFor(opts: CreateOptions): Promise<Prepared> {
  mark('lifecycle loaded');
  const prepared = await prepare({ ...opts, global: opts.global, bundle: resolve(opts.bundle), preserveFds: opts.preserveFds + listenFds(), extraEnv: listenFdsEnv() });
  opts.logger.warnings(prepared.decision.warnings);
  mark('config read and decided');
  return prepared;
}

/**
 * Claim the id, record "creating", run `body`; on any failure remove
 * everything so that the id is free again and nothing is left behind.
 */
async function withNewContainer(store: StateStore, opts: CreateOptions, prepared: Prepared, body: (record: ContainerRecord) => Promise<void>): Promise<ContainerRecord> {
  store.create(opts.id);
  const release = await store.lock(opts.id);
  const record = newRecord({
    id: opts.id,
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
  try {
    writeFileSync(join(store.dir(opts.id), 'config.json'), stringifyJson(prepared.spec), { mode: 0o600 });
    record.configPath = join(store.dir(opts.id), 'config.json');
    store.save(record);
    await body(record);
    return record;
  } catch (err) {
    store.remove(opts.id);
    throw err;
  } finally {
    release();
  }
}

/** The container is set up: record its pid (and the pid file) before it may go on. */
function commit(store: StateStore, record: ContainerRecord, pid: number, marker: 'created' | 'running', pidFile: string | undefined): void {
  record.pid = pid;
  record.pidStartTime = processStartTime(pid) ?? 0;
  record.marker = marker;
  delete record.creatorPid;
  delete record.creatorStartTime;
  for (const ns of ['pid', 'net', 'ipc', 'uts', 'mnt', 'user', 'cgroup', 'time']) {
    record.namespacePaths[ns] = `/proc/${pid}/ns/${ns}`;
  }
  store.save(record);
  if (pidFile) writePidFile(pidFile, pid);
}

/** runc writes the pid file atomically: a temp file next to it, then rename. */
function writePidFile(path: string, pid: number): void {
  const abs = resolve(path);
  const tmp = join(dirname(abs), `.${basename(abs)}`);
  writeFileSync(tmp, String(pid));
  renameSync(tmp, abs);
}

/** LISTEN_FDS from systemd socket activation: those fds are passed on too (runc). */
function listenFds(): number {
  const n = Number(process.env.LISTEN_FDS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function listenFdsEnv(): string[] {
  const n = listenFds();
  if (!n) return [];
  return [`LISTEN_FDS=${n}`, 'LISTEN_PID=1', ...(process.env.LISTEN_FDNAMES ? [`LISTEN_FDNAMES=${process.env.LISTEN_FDNAMES}`] : [])];
}


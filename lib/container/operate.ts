/**
 * What runs on an existing container: start, kill, delete, and the process
 * list. Kept apart from create (lifecycle.ts) so these calls load only the
 * state store and the cgroup manager, not the config checker, the plan
 * builder and the FFI layer.
 */
import { readFileSync, openSync, writeSync, closeSync, unlinkSync, readdirSync, readlinkSync, constants as fsc } from 'node:fs';
import { join } from 'node:path';
import type { GlobalOptions } from '../cli/context.js';
import type { Logger } from '../cli/logger.js';
import { HutchError } from '../errors.js';
import { goErrnoText } from '../sys/errno.js';
import { openStore } from './store.js';
import type { ContainerRecord } from '../state/record.js';
import { containerStatus, type ContainerStatus } from '../state/status.js';
import type { StateStore } from '../state/store.js';
import { waitGone } from './wait.js';
import type { Hooks, Spec } from '../config/types.js';

/** `hutch start`: let a created container's process exec. */
export async function startContainer(global: GlobalOptions, id: string, logger?: Logger): Promise<void> {
  const store = openStore(global);
  const { record, hooks } = await store.withLock(id, async () => {
    const record = store.load(id);
    const status = containerStatus(record, store.fifoPath(id));
    if (status !== 'created') throw new HutchError(startRefusal(status));
    const hooks = await savedHooks(store, record);
    if (hooks?.startContainer?.length) {
      const { runHooksInContainer, hookState } = await import('./hooks.js');
      await runHooksInContainer('startContainer', hooks.startContainer, hookState(record, 'created'), record.pid);
    }
    let fd: number;
    try {
      // O_NONBLOCK: if nobody holds the fifo (the process died), fail instead of hanging.
      fd = openSync(store.fifoPath(id), fsc.O_WRONLY | fsc.O_NONBLOCK);
    } catch {
      throw new HutchError('cannot start a container that has stopped');
    }
    writeSync(fd, Buffer.from([0]));
    closeSync(fd);
    unlinkSync(store.fifoPath(id));
    record.marker = 'running';
    store.save(record);
    return { record, hooks };
  });
  if (hooks?.poststart?.length) {
    const { runPoststart, hookState } = await import('./hooks.js');
    for (const w of await runPoststart(hooks, hookState(record, 'running'), record.bundle)) logger?.warn(w);
  }
}

/** The config.json taken at create time (hooks and exec use it, not the bundle's current one). */
export async function savedSpec(store: StateStore, record: ContainerRecord): Promise<Spec | undefined> {
  return parseSaved(readSaved(store, record));
}

/**
 * Its hooks. start, kill and delete run on every container, hooks or not:
 * only a config that mentions hooks pays for loading the config parser.
 */
async function savedHooks(store: StateStore, record: ContainerRecord): Promise<Hooks | undefined> {
  const text = readSaved(store, record);
  return text?.includes('"hooks"') ? (await parseSaved(text))?.hooks : undefined;
}

function readSaved(store: StateStore, record: ContainerRecord): string | undefined {
  try {
    return readFileSync(join(store.dir(record.id), 'config.json'), 'utf8');
  } catch {
    return undefined;
  }
}

async function parseSaved(text: string | undefined): Promise<Spec | undefined> {
  if (text === undefined) return undefined;
  const [{ parseSpec }, { parseJson }] = await Promise.all([import('../config/load.js'), import('../config/json.js')]);
  try {
    return parseSpec(parseJson(text));
  } catch {
    return undefined;
  }
}

function startRefusal(status: ContainerStatus): string {
  switch (status) {
    case 'stopped':
      return 'cannot start a container that has stopped';
    case 'running':
      return 'cannot start an already running container';
    case 'paused':
      return 'cannot start a container in the paused state';
    default:
      return `cannot start a container in the ${status} state`;
  }
}

/** Remove a stopped container: its state, then the poststop hooks (failures are warnings). */
async function destroy(store: StateStore, record: ContainerRecord, logger?: Logger): Promise<void> {
  const hooks = await savedHooks(store, record);
  await (await cgroupManager(record))?.destroy();
  store.remove(record.id);
  if (hooks?.poststop?.length) {
    const { runPoststop, hookState } = await import('./hooks.js');
    for (const w of await runPoststop(hooks, hookState(record, 'stopped'), record.bundle)) logger?.warn(w);
  }
}

/** `hutch delete [--force]`. */
export async function deleteContainer(global: GlobalOptions, id: string, force: boolean, logger?: Logger): Promise<void> {
  const store = openStore(global);
  if (force && !store.exists(id)) return;
  await store.withLock(id, async () => {
    const record = store.load(id);
    const status = containerStatus(record, store.fifoPath(id));
    if (status === 'running' || status === 'paused' || status === 'creating') {
      if (!force) throw new HutchError(`cannot delete container ${id} that is not stopped: container ${status === 'paused' ? 'paused' : 'still running'}`);
    }
    if (status !== 'stopped' && record.pid > 0) {
      try {
        process.kill(record.pid, 'SIGKILL');
      } catch {
        // gone already
      }
      if (!(await waitGone(record.pid, record.pidStartTime))) throw new HutchError(`container ${id}: process ${record.pid} did not exit after SIGKILL`);
    }
    await destroy(store, record, logger);
  });
}

/** `hutch kill ID [SIGNAL]`. */
export async function killContainer(global: GlobalOptions, id: string, signal: number, all: boolean): Promise<void> {
  const store = openStore(global);
  const record = store.load(id);
  const status = containerStatus(record, store.fifoPath(id));
  if (status === 'stopped' || record.pid <= 0) throw new HutchError('container not running');
  const pids = all ? await containerPids(record) : [record.pid];
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') {
        if (pid === record.pid) throw new HutchError('container not running');
      } else if (pid === record.pid) {
        // runc's words; EINVAL is a signal number the kernel does not know.
        throw new HutchError(`unable to signal init: ${goErrnoText((err as NodeJS.ErrnoException).code) ?? (err as Error).message}`);
      } else throw new HutchError(`kill ${pid}: ${(err as Error).message}`);
    }
  }
}

/** Processes of the container: its cgroup's, or those in the init's pid namespace when it has no cgroup. */
export async function containerPids(record: ContainerRecord): Promise<number[]> {
  const m = await cgroupManager(record);
  if (m) {
    const pids = m.pids();
    if (pids.length) return pids.sort((a, b) => a - b);
  }
  return pidsInNamespaceOf(record.pid);
}

function pidsInNamespaceOf(pid: number): number[] {
  let ns: string;
  try {
    ns = readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return [];
  }
  const hostNs = readlinkSync('/proc/self/ns/pid');
  if (ns === hostNs) return [pid];
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/ns/pid`) === ns) out.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * The container's cgroups, if it has any. managerOf makes the same check;
 * it is made here first so that the cgroup code loads only when there is
 * something to manage (start never needs it, nor a rootless container).
 */
async function cgroupManager(record: ContainerRecord): Promise<ReturnType<typeof import('./cgroups.js').managerOf>> {
  if (Object.keys(record.cgroupPaths).length === 0) return undefined;
  const { managerOf } = await import('./cgroups.js');
  return managerOf(record);
}

import { managerOf } from './cgroups.js';
import { openStore } from './store.js';
import { containerStatus } from '../state/status.js';
import { HutchError } from '../errors.js';
import type { GlobalOptions } from '../cli/context.js';
import type { Logger } from '../cli/logger.js';
import type { LinuxResources } from '../cgroups/types.js';
import type { ContainerRecord } from '../state/record.js';
import type { CgroupManager } from '../cgroups/index.js';

function requireManager(record: ContainerRecord, what: string): CgroupManager {
  const m = managerOf(record);
  if (!m) throw new HutchError(`unable to ${what} a container without cgroups (rootless without a delegated cgroup)`);
  return m;
}

/** `hutch pause`: freeze every process of the container. */
export async function pauseContainer(global: GlobalOptions, id: string): Promise<void> {
  const store = openStore(global);
  await store.withLock(id, async () => {
    const record = store.load(id);
    const status = containerStatus(record, store.fifoPath(id));
    if (status !== 'running' && status !== 'created') throw new HutchError('container not running');
    await requireManager(record, 'pause').freeze();
    record.marker = 'paused';
    store.save(record);
  });
}

/** `hutch resume`: thaw a paused container. */
export async function resumeContainer(global: GlobalOptions, id: string): Promise<void> {
  const store = openStore(global);
  await store.withLock(id, async () => {
    const record = store.load(id);
    if (containerStatus(record, store.fifoPath(id)) !== 'paused') throw new HutchError('container not paused');
    await requireManager(record, 'resume').thaw();
    record.marker = 'running';
    store.save(record);
  });
}

/** `hutch update`: change the limits of a live container. */
export async function updateContainer(global: GlobalOptions, id: string, resources: LinuxResources, logger: Logger): Promise<void> {
  const store = openStore(global);
  await store.withLock(id, async () => {
    const record = store.load(id);
    if (containerStatus(record, store.fifoPath(id)) === 'stopped') throw new HutchError('container not running');
    for (const w of await requireManager(record, 'update').set(resources)) logger.warn(w);
  });
}

export function managerFor(global: GlobalOptions, id: string): { record: ContainerRecord; manager: CgroupManager } {
  const store = openStore(global);
  const record = store.load(id);
  if (containerStatus(record, store.fifoPath(id)) === 'stopped') throw new HutchError('container not running');
  return { record, manager: requireManager(record, 'get stats of') };
}

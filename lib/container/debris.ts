/**
 * What a create or delete killed half-way leaves under an id: a directory
 * without state.json (a delete killed while removing it), a record still
 * saying "creating" whose creator is gone (a create killed before it
 * committed; its cgroups are in the record, saved before they were made),
 * or a half-built claim (state/store.ts claim()). None of it is a container:
 * `create` clears it and takes the id, and `delete --force` removes it.
 */
import { rmSync } from 'node:fs';
import { HutchError } from '../errors.js';
import type { ContainerRecord } from '../state/record.js';
import { containerStatus } from '../state/status.js';
import type { StateStore } from '../state/store.js';

/** The record, or undefined when there is none to read (debris, or a foreign file). */
function recordOf(store: StateStore, id: string): { record?: ContainerRecord; missing: boolean } {
  try {
    return { record: store.load(id), missing: false };
  } catch (err) {
    return { missing: err instanceof HutchError && err.code === 'not-found' };
  }
}

/** True when what is under `id` is debris (see above), judged under the container's lock. */
function isDebris(store: StateStore, id: string): boolean {
  const { record, missing } = recordOf(store, id);
  if (!record) return missing;
  return record.marker === 'creating' && containerStatus(record, store.fifoPath(id)) === 'stopped';
}

/**
 * Removes the debris under `id`, with its cgroups. Returns false when a real
 * container holds the id (nothing is touched), true when the id is free now.
 */
export async function removeDebris(store: StateStore, id: string): Promise<boolean> {
  for (const dir of store.abandonedClaims(id)) rmSync(dir, { recursive: true, force: true });
  let release: () => void;
  try {
    release = await store.lock(id);
  } catch (err) {
    if (err instanceof HutchError && err.code === 'not-found') return true; // gone meanwhile
    throw err;
  }
  try {
    if (!store.exists(id)) return true;
    if (!isDebris(store, id)) return false;
    await destroyTraces(store, id, recordOf(store, id).record);
    return true;
  } finally {
    release();
  }
}

/** Every trace of `id`: its cgroups (from the record, when there is one), its directory, half-built claims. */
export async function destroyTraces(store: StateStore, id: string, record: ContainerRecord | undefined): Promise<void> {
  if (record && Object.keys(record.cgroupPaths).length) {
    const { managerOf } = await import('./cgroups.js');
    await managerOf(record)?.destroy();
  }
  store.remove(id);
  for (const dir of store.abandonedClaims(id)) rmSync(dir, { recursive: true, force: true });
}

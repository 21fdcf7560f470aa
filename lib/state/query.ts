/**
 * What the `state` and `list` commands compute, kept out of the CLI layer so
 * the library API returns the same objects the CLI prints.
 */
import { ociState, type OciState } from './format.js';
import { ownerName } from './owner.js';
import { containerStatus } from './status.js';
import type { StateStore } from './store.js';

/** `runc state ID`: the record plus the live status; owner stays "" as in runc. */
export function stateOf(store: StateStore, id: string): OciState {
  const record = store.load(id);
  return ociState(record, containerStatus(record, store.fifoPath(id)));
}

/**
 * `runc list`: every readable container with its live status and owner.
 * Unreadable ones are reported through `onError` and skipped; runc prints
 * `load container <id>: <error>` to stderr for those and still exits 0.
 */
export function listStates(
  store: StateStore,
  onError: (id: string, message: string) => void = () => {},
): OciState[] {
  const rows: OciState[] = [];
  for (const entry of store.list()) {
    if (!entry.record) {
      onError(entry.id, `load container ${entry.id}: ${entry.error?.message ?? 'unknown error'}`);
      continue;
    }
    const status = containerStatus(entry.record, store.fifoPath(entry.id));
    rows.push(ociState(entry.record, status, ownerName(entry.uid)));
  }
  return rows;
}

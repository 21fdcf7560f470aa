/** `state` and `list`: the OCI state of one container, or of all. */
import type { RuntimeContext } from '../context.js';
import { openStore } from '../context.js';
import { ociState, type OciState } from '../state/format.js';
import { ownerName } from '../state/owner.js';
import { containerStatus } from '../state/status.js';
import { loadContainer } from './container.js';

export type { OciState };

/** `runc state ID`: the record plus the live status; owner stays "" as in runc. */
export function state(ctx: RuntimeContext, id: string): OciState {
  const c = loadContainer(ctx, id);
  return ociState(c.record, c.status());
}

/**
 * `runc list`: every readable container with its live status and owner.
 * Unreadable ones are logged as warnings and skipped, as runc does.
 */
export function list(ctx: RuntimeContext): OciState[] {
  const store = openStore(ctx);
  const rows: OciState[] = [];
  for (const entry of store.list()) {
    if (!entry.record) {
      ctx.log.warn(`${entry.id}: ${entry.error?.message ?? 'unreadable state'}`);
      continue;
    }
    rows.push(ociState(entry.record, containerStatus(entry.record, store.fifoPath(entry.id)), ownerName(entry.uid)));
  }
  return rows;
}

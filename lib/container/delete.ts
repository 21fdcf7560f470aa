/** `delete [--force]`: remove a stopped container (or, forced, any trace of the id). */
import type { RuntimeContext } from '../context.js';
import { openStore } from '../context.js';
import { HutchError } from '../errors.js';
import type { StateStore } from '../state/store.js';
import { refusal, withContainer, type Container } from './container.js';
import { destroyTraces, removeDebris } from './debris.js';
import { waitGone } from './wait.js';

export interface DeleteOptions {
  /** Kill a live container first; remove debris of a killed create or delete too. */
  force?: boolean;
}

export async function remove(ctx: RuntimeContext, id: string, opts: DeleteOptions = {}): Promise<void> {
  const store = openStore(ctx);
  if (opts.force) {
    if (!store.exists(id)) return void (await removeDebris(store, id));
    if (await removeDebris(store, id)) return;
  }
  await withContainer(ctx, id, async (c) => {
    const status = c.status();
    if (status !== 'stopped') {
      if (!opts.force) throw refusal('delete', status, id);
      await killAndWait(c, status);
    }
    await destroy(store, c);
  });
}

async function killAndWait(c: Container, status: string): Promise<void> {
  if (c.record.pid <= 0) return;
  try {
    process.kill(c.record.pid, 'SIGKILL');
  } catch {
    // gone already
  }
  // A frozen cgroup holds the SIGKILL until it thaws (runc's Signal thaws it too).
  if (status === 'paused') await (await c.cgroups())?.thaw();
  if (!(await waitGone(c.record.pid, c.record.pidStartTime))) {
    throw new HutchError(`container ${c.id}: process ${c.record.pid} did not exit after SIGKILL`, { code: 'system' });
  }
}

/** Remove a stopped container: its cgroups and state, then the poststop hooks (failures are warnings). */
async function destroy(store: StateStore, c: Container): Promise<void> {
  const hooks = await c.savedHooks();
  c.ctx.log.debug(`delete: removing the cgroups and state of ${c.id}`);
  await destroyTraces(store, c.id, c.record);
  if (hooks?.poststop?.length) {
    const { runPoststop, hookState } = await import('./hooks.js');
    c.ctx.log.warnings(await runPoststop(c.ctx, hooks, hookState(c.record, 'stopped'), c.record.bundle));
  }
}

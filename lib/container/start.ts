/** `start`: let a created container's process exec. */
import { closeSync, constants as fsc, openSync, unlinkSync, writeSync } from 'node:fs';
import type { RuntimeContext } from '../context.js';
import { HutchError } from '../errors.js';
import { withContainer } from './container.js';

export async function start(ctx: RuntimeContext, id: string): Promise<void> {
  const { record, hooks } = await withContainer(ctx, id, async (c) => {
    c.require('start');
    const hooks = await c.savedHooks();
    if (hooks?.startContainer?.length) {
      const [{ runHooksInContainer, hookState }, { joinedProcessPlan }] = await Promise.all([
        import('./hooks.js'),
        import('./joined-process.js'),
      ]);
      const spec = (await c.savedSpec())!;
      const warnings: string[] = [];
      const asProcess = await joinedProcessPlan(c.record, spec, spec.process!, 0, warnings);
      await runHooksInContainer(ctx, 'startContainer', hooks.startContainer, hookState(c.record, 'created'), c.record.pid, {
        process: asProcess,
      });
    }
    openExecFifo(c.store.fifoPath(id));
    ctx.log.debug(`start: released pid ${c.record.pid} waiting on the exec fifo`);
    c.record.marker = 'running';
    c.save();
    return { record: c.record, hooks };
  });
  if (hooks?.poststart?.length) {
    const { runPoststart, hookState } = await import('./hooks.js');
    ctx.log.warnings(await runPoststart(ctx, hooks, hookState(record, 'running'), record.bundle));
  }
}

/** Writing a byte into the exec fifo releases the init, which waits on it; then the fifo goes. */
function openExecFifo(path: string): void {
  let fd: number;
  try {
    // O_NONBLOCK: if nobody holds the fifo (the process died), fail instead of hanging.
    fd = openSync(path, fsc.O_WRONLY | fsc.O_NONBLOCK);
  } catch {
    throw new HutchError('cannot start a container that has stopped', { code: 'not-running' });
  }
  try {
    writeSync(fd, Buffer.from([0]));
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
}

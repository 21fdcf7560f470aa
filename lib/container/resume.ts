/** `resume`: thaw a paused container. */
import type { RuntimeContext } from '../context.js';
import { withContainer } from './container.js';

export async function resume(ctx: RuntimeContext, id: string): Promise<void> {
  await withContainer(ctx, id, async (c) => {
    c.require('resume');
    await (await c.requireCgroups('resume')).thaw();
    c.record.marker = 'running';
    c.save();
  });
}

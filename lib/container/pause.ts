/** `pause`: freeze every process of the container. */
import type { RuntimeContext } from '../context.js';
import { withContainer } from './container.js';

export async function pause(ctx: RuntimeContext, id: string): Promise<void> {
  await withContainer(ctx, id, async (c) => {
    c.require('pause');
    await (await c.requireCgroups('pause')).freeze();
    c.record.marker = 'paused';
    c.save();
  });
}

/** `update`: change the limits of a live container. */
import type { RuntimeContext } from '../context.js';
import type { LinuxResources } from '../config/types.js';
import { withContainer } from './container.js';

export async function update(ctx: RuntimeContext, id: string, resources: LinuxResources): Promise<void> {
  await withContainer(ctx, id, async (c) => {
    c.require('update');
    ctx.log.warnings(await (await c.requireCgroups('update')).set(resources));
  });
}

import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const del: CommandSpec = {
  command: 'delete <container-id>',
  describe: 'delete a container and everything it holds',
  options: {
    force: { alias: 'f', type: 'boolean', default: false, describe: 'kill the container first if it is running' },
  },
  run: async (args, ctx) => {
    const { remove } = await import('../../container/delete.js');
    await remove(ctx, containerId(args), { force: Boolean(args.force) });
    return 0;
  },
};

export default del;

import type { CommandSpec } from '../command.js';
import { CREATE_OPTIONS, containerId, createOptions } from './create-options.js';

const create: CommandSpec = {
  command: 'create <container-id>',
  describe: 'create a container, its process waiting for `start`',
  options: CREATE_OPTIONS,
  run: async (args, ctx) => {
    const { create } = await import('../../container/create.js');
    await create(ctx, containerId(args), createOptions(args));
    return 0;
  },
};

export default create;

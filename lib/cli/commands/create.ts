import type { CommandSpec } from '../command.js';
import { createFlags, createOptions } from './create-options.js';

const create: CommandSpec = {
  command: 'create <container-id>',
  describe: 'create a container, its process waiting for `start`',
  builder: (y) => createFlags(y),
  run: async (args, ctx) => {
    const { createContainer } = await import('../../container/lifecycle.js');
    await createContainer(createOptions(args, ctx));
    return 0;
  },
};

export default create;

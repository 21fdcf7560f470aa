import type { CommandSpec } from '../command.js';
import { CREATE_OPTIONS, createOptions } from './create-options.js';

const create: CommandSpec = {
  command: 'create <container-id>',
  describe: 'create a container, its process waiting for `start`',
  options: CREATE_OPTIONS,
  run: async (args, ctx) => {
    const { createContainer } = await import('../../container/lifecycle.js');
    await createContainer(createOptions(args, ctx));
    return 0;
  },
};

export default create;

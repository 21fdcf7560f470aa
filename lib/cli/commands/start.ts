import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const start: CommandSpec = {
  command: 'start <container-id>',
  describe: 'start the process of a created container',
  run: async (args, ctx) => {
    const { startContainer } = await import('../../container/operate.js');
    await startContainer(ctx.global, containerId(args), ctx.logger);
    return 0;
  },
};

export default start;

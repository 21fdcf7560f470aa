import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const start: CommandSpec = {
  command: 'start <container-id>',
  describe: 'start the process of a created container',
  run: async (args, ctx) => {
    const { start } = await import('../../container/start.js');
    await start(ctx, containerId(args));
    return 0;
  },
};

export default start;

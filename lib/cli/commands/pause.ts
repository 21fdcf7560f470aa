import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const pause: CommandSpec = {
  command: 'pause <container-id>',
  describe: 'suspend all processes of a container (cgroup freezer)',
  run: async (args, ctx) => {
    const { pause } = await import('../../container/pause.js');
    await pause(ctx, containerId(args));
    return 0;
  },
};

export default pause;

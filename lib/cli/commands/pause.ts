import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const pause: CommandSpec = {
  command: 'pause <container-id>',
  describe: 'suspend all processes of a container (cgroup freezer)',
  run: async (args, ctx) => {
    const { pauseContainer } = await import('../../container/resources.js');
    await pauseContainer(ctx.global, containerId(args));
    return 0;
  },
};

export default pause;

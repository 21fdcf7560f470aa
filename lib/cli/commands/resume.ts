import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';

const resume: CommandSpec = {
  command: 'resume <container-id>',
  describe: 'resume all processes of a paused container',
  run: async (args, ctx) => {
    const { resume } = await import('../../container/resume.js');
    await resume(ctx, containerId(args));
    return 0;
  },
};

export default resume;

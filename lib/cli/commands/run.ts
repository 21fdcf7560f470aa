import type { CommandSpec } from '../command.js';
import { CREATE_OPTIONS, containerId, createOptions } from './create-options.js';

const run: CommandSpec = {
  command: 'run <container-id>',
  describe: 'create and run a container (in the foreground unless --detach)',
  options: {
    ...CREATE_OPTIONS,
    detach: { alias: 'd', type: 'boolean', default: false, describe: 'detach from the container process' },
    keep: { type: 'boolean', default: false, describe: 'do not delete the container after it exits' },
    'dry-run': { type: 'boolean', default: false, describe: 'print the syscall plan and run nothing' },
  },
  run: async (args, ctx) => {
    const { run } = await import('../../container/run.js');
    return run(ctx, containerId(args), {
      ...createOptions(args),
      detach: Boolean(args.detach),
      keep: Boolean(args.keep),
      dryRun: Boolean(args['dry-run']),
      forwardSignals: true,
    });
  },
};

export default run;

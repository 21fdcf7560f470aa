import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { parseSignal } from '../../signals.js';

const kill: CommandSpec = {
  command: 'kill <container-id> [signal]',
  describe: 'send a signal (default SIGTERM) to the container process',
  positionalDefaults: { signal: 'SIGTERM' },
  options: {
    all: { alias: 'a', type: 'boolean', default: false, describe: 'send the signal to all processes of the container' },
  },
  run: async (args, ctx) => {
    const { kill } = await import('../../container/kill.js');
    await kill(ctx, containerId(args), parseSignal(String(args.signal ?? 'SIGTERM')), { all: Boolean(args.all) });
    return 0;
  },
};

export default kill;

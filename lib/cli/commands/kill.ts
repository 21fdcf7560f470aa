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
    const { killContainer } = await import('../../container/operate.js');
    await killContainer(ctx.global, containerId(args), parseSignal(String(args.signal ?? 'SIGTERM')), Boolean(args.all));
    return 0;
  },
};

export default kill;

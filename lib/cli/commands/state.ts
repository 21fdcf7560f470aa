import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { state as stateOf } from '../../container/state.js';
import { formatState } from '../../state/format.js';
import { writeOut } from '../output.js';

const state: CommandSpec = {
  command: 'state <container-id>',
  describe: 'print the state of a container as JSON',
  run: async (args, ctx) => {
    writeOut(formatState(stateOf(ctx, containerId(args))) + '\n');
    return 0;
  },
};

export default state;

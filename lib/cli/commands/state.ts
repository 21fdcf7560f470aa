import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { openStore } from '../../container/store.js';
import { containerStatus } from '../../state/status.js';
import { formatState, ociState } from '../../state/format.js';
import { writeOut } from '../output.js';

const state: CommandSpec = {
  command: 'state <container-id>',
  describe: 'print the state of a container as JSON',
  run: async (args, ctx) => {
    const id = containerId(args);
    const store = openStore(ctx.global);
    const record = store.load(id);
    writeOut(formatState(ociState(record, containerStatus(record, store.fifoPath(id)))) + '\n');
    return 0;
  },
};

export default state;

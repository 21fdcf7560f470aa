import type { CommandSpec } from '../command.js';
import { list as listStates } from '../../container/state.js';
import { listJson, listQuiet, listTable } from '../../state/format.js';
import { writeOut } from '../output.js';

const list: CommandSpec = {
  command: 'list',
  describe: 'list containers',
  options: {
    format: { alias: 'f', type: 'string', choices: ['table', 'json'], default: 'table', describe: 'output format' },
    quiet: { alias: 'q', type: 'boolean', default: false, describe: 'display only container IDs' },
  },
  run: async (args, ctx) => {
    const rows = listStates(ctx);
    if (args.quiet) writeOut(listQuiet(rows));
    else if (args.format === 'json') writeOut(listJson(rows));
    else writeOut(listTable(rows));
    return 0;
  },
};

export default list;

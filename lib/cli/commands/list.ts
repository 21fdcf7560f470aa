import type { CommandSpec } from '../command.js';
import { openStore } from '../../container/store.js';
import { containerStatus } from '../../state/status.js';
import { listJson, listQuiet, listTable, ociState, type OciState } from '../../state/format.js';
import { ownerName } from '../../state/owner.js';
import { writeOut } from '../output.js';

const list: CommandSpec = {
  command: 'list',
  describe: 'list containers',
  options: {
    format: { alias: 'f', type: 'string', choices: ['table', 'json'], default: 'table', describe: 'output format' },
    quiet: { alias: 'q', type: 'boolean', default: false, describe: 'display only container IDs' },
  },
  run: async (args, ctx) => {
    const store = openStore(ctx.global);
    const rows: OciState[] = [];
    for (const entry of store.list()) {
      if (!entry.record) {
        ctx.logger.warn(`${entry.id}: ${entry.error?.message ?? 'unreadable state'}`);
        continue;
      }
      rows.push(ociState(entry.record, containerStatus(entry.record, store.fifoPath(entry.id)), ownerName(entry.uid)));
    }
    if (args.quiet) writeOut(listQuiet(rows));
    else if (args.format === 'json') writeOut(listJson(rows));
    else writeOut(listTable(rows));
    return 0;
  },
};

export default list;

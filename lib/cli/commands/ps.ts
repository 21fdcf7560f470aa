import { spawnSync } from 'node:child_process';
import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { HutchError } from '../../errors.js';
import { writeOut } from '../output.js';

const ps: CommandSpec = {
  command: 'ps <container-id> [ps-args..]',
  tailAfterId: true,
  describe: 'show the processes of a container (ps output, or --format json for the pid list)',
  options: {
    format: { alias: 'f', type: 'string', choices: ['table', 'json'], default: 'table' },
  },
  run: async (args, ctx) => {
    const { pids: pidsOf } = await import('../../container/ps.js');
    const pids = await pidsOf(ctx, containerId(args));
    if (args.format === 'json') {
      writeOut(JSON.stringify(pids) + '\n');
      return 0;
    }
    // As runc: run ps with the given arguments (default -ef) and keep the header and our pids.
    // `ps ID -o pid,comm`: the words after the id are ps's, as with runc (see protectTail).
    const given = [...((args['ps-args'] as string[] | undefined) ?? []), ...((args['--'] as string[] | undefined) ?? [])].map(String);
    const psArgs = given.length ? given : ['-ef'];
    const out = spawnSync('ps', psArgs, { encoding: 'utf8' });
    if (out.error || out.status !== 0)
      throw new HutchError(`ps ${psArgs.join(' ')}: ${out.error?.message ?? out.stderr.trim()}`, { code: 'usage' });
    const lines = out.stdout.split('\n');
    const header = lines[0] ?? '';
    const pidCol = header.trim().split(/\s+/).indexOf('PID');
    if (pidCol < 0) throw new HutchError("couldn't find PID field in ps output", { code: 'usage' });
    const wanted = new Set(pids);
    const rows = lines.slice(1).filter((l) => l.trim() && wanted.has(Number(l.trim().split(/\s+/)[pidCol])));
    writeOut([header, ...rows].join('\n') + '\n');
    return 0;
  },
};

export default ps;

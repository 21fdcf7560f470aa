import type { CommandSpec } from '../command.js';
import { applyToYargs, positionalsOf, type OptionTable } from '../options.js';
import { containerId } from './create-options.js';
import { HutchError } from '../../errors.js';
import { parseResources } from '../../config/parse-resources.js';
import { parseJsonFile } from '../../config/json.js';
import type { LinuxResources } from '../../config/types.js';
import { parseBytes } from '../../units.js';

/** A decimal integer, as Go's strconv.ParseInt reads it ("1e3", "0x10" and "" are refused, as by runc). */
function int(flag: string, v: unknown): number {
  const n = Number(v);
  if (typeof v !== 'string' || !/^[+-]?\d+$/.test(v.trim()) || !Number.isSafeInteger(n))
    throw new HutchError(`invalid value for --${flag}: ${JSON.stringify(v)}`, { code: 'usage' });
  return n;
}

/**
 * --resources: LinuxResources JSON, checked by the config's own parser (runc
 * refuses a wrong type too, when it unmarshals). Errors name the file and
 * the field: "r.json: memory.limit: expected integer, got object".
 */
function resourcesFile(file: string): LinuxResources {
  return parseJsonFile(file === '-' ? 0 : file, file === '-' ? 'stdin' : file, parseResources);
}

/** The resources an update changes: from --resources (file or -) and the individual flags, as runc. */
export function resourcesFromArgs(args: Record<string, unknown>): LinuxResources {
  let r: LinuxResources = {};
  const file = args.resources as string | undefined;
  if (file !== undefined) r = resourcesFile(file);
  const set = <K extends keyof LinuxResources>(k: K, v: LinuxResources[K]) =>
    (r[k] = { ...(r[k] as object), ...(v as object) } as LinuxResources[K]);
  const a = (k: string) => args[k] as string | undefined;
  if (a('memory') !== undefined) set('memory', { limit: parseBytes('memory', a('memory')!) });
  if (a('memory-reservation') !== undefined) set('memory', { reservation: parseBytes('memory-reservation', a('memory-reservation')!) });
  if (a('memory-swap') !== undefined) set('memory', { swap: parseBytes('memory-swap', a('memory-swap')!) });
  if (a('kernel-memory') !== undefined) set('memory', { kernel: parseBytes('kernel-memory', a('kernel-memory')!) });
  if (a('kernel-memory-tcp') !== undefined) set('memory', { kernelTCP: parseBytes('kernel-memory-tcp', a('kernel-memory-tcp')!) });
  if (a('cpu-period') !== undefined) set('cpu', { period: int('cpu-period', a('cpu-period')) });
  if (a('cpu-quota') !== undefined) set('cpu', { quota: int('cpu-quota', a('cpu-quota')) });
  if (a('cpu-share') !== undefined) set('cpu', { shares: int('cpu-share', a('cpu-share')) });
  if (a('cpu-rt-period') !== undefined) set('cpu', { realtimePeriod: int('cpu-rt-period', a('cpu-rt-period')) });
  if (a('cpu-rt-runtime') !== undefined) set('cpu', { realtimeRuntime: int('cpu-rt-runtime', a('cpu-rt-runtime')) });
  if (a('cpuset-cpus') !== undefined) set('cpu', { cpus: a('cpuset-cpus') });
  if (a('cpuset-mems') !== undefined) set('cpu', { mems: a('cpuset-mems') });
  if (a('pids-limit') !== undefined) set('pids', { limit: int('pids-limit', a('pids-limit')) });
  if (a('blkio-weight') !== undefined) set('blockIO', { weight: int('blkio-weight', a('blkio-weight')) });
  if (a('l3-cache-schema') !== undefined || a('mem-bw-schema') !== undefined)
    throw new HutchError('update: Intel RDT is not available on this host', { code: 'usage' });
  return r;
}

/** runc's update flags: every value a string, parsed by resourcesFromArgs. */
const UPDATE_OPTIONS: OptionTable = {
  resources: { alias: 'r', type: 'string', describe: 'path to a file with LinuxResources JSON, or - for stdin' },
  ...Object.fromEntries(
    [
      'blkio-weight',
      'cpu-period',
      'cpu-quota',
      'cpu-share',
      'cpu-rt-period',
      'cpu-rt-runtime',
      'cpuset-cpus',
      'cpuset-mems',
      'kernel-memory',
      'kernel-memory-tcp',
      'memory',
      'memory-reservation',
      'memory-swap',
      'pids-limit',
      'l3-cache-schema',
      'mem-bw-schema',
    ].map((name) => [name, { type: 'string' } as const]),
  ),
};

const update: CommandSpec = {
  command: 'update <container-id>',
  describe: 'update the resource limits of a container',
  // A builder, not `options`: update stays on the yargs path (the fast
  // parser serves the hot commands), but from the same kind of table.
  builder: (y) => applyToYargs(y, UPDATE_OPTIONS, positionalsOf(update.command)),
  run: async (args, ctx) => {
    const { update } = await import('../../container/update.js');
    await update(ctx, containerId(args), resourcesFromArgs(args));
    return 0;
  },
};

export default update;

import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { HutchError } from '../../errors.js';

/** runc's event envelope: {"type","id","data"}. */
function event(type: string, id: string, data?: unknown): string {
  return JSON.stringify({ type, id, ...(data === undefined ? {} : { data }) });
}

const events: CommandSpec = {
  command: 'events <container-id>',
  describe: 'display container events: stats every --interval, and OOM notifications',
  options: {
    stats: { type: 'boolean', default: false, describe: 'display the container stats once and exit' },
    interval: { type: 'string', default: '5s', describe: 'stats collection interval' },
  },
  run: async (args, ctx) => {
    const { statsSource, isLive } = await import('../../container/stats.js');
    const { statsToJson, watchOom } = await import('../../cgroups/index.js');
    const id = containerId(args);
    const manager = await statsSource(ctx, id);
    const statsLine = () => `{"type":"stats","id":${JSON.stringify(id)},"data":${statsToJson(manager.stats())}}`;
    if (args.stats) {
      process.stdout.write(statsLine() + '\n');
      return 0;
    }
    const ms = intervalMs(String(args.interval));
    const alive = () => isLive(ctx, id);
    await new Promise<void>((resolve) => {
      const oom = watchOom(manager, () => process.stdout.write(event('oom', id) + '\n'));
      const tick = () => {
        if (!alive()) {
          clearInterval(timer);
          oom.stop();
          resolve();
          return;
        }
        process.stdout.write(statsLine() + '\n');
      };
      const timer = setInterval(tick, ms);
      tick();
    });
    return 0;
  },
};

function intervalMs(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(s);
  if (!m) throw new HutchError(`invalid --interval ${JSON.stringify(s)} (e.g. 5s, 500ms)`, { code: 'usage' });
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60000 : n * 1000;
}

export default events;

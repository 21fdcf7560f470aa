/** `kill ID [SIGNAL] [--all]`: runc does not serialise kill with other verbs, neither do we. */
import type { RuntimeContext } from '../context.js';
import { HutchError, osErrorText } from '../errors.js';
import { ERR_NOT_RUNNING } from '../state/errors.js';
import { loadContainer } from './container.js';
import { containerPids } from './ps.js';

export interface KillOptions {
  /** Signal every process of the container (its cgroup's, else its pid namespace's). */
  all?: boolean;
}

export async function kill(ctx: RuntimeContext, id: string, signal: number, opts: KillOptions = {}): Promise<void> {
  const c = loadContainer(ctx, id);
  c.require('kill');
  if (c.record.pid <= 0) throw new HutchError(ERR_NOT_RUNNING, { code: 'not-running' });
  const pids = opts.all ? await containerPids(c) : [c.record.pid];
  for (const pid of pids) signalOne(pid, signal, pid === c.record.pid);
}

function signalOne(pid: number, signal: number, isInit: boolean): void {
  try {
    process.kill(pid, signal);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') {
      if (isInit) throw new HutchError(ERR_NOT_RUNNING, { code: 'not-running' });
      return; // another process of the container exited meanwhile
    }
    // runc's words; EINVAL is a signal number the kernel does not know.
    if (isInit) throw new HutchError(`unable to signal init: ${osErrorText(err)}`, { code: code === 'EPERM' ? 'permission' : 'usage', cause: err });
    throw new HutchError(`kill ${pid}: ${osErrorText(err)}`, { code: 'system', cause: err });
  }
}

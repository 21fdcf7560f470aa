/** `kill ID [SIGNAL] [--all]`: runc does not serialise kill with other verbs, neither do we. */
import type { RuntimeContext } from '../context.js';
import { HutchError, osErrorText } from '../errors.js';
import { ERR_NOT_RUNNING } from '../state/errors.js';
import { loadContainer, type Container } from './container.js';
import { containerPids } from './ps.js';

export interface KillOptions {
  /** Signal every process of the container (its cgroup's, else its pid namespace's). */
  all?: boolean;
}

const SIGKILL = 9;

export async function kill(ctx: RuntimeContext, id: string, signal: number, opts: KillOptions = {}): Promise<void> {
  const c = loadContainer(ctx, id);
  // runc: --all signals whatever is left in the cgroup, even of a stopped container (nothing is no error).
  if (opts.all && c.status() === 'stopped') return void (await signalCgroupLeftovers(c, signal));
  const status = c.require('kill');
  if (c.record.pid <= 0) throw new HutchError(ERR_NOT_RUNNING, { code: 'not-running' });
  const pids = opts.all ? await containerPids(c) : [c.record.pid];
  ctx.log.debug(`kill: signal ${signal} to ${opts.all ? 'every process' : 'the init'}: pids ${pids.join(' ')}`);
  for (const pid of pids) signalOne(pid, signal, pid === c.record.pid);
  // A frozen (v1) cgroup holds a SIGKILL until it thaws: runc thaws it, for SIGKILL only.
  if (status === 'paused' && signal === SIGKILL) await (await c.cgroups())?.thaw();
}

/** Only the cgroup: the init's pid may already name another process. */
async function signalCgroupLeftovers(c: Container, signal: number): Promise<void> {
  const m = await c.cgroups();
  if (!m?.exists()) return;
  for (const pid of m.pids()) signalOne(pid, signal, false);
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
    if (isInit)
      throw new HutchError(`unable to signal init: ${osErrorText(err)}`, { code: code === 'EPERM' ? 'permission' : 'usage', cause: err });
    throw new HutchError(`kill ${pid}: ${osErrorText(err)}`, { code: 'system', cause: err });
  }
}

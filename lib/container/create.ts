/** `create`: set the container up and leave its process waiting for `start`. */
import { rootlessCgroups, type RuntimeContext } from '../context.js';
import { primeCgroupJoin } from './cgroups.js';
import type { ContainerRecord } from '../state/record.js';
import { prepare, type ConfigSource } from './prepare.js';
import { launchInit, listenFds, listenFdsEnv, withNewContainer, type ProcessFds } from './new-container.js';

export interface CreateOptions {
  /** The bundle directory, or a config in memory with the bundle and rootfs it belongs to. */
  source: ConfigSource;
  pidFile?: string;
  /** A unix socket the pty master is sent to (process.terminal). */
  consoleSocket?: string;
  noPivot?: boolean;
  noNewKeyring?: boolean;
  /** Pass fds 3 .. 3+N-1 on (LISTEN_FDS are added). */
  preserveFds?: number;
  /** stdin, stdout, stderr of the container's process; default: the runtime's own. */
  stdio?: ProcessFds['stdio'];
  /**
   * With process.terminal and no consoleSocket: the pty master is handed
   * here, for a caller in this process that relays the terminal itself
   * (the containerd shim).
   */
  onConsole?: (master: number) => void;
  /** Kill the container when this process dies (DecisionOptions.dieWithParent). */
  dieWithParent?: boolean;
  /** A minimal init as pid 1 (DecisionOptions.reaper). */
  reaper?: boolean;
  /** With process.terminal: which of fds 0, 1, 2 become the pty (DecisionOptions.terminalFds). */
  terminalFds?: readonly number[];
}

export async function create(ctx: RuntimeContext, id: string, opts: CreateOptions): Promise<ContainerRecord> {
  primeCgroupJoin(rootlessCgroups(ctx));
  const prepared = await prepare(ctx, id, prepareOptions(opts));
  const { openConsole, finishConsole, closeConsole } = await import('../runner/console.js');
  return withNewContainer(ctx, id, prepared, async (store, record) => {
    const console_ = openConsole({
      terminal: prepared.spec.process?.terminal === true,
      consoleSocket: opts.consoleSocket,
      detached: opts.onConsole === undefined,
    });
    try {
      await launchInit(ctx, store, record, prepared, { console: console_?.childFd, stdio: opts.stdio, pidFile: opts.pidFile });
    } catch (err) {
      closeConsole(console_);
      throw err;
    }
    const master = finishConsole(console_);
    if (master !== undefined) opts.onConsole?.(master);
    return record;
  });
}

/** The options prepare() takes, from create's (run's are a superset). */
export function prepareOptions(opts: CreateOptions): Parameters<typeof prepare>[2] {
  return {
    source: opts.source,
    preserveFds: (opts.preserveFds ?? 0) + listenFds(),
    noPivot: opts.noPivot ?? false,
    noNewKeyring: opts.noNewKeyring ?? false,
    extraEnv: listenFdsEnv(),
    dieWithParent: opts.dieWithParent,
    reaper: opts.reaper,
    terminalFds: opts.terminalFds,
  };
}

/** `run`: create and start; in the foreground, wait and return the container's exit code. */
import { rootlessCgroups, type RuntimeContext } from '../context.js';
import { primeCgroupJoin } from './cgroups.js';
import { describePlan } from '../plan/describe.js';
import { buildInitPlan, fakeFds } from '../plan/container.js';
import { mark } from '../timing.js';
import { prepareOptions, type CreateOptions } from './create.js';
import { prepare } from './prepare.js';
import { closeQuietly, launchInit, withNewContainer } from './new-container.js';
import { start } from './start.js';
import { remove } from './delete.js';

export interface RunOptions extends CreateOptions {
  /** Return as soon as the container runs (default: wait and return its exit code). */
  detach?: boolean;
  /** Keep the container's state after it exits. */
  keep?: boolean;
  /** Forward this process's signals to the container while waiting (the CLI does; a library caller decides). */
  forwardSignals?: boolean;
  /** Print the plan instead of running anything. */
  dryRun?: boolean;
  /** Where the dry run's plan goes (default: stdout). */
  out?: (text: string) => void;
  /** Where a relayed terminal's output goes (default: stdout). */
  terminalOutput?: NodeJS.WriteStream;
}

type SignalQueue = ReturnType<typeof import('../runner/signals.js').queueSignals>;

export async function run(ctx: RuntimeContext, id: string, opts: RunOptions): Promise<number> {
  if (opts.dryRun) return dryRun(ctx, id, opts);
  const { queueSignals } = await import('../runner/signals.js');
  const signals = opts.detach || !opts.forwardSignals ? undefined : queueSignals();
  try {
    return await runWith(ctx, id, opts, signals);
  } finally {
    signals?.stop();
  }
}

async function dryRun(ctx: RuntimeContext, id: string, opts: RunOptions): Promise<number> {
  const { decision } = await prepare(ctx, id, prepareOptions(opts));
  const text = describePlan(buildInitPlan(decision.init, fakeFds(decision.init, true)).builder, `plan for ${id}`);
  (opts.out ?? ((t: string) => process.stdout.write(t)))(text);
  return 0;
}

async function runWith(ctx: RuntimeContext, id: string, opts: RunOptions, signals: SignalQueue | undefined): Promise<number> {
  primeCgroupJoin(rootlessCgroups(ctx));
  const prepared = await prepare(ctx, id, prepareOptions(opts));
  const { openConsole, finishConsole, closeConsole, relayTerminal } = await import('../runner/console.js');
  let master: number | undefined;
  const pid = await withNewContainer(ctx, id, prepared, async (store, record) => {
    const console_ = openConsole({
      terminal: prepared.spec.process?.terminal === true,
      consoleSocket: opts.consoleSocket,
      detached: opts.detach === true,
    });
    try {
      const pid = await launchInit(ctx, store, record, prepared, { console: console_?.childFd, stdio: opts.stdio, pidFile: opts.pidFile });
      master = finishConsole(console_);
      return pid;
    } catch (err) {
      closeConsole(console_);
      throw err;
    }
  });
  // Like runc: run is create then start, so startContainer hooks and the
  // exec fifo behave the same either way.
  mark('created');
  try {
    await start(ctx, id);
  } catch (err) {
    // As runc's run: a container that could not start is destroyed, not
    // left created with its init waiting (a failed startContainer hook).
    if (master !== undefined) closeQuietly(master);
    await remove(ctx, id, { force: true }).catch(() => undefined);
    throw err;
  }
  mark('started');
  if (opts.detach) return 0;
  const { waitForExit } = await import('../runner/exit-watch.js');
  // Everything the delete after exit needs is loaded now, not after a wait
  // that may last days: by then the installed hutch may have been replaced
  // by an upgrade, and its chunk names with it.
  if (prepared.spec.hooks?.poststop?.length) await import('./hooks.js');
  const stop = signals ? signals.forwardTo(pid) : () => undefined;
  try {
    const exited = waitForExit(pid);
    ctx.log.debug(`run: waiting for pid ${pid}${master === undefined ? '' : ', relaying its terminal'}`);
    const status = master === undefined ? await exited : await relayTerminal(master, exited, opts.terminalOutput);
    ctx.log.debug(`run: pid ${pid} exited with status ${status.code}`);
    return status.code;
  } finally {
    stop();
    mark('exited');
    if (!opts.keep) await remove(ctx, id, { force: true });
    mark('deleted');
  }
}

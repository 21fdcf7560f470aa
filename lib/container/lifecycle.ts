import { writeFileSync } from 'node:fs';
import { prepare } from './prepare.js';
import { buildInitPlan } from '../plan/container.js';
import { describePlan } from '../plan/describe.js';
import type { GlobalOptions } from '../cli/context.js';
import type { Logger } from '../cli/logger.js';
import { HutchError } from '../errors.js';

export interface RunOptions {
  id: string;
  bundle: string;
  pidFile: string | undefined;
  consoleSocket: string | undefined;
  detach: boolean;
  keep: boolean;
  noPivot: boolean;
  noNewKeyring: boolean;
  preserveFds: number;
  dryRun: boolean;
  global: GlobalOptions;
  logger: Logger;
}

/** `hutch run`: create and start, then wait in the foreground and exit with the container's code. */
export async function runContainer(opts: RunOptions): Promise<number> {
  const prepared = await prepare({ ...opts, extraEnv: listenFdsEnv(opts.preserveFds) });
  for (const w of prepared.decision.warnings) opts.logger.warn(w);
  if (opts.dryRun) {
    const fake = { report: 101, go: 102, fifo: undefined };
    prepared.decision.init.namespaces.join.forEach((j, i) => (j.fd = 110 + i));
    process.stdout.write(describePlan(buildInitPlan(prepared.decision.init, fake).builder, `plan for ${opts.id}`));
    return 0;
  }
  if (opts.consoleSocket || prepared.spec.process?.terminal) {
    throw new HutchError('process.terminal: terminals are not supported yet; set "terminal": false');
  }
  const { launch } = await import('../runner/launch.js');
  const { forwardSignals } = await import('../runner/signals.js');
  const { waitpidAsyncFn } = await import('../sys/libc.js');
  const { pid } = launch({ decision: prepared.decision, fifoPath: undefined });
  if (opts.pidFile) writeFileSync(opts.pidFile, String(pid));
  if (opts.detach) return 0;
  const stop = forwardSignals(pid);
  try {
    const status = await waitpidAsyncFn(pid);
    return status.code;
  } finally {
    stop();
  }
}

/** systemd socket activation: LISTEN_FDS passes through with the preserved fds, as runc. */
export function listenFdsEnv(preserveFds: number): string[] {
  const n = Number(process.env.LISTEN_FDS ?? 0);
  if (!process.env.LISTEN_FDS || !Number.isInteger(n) || n <= 0) return [];
  return [`LISTEN_FDS=${n}`, 'LISTEN_PID=1', ...(process.env.LISTEN_FDNAMES ? [`LISTEN_FDNAMES=${process.env.LISTEN_FDNAMES}`] : [])].slice(0, preserveFds >= 0 ? 3 : 0);
}

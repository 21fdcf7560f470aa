import { closeSync, openSync } from 'node:fs';
import { HutchError, goPathError } from '../errors.js';
import { goErrnoText } from '../sys/errno.js';
import type { CommandSpec } from './command.js';
import type { GlobalOptions } from './context.js';
import { Logger } from './logger.js';

/** Runs a parsed command; failures become one line on stderr (and --log) and an exit code. */
export async function runCommand(spec: CommandSpec, args: Record<string, unknown>): Promise<number> {
  let logger = new Logger({ log: undefined, logFormat: 'text', debug: false });
  try {
    const global = globalsFrom(args);
    if (global.log) openLogFile(global.log);
    logger = new Logger(global);
    return await spec.run(args, { global, logger });
  } catch (err) {
    return reportFailure(err, logger);
  }
}

/** runc opens --log first and stops when it cannot ("open /x: no such file or directory"). */
function openLogFile(path: string): void {
  try {
    closeSync(openSync(path, 'a', 0o644));
  } catch (err) {
    throw goPathError(err, 'open', path);
  }
}

/** A clean failure's exit code after logging it; anything else is a bug and is rethrown. */
export function reportFailure(err: unknown, logger: Logger): number {
  if (err instanceof HutchError) {
    logger.error(err.message);
    return err.exitCode;
  }
  // A filesystem error (EACCES on a state root, ENOSPC...) is the user's
  // to fix, not a bug: one line, Go's spelling, like runc.
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') {
    logger.error(`${e.syscall}${e.path ? ` ${e.path}` : ''}: ${goErrnoText(e.code) ?? e.message}`);
    return 1;
  }
  throw err;
}


function globalsFrom(args: Record<string, unknown>): GlobalOptions {
  return {
    root: args.root as string | undefined,
    log: (args.log as string | undefined) || undefined,
    logFormat: args['log-format'] === 'json' ? 'json' : 'text',
    debug: Boolean(args.debug),
    rootless: rootlessFlag(args.rootless),
    systemdCgroup: Boolean(args['systemd-cgroup']),
  };
}

/**
 * --rootless has no default: `spec --rootless` (a subcommand's boolean
 * flag of the same name) must arrive as given, not as "auto".
 */
function rootlessFlag(v: unknown): GlobalOptions['rootless'] {
  if (v === undefined || v === '' || v === 'auto' || v === true) return 'auto';
  if (v === 'true' || v === 'false') return v;
  throw new HutchError(`--rootless: invalid value ${JSON.stringify(v)} (expected auto, true or false)`);
}

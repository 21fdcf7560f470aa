import { closeSync, openSync } from 'node:fs';
import { HutchError, isOsError, osError } from '../errors.js';
import type { CommandSpec } from './command.js';
import { createContext, type RuntimeContext } from '../context.js';
import { Logger } from '../log.js';

/** Runs a parsed command; failures become one line on stderr (and --log) and an exit code. */
export async function runCommand(spec: CommandSpec, args: Record<string, unknown>, argv: readonly string[]): Promise<number> {
  let log = new Logger();
  try {
    const ctx = contextFrom(args);
    log = ctx.log;
    return await spec.run(args, ctx, argv);
  } catch (err) {
    return reportFailure(err, log);
  }
}

/**
 * The CLI is one of the two places a RuntimeContext is built (lib/api.ts is
 * the other): from runc's global flags.
 */
function contextFrom(args: Record<string, unknown>): RuntimeContext {
  const file = (args.log as string | undefined) || undefined;
  if (file) openLogFile(file);
  return createContext({
    root: args.root as string | undefined,
    file,
    format: args['log-format'] === 'json' ? 'json' : 'text',
    debug: Boolean(args.debug),
    rootless: rootlessFlag(args.rootless),
    cgroupDriver: args['systemd-cgroup'] ? 'systemd' : 'cgroupfs',
  });
}

/** runc opens --log first and stops when it cannot ("open /x: no such file or directory"). */
function openLogFile(path: string): void {
  try {
    closeSync(openSync(path, 'a', 0o644));
  } catch (err) {
    throw osError(err, 'open', path);
  }
}

/** A clean failure's exit code after logging it; anything else is a bug and is rethrown. */
export function reportFailure(err: unknown, log: Logger): number {
  // A filesystem error (EACCES on a state root, ENOSPC...) is the user's
  // to fix, not a bug: one line, Go's spelling, like runc.
  const clean = err instanceof HutchError ? err : isOsError(err) ? osError(err) : undefined;
  if (!clean) throw err;
  log.error(clean.message, clean.code);
  return clean.exitCode;
}

/**
 * --rootless has no default: `spec --rootless` (a subcommand's boolean
 * flag of the same name) must arrive as given, not as "auto".
 */
function rootlessFlag(v: unknown): RuntimeContext['rootless'] {
  if (v === undefined || v === '' || v === 'auto' || v === true) return 'auto';
  if (v === 'true' || v === 'false') return v;
  throw new HutchError(`--rootless: invalid value ${JSON.stringify(v)} (expected auto, true or false)`, { code: 'usage' });
}

import type { Argv } from 'yargs';
import type { GlobalOptions } from './context.js';
import type { Logger } from './logger.js';

export interface CommandContext {
  global: GlobalOptions;
  logger: Logger;
}

/**
 * One subcommand. Each lives in lib/cli/commands/<name>.ts and default-exports
 * a CommandSpec; main.ts imports only the one that runs, so a cheap command
 * (state, list, kill) never loads the FFI layer.
 */
export interface CommandSpec {
  /** yargs command string, e.g. 'run <container-id>'. */
  command: string;
  describe: string;
  builder: (y: Argv) => Argv;
  /** Resolves to the process exit code. Throw HutchError for a clean one-line failure. */
  run: (args: Record<string, unknown>, ctx: CommandContext) => Promise<number>;
}

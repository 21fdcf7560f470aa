import type { Argv } from 'yargs';
import type { RuntimeContext } from '../context.js';
import type { OptionTable } from './options.js';

/**
 * One subcommand. Each lives in lib/cli/commands/<name>.ts and default-exports
 * a CommandSpec; main.ts imports only the one that runs, so a cheap command
 * (state, list, kill) never loads the FFI layer.
 */
export interface CommandSpec {
  /** yargs command string, e.g. 'kill <container-id> [signal]'. */
  command: string;
  describe: string;
  /** The command's options as data: both the fast parser and yargs read it. */
  options?: OptionTable;
  /** Every word after the container id is the tail (exec's command, ps's arguments): see protectTail. */
  tailAfterId?: true;
  /** Every word from the first one on is the tail (sandbox's command): see protectCommand. */
  tailFromFirstWord?: true;
  /** Defaults of optional positionals, e.g. { signal: 'SIGTERM' }. */
  positionalDefaults?: Readonly<Record<string, string>>;
  /**
   * What a table cannot say (extra descriptions, custom checks). A command
   * with a builder is always parsed by yargs.
   */
  builder?: (y: Argv) => Argv;
  /**
   * Resolves to the process exit code. Throw HutchError for a clean one-line
   * failure. `argv` is the command line as parsed, for what the parsed
   * arguments lose (the order of different repeated flags).
   */
  run: (args: Record<string, unknown>, ctx: RuntimeContext, argv?: readonly string[]) => Promise<number>;
}

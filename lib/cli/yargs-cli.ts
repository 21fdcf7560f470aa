import yargs from 'yargs';
import { HutchError } from '../errors.js';
import { Logger } from '../log.js';
import type { CommandSpec } from './command.js';
import { GLOBAL_OPTIONS, applyToYargs, positionalsOf } from './options.js';
import { reportFailure, runCommand } from './run-command.js';
import { versionText } from './version.js';

/**
 * The full parser: help, every spelling yargs accepts, and its validation
 * messages. main.ts comes here when the fast parser declines.
 */
export async function parseWithYargs(argv: string[], specs: CommandSpec[]): Promise<number> {
  let exitCode = 0;
  let y = applyToYargs(yargs(argv), GLOBAL_OPTIONS)
    .scriptName('hutch')
    .usage('hutch [global options] <command> [command options]')
    .version('version', 'show the version', versionText())
    .alias('version', 'v')
    .wrap(null)
    .help('help')
    .alias('help', 'h')
    .strict()
    .demandCommand(1, 'a command is required; see hutch --help')
    .parserConfiguration(PARSER_CONFIGURATION)
    .fail((msg, err) => {
      if (err) throw err;
      throw new HutchError(msg, { code: 'usage' });
    });

  for (const spec of specs) {
    y = y.command(
      spec.command,
      spec.describe,
      (c) => declare(c, spec),
      async (args) => {
        exitCode = await runCommand(spec, args as Record<string, unknown>, argv);
      },
    );
  }

  try {
    await y.parseAsync();
    return exitCode;
  } catch (err) {
    return reportFailure(err, new Logger());
  }
}

/**
 * No boolean negation: runc has no `--no-X` spellings, and with it yargs
 * read `--no-pivot` as "pivot: false" and then rejected it as unknown.
 */
export const PARSER_CONFIGURATION = {
  'unknown-options-as-args': false,
  'halt-at-non-option': false,
  'populate--': true,
  'greedy-arrays': false,
  'boolean-negation': false,
} as const;

/** A command's table, then its builder for whatever the table cannot say. */
export function declare(y: ReturnType<typeof yargs>, spec: CommandSpec): ReturnType<typeof yargs> {
  const declared = applyToYargs(y, spec.options ?? {}, positionalsOf(spec.command, spec.positionalDefaults));
  return spec.builder ? spec.builder(declared) : declared;
}

import { commands } from './commands/index.js';
import type { CommandSpec } from './command.js';
import { fastParse, protectCommand, protectTail, subcommandAt } from './argv.js';
import { GLOBAL_OPTIONS, positionalsOf } from './options.js';
import { runCommand } from './run-command.js';
import { versionText } from './version.js';
import { mark } from '../timing.js';
import { writeOut } from './output.js';

/**
 * Loads only the command that runs. Its plain spellings are parsed from its
 * option table without yargs; help, errors and anything unusual go to the
 * full yargs parser (yargs-cli.ts), which needs every command only to list
 * them in the help text.
 */
export async function main(argv: string[]): Promise<number> {
  mark('cli loaded');
  const at = subcommandAt(argv, GLOBAL_OPTIONS);
  const name = at < 0 ? undefined : argv[at]!;
  if (!name && argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    writeOut(versionText() + '\n');
    return 0;
  }
  const known = name !== undefined && Object.hasOwn(commands, name);
  // `hutch foo -h` is an unknown command, not a request for help (runc exits non-zero too).
  if (name !== undefined && !known && name !== 'help') argv = argv.filter((a) => a !== '-h' && a !== '--help');
  const spec = known ? (await commands[name]!()).default : undefined;
  if (spec?.tailAfterId) argv = protectTail(argv, at, { ...GLOBAL_OPTIONS, ...spec.options });
  if (spec?.tailFromFirstWord) argv = protectCommand(argv, at, { ...GLOBAL_OPTIONS, ...spec.options });
  if (spec && !spec.builder) {
    const args = fastParse({
      argv,
      name: name!,
      globals: GLOBAL_OPTIONS,
      options: spec.options ?? {},
      positionals: positionalsOf(spec.command, spec.positionalDefaults),
    });
    mark('argv parsed');
    if (args) return runCommand(spec, args, argv);
  }
  const specs: CommandSpec[] = spec ? [spec] : await Promise.all(Object.values(commands).map(async (load) => (await load()).default));
  const { parseWithYargs } = await import('./yargs-cli.js');
  return parseWithYargs(argv, specs);
}

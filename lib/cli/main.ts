import yargs from 'yargs';
import { HutchError } from '../errors.js';
import type { GlobalOptions } from './context.js';
import { Logger } from './logger.js';
import { commands } from './commands/index.js';
import type { CommandSpec } from './command.js';

export const VERSION = '0.1.0';
export const SPEC_VERSION = '1.3.0';

/** First positional token: the subcommand name, if any. */
function subcommandOf(argv: string[]): string | undefined {
  const valued = new Set(['--root', '--log', '--log-format', '--criu']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (valued.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return a;
  }
  return undefined;
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
 * --rootless has no yargs default: `spec --rootless` (a subcommand's boolean
 * flag of the same name) must arrive as given, not as "auto".
 */
function rootlessFlag(v: unknown): GlobalOptions['rootless'] {
  if (v === undefined || v === '' || v === 'auto' || v === true) return 'auto';
  if (v === 'true' || v === 'false') return v;
  throw new HutchError(`--rootless: invalid value ${JSON.stringify(v)} (expected auto, true or false)`);
}

export async function main(argv: string[]): Promise<number> {
  const name = subcommandOf(argv);
  if (name === 'exec') {
    const { splitExecArgv } = await import('./commands/exec.js');
    argv = splitExecArgv(argv, argv.indexOf('exec'));
  }
  // Load only the command that runs; all of them only to list them in help.
  const versionOnly = !name && (argv.includes('--version') || argv.includes('-v'));
  const wanted = name && commands[name] ? [name] : versionOnly ? [] : Object.keys(commands);
  const specs: CommandSpec[] = await Promise.all(wanted.map(async (n) => (await commands[n]!()).default));

  let exitCode = 0;
  let logger = new Logger({ log: undefined, logFormat: 'text', debug: false });
  let y = yargs(argv)
    .scriptName('hutch')
    .usage('hutch [global options] <command> [command options]')
    .option('root', { type: 'string', describe: 'root directory for storage of container state' })
    .option('log', { type: 'string', describe: 'set the log file to write hutch logs to (default is stderr)' })
    .option('log-format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'set the log format' })
    .option('debug', { type: 'boolean', default: false, describe: 'enable debug logging' })
    .option('rootless', { type: 'string', describe: 'ignore cgroup permission errors (auto, true or false; default auto)' })
    .option('systemd-cgroup', { type: 'boolean', default: false, describe: 'accepted for runc compatibility; there is no systemd cgroup driver (cgroupfs is used)' })
    .option('criu', { type: 'string', hidden: true, describe: 'accepted for runc compatibility (checkpoint/restore is not supported)' })
    .version('version', 'show the version', versionText())
    .alias('version', 'v')
    .wrap(null)
    .help('help')
    .alias('help', 'h')
    .strict()
    .demandCommand(1, 'a command is required; see hutch --help')
    .parserConfiguration({ 'unknown-options-as-args': false, 'halt-at-non-option': false, 'populate--': true, 'greedy-arrays': false })
    .fail((msg, err) => {
      if (err) throw err;
      throw new HutchError(msg);
    });

  for (const spec of specs) {
    y = y.command(spec.command, spec.describe, spec.builder, async (args) => {
      const global = globalsFrom(args);
      logger = new Logger(global);
      exitCode = await spec.run(args as Record<string, unknown>, { global, logger });
    });
  }

  try {
    await y.parseAsync();
    return exitCode;
  } catch (err) {
    if (err instanceof HutchError) {
      logger.error(err.message);
      return err.exitCode;
    }
    // A filesystem error (EACCES on a state root, ENOSPC...) is the user's
    // to fix, not a bug: one line, Go's spelling, like runc.
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string' && typeof e.syscall === 'string') {
      logger.error(`${e.syscall}${e.path ? ` ${e.path}` : ''}: ${goText(e)}`);
      return 1;
    }
    throw err;
  }
}

function goText(e: NodeJS.ErrnoException): string {
  const text: Record<string, string> = { EACCES: 'permission denied', EPERM: 'operation not permitted', ENOENT: 'no such file or directory', EROFS: 'read-only file system', ENOSPC: 'no space left on device', EEXIST: 'file exists', ENOTDIR: 'not a directory' };
  return text[e.code!] ?? e.message;
}

function versionText(): string {
  return `hutch version ${VERSION}\nspec: ${SPEC_VERSION}`;
}

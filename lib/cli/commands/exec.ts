import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { HutchError } from '../../errors.js';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** exec options that take a value: needed to find where the command starts. */
const VALUED = new Set(['-p', '--process', '-e', '--env', '--cwd', '-u', '--user', '-g', '--additional-gids', '-c', '--cap', '--console-socket', '--pid-file', '--preserve-fds', '--apparmor', '--process-label', '--cgroup']);

/**
 * Like runc (urfave/cli), everything after the container id is the command,
 * flags included: `exec ID sh -c 'x'` must not read -c as --cap. Insert
 * "--" after the id so yargs leaves the command alone.
 */
export function splitExecArgv(argv: string[], at: number): string[] {
  for (let i = at + 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return argv;
    if (VALUED.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return [...argv.slice(0, i + 1), '--', ...argv.slice(i + 1)];
  }
  return argv;
}

const exec: CommandSpec = {
  command: 'exec <container-id> [command..]',
  describe: 'run a process inside a running container',
  builder: (y) =>
    y
      .positional('container-id', { type: 'string' })
      .positional('command', { type: 'string', array: true })
      .option('process', { alias: 'p', type: 'string', describe: 'path to a process.json' })
      .option('env', { alias: 'e', type: 'string', array: true, describe: 'set environment variables (NAME=value)' })
      .option('cwd', { type: 'string', describe: 'current working directory in the container' })
      .option('user', { alias: 'u', type: 'string', describe: 'UID[:GID]' })
      .option('additional-gids', { alias: 'g', type: 'number', array: true, describe: 'additional gids' })
      .option('cap', { alias: 'c', type: 'string', array: true, describe: 'add a capability' })
      .option('no-new-privs', { type: 'boolean', default: false, describe: 'set no_new_privs' })
      .option('tty', { alias: 't', type: 'boolean', default: false, describe: 'allocate a pseudo-TTY' })
      .option('console-socket', { type: 'string', describe: 'unix socket to send the pty master to' })
      .option('detach', { alias: 'd', type: 'boolean', default: false, describe: 'detach from the process' })
      .option('pid-file', { type: 'string', describe: 'file to write the process id to' })
      .option('preserve-fds', { type: 'number', default: 0, describe: 'pass N additional file descriptors' })
      .option('apparmor', { type: 'string', hidden: true })
      .option('process-label', { type: 'string', hidden: true })
      .option('ignore-paused', { type: 'boolean', hidden: true })
      .option('cgroup', { type: 'string', hidden: true })
      .option('dry-run', { type: 'boolean', default: false, describe: 'print the syscall plan and run nothing' }),
  run: async (args, ctx) => {
    const { execInContainer } = await import('../../container/exec.js');
    if (args.apparmor || args['process-label']) throw new HutchError('exec: --apparmor and --process-label need an LSM that is not enabled on this host');
    return execInContainer({
      id: containerId(args),
      processFile: args.process as string | undefined,
      args: [...list(args.command), ...list(args['--'])],
      env: list(args.env),
      cwd: args.cwd as string | undefined,
      user: args.user as string | undefined,
      additionalGids: list(args['additional-gids']).map(Number),
      caps: list(args.cap),
      noNewPrivs: Boolean(args['no-new-privs']),
      tty: Boolean(args.tty),
      consoleSocket: args['console-socket'] as string | undefined,
      detach: Boolean(args.detach),
      pidFile: args['pid-file'] as string | undefined,
      preserveFds: Number(args['preserve-fds'] ?? 0),
      dryRun: Boolean(args['dry-run']),
      global: ctx.global,
      logger: ctx.logger,
    });
  },
};

export default exec;

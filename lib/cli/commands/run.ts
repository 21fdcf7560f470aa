import type { CommandSpec } from '../command.js';
import { HutchError } from '../../errors.js';

const run: CommandSpec = {
  command: 'run <container-id>',
  describe: 'create and run a container (in the foreground unless --detach)',
  builder: (y) =>
    y
      .positional('container-id', { type: 'string', describe: 'unique name for the container instance' })
      .option('bundle', { alias: 'b', type: 'string', default: '.', describe: 'path to the root of the bundle directory' })
      .option('pid-file', { type: 'string', describe: 'file to write the process id to' })
      .option('console-socket', { type: 'string', describe: 'unix socket to send the pty master to' })
      .option('detach', { alias: 'd', type: 'boolean', default: false, describe: 'detach from the container process' })
      .option('keep', { type: 'boolean', default: false, describe: 'do not delete the container after it exits' })
      .option('no-pivot', { type: 'boolean', default: false, describe: 'do not use pivot_root (for a rootfs on ramfs)' })
      .option('no-new-keyring', { type: 'boolean', default: false, describe: 'do not create a new session keyring' })
      .option('preserve-fds', { type: 'number', default: 0, describe: 'pass N additional file descriptors to the container (3 .. 3+N-1)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'print the syscall plan and run nothing' }),
  run: async (args, ctx) => {
    const { runContainer } = await import('../../container/lifecycle.js');
    const id = String(args['container-id'] ?? '');
    if (!id) throw new HutchError('container id cannot be empty');
    return runContainer({
      id,
      bundle: String(args.bundle),
      pidFile: args['pid-file'] as string | undefined,
      consoleSocket: args['console-socket'] as string | undefined,
      detach: Boolean(args.detach),
      keep: Boolean(args.keep),
      noPivot: Boolean(args['no-pivot']),
      noNewKeyring: Boolean(args['no-new-keyring']),
      preserveFds: Number(args['preserve-fds'] ?? 0),
      dryRun: Boolean(args['dry-run']),
      global: ctx.global,
      logger: ctx.logger,
    });
  },
};

export default run;

import type { CommandSpec } from '../command.js';
import { containerId } from './create-options.js';
import { HutchError } from '../../errors.js';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

const exec: CommandSpec = {
  command: 'exec <container-id> [command..]',
  describe: 'run a process inside a running container',
  tailAfterId: true,
  options: {
    process: { alias: 'p', type: 'string', describe: 'path to a process.json' },
    env: { alias: 'e', type: 'string', array: true, describe: 'set environment variables (NAME=value)' },
    cwd: { type: 'string', describe: 'current working directory in the container' },
    user: { alias: 'u', type: 'string', describe: 'UID[:GID]' },
    'additional-gids': { alias: 'g', type: 'number', array: true, describe: 'additional gids' },
    cap: { alias: 'c', type: 'string', array: true, describe: 'add a capability' },
    'no-new-privs': { type: 'boolean', default: false, describe: 'set no_new_privs' },
    tty: { alias: 't', type: 'boolean', default: false, describe: 'allocate a pseudo-TTY' },
    'console-socket': { type: 'string', describe: 'unix socket to send the pty master to' },
    detach: { alias: 'd', type: 'boolean', default: false, describe: 'detach from the process' },
    'pid-file': { type: 'string', describe: 'file to write the process id to' },
    'preserve-fds': { type: 'number', default: 0, describe: 'pass N additional file descriptors' },
    apparmor: { type: 'string', hidden: true },
    'process-label': { type: 'string', hidden: true },
    'ignore-paused': { type: 'boolean', default: false, describe: 'allow exec in a paused container' },
    cgroup: {
      type: 'string',
      array: true,
      describe: 'run in a sub-cgroup of the container: PATH, or CONTROLLER[,CONTROLLER]:PATH (cgroup v1)',
    },
    'dry-run': { type: 'boolean', default: false, describe: 'print the syscall plan and run nothing' },
  },
  run: async (args, ctx) => {
    const { exec: execIn } = await import('../../container/exec.js');
    if (args.apparmor || args['process-label'])
      throw new HutchError('exec: --apparmor and --process-label need an LSM that is not enabled on this host', { code: 'unsupported' });
    return execFailsWith255(() =>
      execIn(ctx, containerId(args), {
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
        ignorePaused: Boolean(args['ignore-paused']),
        cgroups: list(args.cgroup),
        dryRun: Boolean(args['dry-run']),
        forwardSignals: true,
      }),
    );
  },
};

/**
 * runc exits 255 when exec itself fails ("exec failed: ..."), so that a
 * caller can tell it from the exit status of the command, which it passes on.
 */
async function execFailsWith255(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof HutchError)) throw err;
    throw new HutchError(`exec failed: ${err.message}`, { code: err.code, exitCode: 255, cause: err });
  }
}

export default exec;
